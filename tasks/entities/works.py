"""Works, products and crafts named in the text: the titles after a kind of work ("the ballad
Glass Houses", "2016's Star Trek Beyond"), medicines and products named with their kind ("the
diabetes drug Mounjaro", "Lumeva, an experimental pill") and a name before a craft's noun ("the
Europa Clipper mission").

Why apart: the model tags titles of films, albums, games, drugs and spacecraft as organizations,
people or places, and a review repeats a title many times; the cues that say "this is a work"
stand once, so the titles are collected from the whole text before any span is judged. The
cues are data in `tasks.entity_rules`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tasks import entity_rules as rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entity_rules import market_products as market
from tasks.names import fold, fold_words


def headline_work_titles(text: str, titles: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Folded quoted titles (`titles`: where they stand) in the text's first line, the
    headline: "'The Salt Road' review: …" names a film; a headline quotes the title of a work
    and a body writes it bare ("In The Salt Road, …"). A one-word title counts before the
    words of a show's coverage (`rules.HEADLINE_ONE_WORD_TITLE_RE`: "'Saltmarsh' season 2
    recap")."""
    first_line_end = text.find("\n")
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    one_word = rules.HEADLINE_ONE_WORD_TITLE_RE.match(text, 0, first_line_end)
    return frozenset(
        key for a, b in titles if b <= first_line_end and (key := fold(text[a:b].strip(" .,!?")))
    ) | ({fold(one_word["title"])} if one_word else set())


def quoted_only_titles(text: str) -> frozenset[str]:
    """Folded names written only as whole quotes, title-cased, of at most
    `rules.MAX_WORK_TITLE_WORDS` words ("lost best picture to "Anora"", "after "Cowboy Carter"
    topped the charts"): news style quotes the titles of films, albums and songs, and the model
    reads a one- or two-word title as a person or a body. A quote after a naming verb ("a bar
    called "Oxy Pure"", `rules.NAMED_BEFORE_QUOTE_RE`) gives a name and stays; so does a name
    the article also writes bare, in any case. One pass: the words outside the quotes are read
    once, in runs of each title length."""
    quotes: list[tuple[int, int]] = []
    titles: set[str] = set()
    for found in rules.QUOTED_TITLE_RE.finditer(text):
        group = next(g for g in rules.QUOTED_TITLE_GROUPS if found[g] is not None)
        quotes.append(found.span())
        title = found[group].strip(" .,!?")
        major = [w for w in title.split() if w.lower() not in rules.WORK_TITLE_MINOR_WORDS]
        reach = max(0, found.start() - rules.NAMED_BEFORE_QUOTE_REACH)
        named = rules.NAMED_BEFORE_QUOTE_RE.search(text, reach, found.start())
        cased = all(w[:1].isupper() for w in major)
        short = len(title.split()) <= rules.MAX_WORK_TITLE_WORDS
        if short and cased and named is None and (key := fold(title)):
            titles.add(key)
    if not titles:  # most texts quote no title: no need to read the rest
        return frozenset()
    lengths = {len(key.split()) for key in titles}
    bare: set[str] = set()
    ends = [0, *(b for _, b in quotes)]
    starts = [*(a for a, _ in quotes), len(text)]
    for a, b in zip(ends, starts, strict=True):
        keys = fold_words(text[a:b])
        bare.update(" ".join(keys[i : i + n]) for n in lengths for i in range(len(keys) - n + 1))
    return frozenset(titles - bare)


def apposed_work_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where titles of two words or more stand in apposition to their kind ("his debut, Lucy in
    the Sky, is", "The Last Hot Time, an urban fantasy"): the commas bound the title, so a name
    the model finds inside it is a word of the work, as inside a quoted title."""
    for pattern in (rules.WORK_APPOSITION_RE, rules.WORK_BEFORE_KIND_RE):
        for found in pattern.finditer(text):
            if " " in found["title"].strip():
                yield found.span("title")


def cued_work_titles(text: str) -> frozenset[str]:
    """Folded titles written after a kind of work or a year ("the series Quiet Harbour"),
    after a kind and a naming verb ("a mission called Europa Clipper"), between commas after
    it ("the album, Northern Lights,") or before it in apposition ("The Long Tide, a film
    about") or in quotation marks after its maker's possessive ("Gerwig's "Barbie""), of at
    most `rules.MAX_WORK_TITLE_WORDS` words, each title of a list after a plural kind; a
    title read on into where the
    work is made ("the podcast Hard Yards from Leeds") is the words before the place too."""
    titles = set()
    cued = (
        *rules.WORK_CUE_RE.finditer(text),
        *rules.WORK_CALLED_RE.finditer(text),
        *rules.WORK_APPOSITION_RE.finditer(text),
        *rules.WORK_BEFORE_KIND_RE.finditer(text),
        *rules.WORK_CREDIT_RE.finditer(text),
    )
    places = gazetteer()
    for found in cued:
        quoted = found.groupdict().get("quote") is not None
        title = found["title"].rstrip(".:,’'" if quoted else ".:,")
        if len(title.split()) <= rules.MAX_WORK_TITLE_WORDS and (key := fold(title)):
            titles.add(key)
        if found.groupdict().get("plural"):  # "the songs Tidewater and Little Rooms"
            titles.update(fold(part) for part in title.split(" and "))
        placed = rules.TITLE_BEFORE_PLACE_RE.fullmatch(title)
        if placed and (places.country(placed["place"]) or places.city(placed["place"])):
            titles.add(fold(placed["title"]))  # "the podcast Hard Yards from Leeds"
    return frozenset(titles)


def cued_product_names(text: str) -> frozenset[str]:
    """Folded names of products written after their kind ("the diabetes drug Mounjaro") or a
    brand's cue ("sold as Comirnaty,"), in a list after the kind ("drugs such as Leqembi and
    Kisunla"), before it in apposition ("Lumeva, an experimental pill for ...") or between
    its owner and its kind ("Qualcomm's Snapdragon processors"); the markets' products, funds
    and coins in apposition to their kind ("its own token, NVK,", "the iShares Bitcoin Trust,
    the largest spot bitcoin ETF"), a brand sold under ("under the Harvest Table brand"), a
    coin's code before its kind ("the USDT stablecoin"), after its kind and a naming verb ("the
    token, called REEF,") or listed after its kind ("an ETF such as ..."), a name listed beside
    a known coin ("Solana and Dogecoin") and a code named as a ticker ("under the ticker
    \"LRCH\"")."""
    patterns = (
        rules.PRODUCT_CUE_RE,
        rules.PRODUCT_BRAND_RE,
        rules.PRODUCT_BEFORE_KIND_RE,
        market.KIND_THEN_NAME_RE,
        market.NAME_THEN_KIND_RE,
        market.BRAND_UNDER_RE,
        market.CODE_BEFORE_COIN_RE,
        market.COIN_CALLED_RE,
        market.TICKER_NAMED_RE,
    )
    names = [found["title"] for pattern in patterns for found in pattern.finditer(text)]
    names += [found["before"] or found["after"] for found in market.COIN_BESIDE_RE.finditer(text)]
    places = gazetteer()
    names += [
        found["title"]
        for found in rules.OWNED_PRODUCT_RE.finditer(text)
        if found["owner"] is None or places.country(found["owner"]) is None  # "China's Huawei"
    ]
    for found in (*rules.PRODUCT_LIST_RE.finditer(text), *market.COIN_LIST_RE.finditer(text)):
        listed = rules.PRODUCT_LIST_SEPARATOR_RE.split(found["names"])
        names += [name for name in listed if not name.endswith(("'s", "’s"))]  # "Pfizer's"
    return frozenset(key for name in names if (key := fold(name.rstrip(".:,"))))


def names_a_craft(text: str, key: str, end: int) -> bool:
    """Is the name `key` ending at `end` followed by a craft's or mission's noun ("Cassini
    spacecraft"), and not a maker's ("Corvant Labs probe")?"""
    if key.rsplit(" ", 1)[-1] in rules.CRAFT_MAKER_HEADS:
        return False
    return rules.CRAFT_AFTER_RE.match(text, end) is not None

"""Products named after their maker ("the Netgear Orbi 970", "an Amazon Echo", "Apple AirPods
Pro 2", "Disney Plus"): no entities, whatever the model tags them.

Why apart: the labels' convention is that products, services and works are no entities while
the company named as maker or seller is, and reviews, deals posts and launch news write dozens
of products with the maker in front. The same shape names the maker's own units ("Samsung
Electronics", "Fox Sports", "Google Cloud"), so a name counts as a product only when its first
word is a company of the article, no word after it is a unit's or a place's
(`tasks.entity_rules.makers.MAKER_UNIT_WORDS`), and it carries a product's cue: a model's word or
code ("Pro", "S25", "Switch 2"), or an article before it ("an Amazon Echo"), which no company's
name takes. A model's code the model tags apart from the company written right before it
("Samsung" + "S90D") is a product too, and so is the code written alone after the span's edges
cut it from the company's name ("The Samsung S90D" ... "the S90D"). Tables in
`tasks.entity_rules.makers`.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Intervals, Mention
from tasks.entities.prices import priced_names
from tasks.entities.products import reviewed_names
from tasks.entity_rules import makers as maker_rules
from tasks.entity_rules.venues import VENUE_HEADS
from tasks.names import fold, words

_UNIT_WORDS = (
    maker_rules.MAKER_UNIT_WORDS
    | rules.GENERIC_NAME_HEADS
    | rules.ORG_SUFFIXES
    | rules.GEOGRAPHIC_HEADS
    | VENUE_HEADS
)


def makers_products(
    text: str,
    found: Sequence[Mention],
    table: AliasTable,
    local: Mapping[str, str],
    platform: Container[str] = frozenset(),
) -> tuple[list[Mention], Intervals]:
    """`found` without the products named after a company of the article nor their lines
    written alone ("Switch 2" beside "the Nintendo Switch 2"), and where those products stand:
    the table's names inside them, the maker's, are no mention either ("Amazon" of "an Amazon
    Echo" is written as the product's). A company of the article is one the alias table knows,
    or a name the article writes on its own that the model does not call a person or a place
    ("Netgear says ..." beside "the Netgear Orbi 970"); a name the table knows as a person or
    a place is none. A name written with a retail price (`tasks.entities.prices`: "Kindle
    Paperwhite for $99.99") or reviewed by the headline (`tasks.entities.products`: "Lumo Arc
    5 review: ...") is a product whatever its first word, and so is a large maker's line the
    text names with its maker (`platform`, `tasks.entities.platform_products`: "Siri", "Apple
    CarPlay" beside Apple). A name the table or the article's acronyms know (`local`) is never
    a product here."""
    companies = {m.key for m in found if m.type in ("ORG", None) and " " not in m.key}
    unknown = [m for m in found if not _known(m.key, table, local)]
    priced_keys, priced_at = priced_names(text)  # "Kindle Paperwhite for $99.99"
    priced_keys |= reviewed_names(text)  # "Lumo Arc 5 review: ..."

    def priced(m: Mention) -> bool:
        """Written with a retail price, or inside such a name but for its first word alone,
        the maker ("Apple HomePod" of "Apple HomePod mini, $99")."""
        inside = priced_at.contains(m.start, m.end)
        return m.key in priced_keys or (inside and " " in m.key)

    products = [
        m
        for m in unknown
        if priced(m)
        or _of_line(m.key, platform)  # "Siri"; "Windows 10"
        or _maker_product(text, m, table, companies)
        or _code_after_maker(text, m, table, companies)
    ]
    lines = {product_line(text[m.start : m.end]) for m in products} - {""}  # a code alone: none
    # a priced product's line is one even where the model tags it alone as a company
    priced_lines = {product_line(text[m.start : m.end]) for m in products if priced(m)} - {""}
    codes = {code for m in found if (code := _code_cut_off(text, m, table, companies))}
    lines |= codes
    dropped = {id(m) for m in products}
    dropped |= {
        id(m)
        for m in unknown
        if ((m.key not in companies or m.key in codes) and _of_line(m.key, lines))
        or m.key in priced_lines
    }  # a code is never a company's name, though the model tags it alone as one
    kept = [m for m in found if id(m) not in dropped]
    return kept, Intervals([(m.start, m.end) for m in products])


def _known(key: str, table: AliasTable, local: Mapping[str, str]) -> bool:
    return key in local or table.get(key) is not None


def product_line(surface: str) -> str:
    """The product's line: the folded words after the maker, up to its model's word or code
    ("Nintendo Switch 2": "switch"; "Google Pixel 10 Pro": "pixel"), or the first word when it
    is one ("HBO Max": "max"; "Samsung S90D OLED": "s90d")."""
    tokens = surface.split()[1:]
    for i, token in enumerate(tokens):
        if _model_token(token, i):
            tokens = tokens[: max(i, 1)]
            break
    return fold(" ".join(tokens))


def _of_line(key: str, lines: Container[str]) -> bool:
    """Is a name a product's line written without its maker ("Switch", "the Orbi"), perhaps
    with a model's word or code ("Switch 2", "Orbi 970", "Pixel 10 Pro")?"""
    parts = key.split()
    return (
        any(
            " ".join(parts[:i]) in lines and _model_named(" ".join(parts[i:]), first_word=False)
            for i in range(1, len(parts))
        )
        or key in lines
    )


def _maker_product(text: str, m: Mention, table: AliasTable, companies: Container[str]) -> bool:
    """Is the mention a product named after a company of the article? The capitalised words
    and codes the model left right after the span count as the name's ("Intel Core" + " i5",
    "Amazon Echo" + " Show 8")."""
    surface = text[m.start : m.end]
    maker, _, rest = surface.partition(" ")
    rest = rest.strip()
    if not rest or not rest[0].isupper() or not _company(fold(maker), table, companies):
        return False
    named = rest + _run_after(text, m.end)
    if any(_unit_word(w.key, table) for w in words(named)):
        return False  # "Samsung Electronics", "Fox Sports", "Audi UK"
    if m.type == "LOC":  # a place needs a code of letters and digits: "the Samsung S90D"
        return any(_coded(token) for token in named.split())
    # An article before a person's name is a relative's or a role's ("her brother Dale Ford"):
    # only a model's word or code makes a product of what the model calls a person.
    return _model_named(named) or (m.type != "PERSON" and _determined(text, m.start))


def _code_after_maker(text: str, m: Mention, table: AliasTable, companies: Container[str]) -> bool:
    """Is the mention a model's code the model tagged apart from the company written right
    before it ("Samsung" + "S90D", "TCL's QM8", "the LG C4 OLED"), or a name with a model's
    number or code after a company's possessive ("Nintendo's Switch 2", "HP's Spectre" +
    " x360"), not a unit's ("the BBC's Radio 4")?"""
    surface = text[m.start : m.end]
    before = maker_rules.MAKER_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    if before is None or not _company(fold(before["maker"]), table, companies):
        return False
    if _coded(surface.split()[0]):
        return True
    named = surface + _run_after(text, m.end)
    return (
        before.group().rstrip().endswith(("'s", "’s"))
        and _model_named(named)
        and not any(_unit_word(w.key, table) for w in words(named))
    )


def _code_cut_off(text: str, m: Mention, table: AliasTable, companies: Container[str]) -> str:
    """The folded model's code written right after a company's name and left out of its span
    ("The Samsung S90D", whose code the span's edges cut as a market's): a product's line, as
    "S90D" written alone later is; else ""."""
    run = _run_after(text, m.end).split()
    if not run or not _coded(run[0]) or not _company(m.key, table, companies):
        return ""
    return fold(run[0])


def _coded(token: str) -> bool:
    """A model's code of letters and digits ("S90D", "QM8", "i5")."""
    return not token.isdigit() and maker_rules.MODEL_CODE_RE.fullmatch(token) is not None


def _company(key: str, table: AliasTable, companies: Container[str]) -> bool:
    """A company of the article: one the table knows, or, if the table knows no such name, a
    name the article writes alone that the model does not call a person or a place."""
    entity = table.get(key)
    return entity.type == "ORG" if entity is not None else key in companies


def _run_after(text: str, end: int) -> str:
    """The capitalised words and codes written right after the span, a few at most (" Show 8",
    " i5"), that the model left out of the product's name."""
    run = maker_rules.MODEL_RUN_AFTER_RE.match(text, end)
    return run.group() if run is not None else ""


def _unit_word(key: str, table: AliasTable) -> bool:
    """A word of a unit's, a subsidiary's or a place's name, or a place the table knows."""
    entity = table.get(key)
    return key in _UNIT_WORDS or (entity is not None and entity.type == "LOC")


def _model_named(rest: str, first_word: bool = True) -> bool:
    """Does the name after the maker hold a model's word or code ("AirPods Pro 2", "Galaxy
    S25", "Switch 2", "737")? A number right after the maker ("Fox 5") is a station's; after
    a product's line (`first_word` false: "Switch" + "2") every word must be the model's."""
    tokens = rest.split()
    if first_word:
        return any(_model_token(token, i) for i, token in enumerate(tokens))
    return all(_model_token(token, i + 1) for i, token in enumerate(tokens))


def _model_token(token: str, i: int) -> bool:
    """A model's word ("Pro"), code ("S25") or number (after another word, or of three digits
    or more) standing `i`-th after the maker."""
    if fold(token) in maker_rules.MODEL_WORDS:
        return True
    if token.isdigit():
        return i > 0 or maker_rules.MODEL_NUMBER_RE.fullmatch(token) is not None
    return maker_rules.MODEL_CODE_RE.fullmatch(token) is not None


def _determined(text: str, start: int) -> bool:
    """Is the name written after an article or a possessive determiner ("an Amazon Echo",
    "its Google Nest Hub", "the original Nintendo Switch")?"""
    window = text[max(0, start - maker_rules.PRODUCT_DETERMINER_WINDOW) : start]
    return maker_rules.PRODUCT_DETERMINER_BEFORE_RE.search(window) is not None

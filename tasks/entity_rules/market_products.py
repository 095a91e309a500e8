"""Tables for what markets and personal-finance news sells rather than who sells it: a
company's product, a fund or a coin written in apposition to its kind ("its flagship product,
FlowGrid,", "its own token, NVK,", "Harbor Gold Trust, the largest gold ETF"), a brand a company
sells under ("under the Harvest Table brand"), a coin's code before its kind ("the USDT
stablecoin") and a coin listed beside a known coin ("Solana and Dogecoin"). Data only; the
logic is `tasks.entities.works.cued_product_names`.

Why: business desks name a product, a token or a fund once with its kind and then bare, and the
model tags the name an organization or a person; a kind in apposition says what the name is
(a company is no "product", a fund sold on an exchange no "ETF"). Not "fund" alone: "Vestra,
the Dutch pension fund" names an investor, an organization.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.beats import CRYPTO_COINS

# Kinds of a thing sold, held or traded, never of its seller.
MARKET_PRODUCT_KINDS: Final[tuple[str, ...]] = (
    "product", "token", "coin", "stablecoin", "cryptocurrency", "memecoin", "ETF",
    "exchange-traded fund", "index fund", "mutual fund",
)  # fmt: skip
_KIND = r"(?:" + "|".join(MARKET_PRODUCT_KINDS) + r")"
# A name of at most four words, its first word perhaps with a lowercase prefix ("iShares").
_NAME = r"(?P<title>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w'’&-]*(?:[ \t]+[A-Z0-9][\w'’&-]*){0,3})"
# Up to three describing words between the article and the kind ("its flagship product", "the
# largest spot bitcoin ETF"), none a preposition or an article.
_DESCRIBED = r"(?:(?!(?:in|of|on|at|for|with|by|from|to|the|a|an)\b)[\w'’-]+[ \t]+){0,3}?"
_ARTICLE = r"(?:a|an|the|its|their|[Ii]ts|[Tt]heir|[Tt]he)"

# The kind first, the name between commas after it ("Its flagship product, FlowGrid, is used
# by", "its own token, NVK, fell").
KIND_THEN_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _ARTICLE + r"[ \t]+" + _DESCRIBED + _KIND + r",[ \t]+" + _NAME
    + r"(?=[,.;:])"
)  # fmt: skip
# The name first, its kind in apposition after it ("The iShares Bitcoin Trust, the largest spot
# bitcoin ETF, saw"); the kind ends its phrase ("Coinbase, a crypto exchange" has no kind, and
# "Acme, the product company" goes on past it).
NAME_THEN_KIND_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _NAME + r",[ \t]+" + _ARTICLE + r"[ \t]+" + _DESCRIBED + _KIND
    + r"s?(?=[,.;:]|[ \t]+(?:that|which|for|from|with|by|in|of|to|and|is|was|has)\b)"
)  # fmt: skip
# A brand a company sells under ("which sells under the Harvest Table brand", "under its Oakfield
# and Brisa brands"): the brand, not the seller. Not "label" or "banner": a record label is a
# company and "under the Reform banner" names a party.
BRAND_UNDER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])under[ \t]+(?:the|its|their)[ \t]+" + _NAME + r"[ \t]+brands?(?![\w-])"
)
# A coin or an ETF named after its kind and a naming verb ("The token, called REEF, is used",
# "an ETF dubbed Harbor Gold"), or listed after its kind ("an ETF such as the iShares Core MSCI
# World", "coins like Solana and XRP"). Not "fund": "a hedge fund called Citadel" is a firm.
_COIN_KIND = r"(?:token|coin|stablecoin|cryptocurrenc(?:y|ies)|memecoin|ETF)s?"
COIN_CALLED_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _COIN_KIND + r",?[ \t]+(?:called|named|dubbed|known[ \t]+as)[ \t]+"
    + _NAME + r"(?![\w'’-])"
)  # fmt: skip
COIN_LIST_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _COIN_KIND + r",?[ \t]+(?:such[ \t]+as|like|including)[ \t]+"
    r"(?:the[ \t]+)?(?P<names>[A-Za-z][\w'’&-]*(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+|[ \t]+)"
    r"[A-Z0-9][\w'’&-]*){0,8})"
)
# A company's code named as its ticker ("trading on the Nasdaq under the ticker \"LRCH\"",
# "ticker symbol KSTR"): a code, no name.
TICKER_NAMED_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])ticker(?:[ \t]+symbol)?[ \t]+[\"“'‘]?(?P<title>[A-Z][A-Z0-9.]{0,6})(?![\w-])"
)
# A coin's code in capitals right before its kind ("the USDT stablecoin", "its NVK token").
CODE_BEFORE_COIN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:the|its|their|a)[ \t]+(?P<title>[A-Z]{2,6})[ \t]+"
    r"(?:stablecoin|token|coin|memecoin)s?(?![\w-])"
)
# A one-word name joined in a list to a coin the tables know ("Solana and Dogecoin dropped",
# "Bitcoin, Ether and Solana fell", "Ether and XRP were little changed"): the coins' desks
# list coins with coins. Only where the list ends at a stop or a verb of the move: "Ledgerline
# and Bitcoin miners" and "Bitcoin and Halden shares" list companies.
_COIN = r"(?:" + "|".join(sorted(CRYPTO_COINS)) + r")"
_ONE_WORD = r"[A-Z](?:[a-z]{2,20}|[A-Z0-9]{1,5})"  # "Solana", "XRP"
# Verbs of a price's move ("Solana fell", "the Nasdaq rose"), for lists of coins and for indices.
MOVE_VERBS: Final[tuple[str, ...]] = (
    "fell", "rose", "dropped", "slid", "slipped", "sank", "jumped", "gained", "lost", "climbed",
    "tumbled", "surged", "rallied", "plunged",
)  # fmt: skip
_LIST_END = r"(?=[,.;:]|[ \t]+(?:" + "|".join(MOVE_VERBS) + r"|were|have|had|each|both|also)\b)"
COIN_BESIDE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:(?P<before>" + _ONE_WORD + r"),?[ \t]+(?:and|or)[ \t]+(?i:" + _COIN + r")"
    r"|(?i:" + _COIN + r")(?:,|,?[ \t]+(?:and|or))[ \t]+(?P<after>" + _ONE_WORD + r"))" + _LIST_END
)
# A verb of the market's day right after a numbered index's name ("the Nasdaq rose", "Hong
# Kong's Hang Seng dropped 1.02 per cent", "the Nikkei closed higher"): what moves so is the
# index; "the Nikkei reported" is the paper. A price's moves, and a session's words.
INDEX_MOVE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:" + "|".join(MOVE_VERBS) + r"|added|shed|closed|ended|finished|opened|soared|"
    r"declined|advanced|edged|eased|dipped|retreated|rebounded"
    r"|was[ \t]+(?:up|down|flat|little[ \t]+changed))\b"
)

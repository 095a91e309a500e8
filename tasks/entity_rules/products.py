"""Tables for the copy of reviews, deals, gift guides and feature pages: the common nouns it
writes in capitals, the words that end a product's name, and the shape of its subheadings.

Why apart from `tasks.entity_rules`: these pages name dozens of products, specifications and
services in capitals, and the model tags most of them as organizations, people or places; the
labels' convention is that products, works, programmes and jargon are no entities, while a
company named as the maker or seller is. The logic that reads these tables is
`tasks.entities.products`.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import DAY_OF_MONTH_PATTERN, MONTH_PATTERN

# Common nouns that technology, advertising, medical and sports-statistics copy writes as
# acronyms ("an IPS panel with RGB lighting", "the CPM of a campaign", "an ECG reading", "two
# PBUs"): a kind of thing, never whom or where it is; no entity unless the alias table knows the
# letters or the article defines them for a name ("the National Academy of Sciences (NAS)"),
# and only as written in capitals: "Nas", one word in Title Case, is a rapper. Letters that also
# name a body in the news ("API", the petroleum institute; "RBI", the bank; "NFC", a football
# conference; "CPM" and "CPC", communist parties; "IPS", India's police service) are not here.
JARGON_ACRONYMS: Final[frozenset[str]] = frozenset(
    {
        # displays, computers, networks
        "rgb", "oled", "lcd", "uhd", "hdr", "hdmi", "cpu", "gpu", "ram", "ssd", "hdd",
        "fps", "lan", "wan", "usb", "usb c", "nas", "lte", "wifi", "wi fi", "gan",
        "ui", "ux", "saas", "vr",
        # the web and software ("the JSON response", "a ZIP file", "PII like names", "over IP")
        "json", "xml", "http", "https", "url", "urls", "dns", "sdk", "ide", "cli", "gui",
        "cors", "xhr", "ajax", "apk", "apks", "zip", "pdf", "pdfs", "ip", "vpn", "vpns", "pii",
        "ime", "rpc", "rpcs", "ott", "os", "iot", "ai", "llm", "llms", "ssl", "tls", "cdn",
        "nft", "nfts", "ir",
        # messages, codes and money ("by SMS", "a one-time OTP", "the PIN", "ESG funds", "an LLC")
        "sms", "mms", "otp", "otps", "pin", "pins", "qr", "faq", "faqs", "esg", "llc",
        # sport ("won in OT", "the GOAT debate")
        "ot", "goat",
        # advertising and marketing
        "ctr", "rtb", "roi", "seo", "crm", "kpi",
        # medicine
        "ecg", "ekg", "hpv", "mrsa",
        # abbreviated phrases
        "asap", "fyi",
        # cars and sport statistics
        "awd", "rwd", "fwd", "4wd", "pbu",
    }
)  # fmt: skip

# Formats, connections and components that spec lists and reviews name in capitals ("Dolby
# Atmos", "Wi-Fi 6E", "Thunderbolt 5", "AMD FreeSync Premium Pro" less its maker, "SDXC"):
# standards, no entities, with or without a version's number or code after them. The
# companies behind them written alone ("Dolby", "Nvidia") are not here and stay.
TECHNICAL_STANDARDS: Final[frozenset[str]] = frozenset(
    {
        "dolby atmos", "dolby vision", "dolby digital", "dts x", "imax enhanced", "hdr10",
        "wi fi", "bluetooth", "thunderbolt", "displayport", "freesync", "freesync premium",
        "freesync premium pro", "g sync", "sdxc", "sdhc", "microsd", "nvme", "pcie", "ddr4",
        "ddr5", "lpddr5", "lpddr5x", "mini led", "qi2", "liquid retina", "liquid retina xdr",
        # audio codecs ("AAC" is also a football conference, so it is not here)
        "ldac", "aptx", "aptx adaptive", "aptx lossless", "le audio", "lc3",
    }
)  # fmt: skip
# A standard's version after its name ("6E" of "Wi-Fi 6E", "2.1" of "HDMI 2.1", "IQ").
STANDARD_VERSION_RE: Final[re.Pattern[str]] = re.compile(r"\d[\da-z]*|iq|plus|max")

# The last word of a deal post's offers and sections ("the Pokemon Bundle", "Stadia Offer",
# "Black Friday Deals"), and the guides a shopping page links to ("Gift Guides", "MacBook Pro
# Price Guide"): an offer or a page's part, no one. A guide is one only after a shopping word:
# "TV Guide" is a magazine. The words are folded keys, as the names they are matched in: folding
# drops a possessive, so "Buyer's Guide" and "Buyers' Guide" are read as "buyer(s) guide".
DEAL_HEADS: Final[frozenset[str]] = frozenset(
    {"bundle", "bundles", "offer", "offers", "deal", "deals"}
)
SHOPPING_GUIDE_WORDS: Final[frozenset[str]] = frozenset(
    {"gift", "price", "buying", "buyer", "buyers"}
)
GUIDE_HEADS: Final[frozenset[str]] = frozenset({"guide", "guides"})

# Words that end a product's name, after which no capitalised word or number follows in the
# name itself ("the Switch Lite", "Apple Watch Series 3", "the Founder's Edition", "the Ultimate
# Collector Series"): a product, an edition or a range, whatever the model tags it; the name
# written before the word is the product's line ("Switch" where the article writes "Switch
# Lite"), never its first word alone, the maker.
PRODUCT_EDITION_WORDS: Final[frozenset[str]] = frozenset({"lite", "edition", "series"})

# Devices, parts, cards and meals named with their common noun as the last capitalised word
# ("Magic Keyboard", "MX Master 3 Mouse", "Polaris GPU", "Payboo Credit Card", "Value Menu"): the
# thing sold, no entity; "Speaker" ends an office as often ("the Assembly Speaker"), no entity
# either. Nouns that end names of companies or publications ("Watch", "TV", "Guide", "Hub",
# the "Daily Monitor", "The Tablet") are not here.
PRODUCT_NAME_HEADS: Final[frozenset[str]] = frozenset(
    {
        "keyboard", "keyboards", "mouse", "router", "routers", "charger", "chargers",
        "controller", "controllers", "laptop", "laptops", "headphones", "earbuds", "speaker",
        "speakers", "adapter", "smartwatch", "card", "cards", "folio",
        # a computer's parts ("GDDR5 RAM", "an AMD Polaris GPU", "a Samsung SSD")
        "ram", "gpu", "gpus", "cpu", "cpus", "ssd", "ssds", "hdd", "processor", "processors",
        "chipset",
        # a chain's menu items and meal deals ("the Crunch Value Menu", "a Happy Meal")
        "menu", "meal", "meals",
    }
)  # fmt: skip

# A subheading in the body: a line of `SUBHEADING_MIN_WORDS` to `SUBHEADING_MAX_WORDS` words,
# `SUBHEADING_CAPITALISED_SHARE` of its major words capitalised, not ending with a full stop
# (a sentence, a caption or a line-up does), and with a capitalised function word after its
# first word ("Stadia's Current Roster Of Games Isn't Very Impressive", "Despite The Monthly
# Fee, ..."): the house style capitalises every word, which names never do with "Of" or "The"
# mid-name. Its capitals are the style's, like a Title Case headline's. A list of venues or
# dates ("Aug. 3 - Raleigh, NC - Coastal Credit Union Music Park") capitalises only names.
SUBHEADING_MIN_WORDS: Final[int] = 3
SUBHEADING_MAX_WORDS: Final[int] = 16
SUBHEADING_CAPITALISED_SHARE: Final[float] = 0.8
SUBHEADING_END_RE: Final[re.Pattern[str]] = re.compile(r"[^.\s]\s*\Z")
SUBHEADING_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with",
        "is", "are", "was", "be", "it", "its", "you", "your", "not", "how", "what", "why",
    }
)  # fmt: skip

# The last word of a prize's name ("the Harlow Fiction Prize", "two World Fantasy Awards"): an
# honour, no one, wherever the model reads it (short names of awards are in
# `tasks.entity_rules.beats`).
AWARD_HEADS: Final[frozenset[str]] = frozenset({"award", "awards", "prize", "prizes"})
# The words that open a prize's subject after its head ("the Women's Prize for Fiction", "the
# Nobel Prize in Physics", "the Award for Excellence in Reporting"): the head is then not last,
# and the name is still the prize's; a body's name holds the head before its own word ("the
# Booker Prize Foundation").
AWARD_SUBJECT_WORDS: Final[frozenset[str]] = frozenset({"for", "in"})

# A date the model reads as a name ("Trump's July 25 call", "on 3 March"): a month and a day.
DATE_RE: Final[re.Pattern[str]] = re.compile(
    rf"{MONTH_PATTERN}[ \t]+{DAY_OF_MONTH_PATTERN}|{DAY_OF_MONTH_PATTERN}[ \t]+{MONTH_PATTERN}"
)

# Public benefit programmes named without their agency ("waiting for Medicare to kick in",
# "DACA recipients"): a scheme, no one; the agency that runs one is named otherwise ("the
# Centers for Medicare & Medicaid Services"). Names a company or a committee also bears ("Snap",
# "Cobra") are not here.
PUBLIC_PROGRAMMES: Final[frozenset[str]] = frozenset(
    {"medicare", "medicaid", "medicare advantage", "obamacare", "daca", "universal credit"}
)

# A review's headline: a name of two words or more, perhaps after a year, right before
# "review", "hands-on" or "first look" and a colon, a dash, a bar or the line's end ("Asus
# Zenbook Flip 14 review: ...", "Echoes of Aldren review - ..."), or after "Review:" ("Review:
# The Salt Road"). The name is the thing reviewed, a product or a work; a body named before
# "review" writes a verb after it ("Home Office review finds ..."), and a single word may be a
# company a money page reviews ("Monzo review: ..."), so neither counts, nor a name ending with
# an organization's head word (`tasks.entity_rules.NAME_HEADS`: "Met Office review: ...").
_REVIEWED_NAME = (
    r"(?P<name>[A-Z0-9][\w'’.+-]*(?:[ \t]+(?:[A-Z0-9][\w'’.+-]*|[a-z]{1,2}\d[\w-]*"
    r"|(?:of|the|and|a|an|in|on|to|for)(?=[ \t]+[A-Z0-9]))){1,7})"
)
REVIEW_HEADLINE_RE: Final[re.Pattern[str]] = re.compile(
    r"\A[ \t]*(?:" + _REVIEWED_NAME + r"[ \t]+(?i:review|hands-on|first look)"
    r"(?:[ \t]*[:|–—]|[ \t]+-[ \t]|[ \t]*(?:\n|\Z))"
    r"|(?i:review)[ \t]*[:|–—][ \t]*" + _REVIEWED_NAME.replace("?P<name>", "?P<name2>") + r")"
)

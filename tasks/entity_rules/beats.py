"""Phrases of the news beats whose capitals name no person, organization or place: court and law
copy (case names, sections, bills, laws named with a connector inside), market tables (a
ticker in parentheses before its move), sport (awards of a match, matches named by their
ground). Data only; `tasks.entities.beats` applies it.

Why a table of its own: every beat writes its vocabulary in capitals, as names are written, and
the model tags it PERSON, ORG or GPE; the label file's conventions count none of it (laws,
events, works and products are no entities), and no name inside such a phrase is one either
("Oklahoma" in "Oklahoma v. Department of Education", "Perth" in "the Perth Test").
"""

from __future__ import annotations

import re
from typing import Final

# A capitalised word of a name inside a phrase: not a possessive ("Utah's Minor Protection in
# Social Media Act" is Utah's law: Utah stays a place), and with a full stop only inside
# initials ("U.S.", "B.V.") or closing a company's or a party's abbreviation ("Inc.", "Ors."),
# so that a sentence's full stop ends it.
_ABBREVIATIONS = r"(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St|Ors|Anr)\."
_INITIALS = r"[A-Z](?:[\w&-]|\.(?=[A-Za-z]))*"
_WORD = rf"(?:{_ABBREVIATIONS}|{_INITIALS}\.(?<=[A-Z]\.)|{_INITIALS})(?![\w'’])"
# Lowercase words that join the words of a law's or a party's name ("Gangsters and Anti-Social
# Activities (Prevention) Act", "Minor Protection in Social Media Act"); never "the", which
# opens another name ("the Senate and the Affordable Care Act").
_JOINERS = r"(?:and|of|in|on|for|to|&)"
_PARTY = rf"{_WORD}(?:[ \t]+(?:{_JOINERS}[ \t]+|the[ \t]+)?{_WORD})*"

# A law case by its parties, as courts and reports cite it ("Doe v. Snap Inc.", "Arnesh Kumar
# v. State of Bihar", "Ramesh Iyer & Ors v. State of Karnataka & Anr"): a case, no entity,
# whatever the model tags the span that holds it; a party the model tags on its own is still
# named there ("Learning Resources Inc. v. Trump" names Trump). Only "v." with its full stop: a
# fixture list writes "Brighton v Liverpool", and a span there is two clubs run together.
CASE_NAME_RE: Final[re.Pattern[str]] = re.compile(rf"{_PARTY}[ \t]+v\.[ \t]+{_PARTY}")

# A part of a law or a bill by its number ("Section 230", "Title IX", "Chapter 11", "Rule 23",
# "HB 3", "S.B. 1047"): the model tags "Title IX" an organization and "HB 3" a place. "Article
# 19" is left alone: a rights group has that name.
LAW_PART_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:(?:Title|Section|Chapter|Rule|Clause|Paragraph)[ \t]+"
    r"(?:[IVXLC]+|\d+[A-Z]?)(?:\([\w.]+\))*"
    r"|(?:HB|SB|AB|HR|HF|SF|LD|H\.R\.|H\.B\.|S\.B\.)[ \t]?\d+)(?![\w-])"
)

# A law's name the model cut at a lowercase word inside it: what follows the span is joined to
# it by such a word or a word in brackets and ends in a law's head word ("Uttar Pradesh
# Gangsters" + " and Anti-Social Activities (Prevention) Act", "Minor Protection" + " in Social
# Media Act"); and a name of several words ending in a law's head word ("Bharatiya Nyaya
# Sanhita", "Indian Penal Code"), whoever found it. A law is no entity.
LAW_HEADS: Final[tuple[str, ...]] = ("Act", "Acts", "Code", "Sanhita")
LAW_HEAD_KEYS: Final[frozenset[str]] = frozenset(head.lower() for head in LAW_HEADS)
# At most `LAW_TAIL_MAX_WORDS` words after the span, and as many in brackets: the test is made
# at the end of every mention, and unbounded, each mention of a long capitalised line with
# words in brackets ("Kenya (KEN) Uganda (UGA) ...") read the rest of the line.
LAW_TAIL_MAX_WORDS: Final[int] = 12
_BRACKETED = rf"\({_WORD}(?:[ \t]+{_WORD}){{0,{LAW_TAIL_MAX_WORDS - 1}}}\)"
_LAW_WORDS = rf"(?:[ \t]+(?:{_WORD}|{_BRACKETED})){{0,{LAW_TAIL_MAX_WORDS}}}"
LAW_TAIL_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:[ \t]+{_JOINERS}[ \t]+{_WORD}|[ \t]+{_BRACKETED}){_LAW_WORDS}"
    rf"[ \t]+(?:{'|'.join(LAW_HEADS)})(?![\w-])"
)

# Honours of a match or a season ("Man of the Match", "Player of the Series", "Coach of the
# Year"): a title, no person, whoever holds it.
AWARD_PHRASE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:[Tt]he[ \t]+)?(?:Man|Woman|Player|Rookie|Coach|Manager|Goal|Try)[ \t]+of"
    r"[ \t]+the[ \t]+(?:Match|Series|Tournament|Year|Month|Season|Round|Week|Day)(?![\w-])"
)

# A match named by its ground or its date ("the Gabba Test", "the Perth Test", "the New Year
# Test", "the MCG ODI"; "the second ODI" is no name: "ODI" is in `BEAT_COMMON_NOUNS`): an
# event; the ground named elsewhere stays a place. At most
# `MATCH_NAME_MAX_WORDS` words between "the" and the match's word: unbounded, every "The" of a
# long run of capitalised words read the rest of the run (a quadratic scan of a title-case line).
MATCH_WORDS: Final[tuple[str, ...]] = ("Test", "ODI", "T20I")
MATCH_NAME_MAX_WORDS: Final[int] = 6
MATCH_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w-])[Tt]he[ \t]+(?:{_WORD}[ \t]+){{1,{MATCH_NAME_MAX_WORDS}}}"
    rf"(?:{'|'.join(MATCH_WORDS)})(?![\w-])"
    r"(?![ \t]+(?:squad|side|team|captain|vice-captain|series|cap|caps|debut|career|coach))"
)

# A company's ticker in parentheses before its move, as market tables and briefs write it
# ("Nvidia Corp (NVDA) -3.1%", "Walmart Inc (WMT) +4.0%"): a code, no name. Only before a
# signed figure or a percentage: "(SPY) saw outflows" may be an acronym the text defines.
TICKER_BEFORE_MOVE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<=\()[A-Z]{1,5}(?=\)[ \t]*(?:[+\-−–][ \t]?\d|\d[\d.,]*[ \t]?%))"
)

# Awards by their short names, which the model tags organizations or places ("led nominations
# for the Golden Globes", "a Grammy nod", "the Palme d'Or"): prizes, no entities; the bodies
# that give them ("Recording Academy") are named otherwise. Folded.
AWARD_NAMES: Final[frozenset[str]] = frozenset(
    {
        "golden globe", "golden globes", "grammy", "grammys", "grammy awards", "emmy", "emmys",
        "emmy awards", "oscars", "academy awards", "bafta", "baftas", "palme d'or",
        "ballon d'or", "golden bear", "golden lion",
    }
)  # fmt: skip

# Cryptocurrencies written with a capital, common nouns of the markets' desks. Folded.
CRYPTO_COINS: Final[frozenset[str]] = frozenset({"bitcoin", "bitcoins", "ether", "dogecoin"})

# Common nouns that the courts', markets' and sports' desks write as acronyms or with a
# capital, which the model tags organizations: a police complaint ("FIR", "PIL"), a match
# ("ODI"), a match's video officials and its best player ("after a VAR review", "the TMO",
# "the league's MVP"), a fund's or a share's measure ("NAV", "EPS", "ADR"), a British savings
# or pension account ("a stocks and shares ISA", "a SIPP"), a cryptocurrency ("Bitcoin dropped
# below $90,000"). Folded.
BEAT_COMMON_NOUNS: Final[frozenset[str]] = frozenset(
    {"fir", "firs", "pil", "odi", "odis", "t20i", "nav", "eps", "adr", "adrs", "ebitda"}
    | {"var", "tmo", "mvp", "mvps"}
    | {"isa", "isas", "sipp", "sipps"}
    | CRYPTO_COINS
    | {"stablecoin", "stablecoins"}
    | AWARD_NAMES
)

# Words that make a name of several words a fund, a product of its manager ("Vanguard Total
# Stock Market ETF", "SPDR S&P 500 ETF Trust", "iShares Core MSCI World": the managers' fund
# brands, which name no firm), anywhere in the name; an acronym the text
# defines for it ("(SPY)") is the fund's too. Folded.
FUND_WORDS: Final[frozenset[str]] = frozenset(
    {"etf", "etfs", "etn", "etns", "ishares", "spdr", "xtrackers"}
)

# A weather service's warning level ("a Status Orange wind warning", "Code Red"): no name.
WARNING_LEVEL_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:Status|Code)[ \t]+(?:Red|Orange|Yellow|Amber)(?![\w-])"
)
# A storm's local name, given after its international one ("Typhoon Kalmaegi, known locally as
# Tino"): an event too, wherever the article repeats it.
LOCAL_STORM_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Super Typhoon|Tropical Storm|Storm)[ \t]+[A-Z][a-z]+,?"
    r"[ \t]+(?:known|named|called)[ \t]+(?:locally[ \t]+)?as[ \t]+(?P<name>[A-Z][a-z]+)\b"
)

# Prepositions and conjunctions that open a sentence before a name in market wraps, briefs and
# attributions ("Across Europe, the STOXX 600 rose", "Amid Asia's slump", "As Mashable
# reports", "Like Uber, ..."): the model runs them into the name; a name does not begin with
# one of these (unlike "Under Armour", "Beyond Meat", "Via Rail", "Just Eat"). Folded; written
# in capitals of two or three letters they are a club's prefix ("AS Roma", "IF Elfsborg").
OPENING_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {
        "across", "amid", "amidst", "among", "amongst", "despite", "throughout", "during",
        "unlike", "toward", "towards", "within", "as", "like", "if", "when", "while", "whilst",
        "although", "though", "because", "since", "between", "per", "whether", "unless",
    }
)  # fmt: skip
MAX_CLUB_PREFIX_LETTERS: Final = 3

# A Roman numeral in capitals ("their XI for the Test", "Louis XIV", "Super Bowl LX"): a
# number, never a name the alias table writes in lowercase letters ("Xi" the president, "Li"
# the premier). Numerals the table holds in capitals ("DC", "MD", "CD") are acronyms and match
# as such.
ROMAN_NUMERAL_RE: Final[re.Pattern[str]] = re.compile(
    r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)

# A fixture's "v" or "vs" the model ran into the club before it ("Manchester City v" of
# "Manchester City v Tottenham (4.30)"): cut from the name.
FIXTURE_V_END_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+vs?\.?\Z")

# Particles before a surname that the model leaves out of a person's span ("Van den Berg" in a
# line-up, tagged "Berg"; "Le Pen" tagged "Pen"): the surname starts at the first of them.
_PARTICLES = "van|von|de|del|della|der|den|di|da|du|le|la|ter|ten|het|dos|das"
SURNAME_PARTICLES_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w'’-])(?:{_PARTICLES}|{'|'.join(p.capitalize() for p in _PARTICLES.split('|'))})"
    rf"(?:[ \t]+(?:{_PARTICLES}))*[ \t]+\Z"
)

# A court named by its place and its rank ("the Karnataka High Court", "Leeds Crown Court",
# "the Lagos Federal High Court"): an organization the model often leaves untagged when the
# place is not one it knows. A capitalised word that opens the sentence ("The") is not the
# place's.
COURT_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?!The[ \t])(?P<name>(?:[A-Z][a-z]+[ \t]+){1,3}"
    r"(?:High|District|Circuit|Crown|Magistrates['’]?|Sessions|Superior|Federal High|Family)"
    r"[ \t]+Court)(?![\w-])"
)

# A clinical trial's name: a code of capitals with a number ("SURMOUNT-5", "KEYNOTE-189"), or a
# name right after the trial's noun and "called" ("a smaller arm of the trial called EVOKE"): a
# study, no organization. (Without the number, "ISIS-K" is a group's name.)
TRIAL_CODE_RE: Final[re.Pattern[str]] = re.compile(r"[A-Z]{3,}-\d{1,4}[A-Z]?")
TRIAL_CUE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:trial|trials|study|studies)[ \t]+(?:called|named|dubbed|known[ \t]+as)[ \t]+\Z"
)

# Post-nominals only a person's name ends with in court copy ("Saul Holt KC", "Gageler CJ"):
# a span the model tags an organization that ends with one is a person's. Folded.
COUNSEL_POST_NOMINALS: Final[frozenset[str]] = frozenset({"kc", "qc", "cj"})

"""Data for entity normalization, kept apart from the logic in the `tasks.entities` package.

Everything here is a table or a pattern, so a reviewer can tune what counts as an entity, how
a name's surface is cleaned, and what an acronym definition looks like without reading the
resolver (how words fold is `tasks.names`). The alias
table and the list of titles are larger and live in `seeds/` (entities.csv, entity_titles.txt).

This module holds the tables several steps share; a step with tables of its own has a module
here of its step's name (`venues` for `tasks.entities.venues`, `products`, `members`, ...).
"""

from __future__ import annotations

import re
from typing import Final, Literal

from tasks.entity_rules.demonyms import PEOPLE_WORDS
from tasks.entity_rules.spaced_names import spaced_alternation
from tasks.names import HYPHEN_CLASS

EntityType = Literal["PERSON", "ORG", "LOC"]

# spaCy (OntoNotes) label -> our type. Labels absent here are not entities for the warehouse:
# nationalities (NORP), dates, times, numbers, money, products, events, works, laws, languages.
LABEL_TO_TYPE: Final[dict[str, EntityType]] = {
    "PERSON": "PERSON",
    "PER": "PERSON",  # WikiNER-style models (xx_ent_wiki_sm, de/fr/es/... *_sm)
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}

# Labels of spans in which a possessive before a capital always joins two names: no person's
# or country's, region's or city's name holds one ("Punjab's Bhatinda", which the model tags
# PERSON or GPE, is the region and its town), where a company's ("Moody's Investors Service")
# or a venue's ("St Paul's Cathedral") may.
POSSESSIVE_SPLIT_LABELS: Final[frozenset[str]] = frozenset({"PERSON", "PER", "GPE"})

# When two sources disagree on a type for the same unknown name, and the votes tie, the earlier
# type here wins: a person mislabelled ORG is the stock model's most common mistake.
TYPE_PRIORITY: Final[tuple[EntityType, ...]] = ("PERSON", "ORG", "LOC")

# A month's English name, whole or cut ("Sept.", "June"), and a day of the month ("24th"): the
# dates of listings and of copy that the model can read as names (`tasks.entity_rules.venues`,
# `tasks.entity_rules.products`).
MONTH_PATTERN: Final[str] = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY_OF_MONTH_PATTERN: Final[str] = r"\d{1,2}(?:st|nd|rd|th)?"
# A month's name alone, and a month with the day after it: "Mar 20, 2005" is a date, never a
# person "Mar" (`tasks.entities.candidates`), and "May 5" no model's number
# (`tasks.entity_rules.product_lines`).
MONTH_NAME_RE: Final[re.Pattern[str]] = re.compile(MONTH_PATTERN)
MONTH_DAY_RE: Final[re.Pattern[str]] = re.compile(rf"{MONTH_PATTERN}[ \t]+{DAY_OF_MONTH_PATTERN}\b")

# A party named by its members ("the Conservatives", "the Liberal Democrats", "the Greens",
# "the Social Democrats"): the model tags it NORP, a group of people; a NORP span whose last word
# is one of these plurals, capitalised, is read as the party, an organization. The bare plurals
# the labels count as members, no entity ("Democrats", "the Tories"), are dropped after linking
# (`tasks.entity_rules.members.MEMBERS_NO_ENTITY`); a qualified name ("the Liberal Democrats")
# stays.
PARTY_MEMBER_PLURALS: Final[frozenset[str]] = frozenset(
    {
        "democrats", "republicans", "conservatives", "liberals", "socialists", "greens",
        "tories", "nationalists", "communists", "unionists", "progressives", "libertarians",
    }
)  # fmt: skip

# Capitalised words that make a party's name with the members' plural after them ("the Liberal
# Democrats", "the Free Democrats", "the Sweden Democrats", "the Christian Democrats"), where
# the model's span holds the plural only: the name is both words, not the party the alias table
# knows by the plural ("Democrats" is the US party).
PARTY_NAME_QUALIFIERS: Final[frozenset[str]] = frozenset(
    {
        "liberal", "social", "free", "christian", "sweden", "national", "new", "young",
        "progressive", "democratic", "ulster", "green", "radical", "united", "independent",
    }
)  # fmt: skip

# Pipeline components that NER does not read. In the en_core_web_*_sm models `ner` embeds its
# own tok2vec (it is not a listener of the shared `tok2vec` component), so even `tok2vec` can be
# dropped there; `tasks.entities.model.load_nlp` checks for a listener before removing it,
# because the md/lg/trf models do share theirs. Dropping the parser loses its sentence
# boundaries, which moved a few span edges on 7 of 162 English corpus articles and halves the
# NER time.
NER_UNUSED_COMPONENTS: Final[tuple[str, ...]] = (
    "tagger",
    "morphologizer",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
    "textcat",
    "textcat_multilabel",
    "entity_linker",
)
NER_FEATURE_COMPONENTS: Final[tuple[str, ...]] = ("tok2vec", "transformer")
# What the model reads in place of typographic quotes: the straight ones it was trained on
# (OntoNotes writes "Britain's", not "Britain’s"). One character for one, so its offsets are the
# text's own and every surface is cut from the text as written. With "’" the model read
# "Britain’s Foreign Office" as no name and "Cleveland’s Public Auditorium" as one place, where
# with "'" it finds "Foreign Office" and "Cleveland". Dashes stay: read as hyphens they cost
# more names than they gained on the tuning pages.
NER_PLAIN_QUOTES: Final[dict[str, str]] = {
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
}

# --- name surfaces ---------------------------------------------------------------------------
# (How a single word folds is `tasks.names`, shared by every stage.)

# What may separate two words of one multi-word name: spaces, hyphens, a slash.
NAME_GAP_RE: Final[re.Pattern[str]] = re.compile(rf"[\s{HYPHEN_CLASS}/]*")

# A leading article as written: the fold drops "the" (`tasks.names.LEADING_ARTICLES`), and the
# surface cleaner drops it too before showing a mention.
LEADING_ARTICLE_RE: Final[re.Pattern[str]] = re.compile(r"^(?:the)\s+", re.IGNORECASE)
# A sentence adverb and its comma opening a span ("Meanwhile, Scottish Fire and Rescue Service
# crews were called", "Separately, Acme Foods said"): the model ran the sentence's first words
# into the name; the adverb is no part of it. Only these words: "Washington, D.C." opens with a
# name and a comma.
SENTENCE_ADVERBS: Final[tuple[str, ...]] = (
    "Meanwhile", "However", "Separately", "Elsewhere", "Instead", "Still", "Also", "Later",
    "Earlier", "Finally", "Additionally", "Furthermore", "Moreover", "Nonetheless",
    "Nevertheless", "Previously", "Currently", "Overall", "Now", "Then", "Again", "Indeed",
    "Similarly", "Likewise", "Otherwise", "Initially", "Ultimately", "Recently",
    "Subsequently", "Consequently", "Thus", "Therefore", "Yesterday", "Today", "Tonight",
    "Locally", "Nationally",
)  # fmt: skip
LEADING_SENTENCE_ADVERB_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:{'|'.join(SENTENCE_ADVERBS)}),[ \t]+(?=[A-Z])"
)
# Trailing possessive on a surface form as written ("Al-Qaeda’s", "the United States'").
SURFACE_POSSESSIVE_RE: Final[re.Pattern[str]] = re.compile(r"(?:['’ʼ`]s|(?<=s)['’ʼ`])$")

# A sentence's end inside a span: a full stop after a word of six letters or more, then a
# blank and a capital ("the Praça do Comércio. Lunch is ..."): the model ran the name into the
# next sentence. Abbreviations a name holds are shorter ("Warner Bros. Discovery", "Calif.",
# "St. Louis", "Corp."), so the name ends at the stop.
SENTENCE_BREAK_IN_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])[^\W\d_]{5,}[^\W\d_A-Z](?=\.[ \t]+[A-Z])"
)
# Words a name never ends with, written in lowercase: a clause glued to the span by the model
# ("the Associated Press that Carlineo ...") is trimmed off its end.
TRAILING_NON_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {"that", "which", "who", "whom", "whose", "where", "when", "while", "and", "or", "but"}
    # nor a preposition or an article: "the Social Democrats of", "Hall of Fame class of"
    | {"of", "in", "for", "at", "on", "from", "to", "with", "by", "as", "the", "a", "an"}
    # nor a verb of the clause: "Maharashtra will fund ...", "Reuters said"
    | {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are"}
    | {"was", "were", "has", "have", "had", "does", "did", "said", "says", "told", "added"}
)
# Letters written after a person's name for an honour, a rank at the bar or a seat ("Clare
# Dunmore KC", "Sir Tom Abel OBE", "Ana Ruiz MP", "Lee Park PhD"): no part of the name, cut
# from a person's span when written with capitals (compared folded).
POST_NOMINALS: Final[frozenset[str]] = frozenset(
    {
        "kc", "qc", "mp", "msp", "mla", "mpp", "mep", "td", "obe", "mbe", "cbe",
        "kbe", "dbe", "gbe", "frs", "phd", "md", "esq", "jp",
        "sc", "bl",  # Irish senior counsel and barrister-at-law ("Ciara Nolan BL")
        "cj",  # a chief justice in law reports' lists of the bench ("Gageler CJ")
        "mca",  # member of a Kenyan county assembly ("Wanjiku Kamau MCA")
    }
)  # fmt: skip
# Of those, the letters of a seat in a legislature: they say a person even after a span the
# model read as an organization ("Conor Sheehan TD said ..."), where "Al Ahly SC" is a club.
SEAT_POST_NOMINALS: Final[frozenset[str]] = frozenset(
    {"mp", "msp", "mla", "mpp", "mep", "td", "mca"}
)
# A market code written after a name (Reuters instrument codes, tickers): "London Metal
# Exchange CMAL3", "Sterling GBP=", "Dow Jones Industrial Average .DJI". A last word with a
# capital and a digit, with "=", or a dot and capitals.
TRAILING_MARKET_CODE_RE: Final[re.Pattern[str]] = re.compile(
    r"\s+(?:\.[A-Z][A-Za-z0-9]*=?"
    r"|(?=\S*[A-Z])(?=\S*[0-9])[A-Za-z0-9.]+=?[A-Za-z0-9]*"
    r"|(?=\S*[A-Z])[A-Za-z0-9.]+=[A-Za-z0-9]*)\Z"
)
# A score or a set written after a player's or a team's name ("beat Orlando Pirates 2-1",
# "Neal Skupski 6-3, 7-5"), glued to the span by the model: two numbers joined by a hyphen or
# a dash, perhaps several of them, perhaps a tie-break in brackets. No name ends that way
# (a numbered name ends with one number: "Route 39", "Apollo 11").
TRAILING_SCORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:[\s,]+\d{{1,3}}[{HYPHEN_CLASS}–—]\d{{1,3}}(?:\(\d{{1,2}}\))?)+\Z"
)

# Generational suffixes after a person's surname ("Patrick W. Carlineo Jr." is "Carlineo"
# later in the article): skipped when a full name is indexed by its surname.
NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A surname alone that two people of the article bear ("Harris" beside Kamala and Donald
# Harris) is the one named in full at least this many times as often as any other; else the
# only one named in full before it, as news copy uses a shared surname for the bearer it has
# named (`tasks.entities.linking`).
DOMINANT_BEARER_RATIO: Final = 2

# Shouting text: a line written all in capitals (a subheading: "SCORES QUARANTINED"), or a
# paragraph's lead-in in capitals ("CHEER ON Juniors ...", "A HUNTER who ..."), of at least
# this many words. Its capitals are the style's, so a name there must be one the alias table
# knows (or the article writes elsewhere). A single capitalised word opening a paragraph is
# left alone: it may be an acronym ("KBRX said ..."); unless a determiner and a lowercase word
# follow it, as after a verb, never after a name ("SPEND a day in the country ...", listings'
# and briefs' style).
SHOUTING_MIN_WORDS: Final[int] = 2
LEAD_IN_DETERMINERS: Final[tuple[str, ...]] = ("a", "an", "the", "your", "our", "some")

# --- acronyms --------------------------------------------------------------------------------

# "Long Name (ACR)" — an acronym in parentheses: 2..10 chars with at least two capitals.
ACRONYM_IN_PARENS_RE: Final[re.Pattern[str]] = re.compile(
    r"\(\s*((?=(?:[^()]*?[A-Z]){2})[A-Z][A-Za-z0-9&.\-]{1,9})\s*\)"
)
# "ACR (Long Name)" — the reverse order some wires use.
ACRONYM_BEFORE_PARENS_RE: Final[re.Pattern[str]] = re.compile(
    r"\b([A-Z][A-Za-z0-9&\-]{1,9})\s*\(\s*([A-Z][^()]{3,80}?)\s*\)"
)
# "Sacramento Regional Transit, known as SacRT", "Myanmar, formerly known as Burma": the name
# after "known as" is another name of the one before the comma, whatever its letters (group
# "short": one to `KNOWN_AS_MAX_WORDS` capitalised words). The name before the comma is the
# run of capitalised words and connecting words (`ACRONYM_OPTIONAL_WORDS`) that ends there.
KNOWN_AS_RE: Final[re.Pattern[str]] = re.compile(
    r",[ \t]+(?:(?:also|formerly|now|commonly|widely|popularly|better|locally|officially)[ \t]+)?"
    r"known[ \t]+as[ \t]+(?:the[ \t]+)?(?P<short>[A-Z][\w.&+'’\-]*(?:[ \t]+[A-Z][\w.&+'’\-]*){0,3})"
)
KNOWN_AS_MAX_WORDS: Final[int] = 4
# "hypersensitivity pneumonitis, or HP", "intensive care unit (ICU)": an acronym defined for
# lowercase words abbreviates a common noun, so it names no organization in that article. The
# lowercase words before it (group 1, at most six) and the acronym (group 2). The words start
# where a hyphenated word starts, never inside it: a hostile "a-a-a-…" is one try, not one per
# hyphen.
COMMON_ACRONYM_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?<![a-z]-)((?:[a-z][a-z\-]*\s+){0,5}[a-z][a-z\-]*)(?:,\s*or\s+|\s*\(\s*)([A-Z][A-Za-z]{1,5})\b"
)
# Words an acronym may skip or may take a letter from ("Department of Defense" -> "DoD").
ACRONYM_OPTIONAL_WORDS: Final[frozenset[str]] = frozenset(
    {"of", "the", "in", "and", "for", "on", "at", "to", "a", "an", "de", "du", "des", "la", "&"}
)
ACRONYM_MAX_WORDS: Final[int] = 12

# Alias-table matches of at most this many letters that are all capitals ("US", "IS", "AQ")
# are not trusted inside shouting text: when the words around them (this many on each side)
# are all capitals too, as in a headline "WHAT IS THE US PLAN".
SHORT_ACRONYM_LEN: Final[int] = 3
SHOUTING_NEIGHBOURS: Final[int] = 2

# A common word written in capitals for emphasis inside a sentence of lowercase words ("We are
# NOT asking", "People MUST have a say", "if you are told to go, GO"): no acronym, whatever the
# model or the alias table says. Not "us", "it", "who": "the US", "IT staff" and "the WHO" are
# written far more often than the emphasised pronouns.
EMPHASIS_WORDS: Final[frozenset[str]] = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "not", "never", "must", "will", "can",
        "cannot", "should", "do", "does", "did", "go", "all", "any", "another", "every", "only",
        "very", "really", "still", "ever", "again", "now", "have", "has", "had", "so", "too",
    }
)  # fmt: skip
# Such a word that is also an alias ("IS", the Islamic State) is emphasis only where a verb's
# complement follows it: an article, a negation, an adverb, a possessive, a word in -ing
# ("This IS a choice", "there IS an oxygen bar", "patience IS running out"); "IS fighters",
# "the IS group" or "fighting IS in Raqqa" stay the alias.
EMPHASIS_COMPLEMENT_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:a|an|the|not|no|never|about|so|very|too|just|still|also|really|only|what|how|"
    r"why|our|your|my|his|her|their|its|this|that|[a-z]{2,}ing)\b"
)

# Words that may be left over when a NER span is replaced by the alias-table names inside it
# ("the US Department of Defense to Congress" -> US Department of Defense + Congress).
SPAN_FILLER_WORDS: Final[frozenset[str]] = frozenset(
    {"the", "to", "and", "&", "with", "by", "from", "a", "an", "at", "on"}
)  # not "of"/"in": "Gulf of Mexico" and "Al-Qaeda in Yemen" are names, not two entities

# Words a Title Case headline leaves in lowercase (articles, conjunctions, short
# prepositions): they do not count when deciding whether a first line is Title Case.
TITLE_CASE_MINOR_WORDS: Final[frozenset[str]] = SPAN_FILLER_WORDS | frozenset(
    {"of", "in", "for", "or", "nor", "but", "as", "per", "via", "vs", "into", "onto", "over"}
)

# Legal-form words at the end of a company name: "SoftBank Group Corp" and "SoftBank" are one
# unknown organization, and its id is derived from the name without them so that articles
# which write it either way agree.
ORG_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "inc", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "group",
        "holdings", "holding", "sa", "ag", "se", "gmbh", "nv", "bv", "lp", "llp", "&",
    }
)  # fmt: skip

# A word with a path after a host name is a link ("pic.twitter.com/4p7SXk7JPW",
# "https://t.co/abc", "www.example.org/news"): embedded posts end with one, and the model reads
# it as a person or an organization. A name with a bare domain ending stays ("Edmunds.com").
# A host name starts where a run of word characters, dots and hyphens starts: the search then
# tries each run once, and a hostile word of a megabyte costs a pass, not a pass per character.
WEB_LINK_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/", re.IGNORECASE
)

# Web-address endings of a name: "Edmunds.com" is the organization "Edmunds" (folded words).
WEB_SUFFIXES: Final[frozenset[str]] = frozenset({"com", "net", "org", "io"})

# Descriptor words after a place name: "Khost province" is Khost (the id of an unknown place
# is derived without them, and the alias table is asked for the bare name too).
PLACE_SUFFIXES: Final[frozenset[str]] = frozenset({"province", "district", "governorate"})
# A descriptor in lowercase that ends the model's span of a place is no part of its name: "the
# Kunene region", "Lviv oblast" name Kunene and Lviv ("the Kurdistan Region", capitalised, is a
# name and stays whole).
PLACE_DESCRIPTORS: Final[frozenset[str]] = frozenset({"region", "oblast", "prefecture"})
# A participle or suffix glued by a hyphen after a name makes an adjective of it ("a Taylor
# Swift-themed club", "a London-based firm", "Kremlin-installed authorities"): the name is what
# comes before the hyphen. Only these words: a given name's lowercase part is no adjective
# ("Son Ye-jun", "Kim Tae-hyung"), nor a name's own ("Osk Co-op").
ADJECTIVE_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "based", "themed", "led", "backed", "owned", "born", "made", "style", "styled",
        "inspired", "installed", "controlled", "administered", "occupied", "linked", "funded",
        "run", "bound", "era", "focused", "affiliated", "sponsored", "allied", "aligned",
        "friendly", "like", "area", "centric", "specific", "wide", "esque", "approved",
        "branded", "designed", "trained", "educated", "listed", "headquartered", "registered",
    }
)  # fmt: skip
ADJECTIVE_SUFFIX_RE: Final[re.Pattern[str]] = re.compile(
    rf"[{HYPHEN_CLASS}](?:{'|'.join(sorted(ADJECTIVE_SUFFIXES))})\Z"
)
TRAILING_PLACE_DESCRIPTOR_RE: Final[re.Pattern[str]] = re.compile(
    rf"[ \t]+(?:{'|'.join(sorted(PLACE_DESCRIPTORS))})\Z"
)

# A person's first name joined by a hyphen ("Kurt-Lee Arendse", "Jean-Marc Dupont"): the model
# often starts the span after the hyphen ("Lee Arendse"); the capitalised word glued before it
# belongs to the name, unless it is one of these prefixes, which make a word of the name
# instead of being part of it ("Ex-Chelsea", "Anti-Putin", "Pro-Kremlin").
NAME_PREFIXES_NOT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "ex", "anti", "pro", "non", "pre", "post", "pan", "neo", "mid", "co", "then", "self",
        "all", "half", "semi", "multi", "trans", "inter", "super", "mega", "arch", "vice",
    }
)  # fmt: skip

# Verbs that open a sentence right before a person's name, which the model takes into the name
# ("Defending Makin, Simon Kitching said ...", "Praising Tonali, Howe said ...", court reports'
# "Prosecuting, ..." and "Mitigating, ..."): never a first name, so a person's span that opens a
# sentence with one loses it when the rest is a name the article also uses alone.
SENTENCE_OPENING_VERBS: Final[frozenset[str]] = frozenset(
    {
        "defending", "prosecuting", "mitigating", "representing", "sentencing", "addressing",
        "thanking", "praising", "criticising", "criticizing", "congratulating", "welcoming",
        "quoting", "citing", "backing", "urging", "asked", "asking", "describing", "blaming",
        "hosting", "joining", "replacing", "facing", "beating", "hiring", "interviewing",
        "visiting",
    }
)  # fmt: skip
# A verb's form in -ing opening a sentence or a list item before a name, of any kind ("Following
# Assange's arrest, ...", "4. Questioning Vindman's judgment"): a participle or a gerund, not
# the name's first word. Five letters before the ending at least: "King", "Ewing" or "Beijing"
# are too short to be read so; a first name so written ("Sterling Shepard") loses only a word
# the article's other mentions of the person still hold.
OPENING_PARTICIPLE_RE: Final[re.Pattern[str]] = re.compile(r"[a-z]{5,}ing")
# Words that describe a name's bearer and open a sentence before it, which the model takes into
# the name ("Neighbouring Arlington Public Schools moved ...", "Rival Kroger fell ...",
# "Embattled Boeing said ..."): no name begins with one, so a span that opens a sentence with
# one loses it, whatever the rest.
DESCRIPTIVE_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "neighbouring", "neighboring", "rival", "embattled", "beleaguered", "troubled",
        "struggling", "ailing", "fellow", "nearby",
    }
)  # fmt: skip
# Words of rank, standing and time that open a sentence before a body or a place the same way
# ("Key Security Council members met", "Former Food and Drug Administration commissioner
# Scott Gottlieb", "Top European Union officials") but also open names of their own ("Key
# West", "Major League Baseball", "Top Gear", "Senior Bowl"): a span loses one only when the
# rest is a name of its own, one the alias table knows or the article writes alone. Not
# people's spans ("Major Tim Peake" holds a rank, which the titles read).
RANKING_OPENERS: Final[frozenset[str]] = frozenset(
    {"key", "former", "major", "top", "leading", "senior", "veteran", "longtime", "prominent"}
)

# Names the model tags PERSON/ORG/GPE that are no entity of ours: diseases and their variants,
# common nouns written as acronyms (a technology, a job, a measure, a vaccine, a fuel, a ward:
# "LNG", "ICU", "A&E", "MLA", a rugby side's "XV"), which news capitalises, currencies and the exits
# named after them ("Brexit"), local news's cameras, town centres, charges and complaints ("CCTV
# footage", "assaults in the CBD", "arrested for DUI", "registered an FIR"), the words of kinship a
# quote writes with a capital in place of a name ("Mum paid into the system", "Dad said no"), and
# health copy's doctors, conditions and treatments ("see your GP", "adults with ADHD", "HRT"):
# nobody the reader could look up; and feasts and holidays ("Diwali", "Eid al-Fitr",
# "Thanksgiving"), events, which the model tags organizations or people as often as events
# ("Christmas Island" is another name).
NOT_ENTITIES: Final[frozenset[str]] = frozenset(
    {
        "covid 19", "covid", "coronavirus", "sars cov 2", "ebola", "mers", "h1n1", "hiv",
        "aids", "mpox", "mmr", "ai", "agi", "llm", "ceo", "cfo", "coo", "cto", "gdp", "cpi",
        "ipo", "etf", "ev", "evs", "suv", "tv", "dna", "rna", "ppe", "vpn", "faq", "diy",
        "sars", "h5n1", "zika", "dengue", "black death", "yersinia", "yersinia pestis",
        "salmonella", "listeria", "e coli", "omicron", "brexit", "grexit", "euro", "euros",
        "eurozone", "dollar", "dollars",
        "mvp", "yen", "yuan", "renminbi", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles",
        "peso", "pesos", "sterling", "lira", "hryvnia", "zloty", "shekel", "shekels",
        "lng", "lpg", "cng", "icu", "a & e", "ict", "led", "rrp", "mla", "mri", "gps", "xv",
        "gp", "adhd", "ptsd", "copd", "ocd", "ibs", "uti", "hrt", "hpv",
        "cctv", "cbd", "dui", "dwi", "fir",
        "mum", "mom", "mommy", "mummy", "mam", "dad", "daddy", "grandma", "grandpa", "granny",
        "grandad", "granddad",
        "diwali", "deepavali", "holi", "navratri", "durga puja", "onam", "pongal", "eid",
        "eid al fitr", "eid al adha", "ramadan", "christmas", "easter", "hanukkah", "passover",
        "rosh hashanah", "yom kippur", "thanksgiving", "halloween", "lent", "vesak", "nowruz",
        "kwanzaa", "lunar new year", "chinese new year",
    }
)  # fmt: skip

# Prepositions that follow a common noun opening a sentence ("Verdict aside, ...", "Spend on
# overtime ...", "Advocacy by the groups ..."), where a person's name is followed by a verb.
NOUN_PREPOSITIONS: Final[tuple[str, ...]] = (
    "of", "by", "on", "from", "for", "in", "at", "with", "to", "over", "aside", "about",
    "against", "among", "across", "under",
)  # fmt: skip

# Words that cannot be an entity on their own, whatever the model says: pronouns and the words
# of numbers and quantities ("He", "Two", "Dozens"). A span made only of these (and digits) is
# dropped. Compared with the span as written, lowercased, so the acronym "US" is not "us".
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "it", "its", "they", "them", "their", "this", "that", "these", "those", "who", "whom",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
        "dozens", "first", "second", "third", "fourth", "fifth", "half", "percent", "per",
        "cent", "no", "number", "nos",
    }
)  # fmt: skip

# Market indices (no entity of ours: the label file's conventions) that news names without a
# head word: "the KOSPI rose", "Merval", "Sensex", and the crude oil benchmarks priced the same
# way ("West Texas Intermediate", "WTI", "Brent crude"; a bare "Brent" is also a London borough).
# A span that is only one of these names no organization, whatever the model or the alias table
# says.
MARKET_INDEX_NAMES: Final[frozenset[str]] = frozenset(
    {
        "kospi", "kosdaq", "merval", "sensex", "nifty", "nifty 50", "ibovespa", "bovespa",
        "topix", "dax", "mdax", "tecdax", "smi", "omx", "bux", "wig20", "jci", "psei", "klci",
        "set index", "taiex", "west texas intermediate", "wti", "brent crude",
    }
)  # fmt: skip
# The names above written with several words: no name inside one is an entity either, whether
# the model or the alias table finds it ("Texas" in "U.S. West Texas Intermediate crude
# futures", "Brent" in "Brent crude"), even where the model's span does not cover the whole.
NO_ENTITY_PHRASE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:"
    + spaced_alternation(name for name in MARKET_INDEX_NAMES if " " in name)
    + r")(?![\w-])",
    re.IGNORECASE,
)
# A drug's class under controlled-substance law, as police and court reports write it ("a
# Schedule IV substance", "Schedule 2 drugs"): a legal category, no name; the model reads
# "Schedule" as an organization. No name inside it is an entity either.
CONTROLLED_SCHEDULE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])[Ss]chedule[ \t]+(?:I{1,3}|IV|V|[1-5])(?![\w-])"
)
# Index names that are an index when a number follows them ("FTSE 100", "CAC 40", "Nikkei 225",
# "S&P 500", "Nasdaq 100"), in the span or right after it; alone, most also name a company, an
# exchange or a newspaper ("FTSE Russell", "on the Nasdaq", "the Nikkei reported"). Folded.
NUMBERED_INDEX_NAMES: Final[frozenset[str]] = frozenset(
    {
        "ftse", "ftse mib", "cac", "nikkei", "s p", "sp", "asx", "russell", "nasdaq", "stoxx",
        "euro stoxx", "stoxx europe", "tsx", "jse", "msci", "ibex", "aex", "bel", "atx",
        "hang seng", "nzx", "dow",
    }
)  # fmt: skip
INDEX_NUMBER_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t\u00a0-]?\d{2,4}\b(?![.,]\d)")
# A name followed by the lowercase word "index" ("the KOSPI index", "the Merval stock index")
# is the index.
INDEX_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:(?:stock|share|equity|benchmark|composite|blue-chip)[ \t]+)?[Ii]ndex\b"
)  # "Index" as the name's own last word too: "the Straits Times Index", "the Hang Seng Index"
# A ministry's portfolio before its holder's title ("Labour Minister Steven MacKinnon", "Housing
# Cabinet Secretary Alice Wahome", "Acting Transport Minister"): the portfolio names no entity,
# not the party or the cabinet the alias table or the model finds in its words. A span made only
# of these words (folded), followed by one of the titles in capitals, is dropped; "Labour MP"
# names the party, as an MP is no portfolio's holder.
PORTFOLIO_WORDS: Final[frozenset[str]] = frozenset(
    {
        "labour", "labor", "housing", "transport", "transportation", "health", "education",
        "energy", "electricity", "power", "defence", "defense", "justice", "interior", "home",
        "foreign", "finance", "trade", "industry", "commerce", "business", "agriculture",
        "tourism", "environment", "climate", "information", "communications", "culture", "arts",
        "heritage", "sport", "sports", "youth", "women", "family", "children", "water", "mines",
        "mining", "petroleum", "oil", "gas", "digital", "science", "technology", "employment",
        "immigration", "fisheries", "forestry", "works", "infrastructure", "planning", "economy",
        "development", "welfare", "security", "police", "veterans", "aviation", "railways",
        "roads", "skills", "social", "affairs", "and", "cabinet", "acting", "shadow", "deputy",
        "junior",
    }
)  # fmt: skip
PORTFOLIO_TITLE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:Cabinet[ \t]+)?(?:Minister|Secretary|Commissioner|Spokes(?:person|man|woman)|"
    r"Critic|MEC)\b"
)
# A body named by its portfolio, written either way ("the Health Ministry", "the Ministry of
# Health"; "the Justice Department", "the Department of Justice"): one name.
PORTFOLIO_HEADS: Final[frozenset[str]] = frozenset({"ministry", "department"})
# A government's debt named by its issuer ("US Treasury yields", "Treasury bills", "Bund
# futures"): a security, not the department the alias table knows by the name. Folded names,
# and the lowercase security nouns that must follow them.
GOVERNMENT_DEBT_NAMES: Final[frozenset[str]] = frozenset(
    {"treasury", "us treasury", "u s treasury", "bund", "gilt", "jgb", "btp"}
)
SECURITY_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:(?:bond|note|bill)[ \t]+)?(?:yields?|bonds?|notes?|bills?|securities|futures|"
    r"prices|auctions?|market|curve)\b"
)
# An exchange's code for a listed company, in parentheses after its name ("Samsung Electronics
# (005930.KS)", "Vodafone (VOD.L)", "Tencent (0700.HK)"): a ticker, not a name.
TICKER_RE: Final[re.Pattern[str]] = re.compile(r"(?:\d{3,6}|[A-Z]{1,5})\.[A-Z]{1,3}")
# A company's code after an exchange's name and a colon, in the parentheses after its name
# ("Halvorsen Foods (NYSE: HVF)", "(TSX: SHOP; Nasdaq: SHOP)", "(ASX:BHP)"): a ticker; the
# exchange before it stays a name. Only exchanges' names: "(Photo: AP)" credits an agency.
STOCK_EXCHANGE_CODES: Final[tuple[str, ...]] = (
    "NYSE", "NYSE American", "NASDAQ", "Nasdaq", "AMEX", "LSE", "AIM", "TSX", "TSXV", "TSX-V",
    "CSE", "ASX", "NZX", "NSE", "BSE", "SGX", "HKEX", "SEHK", "HKG", "JSE", "KRX", "KOSDAQ",
    "TYO", "TSE", "SSE", "SZSE", "TWSE", "SIX", "OTC", "OTCQX", "OTCQB", "Euronext", "XETRA",
    "FRA", "ETR", "BIT", "BME", "NGX", "EGX", "Tadawul", "TADAWUL", "IDX", "PSE", "SET",
)  # fmt: skip
TICKER_AFTER_EXCHANGE_RE: Final[re.Pattern[str]] = re.compile(
    rf"[(;,][ \t]*(?:{'|'.join(re.escape(c) for c in STOCK_EXCHANGE_CODES)})[ \t]*:[ \t]*\Z"
)
EXCHANGE_TICKER_RE: Final[re.Pattern[str]] = re.compile(r"[A-Z0-9][A-Z0-9.]{0,6}")
# An amount of money written with a currency's letters or sign glued to the figure ("N1,712.40",
# "S$1.52", "R2.5bn", "Rs 1,200", "KSh 50,000"): the model tags some of them places or
# organizations; no name has a grouped or decimal figure after at most three letters. (A code
# with a bare figure, "M25", "G20", "F1", is a name and is not matched.)
_MONEY_UNIT = r"(?:k|m|bn|tn|mn|million|billion|trillion)"
MONEY_AMOUNT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[A-Z][A-Za-z]{0,2}\.?)?[$€£¥₦₹₱]?[ \t]?\d{1,3}(?:[,.]\d+)+"
    rf"(?:[ \t]?{_MONEY_UNIT})?"
    rf"|(?:[A-Z][A-Za-z]{{0,2}})?[$€£¥₦₹₱][ \t]?\d+(?:[ \t]?{_MONEY_UNIT})?"
)
# A law is no entity (the label file's conventions), nor a bill before it is one: a name of
# several words whose last word is "Act" or "Bill", with the year after it or not ("the Proceeds
# of Crime Act", "the Trade Expansion Act of 1962", "an Employment Rights Bill"), whatever the
# model tags it; "ACT" in capitals (a territory, a party) is not matched.
LAW_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\S[ \t]+(?:Acts?|Bills?)(?:[ \t]+of[ \t]+\d{4})?\Z"
)
# The model's span may stop before the word: "the Proceeds of Crime" + " Act".
LAW_WORD_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?:Acts?|Bills?)\b")
# Or hold the word alone, cut from the capitalised words before it ("Security" + " Bill", read
# as a person called Bill), or after an article: "the Bill", "a new Bill" is legislation (a man
# called Bill is never "the Bill").
LAW_WORD_RE: Final[re.Pattern[str]] = re.compile(r"(?:Act|Bill)s?")
LAW_WORD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[A-Z][\w'’-]*|\b(?:the|a|an|this|that|new))[ \t]\Z"
)

# A storm's name is an event, not a person: "Hurricane Milton", and "Milton" after it in the
# same article. These words before a capitalised name mark one.
STORM_WORDS_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Super Typhoon|Tropical Storm|Storm|Superstorm)"
    r"\s+(?P<name>[A-Z][a-z]+)\b"
)
# A wildfire's name is an event too: "the Ridge Fire", "the 2018 Camp Fire" (and "Ridge Fire"
# wherever the article repeats it), in an article that writes of a wildfire (`WILDFIRE_TEXT_RE`).
# "Cal Fire" (no "the" before it) and a team's "the Chicago Fire" in a match report stay.
WILDFIRE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\b[Tt]he[ \t]+(?:(?:19|20)\d\d[ \t]+)?(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+Fire)\b"
)
WILDFIRE_TEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:wildfires?|blazes?|firefighters?|acres|evacuat(?:e|ed|ion|ions))\b"
)

# Names listed with commas that the model runs into one span ("Sevenoaks, Kent", "Armley,
# Holbeck and Rothwell", a building's "Melton Road, Leicester"): a place's or a facility's span
# is cut at each comma, any other span only when every
# part is one word (so "Ministry of Trade, Industry and Energy" stays whole). Not when the
# whole span is a known name ("Washington, D.C."), nor before a legal form or a generational
# suffix ("CollectiveBias, Inc.", "Ken Griffey, Jr.").
LIST_COMMA_RE: Final[re.Pattern[str]] = re.compile(r",[ \t]+(?=[A-Z])")
PLACE_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC", "FAC"})

# Lowercase words inside a NER span that no multi-word name uses: the span is two names run
# together ("Adré from N'Djamena"). Not "of", "in", "and", "for", "de": "Bank of America",
# "Al-Qaeda in Yemen", "Trinidad and Tobago" are one name. The second set appears in a few
# long names ("Society for the Prevention of Cruelty to Children"): a span is cut there only
# when one side is a known name ("the Pentagon to Congress"), or at its edge.
NAME_BREAKING_WORDS: Final[frozenset[str]] = frozenset(
    {"from", "after", "before", "than", "via", "versus", "vs"}
)
NAME_BREAKING_BESIDE_KNOWN: Final[frozenset[str]] = frozenset({"to", "with", "by", "into"})
# The lowercase words that join the words of a name in Filipino: "ng" (of), "sa" (in, for) and
# "mga" (the plural's marker), as in "Liga ng mga Barangay sa Pilipinas"; none is an English
# word.
FILIPINO_CONNECTORS: Final[tuple[str, ...]] = ("ng", "sa", "mga")
# The lowercase words names are written with (besides NAME_PARTICLES, below): any other
# lowercase word inside a span, between two capitalised words, is a verb or a description
# joining two names the model ran together ("Garrett hit Rudolph", "Velez told Brandt").
NAME_INNER_WORDS: Final[frozenset[str]] = frozenset(
    {
        "of", "in", "and", "for", "the", "to", "with", "by", "into", "on", "at", "upon", "a",
        "an", "or", "&", "over", "under", "les", "los", "las", "und", "et", "per", "as",
        *FILIPINO_CONNECTORS,
    }
)  # fmt: skip

# Lowercase words after a name that make it an illness ("Bird flu", "Lassa fever", "Zika
# virus", "Lyme disease"): the name is then no organization or place. Lowercase only, so the
# team "Indiana Fever" is left alone.
DISEASE_HEADS: Final[frozenset[str]] = frozenset(
    {"flu", "fever", "virus", "disease", "syndrome", "pox", "plague"}
)

# Common nouns after a name that make it a place ("the Amazon rainforest", "the Amazon basin"):
# such a name is not the company or person the alias table knows by the same word.
GEOGRAPHIC_HEADS: Final[frozenset[str]] = frozenset(
    {
        "rainforest", "forest", "jungle", "river", "basin", "delta", "valley", "desert",
        "mountains", "highlands", "lake", "sea", "gulf", "bay", "estuary", "glacier", "canyon",
        "plateau", "peninsula", "region",
    }
)  # fmt: skip

# Generic aliases of one country's institutions: written with another country ("Peru's
# Congress", "the Peruvian Congress", "the Congress of Peru") they are that country's body,
# not the one the alias table means. Folded alias -> entity id of the country it belongs to.
COUNTRY_BOUND_ALIASES: Final[dict[str, str]] = {
    "congress": "Q30",
    "house of representatives": "Q30",
    "department of defense": "Q30",
    "defense department": "Q30",
    "democrats": "Q30",
    "republicans": "Q30",
    "labour": "Q145",
    "labour party": "Q145",
    "conservative party": "Q145",
    "foreign office": "Q145",
}
# The ISO codes of the countries above, and the namesakes the table knows in other countries:
# in an article whose places all lie in one other country, a bare country-bound alias is that
# country's namesake, named by an alias of it the table knows ("Congress" in Indian copy is the
# Congress party), or an entity of its own. Such an article names at least this many places
# there.
COUNTRY_CODES: Final[dict[str, str]] = {"Q30": "US", "Q145": "GB"}
NAMESAKES_ABROAD: Final[dict[tuple[str, str], str]] = {
    ("congress", "IN"): "congress party",
}
ABROAD_MIN_PLACES: Final[int] = 2
# Aliases the table means only with "the" before them ("the Emirates" is the United Arab
# Emirates): written without it the word is its namesake ("Emirates will start flights",
# "Emirates' chief": the airline), of this type. Folded alias -> the namesake's type.
ARTICLE_BOUND_ALIASES: Final[dict[str, EntityType]] = {"emirates": "ORG"}
THE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"\b[Tt]he[ \t]+\Z")
LOWERCASE_WORD_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+[a-z]")
# Words naming the country an institution belongs to, for the countries above: "the US
# Congress" and "America's Congress" are the one the table means.
COUNTRY_WORDS: Final[dict[str, frozenset[str]]] = {
    "Q30": frozenset({"us", "u s", "united states", "america", "american", "washington"}),
    "Q145": frozenset({"uk", "united kingdom", "britain", "great britain", "british", "england"}),
}

# Last words of organization names too generic to stand for one on their own: "Thunder" may
# mean the Oklahoma City Thunder named before it, "Ministry" or "Party" may not.
GENERIC_NAME_HEADS: Final[frozenset[str]] = frozenset(
    {
        "ministry", "department", "party", "council", "court", "bank", "group", "company",
        "corporation", "agency", "office", "committee", "commission", "union", "university",
        "college", "school", "hospital", "army", "navy", "force", "forces", "police",
        "government", "parliament", "assembly", "senate", "house", "league", "association",
        "federation", "institute", "foundation", "fund", "board", "authority", "service",
        "services", "club", "team", "city", "county", "state", "province", "district",
        "region", "park", "street", "avenue", "square", "bridge", "airport", "station",
        "stadium", "center", "centre", "news", "times", "post", "press", "media",
        "international", "network", "airlines", "energy", "research", "securities", "capital",
        "partners", "systems", "technologies", "motors", "foods",
    }
)  # fmt: skip

# Generic heads that, written alone with a capital the sentence does not owe ("the bill goes to
# the Senate", "told Parliament", "the Navy said"), name one body: a legislature or a chamber of
# it, or an armed service. There they are a name of their own, linked to the one longer name of
# the article that ends with them ("the National Assembly" ... "the Assembly"); a sentence's
# first word says nothing, and "the Government", "the Ministry", "the Court" stay no names.
# Not "House": most names ending with it are buildings ("the White House", "Opera House").
INSTITUTION_WORDS: Final[frozenset[str]] = frozenset(
    {"parliament", "senate", "assembly", "navy", "army"}
)
# Words of a town's own public bodies ("the Dayton Police Department", "Harlow District Council",
# "Fulton County Schools", "the Pune Municipal Corporation"): the town's name alone beside such a
# body is the town ("a Dayton police officer", "Dayton to add 40 officers"), not a short form of the
# body, however the model types it.
TOWN_BODY_WORDS: Final[frozenset[str]] = frozenset(
    {
        "police", "fire", "sheriff", "sheriffs", "council", "department", "schools", "school",
        "district", "county", "city", "court", "courts", "transit", "library", "libraries",
        "authority", "commission", "hospital", "hospitals", "board", "housing", "parks",
        "municipal", "municipality",
    }
)  # fmt: skip
# "House" alone, with such a capital ("the bill goes to the House"), is a chamber of a legislature
# in an article that names a legislature (`LEGISLATURE_TEXT_RE`: "the Senate", "Speaker Mike
# Johnson", "the House of Representatives"), and a name there like the words above. It is linked
# to the one "House of ..." the article names, or else to its one national assembly ("We respect
# the House" in a story on Kenya's National Assembly), never to a name that merely ends with
# "House" ("the White House", "Afya House").
CHAMBER_WORD: Final[str] = "house"
CHAMBER_NAMES: Final[frozenset[str]] = frozenset(
    {"representatives", "commons", "lords", "delegates", "councillors", "assembly"}
)
LEGISLATURE_TEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:Senate|Congress|Parliament|National Assembly|Speaker|House of (?:"
    + "|".join(w.capitalize() for w in sorted(CHAMBER_NAMES))
    + r"))\b"
)

# Words before a place's last word that make it another place: "South Kordofan" is not
# Kordofan, "New Mexico" not Mexico, "Greater Manchester" not Manchester. A bare last word is
# never linked to such a place as if it were its short name.
PLACE_QUALIFIER_WORDS: Final[frozenset[str]] = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "upper", "lower", "greater", "new", "little", "great", "old",
    }
)  # fmt: skip

# A team named by its place ("Denver closed the game on a 22-8 run", "Boston hosts Milwaukee")
# is the team the article names in full ("the Denver Nuggets") and by its nickname alone ("the
# Nuggets"), except after a preposition of place, where the place is meant ("in Denver", "a
# flight to Boston").
PLACE_PREPOSITION_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:in|at|to|from|near|of|outside|around|across|into|toward|towards|through|via|"
    r"across|around|throughout|within)[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
PLACE_PREPOSITION_WINDOW: Final[int] = 20
# The prepositions before a bare name that say it is a place and nothing else ("nurses in
# Limerick", "a farm near Ephraim"): no "to", "at" or "from" ("lost to the Nuggets"), and no
# "the" after them ("in the Nuggets' locker room").
PLACE_IN_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:in|near|outside|throughout)[ \t]+\Z", re.IGNORECASE
)
# A team's nickname is a plural ("Nuggets", "Otters"), not a body's word ("Congress" of "Peru's
# Congress" beside "the Congress building"), and not a generic last word (`GENERIC_NAME_HEADS`).
TEAM_NICKNAME_RE: Final[re.Pattern[str]] = re.compile(r"[^\W\d_]+[^\W\d_s]s")

# Where a name can only be a place, whatever the model says: a person's home after the age
# ("Carl Toms, 55, of Addison", "Ryan Hale 31, of Hope"), and a street after a house number
# ("of 1909 Jolinda Drive", "behind 2134 Caldwell Place": the span's last word a street type).
RESIDENCE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"\b\d{1,3},?\s+of\s+\Z")
HOUSE_NUMBER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?\Z")
# A body of the sky after its common noun ("the planet Mercury", "Saturn's moon Titan"):
# lowercase only, as "Harvest Moon" is a name of its own.
CELESTIAL_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:planet|moon|dwarf planet|asteroid|comet)\s+\Z"
)
STREET_TYPES: Final[frozenset[str]] = frozenset(
    {
        "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "place", "pl", "lane",
        "ln", "boulevard", "blvd", "court", "ct", "way", "terrace", "parkway", "pkwy", "circle",
        "highway", "hwy",
    }
)  # fmt: skip
# A street's kind written after a word, capitalised ("Spring Creek Parkway", "Preston Road",
# "Dodge Ave."): the words before it are the street's name, not the town the gazetteer knows by
# them. Matched right after a would-be place.
STREET_TYPE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:"
    + "|".join(sorted((t.capitalize() for t in STREET_TYPES), key=len, reverse=True))
    + r")\b"
)

# A road named by its number ("County Road 14", "State Route 39", "Highway 401"): the model's
# span often stops at the road's word, and the number after it belongs to the name. Matched
# against the text right after a span whose last word (capitalised) is one of these.
NUMBERED_ROAD_WORDS: Final[frozenset[str]] = frozenset(
    {"road", "route", "highway", "hwy", "interstate", "motorway", "freeway", "turnpike"}
)
ROAD_NUMBER_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+\d{1,4}[A-Z]?\b")
# A numbered unit of a veterans', fraternal, union or scouting body ("VFW Post 2345", "American
# Legion Post 83", "Elks Lodge 1234", "Teamsters Local 743", "Knights of Columbus Council 1109",
# "Troop 12"), as obituaries and community pages name them: the number is the unit's name, and
# the model stops before it (or before the unit's word and number, after the body's name). Matched
# right after such a span: the unit's word, when the span did not end with it, then the number;
# never a year ("the City Council 2024 budget"), a tally or a count ("Council 5-4", "Council 7
# to 2", "Council 9 members").
NUMBERED_UNIT_WORDS: Final[frozenset[str]] = frozenset(
    {"post", "lodge", "local", "troop", "council"}
)
UNIT_NUMBER_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]+(?P<unit>Post|Lodge|Local|Troop|Council))?[ \t]+(?:No\.[ \t]?)?"
    r"(?!(?:19|20)\d\d\b)\d{1,4}\b(?![.,:/–—-]?\d|[ \t]*(?:%|to\b|of\b|votes?\b|members?\b))"
)

# A place named with a connector between hyphens ("Stoke-on-Trent", "Stratford-upon-Avon",
# "Southend-on-Sea", "Saint-Jean-sur-Richelieu", "Hauturu-o-Toi"), or with "upon" between two
# capitalised words ("Newcastle upon Tyne"): one place, which the model cuts at the hyphens
# (the person "Stratford", the nationality "Stoke", the place "Stockton" of "Stockton-on-Tees").
# Only these lowercase connectors join, one or more ("Ashby-de-la-Zouch", "Bourton-on-the-Water",
# the Latin "Weston-super-Mare", the French "Fontenay-sous-Bois"); not "in" or "by"
# ("the Commander-in-Chief", "Step-by-Step"); a name glued to a lowercase word ("Santa
# Ana-style") is left to the model.
HYPHEN_PLACE_CONNECTORS: Final[tuple[str, ...]] = (
    "on", "upon", "under", "le", "la", "les", "en", "sur", "de", "du", "des", "o", "di", "am",
    "im", "an", "der", "aan", "op", "the", "super", "sous", "lès", "lez", "et", "sul", "zum",
    "zur",
)  # fmt: skip
_PLACE_WORD = r"[A-Z][\w'’]+"
_CONNECTOR = "|".join(HYPHEN_PLACE_CONNECTORS)
HYPHEN_PLACE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w{HYPHEN_CLASS}])(?P<name>{_PLACE_WORD}"
    rf"(?:(?:[{HYPHEN_CLASS}]{_PLACE_WORD})*(?:[{HYPHEN_CLASS}](?:{_CONNECTOR}))+"
    rf"[{HYPHEN_CLASS}]{_PLACE_WORD}(?:[{HYPHEN_CLASS}]{_PLACE_WORD})*)+"
    rf"|{_PLACE_WORD}[ \t]+upon[ \t]+{_PLACE_WORD})(?![\w{HYPHEN_CLASS}])"
)
# An organization named in Filipino, its capitalised words joined by `FILIPINO_CONNECTORS`
# ("Liga ng mga Barangay sa Pilipinas", "Kapisanan ng mga Brodkaster ng Pilipinas"): the model
# reads its capitalised words as places and bodies of their own. Up to six capitalised words
# between connectors: a run of capitalised words is then read a bounded number of times from
# each of its words, not to its end (a page of capitalised words costs linear work).
_FILIPINO_WORD = r"[A-Z][\w'’-]*"
FILIPINO_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w'’-])(?P<name>{_FILIPINO_WORD}(?:[ \t]+{_FILIPINO_WORD}){{0,5}}"
    rf"(?:(?:[ \t]+(?:{'|'.join(FILIPINO_CONNECTORS)}))+(?:[ \t]+{_FILIPINO_WORD}){{1,6}})+)"
    r"(?![\w'’-])"
)

# Words that make a name of several words an event ("Pennsylvania National Horse Show", "Young
# Riders Championships East", "Grand Prix de Penn National"): not a person, organization or
# place, whatever the model tags it. Anywhere in the name: events carry suffixes ("... East").
EVENT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "show", "championship", "championships", "finals", "tournament", "prix", "olympics",
        "festival", "awards", "cup", "marathon", "expo",
    }
)  # fmt: skip
# Last words that make a name of several words a programme ("Fourth Energy Technology
# Development Plan", "National Patient Safety Goal") or a market index ("Dow Jones Industrial
# Average", "Shanghai Composite", "Hang Seng Index"): only last, as "Plan International" is a
# charity.
# A policy, a voucher scheme ("National Automotive Policy", "National Priority Voucher") and a
# prize or a trophy ("Bob Skilton Medal", "Ranji Trophy") are no one either; but an office or a
# centre named for its work holds "of" or "for" ("Office of National Drug Control Policy",
# "Center for Health Policy"), and a name with one of `PROGRAMME_OWNER_WORDS` is kept.
PROGRAMME_HEADS: Final[frozenset[str]] = frozenset(
    {"plan", "goal", "strategy", "roadmap", "index", "average", "composite"}
    | {"policy", "voucher", "medal", "trophy"}
)
PROGRAMME_OWNER_WORDS: Final[frozenset[str]] = frozenset({"of", "for"})

# Model words that end a product's name ("MacBook Pro", "Chromecast Ultra", "LC 500
# Convertible", "the R7 Concept"): a name of several words ending with one (capitalised, no
# capitalised word after it) is a product, not its maker, whatever the model tags it; so is
# the product line written before it ("MacBook" where the article writes "MacBook Pro"), and a
# body style standing alone ("the Coupe"). The model tags these PERSON as often as ORG, so the
# type does not matter; words that end people's names ("Max") or airlines' and channels'
# ("Alaska Air", "Canal Plus") are not here.
PRODUCT_BODY_STYLES: Final[frozenset[str]] = frozenset(
    {"convertible", "coupe", "sedan", "hatchback", "roadster", "concept"}
)
PRODUCT_MODEL_WORDS: Final[frozenset[str]] = (
    frozenset({"pro", "ultra", "mini"}) | PRODUCT_BODY_STYLES
)
PRODUCT_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?P<line>[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*){0,2})[ \t]+(?:"
    + "|".join(sorted(w.capitalize() for w in PRODUCT_MODEL_WORDS))
    + r")\b(?![ \t]+[A-Z0-9])"
)

# A work's title in quotation marks ("perform “Takin' It to the Streets”", "the installation
# ‘Lamps after Lamps’"): two to `MAX_WORK_TITLE_WORDS` words, each capitalised but the minor
# ones, perhaps a final full stop or comma inside the marks. A name the model finds inside it,
# short of the whole title, is a word of the work ("Streets"), not an entity, unless the
# article also writes it outside such a title or the alias table knows it. The whole title
# goes only when the article never writes it bare (`works.quoted_only_titles`), and stays after
# a naming verb (a quoted name: "the bar is called ‘Oxy Pure’"). A closing single mark must not be
# followed by a letter: "Takin’ It" holds an apostrophe. Straight double marks pair within a
# line, an opening one after no letter or digit (not an inch mark: 55") and a closing one
# before none.
QUOTED_TITLE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:“(?P<double>[^“”\n]{3,120}?)[.,!?]?”"
    r'|(?<!\w)"(?P<straight>[^"\n]{3,120}?)[.,!?]?"(?![^\W\d_])'
    r"|(?<!\w)[‘'](?P<single>[^‘’'\n]{3,120}?)[.,!?]?[’‘'](?![^\W\d_]))"
)
QUOTED_TITLE_GROUPS: Final[tuple[str, ...]] = ("double", "straight", "single")
# Words before a quoted name that give it as a name, not a title ("a bar called "Oxy Pure"",
# "the prison, dubbed the "Hanoi Hilton""): such a quote names a place, a body or a person (a
# nickname too), and stays one.
NAMED_BEFORE_QUOTE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:called|named|renamed|dubbed|nicknamed|known[ \t]+as)(?:[ \t]+the)?[ \t]*\Z"
)
# How far before a quote `NAMED_BEFORE_QUOTE_RE` looks: its longest form, "nicknamed the ",
# with room for a wide space.
NAMED_BEFORE_QUOTE_REACH: Final[int] = 20
MAX_WORK_TITLE_WORDS: Final[int] = 10
WORK_TITLE_MINOR_WORDS: Final[frozenset[str]] = TITLE_CASE_MINOR_WORDS | frozenset(
    {"after", "before", "about", "under", "without", "up", "out", "off", "is", "are", "be"}
)

# A work named after the common noun of its kind ("the Netflix series Quiet Harbour", "the
# ballad Glass Houses", "2016's Star Trek Beyond") or in apposition to it, between commas ("her
# second novel, A River Without Banks, follows"): the title is no entity, wherever the article
# writes it again, unless the alias table knows the name. Lowercase kinds only ("Series" or
# "Game" opening a name stay). Kinds that also open a sports or politics phrase before a name
# ("the opener Smith scored", "a single Republican") count only in apposition.
WORK_KINDS: Final[tuple[str, ...]] = (
    "film", "movie", "documentary", "series", "miniseries", "sitcom", "novel", "memoir",
    "album", "song", "ballad", "musical", "opera", "podcast", "sequel", "video game",
    "comedy", "drama", "thriller", "biopic", "docuseries", "novella", "anthology",
    "story collection", "short story", "poem",
    # the arts: a show in a gallery, a picture in it, a piece on a stage or in a concert hall
    "exhibition", "retrospective", "diptych", "triptych", "two-hander", "symphony", "oratorio",
    "operetta",
    # books and games: a series' parts, the games a designer makes and writes for, a record
    # named with its place among a singer's releases ("her debut single Harbour Lights")
    "trilogy", "saga", "poetry collection", "role-playing game", "board game", "card game",
    "tabletop game", "supplement", "(?:debut|lead|new|latest|first|second|third|hit) single",
    "(?:debut|new|latest|first|second) EP",
)  # fmt: skip
# Kinds that are also verbs or that stand before a maker or a performer ("accused of painting
# Trump as", "the ballet Nureyev danced", "the portrait Sargent made") count between commas
# only: "her first play, Gannets, was staged", "the installation, Tidal Lines, fills".
WORK_KINDS_IN_APPOSITION: Final[tuple[str, ...]] = (
    *WORK_KINDS, "single", "track", "opener", "game", "debut", "book", "play", "painting",
    "sculpture", "installation", "mural", "portrait", "ballet", "concerto",
)  # fmt: skip
# A title: capitalised words and numbers, lowercase minor words only between two of them ("of
# the" too: "The Eye of the World").
# Another year's work ("2009's Star Trek and 2013's ...") starts a title of its own.
_YEARS_WORK = r"(?:19|20)\d\d['’]s\b"
_WORK_TITLE = (
    r"(?P<title>[A-Z0-9][\w'’:&-]*(?:[ \t]+(?!" + _YEARS_WORK + r")(?:[A-Z0-9][\w'’:&-]*"
    r"|(?:of[ \t]+the|of|the|a|an|and|in|on|to|for|with|at|from|into|or)"
    r"(?=[ \t]+(?!" + _YEARS_WORK + r")[A-Z0-9])))*)"
)
# The title may stand in the quotation marks of news style ("her album "Melodrama"", "the film
# “Salt Year”"): the opening mark is read as `quote`, the closing one is trimmed from the title.
# After a plural kind ("the supplements Bright Futures and Sector Nine", group `plural`) the
# title is a list of titles joined by "and".
WORK_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?<![\w-])(?:" + "|".join(WORK_KINDS) + r")(?P<plural>s)?|\b" + _YEARS_WORK + r")[ \t]+"
    r"(?P<quote>[“\"‘'])?" + _WORK_TITLE
)
# A title in quotation marks right after its maker's possessive ("Gerwig's "Barbie"", "Dana
# Holt’s “Cowboy Mile”"): news style credits a work to its director, singer or studio so. The
# owner is a capitalised word (a lowercase one, "the band's "Tour Diary"", is a thing's); the
# quote is a title-cased phrase closed by its mark, so a quoted remark is no title.
WORK_CREDIT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])[A-Z][\w-]*(?:['’]s|s['’])[ \t]+(?P<quote>[“\"‘])"
    + _WORK_TITLE
    + r"[.,!?]?[”\"’](?!\w)"
)
# A title of two words or more read on into a preposition and a place ("the podcast Hard Yards
# from Leeds", "the documentary Salt Roads in Peru"): where the work is made, not its
# title, when the words after the preposition are a country or a city; the words before are the
# title too. One word before ("Midnight in Paris") is left a title whole.
TITLE_BEFORE_PLACE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<title>[\w'’:&-]+(?:[ \t]+[\w'’:&-]+){1,6}?)[ \t]+(?:from|in|at)[ \t]+"
    r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
)
# A work, a product or a craft named after its kind and a naming verb ("a film called Quiet
# Harbour", "a mission called Europa Clipper", "a game dubbed Gylt"): the title is what the kind
# is called. Kinds that companies and bodies are not; a title in capitals only ("a mission
# called MINUSMA") is an acronym, left alone.
WORK_CALLED_KINDS: Final[tuple[str, ...]] = (
    *WORK_KINDS, "game", "mission", "spacecraft", "probe", "rover", "lander", "orbiter",
    "telescope", "drug", "pill", "vaccine", "device", "gadget",
)  # fmt: skip
WORK_CALLED_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:" + "|".join(WORK_CALLED_KINDS) + r")s?,?[ \t]+"
    r"(?:called|named|dubbed|titled|entitled|known[ \t]+as)[ \t]+(?![A-Z0-9]+\b(?![ \t]+[A-Z]))"
    + _WORK_TITLE
)
# A one-word title quoted at a headline's start before the words of a show's or a film's
# coverage ("'Saltmarsh' season 2, episode 4 recap: ...", "'Oppenheimer' review: ..."): a work.
# One quoted word alone may be a quotation ("'Devastating': ..."), so only with those words.
HEADLINE_ONE_WORD_TITLE_RE: Final[re.Pattern[str]] = re.compile(
    r"\A[ \t]*[‘'\"“](?P<title>[A-Z][\w’'-]+)[’'\"”][ \t]+"
    r"(?i:season|series|episode|recap|review|finale|premiere|trailer|ending|spoilers?|sequel)\b"
)
# Between commas a title is bounded by the commas, so its minor words may come in pairs ("his
# debut, Lucy in the Sky, is"; "of the" only elsewhere): at most ten words.
_APPOSED_TITLE = (
    r"(?P<title>[A-Z0-9][\w'’:&-]*(?:[ \t]+(?:[A-Z0-9][\w'’:&-]*"
    r"|(?:of|in|on|to|for|with|at|from|into|under|over|and|or)(?:[ \t]+(?:the|a|an))?"
    r"(?=[ \t]+[A-Z0-9])|(?:the|a|an)(?=[ \t]+[A-Z0-9]))){0,9})"
)
WORK_APPOSITION_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(WORK_KINDS_IN_APPOSITION)
    + r"),[ \t]+"
    + _APPOSED_TITLE
    + r"(?=[,.;])"
)
# Kinds a title is written before in apposition: a book's too ("The Eye of the World, the
# first book in the series"), which before a title counts between commas only ("the book Smith
# wrote").
# And a genre's noun ("The Last Hot Time, an urban fantasy about ..."), where no company or
# person is one ("story" and "tale" are: "Enron, a cautionary tale").
WORK_KINDS_AFTER_TITLE: Final[tuple[str, ...]] = (
    *WORK_KINDS, "book", "volume", "instalment", "fantasy", "satire", "fable", "parody", "romance",
)  # fmt: skip
# The title first and its kind in apposition after it ("for The Long Tide, a film about ...",
# "Quiet Harbour, the British drama created by ..."): the kind is the head of the apposition,
# so a punctuation mark or a word that goes on to describe the work follows it ("a film
# director" describes a person and does not count). Up to two words describe the kind, none a
# preposition or an article ("Harlow, a town in the drama" is no title).
_BARE_TITLE = (
    r"(?P<title>[A-Z0-9][\w'’:&-]*(?:[ \t]+(?:[A-Z0-9][\w'’:&-]*"
    r"|(?:of[ \t]+the|of|the|a|an|and)(?=[ \t]+[A-Z0-9]))){0,9})"
)  # no "for", "to", "in": "the prize to Ana Ruiz for The Long Tide, a film" is one title;
# at most ten words, so that a long run of capitalised words costs a bounded look per word
_NOT_DESCRIBING = r"(?!(?:in|of|on|at|for|with|by|from|to|the|a|an)\b)"
WORK_BEFORE_KIND_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _BARE_TITLE + r",[ \t]+(?:a|an|the|his|her|their|its)[ \t]+"
    r"(?:" + _NOT_DESCRIBING + r"[\w'’-]+[ \t]+){0,2}?(?:" + "|".join(WORK_KINDS_AFTER_TITLE) + r")"
    r"(?=[,.;:]|[ \t]+(?:about|by|from|that|which|directed|starring|created|written|released|"
    r"set|based|in|on|of|for|with|where|whose|following|telling)\b)"
)

# A medicine named after its kind ("the diabetes drug Mounjaro", "the pill Lumeva") or its
# brand's cue ("sold as Comirnaty", "under the brand name Wegovy"), in a list after its kind
# ("antibody drugs such as Leqembi and Kisunla"), or a product with its kind in
# apposition after it ("Lumeva, an experimental pill for ...", "the Prologue, an electric SUV
# that ..."): the name is a product, no entity, wherever the article writes it again, unless
# the alias table knows it ("the vaccine Pfizer developed" keeps the company). Only kinds that
# no company is called: vehicles and devices only in apposition, where the kind is what the
# name is, not what a maker makes ("a Rivian pickup").
PRODUCT_KINDS_BEFORE_NAME: Final[tuple[str, ...]] = (
    "drug", "pill", "medicine", "medication", "vaccine", "jab", "injection", "inhaler",
    "antibiotic", "antidepressant", "painkiller", "app", "chatbot", "browser",
)  # fmt: skip
PRODUCT_KINDS_IN_APPOSITION: Final[tuple[str, ...]] = (
    *PRODUCT_KINDS_BEFORE_NAME, "pickup", "SUV", "sedan", "hatchback", "minivan", "crossover",
    "smartphone", "handset", "laptop", "headset", "smartwatch", "console",
)  # fmt: skip
_PRODUCT_NAME = r"(?P<title>[A-Z][\w'’&-]*(?:[ \t]+[A-Z0-9][\w'’&-]*){0,3})(?!['’]s\b)"
PRODUCT_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:" + "|".join(PRODUCT_KINDS_BEFORE_NAME) + r")s?[ \t]+" + _PRODUCT_NAME
)
# The brand's cue only where the name ends a phrase: "sold as Comirnaty, and" is a brand,
# "shares sold as Rivian reported losses" a company doing something.
PRODUCT_BRAND_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:sold|marketed|branded)[ \t]+as|under[ \t]+the[ \t]+(?:brand|trade)[ \t]+names?)"
    r"[ \t]+" + _PRODUCT_NAME + r"(?=[,.;:)]|[ \t]+(?:and|or|in|for|by|since|at)\b)"
)
PRODUCT_LIST_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:" + "|".join(PRODUCT_KINDS_BEFORE_NAME) + r")s,?[ \t]+"
    r"(?:such[ \t]+as|like|including)[ \t]+(?P<names>[A-Z][\w'’&-]*(?:(?:,[ \t]+|,?[ \t]+"
    r"(?:and|or)[ \t]+|[ \t]+)[A-Z0-9][\w'’&-]*){0,8})"
)
PRODUCT_LIST_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")
PRODUCT_BEFORE_KIND_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _PRODUCT_NAME + r",[ \t]+(?:a|an|the|its|their)[ \t]+"
    r"(?:"
    + _NOT_DESCRIBING
    + r"[\w'’-]+[ \t]+){0,2}?(?:"
    + "|".join(PRODUCT_KINDS_IN_APPOSITION)
    + r")(?=[,.;:]|[ \t]+(?:that|which|for|from|made|built|sold|developed|approved|used|to|"
    r"with|by|in|of)\b)"
)

# A product named between its owner and its kind ("Qualcomm's Snapdragon processors", "the
# security company's Falcon software", "whose CycleSense app"): the owner is the maker, so the
# name is its product, no entity, wherever the article writes it again (unless the alias table
# knows it). Kinds no company or body is named before there ("platform" and "service" are not:
# "Musk's X platform"); the kind ends its phrase, as "Alphabet's Google chip unit" names a unit
# of a company and "Apple's Tim Cook told phone makers" a person. A country's possessive owns
# no product: "China's Huawei phones" names the company.
OWNED_PRODUCT_KINDS: Final[tuple[str, ...]] = (
    "apps?", "browser", "chatbot", "processors?", "chips?", "chipsets?", "software",
    "operating[ \t]+system", "smartphones?", "phones?", "handsets?", "laptops?", "tablets?",
    "headsets?", "consoles?", "smartwatch(?:es)?", "earbuds", "rockets?", "satellites?",
    "drones?", "vaccines?", "drugs?", "pills?",
)  # fmt: skip
OWNED_PRODUCT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:(?P<owner>[A-Z][\w&.-]*)['’]s|(?:company|firm|maker|group)['’]s|[Ii]ts"
    r"|[Tt]heir|[Ww]hose)[ \t]+(?P<title>[A-Z][\w&-]*(?:[ \t]+[A-Z0-9][\w&-]*){0,2})[ \t]+"
    r"(?:" + "|".join(OWNED_PRODUCT_KINDS) + r")(?![\w-])"
    r"(?![ \t]+(?:unit|division|business|team|arm|group|makers?|company|subsidiary"
    r"|executives?|chief|head|boss|department|lab)\b)"
)
# A name right before the common noun of a craft or a mission ("the Europa Clipper mission",
# "NASA's Cassini spacecraft"): that mention names the craft, unless the alias table knows it
# or its last word is a company's (a maker before its product: "a SpaceX probe", "the
# Intuitive Machines lander").
CRAFT_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:mission|spacecraft|probe|rover|lander|orbiter|telescope|(?:TV )?series)\b"
)
# The same nouns as the name's own last word, capitalised ("the Hubble Space Telescope", "the
# Mars Reconnaissance Orbiter"): a craft, no organization or place, whatever the model says.
# Not "Rover" ("Land Rover" is a company) or "Probe".
CRAFT_NAME_HEADS: Final[frozenset[str]] = frozenset(
    {"telescope", "spacecraft", "orbiter", "lander"}
)
CRAFT_MAKER_HEADS: Final[frozenset[str]] = ORG_SUFFIXES | frozenset(
    {
        "labs", "laboratory", "aerospace", "machines", "robotics", "space", "dynamics",
        "industries", "technologies", "systems", "agency", "administration", "institute",
    }
)  # fmt: skip

# A person's span holding an owner and a title before the name ("Deschutes County Sheriff Kent
# Varga", "Harlow Bank President Ana Ruiz"): the name after the title, of this many words, is
# the person; the owner before it is cut off. Fewer words after a title are part of a name
# ("Martin Luther King Jr.", "Billie Jean King").
INNER_TITLE_NAME_WORDS: Final[tuple[int, int]] = (2, 4)

# A lowercase word opening a span before a capitalised name is a description ("the state
# Department of Public Safety", "former Chancellor ..."), cut from the name, except the
# particles names are written with ("de Gaulle", "van der Leyen", "bin Salman", "al-Assad",
# "dela Rosa", "de los Santos", "Siti binti Ahmad", the Welsh "Dafydd ap Gwilym", the Swahili
# "Mukendi wa Kabongo").
LEADING_LOWERCASE_WORD_RE: Final[re.Pattern[str]] = re.compile(r"([^\W\d_]+)\s+(?=[^\W\d_])")
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "van",
        "von", "der", "den", "ter", "ten", "al", "el", "bin", "ibn", "bint", "ben", "abu", "y",
        "zu", "af", "e", "dela", "delos", "los", "las", "degli", "dei", "dello", "op", "het",
        "binti", "ould", "ap", "ab", "wa",
    }
)  # fmt: skip

# A person's name the model ends before its particle and surname ("Pieter-Steph" of
# "Pieter-Steph du Toit", "Marie-Laure" of "Marie-Laure de Villepin") carries on over them: up
# to two particles of NAME_PARTICLES, as written (lowercase), then a capitalised word. Not "e",
# "y" (a conjunction in a quoted name list) or "la"/"le"/"el" (an article before a title).
SURNAME_PARTICLES: Final[frozenset[str]] = NAME_PARTICLES - {"e", "y", "la", "le", "el"}
SURNAME_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:[ \t]+(?:{'|'.join(sorted(SURNAME_PARTICLES))})){{1,2}}[ \t]+[A-Z][\w'’-]*[^\W\d_]"
)

# A short capitalised word right after a number is a unit of measure ("8.69 GW", "300 MW",
# "64 GB"), not a name, unless the alias table knows it ("2019 US exports").
# Spelled-out counts count too: "two TD passes", "three KO wins" (an abbreviation counted is a
# common noun). UNIT_WINDOW: how far before the word the number may start ("twelve ").
UNIT_AFTER_NUMBER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"[\s\u00a0-]?\Z"
)
UNIT_MAX_LEN: Final[int] = 3
UNIT_WINDOW: Final[int] = 8
# A temperature's scale after its number or "degrees" ("107 degrees Fahrenheit", "13 Celsius",
# "-40° Kelvin"): a unit, though "Celsius" is also a lender and "Kelvin" a first name.
TEMPERATURE_SCALES: Final[frozenset[str]] = frozenset(
    {"fahrenheit", "celsius", "centigrade", "kelvin"}
)
SCALE_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"(?:\d|\bdegrees?|°)[ \t\u00a0]*\Z")

# A period of a business year ("Q3 sales", "H1 results", "FY2024"): a span that is only this
# names no organization, whatever the model tags it.
FISCAL_PERIOD_RE: Final[re.Pattern[str]] = re.compile(r"(?:Q[1-4]|H[12]|FY\s?(?:\d{4}|\d{2}))")

# A possessive inside a NER span followed only by lowercase words: "Abdullah's council" is
# Abdullah plus a common noun, so the span is cut before the possessive.
POSSESSIVE_PHRASE_RE: Final[re.Pattern[str]] = re.compile(r"['’ʼ]s?\s+(?=[^\W\d_])")

# NER labels whose spans hide alias-table words inside them: "Labour" in "Labour Day" (EVENT),
# "Apple" in "Apple Watch" (PRODUCT). Not NORP: spaCy tags "Afghan Taliban" NORP at times.
SHIELDING_LABELS: Final[frozenset[str]] = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART"})

# --- party-state tags: "Rep. Ilhan Omar, D-Minn.", "(R-W.Va.)", "Sen. Ted Cruz (R-TX)" ----------

# US news tags a member of Congress with party and state. The state is written as an AP
# abbreviation, a postal code or in full, and the model sees none of them as a place. Each
# abbreviation maps to a name the alias table knows for the state ("state of Georgia": plain
# "Georgia" is also the country; "New York State", not the city).
US_STATE_ABBREVIATIONS: Final[dict[str, str]] = {
    "Ala.": "Alabama", "AL": "Alabama", "AK": "Alaska", "Ariz.": "Arizona", "AZ": "Arizona",
    "Ark.": "Arkansas", "AR": "Arkansas", "Calif.": "California", "CA": "California",
    "Colo.": "Colorado", "CO": "Colorado", "Conn.": "Connecticut", "CT": "Connecticut",
    "Del.": "Delaware", "DE": "Delaware", "Fla.": "Florida", "FL": "Florida",
    "Ga.": "state of Georgia", "GA": "state of Georgia", "HI": "Hawaii", "ID": "Idaho",
    "Ill.": "Illinois", "IL": "Illinois", "Ind.": "Indiana", "IN": "Indiana", "IA": "Iowa",
    "Kan.": "Kansas", "Kans.": "Kansas", "KS": "Kansas", "Ky.": "Kentucky", "KY": "Kentucky",
    "La.": "Louisiana", "LA": "Louisiana", "ME": "Maine", "Md.": "Maryland", "MD": "Maryland",
    "Mass.": "Massachusetts", "MA": "Massachusetts", "Mich.": "Michigan", "MI": "Michigan",
    "Minn.": "Minnesota", "MN": "Minnesota", "Miss.": "Mississippi", "MS": "Mississippi",
    "Mo.": "Missouri", "MO": "Missouri", "Mont.": "Montana", "MT": "Montana",
    "Neb.": "Nebraska", "NE": "Nebraska", "Nev.": "Nevada", "NV": "Nevada",
    "N.H.": "New Hampshire", "NH": "New Hampshire", "N.J.": "New Jersey", "NJ": "New Jersey",
    "N.M.": "New Mexico", "NM": "New Mexico", "N.Y.": "New York State", "NY": "New York State",
    "N.C.": "North Carolina", "NC": "North Carolina", "N.D.": "North Dakota",
    "ND": "North Dakota", "OH": "Ohio", "Okla.": "Oklahoma", "OK": "Oklahoma",
    "Ore.": "Oregon", "OR": "Oregon", "Pa.": "Pennsylvania", "PA": "Pennsylvania",
    "R.I.": "Rhode Island", "RI": "Rhode Island", "S.C.": "South Carolina",
    "SC": "South Carolina", "S.D.": "South Dakota", "SD": "South Dakota",
    "Tenn.": "Tennessee", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "Vt.": "Vermont",
    "VT": "Vermont", "Va.": "Virginia", "VA": "Virginia", "Wash.": "Washington State",
    "WA": "Washington State", "W.Va.": "West Virginia", "W.V.": "West Virginia",
    "WV": "West Virginia", "Wis.": "Wisconsin", "WI": "Wisconsin", "Wyo.": "Wyoming",
    "WY": "Wyoming", "Alaska": "Alaska", "Hawaii": "Hawaii", "Idaho": "Idaho", "Iowa": "Iowa",
    "Maine": "Maine", "Ohio": "Ohio", "Texas": "Texas", "Utah": "Utah",
}  # fmt: skip
# Canadian news (and US listings of Canadian dates) place a town by its province the same way
# ("Toronto, ON", "Kelowna, B.C.", "Red Deer, Alta."): postal codes and Canadian Press
# abbreviations, mapped to the names the alias table knows. Not "NL" or "PE", which other
# listings use for the Netherlands and Peru; only after a town (`CITY_STATE_RE`).
CANADIAN_PROVINCE_ABBREVIATIONS: Final[dict[str, str]] = {
    "ON": "Ontario", "Ont.": "Ontario", "QC": "Quebec", "Que.": "Quebec",
    "BC": "British Columbia", "B.C.": "British Columbia", "AB": "Alberta", "Alta.": "Alberta",
    "MB": "Manitoba", "Man.": "Manitoba", "SK": "Saskatchewan", "Sask.": "Saskatchewan",
    "NS": "Nova Scotia", "N.S.": "Nova Scotia", "NB": "New Brunswick", "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland and Labrador", "P.E.I.": "Prince Edward Island", "YT": "Yukon",
    "NT": "Northwest Territories", "NU": "Nunavut",
}  # fmt: skip
# A town's state or province, whichever country: what `CITY_STATE_RE` reads after the comma.
STATE_ABBREVIATIONS: Final[dict[str, str]] = {
    **US_STATE_ABBREVIATIONS,
    **CANADIAN_PROVINCE_ABBREVIATIONS,
}
# The tag: a party letter and a hyphen right before the state, abbreviated or written out, not
# inside a longer word ("D-Minn.", "(R-TX)", "D-California"); what follows the state is
# punctuation or a space.
PARTY_STATE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.-])[DRI]-(?P<state>"
    + "|".join(
        re.escape(a)
        for a in sorted(
            {*US_STATE_ABBREVIATIONS, *US_STATE_ABBREVIATIONS.values()}, key=len, reverse=True
        )
    )
    + r")(?![\w-])"
)

# "Gladstone, NJ", "Chesapeake City, Md.", "McAllen, Texas", "Toronto, ON": a town and its state
# or province. The town is a place whatever the model says (it reads small towns as products or
# people), and the state is the state the abbreviation stands for. The town: up to three
# capitalised words; leading words of `TITLE_CASE_MINOR_WORDS` or `NOT_NAME_WORDS` ("In
# Gladstone, NJ") are not part of it.
CITY_STATE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.’'-])(?P<city>[A-Z][\w’'-]*(?:\.? [A-Z][\w’'-]*){0,2}), (?P<state>"
    + "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)
# A preposition of place that the model's span runs over into a town written with its state
# ("Oracle in Abilene" of "with Oracle in Abilene, Texas"): the span ends before it.
TOWN_PREPOSITION_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:in|at|near|outside)[ \t]+\Z"
)
# "a Sugar Land-based provider", "the London-based bank": what is "based" somewhere names the
# place (up to three capitalised words right before "-based").
PLACE_BASED_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.’'-])(?P<city>[A-Z][\w’']*(?:\.? [A-Z][\w’']*){0,2})-based\b"
)
# A judicial district named by its direction and its state ("the Southern District of New
# York", "the Western District of Texas"): one organization (its courts and prosecutors), not a
# direction, a "District" and a state. The model reads it as "Southern District" and "New York".
# The model's span may hold the "the" before it.
COURT_DISTRICT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<name>\b(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t]+"
    r"District[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b)"
)
# A saint's institution: "St", "St." or "Saint", one or two names, perhaps a possessive or an
# "of" with its place ("St Mary of Mount Carmel"), and capitalised words ending with one of these
# heads ("St James's University Hospital", "St. Paul's Cathedral", "St. Jude Children's Research
# Hospital", "St. Clare's Regional Medical Center"): one name, of the head's label. Other heads
# stay apart, as "St. Louis's Busch Stadium" (or "Enterprise Center") is a city and its venue.
SAINT_INSTITUTION_HEADS: Final[dict[str, str]] = {
    "hospital": "ORG", "college": "ORG", "university": "ORG", "school": "ORG",
    "academy": "ORG", "hospice": "ORG", "infirmary": "ORG", "cathedral": "FAC",
    "church": "FAC", "chapel": "FAC", "abbey": "FAC", "basilica": "FAC", "minster": "FAC",
    "medical center": "ORG", "medical centre": "ORG", "health center": "ORG",
}  # fmt: skip
SAINT_INSTITUTION_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<name>\b(?:St\.?|Saint)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
    r"(?:['’]s|(?<=s)['’]|[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?P<head>"
    + "|".join(
        r"[ \t]+".join(w.capitalize() for w in head.split()) for head in SAINT_INSTITUTION_HEADS
    )
    + r")\b)"
)
# A Catholic institution named for Mary by one of her titles ("Our Lady of Mercy Parish", "Queen
# of Martyrs Church", "Mary Queen of Peace School", "Mother of Sorrows Academy"): one name, of the
# head's label. The model reads the title's last words alone ("Martyrs Church", "Lourdes School")
# or the head alone as a person ("Parish"). Only with a head: "Our Lady of Lourdes" alone is the
# apparition, and "Queen of England" no institution.
# A house of worship named for Mary or Christ by a title and "of" ("Queen of Martyrs Church",
# "Mother of Sorrows Parish", "King of Kings Church"): the title opens the name, no role, and
# what follows "of" is no body of its own.
WORSHIP_HEADS: Final[frozenset[str]] = frozenset(
    {"church", "parish", "shrine", "cathedral", "chapel", "basilica", "abbey", "oratory"}
)
DEDICATION_OF_RE: Final[re.Pattern[str]] = re.compile(r"of[ \t]+[A-Z]")
DEDICATION_INSTITUTION_HEADS: Final[dict[str, str]] = {
    **SAINT_INSTITUTION_HEADS, "parish": "ORG", "shrine": "FAC",
}  # fmt: skip
DEDICATION_INSTITUTION_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<name>\b(?:Our[ \t]+Lady|(?:Mary[ \t]+)?Queen|Mother)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}?[ \t]+(?P<head>"
    + "|".join(
        r"[ \t]+".join(w.capitalize() for w in head.split())
        for head in DEDICATION_INSTITUTION_HEADS
    )
    + r")\b)"
)
# An office named by its holder, after the place or body it serves ("the Lake County Sheriff's
# Office", "the U.S. Attorney's Office", "the Manhattan District Attorney's Office", "the Ohio
# Attorney General's Office", "the U.S. Attorney's Office for the Western District of New York"):
# one organization. The model reads the holder as a title and the rest as a place ("Lake County
# Sheriff" + "Office"), or misses the curly-quoted form entirely.
# At least one capitalised word names whom the office serves (a bare "the Sheriff's Office" is
# no name of its own); its leading words of `TITLE_CASE_MINOR_WORDS` or `NOT_NAME_WORDS` ("A
# Lake County ...", "In Lake County ...") are not part of it.
OFFICE_HOLDERS: Final[tuple[str, ...]] = (
    "Sheriff", "Attorney", "District Attorney", "State's Attorney", "State’s Attorney",
    "Attorney General", "Solicitor General", "Inspector General", "Surgeon General", "Marshal",
    "Fire Marshal", "Coroner", "Medical Examiner", "Public Defender", "Prosecutor",
    "Comptroller", "Controller", "Auditor", "Treasurer", "Assessor", "Clerk", "Governor",
    "Lieutenant Governor", "Mayor", "Ombudsman", "Registrar", "Commissioner",
)  # fmt: skip
OFFICE_HEADS: Final[tuple[str, ...]] = ("Office", "Department", "Bureau")
# The same office named by its holder's title alone, after "the" and whom it serves, with no
# holder's name after the title ("investigated by the New York State Attorney General", "the
# Pentagon Inspector General said", a headline's "Ohio Attorney General sues"): the office, one
# organization, as with "'s Office". Only titles whose office is an institution of its own;
# "the Texas Governor" is a person, and "Texas Attorney General Ken Paxton" names the holder.
BODY_TITLES: Final[tuple[str, ...]] = (
    "Attorney General", "Solicitor General", "Inspector General", "Auditor General",
    "Comptroller", "Ombudsman", "Public Defender",
)  # fmt: skip
TITLED_OFFICE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+|^)(?P<owner>(?:(?:U\.S\.|[A-Z][\w’'-]*)[ \t]+){1,4})(?P<holder>"
    + "|".join(re.escape(h) for h in BODY_TITLES)
    + r")(?![\w-]|[ \t]+[A-Z]|['’]s[ \t]+(?:Office|Department|Bureau)\b)",
    re.MULTILINE,
)
# What such an office is for, after "of" or "for" ("the California Governor's Office of
# Emergency Services", "the Mayor's Office for Economic Development"): part of its name.
HOLDER_OFFICE_TOPIC: Final[str] = (
    r"|[ \t]+(?:of|for)[ \t]+(?!the\b)[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){0,3}"
)
# Words of the holders' titles: an owner made only of these ("the District Attorney's Office",
# "the State's Attorney's Office") names nobody the office serves.
OFFICE_HOLDER_WORDS: Final[frozenset[str]] = frozenset(
    w.lower() for h in (*OFFICE_HOLDERS, "District", "County", "City", "State") for w in h.split()
)
HOLDER_OFFICE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w.’'-])(?P<owner>(?:(?:U\.S\.|[A-Z][\w’'-]*)[ \t]+){1,4})(?P<holder>"
    + "|".join(re.escape(h) for h in sorted(OFFICE_HOLDERS, key=len, reverse=True))
    + r")['’]s[ \t]+(?:"
    + "|".join(OFFICE_HEADS)
    + r")\b"
    + r"(?:[ \t]+for[ \t]+(?:"
    + COURT_DISTRICT_RE.pattern
    + r")"
    + HOLDER_OFFICE_TOPIC
    + r")?"
)
# A party's Scottish or Welsh branch ("Scottish Labour", "the Scottish Conservatives", "Welsh
# Liberal Democrats", "Scottish Conservative leader"): one organization, the branch, not a
# nationality and the UK party. The model reads "Scottish" as a nationality and the rest as the
# UK party, or not at all.
PARTY_BRANCH_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<name>\b(?:Scottish|Welsh)[ \t]+(?:Labour|Conservatives?|Tories|"
    r"Greens|Green[ \t]+Party|Liberal[ \t]+Democrats?|Lib[ \t]+Dems|Reform[ \t]+UK)\b)"
)
# A university's campus named with "at" and its town ("the University of Texas at Austin", "the
# University of North Carolina at Chapel Hill", "the University of Illinois at Urbana-Champaign"):
# one organization, the campus, not the state's university and a town; the model ends the name
# before "at". A few capitalised words each side (bounded runs); "at the time" is no town.
CAMPUS_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w’'-])(?P<name>University[ \t]+of[ \t]+[A-Z][\w’'-]*"
    r"(?:[ \t]+[A-Z][\w’'-]*){0,2}[ \t]+at[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
    r"(?![\w’'-])"
)
# A state university's campus named with a comma and its town ("the University of California,
# Berkeley", "the University of Michigan, Ann Arbor"): one organization, the campus, as with
# "at". The comma also writes an address or a list ("the University of Sydney, Australia", "the
# University of Georgia, Georgia Tech and Emory"), so `whole_names` takes it only where the
# first part is a state or region and the second a town, no region.
CAMPUS_COMMA_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w’'-])(?P<name>University[ \t]+of[ \t]+"
    r"(?P<system>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}),[ \t]+"
    r"(?P<town>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}))(?![\w’'-])"
)
# A diocese named by its see ("the Archdiocese of Detroit", "the Diocese of Gary"): one
# organization, not an "Archdiocese" and a city. Capitalised, as a name is written; "the
# archdiocese" alone is a description.
DIOCESE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<name>\b(?:Arch)?(?:[Dd]iocese|[Ee]parchy)[ \t]+of[ \t]+"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}\b)"
)
# A port named by its place ("the Port of Vancouver", "the Port of Prince Rupert", "Port of
# Los Angeles"): one organization (the port and its authority), not a place, and not a title
# before a person ("Prince" Rupert). Capitalised, as a name is written; "the port of
# Vancouver" is a description of the place. Cities named so (`CITIES_NAMED_PORT_OF`) are places.
PORT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<name>\bPort[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}\b)"
)
CITIES_NAMED_PORT_OF: Final[frozenset[str]] = frozenset({"port of spain"})
# A Korean (or Taiwanese, Hong Kong) person's name as English news writes it: a one-syllable
# family name and a hyphenated given name ("Son Heung-min", "Ha Seung-rae", "Lai Ching-te").
# The model reads a family name that is also an English word ("Son", "Ha", "Moon", "Bang") as
# no name and keeps only the given name, "Heung-min", a fragment nobody is known by; the two
# together are one person's name: a person's span that is only such a given name takes in the
# family name before it. The family names are data: the romanisations news uses.
EAST_ASIAN_FAMILY_NAMES: Final[tuple[str, ...]] = (
    "Ahn", "An", "Bae", "Baek", "Ban", "Bang", "Byun", "Cha", "Chae", "Chang", "Chen", "Cheng",
    "Cho", "Choi", "Chong", "Chow", "Chu", "Chun", "Chung", "Gil", "Go", "Ha", "Han", "Heo",
    "Ho", "Hong", "Hou", "Hsieh", "Huang", "Hwang", "Jang", "Jeon", "Jeong", "Jin", "Jo",
    "Joo", "Ju", "Jung", "Kang", "Ko", "Koo", "Ku", "Kwak", "Kwon", "Lai", "Lam", "Lau", "Lee",
    "Leung", "Lim", "Lin", "Liu", "Ma", "Min", "Moon", "Na", "Nam", "Noh", "Oh", "Park", "Ryu",
    "Seo", "Seong", "Shin", "Sim", "Sin", "Son", "Song", "Sung", "Tsai", "Um", "Wang", "Won",
    "Wong", "Woo", "Wu", "Yang", "Yeo", "Yoo", "Yoon", "Yu", "Yun",
)  # fmt: skip
HYPHENATED_GIVEN_NAME_RE: Final[re.Pattern[str]] = re.compile(r"[A-Z][a-z]+-[A-Za-z][a-z]+")
FAMILY_NAME_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w.’'-])(?:{'|'.join(EAST_ASIAN_FAMILY_NAMES)})[ \t]+\Z"
)
# The model also cuts such a name at its hyphen ("Baek Nam" of "Baek Nam-soo"): a person's span
# of a family name and one capitalised syllable goes on over the hyphen and the lowercase
# syllable after it. A syllable as these names romanise it (an initial, one to three vowels, a
# final), so that "Lee Smith-led" or "Park Lane-based" is not read as a name.
_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?[aeiouwy]{1,3}(?:ng|[nmlkptgbr])?"
FAMILY_AND_SYLLABLE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:{'|'.join(EAST_ASIAN_FAMILY_NAMES)})[ \t]+[A-Z]{_SYLLABLE}"
)
GIVEN_NAME_REST_RE: Final[re.Pattern[str]] = re.compile(rf"-{_SYLLABLE}(?![\w-])")
# One person's name the model reads in pieces round a word it does not know ("Mame" and "Niang"
# of "Mame Mandiaye Niang", "María del Socorro" and "Liera" of "María del Socorro Flores
# Liera"): two person spans with one or two capitalised words between them and nothing else
# are one name, in the story (a headline's names side by side are often two people). So are two
# person spans with only a space between them ("Shri Praveen" + "Singh Adhaich", "Alhaji Sani"
# + "Abdullahi Danladi": names of four words the model cuts in two).
PERSON_GAP_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?:[A-Z][^\W\d_]*[ \t]+){0,2}")
# A national body named with its country after "of" ("the Supreme Court of Pakistan", "the
# Institute of Certified Public Accountants of Kenya", "the Cocoa Research Institute of Ghana"):
# one organization, which the model ends before "of" (the country a place of its own, or
# nothing). Joined when the model's organization ends with one of these heads, or holds an "of"
# itself ("Institute of ... Accountants"), and the country ends the run of capitalised words
# ("the Supreme Council of Kenya Muslims" is left). A company's legal form before "of" is not
# such a head: "Vodacom Group of South Africa" is the company and where it is from. The same
# heads end a body's English name before its own language's acronym ("the Corruption
# Eradication Commission (KPK)", `tasks.entities.acronyms`).
BODY_HEADS: Final[frozenset[str]] = frozenset(
    {
        "court", "council", "institute", "institution", "association", "federation", "union",
        "conference", "commission", "authority", "board", "bank", "university", "survey",
        "society", "academy", "chamber", "church", "party", "assembly", "parliament", "senate",
        "congress", "agency", "service", "front", "movement", "league", "foundation",
    }
)  # fmt: skip
# Every last word that makes a run of capitalised words an organization's or a place's name
# ("... Province", "... Assembly", "... Bank"): what may stand between an owner and a holder's
# name, and what a body beside a known name ends with.
NAME_HEADS: Final[frozenset[str]] = GENERIC_NAME_HEADS | BODY_HEADS
COUNTRY_AFTER_OF_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<country>[A-Z](?:[\w'’-]|\.(?=\w))*"
    r"(?:[ \t]+[A-Z](?:[\w'’-]|\.(?=\w))*){0,3})"
)
# A government body named by several portfolios ("the Department of Public Works and Highways",
# "the Federal Ministry of Finance, Budget and National Planning", "the Department for Culture,
# Media and Sport", "the Senate Health, Education, Labor and Pensions Committee", "the Health
# and Safety Executive"): one organization, which the model cuts at the "and" or a comma into a
# shorter body and a fragment ("Department of Public Works" and nothing; "Federal Ministry of
# Finance" and "Budget and National Planning"). Only these words (capitalised) join across the
# "and", so "the Department of Justice and Google" stays two names, and "Kochi and Kottayam" two
# places. Up to two capitalised words before the body name its owner ("Federal", "Senate").
PORTFOLIO_NAME_WORDS: Final[frozenset[str]] = (
    PORTFOLIO_WORDS - {"and", "cabinet", "acting", "shadow", "deputy", "junior"}
) | frozenset(
    {
        "public", "highways", "highway", "road", "urban", "rural", "natural", "resources",
        "workforce", "human", "services", "national", "budget", "management", "land", "reform",
        "competition", "broadcasting", "mineral", "minerals", "food", "drug", "drugs",
        "safety", "pensions", "appropriations", "local", "government", "regional",
        "cooperation", "electronics", "innovation", "media", "child", "micro", "small",
        "medium", "enterprises", "consumer", "protection", "investment", "fiscal", "monetary",
        "statistics", "law", "legal", "parliamentary", "constitutional", "emergency",
        "disaster", "relief", "rehabilitation", "resettlement", "marine", "ocean", "oceans",
        "wildlife", "parks", "lands", "revenue", "customs", "excise", "tax", "taxation",
        "tourism", "religious", "family", "welfare", "water", "sanitation",
    }
)  # fmt: skip
_PORTFOLIO_WORD = "|".join(
    sorted((w.capitalize() for w in PORTFOLIO_NAME_WORDS), key=len, reverse=True)
)
_PORTFOLIO = rf"(?:{_PORTFOLIO_WORD})(?:[ \t]+(?:{_PORTFOLIO_WORD})){{0,2}}\b"
_PORTFOLIO_LIST = rf"{_PORTFOLIO}(?:,[ \t]+{_PORTFOLIO})*,?[ \t]+(?:and|&)[ \t]+{_PORTFOLIO}"
PORTFOLIO_BODY_HEADS: Final[tuple[str, ...]] = (
    "Department", "Ministry", "Secretariat", "Bureau", "Office", "Commission", "Committee",
    "Administration", "Authority", "Board", "Council", "Agency", "Executive", "Service",
)  # fmt: skip
_PORTFOLIO_HEAD = "|".join(PORTFOLIO_BODY_HEADS)
PORTFOLIO_BODY_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w.’'-])(?P<owner>(?:[A-Z][a-z]+[ \t]+){0,2})(?P<body>"
    rf"(?:{_PORTFOLIO_HEAD})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_PORTFOLIO_LIST}"
    rf"|{_PORTFOLIO_LIST}[ \t]+(?:{_PORTFOLIO_HEAD})\b)"
)
# An organization whose name holds a list of what it covers, every word of the list
# capitalised, with a generic head word of an organization: after the list ("the Bakery,
# Confectionery, Tobacco Workers and Grain Millers International Union", "the Advisory,
# Conciliation and Arbitration Service", "the U.S. Patent and Trademark Office") or before it,
# joined by "of", "for" or "to" and a verb ("the Bureau of Alcohol, Tobacco, Firearms and
# Explosives", "the Global Fund to Fight AIDS, Tuberculosis and Malaria"). One organization,
# which the model cuts at the "and" or a comma into pieces. Before the list, only a list of
# three or more (commas) is joined, so "the University of Lagos and Ahmadu Bello University"
# stays two; a list item that is a country or region ("the Association of Southeast Asian
# Nations, China and Japan"), or one before the last with a head of its own ("Cork City Council
# and Fingal County Council"), leaves it as the model read it (`tasks.entities.whole_names`),
# and a list without a head ("Kochi and Kottayam", "Apple and Google") is no name at all. Nor
# is a list the pattern found inside a longer run of capitalised words (`CAPITALISED_WORD_BEFORE_RE`
# right before it): its items' bound cut the run where no name starts ("Mayor Pro Tem Dale
# Hutchins and Council Member Renee Okafor" is two people and their titles).
LISTED_NAME_HEADS: Final[tuple[str, ...]] = (
    "Union", "Unions", "Fund", "Federation", "Confederation", "Association", "Society",
    "Societies", "Organisation", "Organization", "Council", "Commission", "Committee",
    "Institute", "Foundation", "Alliance", "Coalition", "Congress", "Service", "Bureau",
    "Office", "Agency", "Authority", "Board", "Administration", "Guild", "League",
)  # fmt: skip
_LIST_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-Z][\w’'-]*)"
_LIST_ITEM = rf"{_LIST_WORD}(?:[ \t]+{_LIST_WORD}){{0,2}}"
_LIST_TAIL = rf",?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM}"
_LISTED_HEAD = "|".join(LISTED_NAME_HEADS)
# At most this many items before the list's "and": a body lists four or five things it covers,
# and a bound keeps a page-long run of "Name, Name, ..." from being read again from each name.
_LIST_MAX_ITEMS = 8
_NEXT_ITEM = rf"(?:,[ \t]+{_LIST_ITEM})"
LISTED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w.’'-])(?P<name>"
    rf"(?P<after>{_LIST_ITEM}{_NEXT_ITEM}{{0,{_LIST_MAX_ITEMS - 1}}},?[ \t]+(?:and|&)[ \t]+"
    rf"(?:{_LIST_WORD}[ \t]+){{0,3}}(?:{_LISTED_HEAD}))"
    rf"|(?:{_LIST_WORD}[ \t]+){{0,3}}(?:{_LISTED_HEAD})[ \t]+"
    rf"(?:of|for|to[ \t]+[A-Z][a-z]+)[ \t]+(?:the[ \t]+)?"
    rf"(?P<before>{_LIST_ITEM}{_NEXT_ITEM}{{1,{_LIST_MAX_ITEMS - 1}}}{_LIST_TAIL}))\b"
)
# A capitalised word right before a position, with nothing but spaces between (a full stop
# or comma after it ends the run). Matched on the few characters before the position.
CAPITALISED_WORD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.’'-])[A-Z][\w’'-]*[ \t]+\Z"
)
# A federal court named with the circuit or district it sits for ("the U.S. Court of Appeals for
# the Federal Circuit", "the U.S. District Court for the Middle District of Louisiana"), or a
# U.S. trial court named alone ("in U.S. District Court in Columbus"): one court, which the
# model reads as a court and a place ("U.S. District Court" + "District of Delaware", "U.S." +
# "District Court"). The model's span may hold the "the" before it.
COURT_FOR_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w.’'-])(?P<name>(?:(?:U\.S\.|United[ \t]+States)[ \t]+)?"
    r"(?:Court[ \t]+of[ \t]+Appeals"
    r"|(?:District|Bankruptcy)[ \t]+Court)[ \t]+for[ \t]+the[ \t]+(?:(?:[A-Z][a-z]+|D\.C\.)"
    r"[ \t]+Circuit|(?:(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t]+)?District"
    r"[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b"
    r"|(?:U\.S\.|US|United[ \t]+States)[ \t]+(?:District|Bankruptcy|Tax)[ \t]+Court\b)"
)
# A dateline opening the body ("MONZA, Italy —", "PATNA, India —", "ABUJA (Reuters) -",
# "TARIN KOWT —", "LAHORE:"): the place in capitals before a comma and a capitalised word, an
# agency in brackets, a dash or a colon is a place, which the model, reading capitals, often
# misses or runs into the sentence after it ("JOHANNESBURG - Eskom"). It is looked
# for right after the headline's blank line (`tasks.entities.version_text`). Words in capitals
# that open a body without naming a place ("UPDATE —", "BREAKING:") are not datelines.
_DATELINE_PLACE_END = r"(?:,[ \t]+[A-Z]|[ \t]+\([A-Z]|[ \t]*[—–][ \t]|[ \t]+-[ \t]|:[ \t]+[A-Z])"
DATELINE_PLACE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<city>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})(?=" + _DATELINE_PLACE_END + ")"
)
# What follows a dateline's place written in any case ("CLEVELAND (AP) —", "Toronto —").
DATELINE_PLACE_END_RE: Final[re.Pattern[str]] = re.compile(_DATELINE_PLACE_END)
# What ends a dateline's place before the story's first words: " - ", " — ", ": ".
DATELINE_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*[—–:-][ \t]+")
NOT_DATELINE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "update", "updated", "breaking", "exclusive", "live", "watch", "analysis", "opinion",
        "editor", "editors", "note", "correction", "advisory", "urgent", "flash", "news",
        "video", "videos", "photo", "photos", "gallery", "listen", "podcast", "review",
        "explainer", "explained", "interview", "comment", "editorial", "poll", "quiz", "fact",
        "check", "sponsored", "advertisement", "promoted", "timeline", "recap", "preview",
        "report", "special", "latest", "alert", "warning", "notice", "read", "more", "see",
    }
)  # fmt: skip
# A list of capitalised names of one or two words each, joined by commas, "and" or "or" ("Goma,
# Bukavu and Uvira", "Kochi and Kottayam", "Cork or Limerick"): the names of one list are of one
# kind, so a place among them makes the towns the gazetteer knows among them places too.
_LISTED_NAME = r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?"
NAME_LIST_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’.-])"
    + _LISTED_NAME
    + r"(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)"
    + _LISTED_NAME
    + r")+"
)
NAME_LIST_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(
    r",[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+"
)
# "between" takes two things: a place span the model runs over two towns after it ("between
# Kochi and Kottayam") is two places. Elsewhere such a span may be one ("Brighton and Hove",
# "Kensington and Chelsea").
BETWEEN_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"\bbetween[ \t]+\Z", re.IGNORECASE)
# A town counts as a place in such a list from this many people up (GeoNames' figure): smaller
# places share their names with more people and things.
LISTED_TOWN_MIN_POPULATION: Final[int] = 10_000
# One or two capitalised words, no more in a row: a name that may stand alone after "in".
NAME_ALONE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’.-])[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?(?![\w'’-]|[ \t]+[A-Z])"
)
# Alone after "in", a town is a place from this many people up: the smaller towns' names are
# also words ("Time", "Police", "Justice", "Liberty": towns of 10,000 to 35,000 people).
PLACE_ALONE_MIN_POPULATION: Final[int] = 100_000
# Labels the model gives a place it does not know that no place can have: a nationality, a
# product, a work, an event, a date or a number ("Mombasa" read as a nationality, "Kochi" as a
# product, "Montevideo" as a date).
NOT_PLACE_LABELS: Final[frozenset[str]] = frozenset(
    {"NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
    | {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
)
# Labels of a town's span that the city-state form overrules; any other label (a place) stands.
CITY_OVERRULED_LABELS: Final[frozenset[str]] = frozenset(
    {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"}
)

# --- attribution: who a report is credited to ------------------------------------------------

# News credits what it reports to a source right after these words: "according to The Wrap",
# "told Gizmodo", "published in BMJ Case Reports", "image credit: Getty". The capitalised name
# that follows is an organization (a publication, an agency) unless the model read it as a
# person or a place ("according to Smith", "told US officials"). After the publication cues
# (`PUBLICATION_CUES`, folded: lowercase, no "originally", "the" or colon) it is a publication
# whatever the model says: nobody is published in a person. The name is read from where the
# match ends.
# Besides "told", a source is what someone "tells", speaks or talks to, gives an interview to,
# is quoted or cited by, or writes in ("Writing in Wired, ..."). A publication is also named
# right after the noun that says what it is, with at most one lowercase word before it: "the
# magazine All About Space", "the state news agency Azertag" (`PUBLICATION_NOUN_CUE_RE`).
ATTRIBUTION_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?P<cue>[Aa]ccording to|told|tells|telling|reports? (?:from|in|by)|reported (?:by|in)"
    r"|(?:[Ss]peaking|spoke|[Tt]alking|talked) (?:to|with)|in an interview with"
    r"|(?:quoted|cited) by|(?:[Ww]riting|wrote) in"
    r"|(?:originally )?published (?:in|by|on)|appeared (?:in|on)|(?:the )?journal"
    r"|(?:the )?(?:[a-z]+ )?(?:magazine|newspaper|news agency|news site|news outlet|website"
    r"|broadcaster|tabloid|trade publication)"
    r"|(?:[Ii]mage|[Pp]hoto) credit:?|[Cc]redit:)(?:\s+the)?\s+(?=[A-Z0-9])"
)
PUBLICATION_CUES: Final[frozenset[str]] = frozenset(
    {"published in", "published by", "published on", "appeared in", "appeared on", "journal",
     "image credit", "photo credit", "credit"}
)  # fmt: skip
PUBLICATION_NOUN_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\w+ )?(?:magazine|newspaper|news agency|news site|news outlet|website|broadcaster"
    r"|tabloid|trade publication)"
)
# The name after a cue: capitalised words (digits allowed: "9to5Mac"), joined by single spaces
# or by "of"/"for" before another capitalised word ("Journal of Medicine"); it ends at a
# lowercase word, a comma, a possessive or the end of a sentence. "and" before another such
# name starts a second source ("reports from The Wrap and Deadline"). A longer run of words
# than the maximum is a heading or a list, not a source's name.
# A word may end in "!" before another capitalised word ("E! News", "Yahoo! Finance").
ATTRIBUTION_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"[A-Z0-9][\w&-]*(?:\.[A-Z][\w&-]*)*(?:!(?= [A-Z]))?"
    r"(?: (?:of |for )?[A-Z0-9][\w&-]*(?:\.[A-Z][\w&-]*)*(?:!(?= [A-Z]))?)*"
)
ATTRIBUTION_AND_RE: Final[re.Pattern[str]] = re.compile(r" and (?:the )?(?=[A-Z0-9])")
# A source is also named right before the verb that says it reported something: "Inverse
# reported last month that ...", "as Bankrate reported", "Politico first reported". The name
# (one to five capitalised words, an article before it left out) is an organization where the
# model read nothing there: an outlet, or a company reporting its own figures; a person or a
# place the model read stands, as after "according to". Not a pronoun or a collective noun the
# sentence opens with (`REPORTING_NOT_NAMES`: "It reported", "Police reported"), nor one word
# ending in a plural's "s" ("Officials reported"; an outlet so named, "Axios", is left to the
# table), nor a word of a person the text names ("Halloran reported").
REPORTING_SUBJECT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’.&/-])(?:The )?(?P<name>" + ATTRIBUTION_NAME_RE.pattern + r")"
    r"(?= (?:(?:first|previously|also|later|earlier|originally|has|had) )?report(?:ed|s)\b)"
)
REPORTING_PLURAL_RE: Final[re.Pattern[str]] = re.compile(r"[a-z][a-rt-z]s\Z")
REPORTING_NOT_NAMES: Final[frozenset[str]] = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "who", "which", "this", "that", "these",
     "those", "one", "each", "both", "all", "many", "most", "some", "none", "few", "several",
     "everyone", "someone", "nobody", "police", "staff", "media", "press", "management",
     "security", "government", "research", "data", "later", "also", "earlier"}
)  # fmt: skip
# A name glued to a domain ending is a web address ("according to PowerOutage.us"), not
# credited here (web addresses are no entities).
ATTRIBUTION_WEB_TAIL_RE: Final[re.Pattern[str]] = re.compile(r"\.[a-z]{2,}\b")
ATTRIBUTION_MAX_WORDS: Final[int] = 5
# Labels that say the words after a cue are no name at all ("according to Monday's report"):
# the cue is ignored there.
NOT_NAME_LABELS: Final[frozenset[str]] = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
# A word the model reads as a number that is a name, digits and letters run together with a
# capital after the first letters ("9to5Mac"): the labels above do not hold for it.
NUMBER_LIKE_NAME_RE: Final[re.Pattern[str]] = re.compile(r"\d+[a-z]+\d*[A-Z][\w-]*")
# Labels the model may give a source's name that the cue overrules (a publication read as a
# work, a product or an event; an organization's span cut short, "The Hollywood" of "The
# Hollywood Reporter"); any other label (a person, a place, a nationality) stands, except
# after a publication cue.
OVERRULED_LABELS: Final[frozenset[str]] = frozenset(
    {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "ORG"}
)
# A place or nationality the model found at the start or inside of a credited name that goes on
# after it is part of the name, not the name: "tells The Hollywood Reporter", "according to
# New York Magazine". One that is the whole name stands ("told US officials").
PLACE_IN_NAME_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC", "NORP", "FAC"})

# A person is described right after the name: "Sediq Sediqqi, a spokesman for ...".
# (A pattern string: the resolver appends the title alternation to it.)
APPOSITIVE_PREFIX: Final[str] = (
    r"\A\s*,\s*(?i:(?:a|an|the)\s+)?"
    r"(?i:(?:former|then|acting|deputy|senior|chief|top|retired|veteran|local|provincial)\s+)*"
    r"(?:[A-Z][\w'’.\-]*\s+){0,3}"  # whose: "the Taliban spokesman", "a Pentagon spokesman"
)
# Honorifics: what follows one is a person's name, whatever the model says ("Ms Bullock", read
# as an organization), when it is one to three capitalised words. Folded.
HONORIFICS: Final[frozenset[str]] = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
# What may stand between a title and the name it precedes ("Rep. Carolyn", "Gen.  Jane").
TITLE_TO_NAME_GAP_RE: Final[re.Pattern[str]] = re.compile(r"\.?[ \t]+")
# How far before a span a title may start ("said Secretary of State Mike Pompeo").
TITLE_WINDOW: Final[int] = 80
# After a title opening an organization's or place's span: "Founder of Ceres Robotics Inc",
# "Governor of the Bank of Tarsk" name the organization after "of", not a title holder.
TITLE_OF_RE: Final[re.Pattern[str]] = re.compile(r"of\s+(?:the\s+)?(?=[^\W\d_])", re.IGNORECASE)

# A saint's name before a possessive: churches, squares, hospitals, schools and towns are named
# for saints ("St. Peter's Square", "St Mary's Hospital"), so that possessive is inside the
# name, never an owner before another name ("Punjab's Bhatinda").
SAINT_NAME_END_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|\s)(?:St\.?|Saint|Ste\.?)[ \t]+[A-Z][\w-]*\Z"
)

# Nationality and demonym words that some models tag GPE/ORG instead of NORP. They name no
# entity (the contract's entity_mentions excludes nationalities), so they are dropped. With
# them, the peoples, faiths and generations of `tasks.entity_rules.demonyms`.
DEMONYMS: Final[frozenset[str]] = frozenset(
    {
        "afghan", "afghans", "american", "americans", "arab", "arabs", "australian",
        "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian", "brazilian",
        "british", "briton", "britons", "bulgarian", "burmese", "canadian", "chilean",
        "chinese", "colombian", "croatian", "cuban", "czech", "danish", "dutch", "egyptian",
        "emirati", "english", "eritrean", "ethiopian", "european", "europeans", "filipino",
        "finnish", "french", "georgian", "german", "germans", "greek", "hungarian", "indian",
        "indians", "indonesian", "iranian", "iranians", "iraqi", "iraqis", "irish", "israeli",
        "israelis", "italian", "japanese", "jordanian", "kazakh", "kenyan", "korean",
        "kurdish", "kurds", "kuwaiti", "lebanese", "libyan", "malaysian", "mexican",
        "moroccan", "nepali", "nigerian", "norwegian", "pakistani", "pakistanis",
        "palestinian", "palestinians", "pashtun", "pashtuns", "persian", "peruvian", "polish",
        "portuguese", "qatari", "romanian", "russian", "russians", "saudi", "saudis",
        "scottish", "serbian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian",
        "syrians", "taiwanese", "tajik", "thai", "tunisian", "turkish", "turkmen", "ukrainian",
        "ukrainians", "uzbek", "venezuelan", "vietnamese", "welsh", "yemeni", "hazara",
        "hazaras", "baloch", "sunni", "shia", "shiite", "muslim", "muslims", "christian",
        "christians", "jewish", "western", "westerners",
    }
) | PEOPLE_WORDS  # fmt: skip

# --- language detection (pages that declare no language, or the wrong side of English) --------

# How much of a text the detector reads, and how sure it must be (py3langid's normalized
# probability); below that it says "unknown" (None) and the text is read as English. 0.5 keeps a
# lone name or a headline from being guessed at; on the corpus any threshold from 0.3 to 0.7
# gives the same decisions within one page.
LANGUAGE_SAMPLE_CHARS: Final[int] = 3000
LANGUAGE_MIN_CONFIDENCE: Final[float] = 0.5
# How sure the detector must be, and on how many letters, to overrule a page's declared
# language (English declared on a German text, or the reverse). On the development corpus'
# tuning part that overrules 19 of 272 declarations, each decided at 0.997 or above, and the
# text is in the language named each time (17 as the corpus labels them; the other two are a
# Hindi text and an English one that the corpus labels by their sites' language). The shortest
# of them has 203 letters; a shorter text (a headline, a teaser) keeps its declaration.
LANGUAGE_OVERRIDE_CONFIDENCE: Final[float] = 0.99
LANGUAGE_OVERRIDE_MIN_LETTERS: Final[int] = 200
# English function words no other language written in Latin letters uses as words of its own
# ("in", "a", "is", "on", "was", "will", "die" are left out: Dutch, German, Italian, French and
# Spanish write them too). An English story about another country keeps them between the names
# and quotes of that country's language, which can make the detector sure of that language (a
# story on Oberammergau full of German names and quotes reads as German at 0.9998); at
# `ENGLISH_WORD_SHARE_MIN` of the words or more, on `ENGLISH_WORD_SHARE_MIN_WORDS` words or
# more, the text is English whatever the page declares or the detector guesses. On the
# development corpus' tuning part these words make 0.14 or more of every English article's
# words and at most 0.09 of any text in another language.
ENGLISH_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "of", "and", "to", "that", "with", "for", "said", "his", "her", "they", "from",
        "have", "has", "been", "which", "this", "were", "would", "their", "who", "are", "not",
        "but", "by", "it", "its", "an", "be", "had", "after", "about", "than", "more", "when",
        "also",
    }
)  # fmt: skip
ENGLISH_WORD_SHARE_MIN: Final[float] = 0.12
ENGLISH_WORD_SHARE_MIN_WORDS: Final[int] = 40

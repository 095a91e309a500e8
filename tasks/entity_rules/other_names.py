"""Tables of `tasks.entities.other_names`: one person's other names as books, music and arts
copy writes them ("Robert Jordan, the pen name of James Oliver Rigney Jr.", "who wrote as
D. K. Raine", "Abiodun, born Ruth Adeyemi", "known to her students as Peggy").

Why: obituaries, reviews and features name a writer, a musician or an artist by a pen name, a
stage name, a birth or maiden name and a nickname, each once, and the model reads each as a
person of its own: one person becomes two or three. The words between the names say they are
one: a pen name's noun, a verb of making followed by "as" or "under the name", "born" or
"née", "known ... as".
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import MONTH_PATTERN

# A person's name as such copy writes it: capitalised words, initials ("D. K. Raine") and a
# generational suffix ("Rigney Jr."), joined by spaces; the dot after the last word is the
# sentence's unless the word is an initial or a suffix (`tasks.entities.other_names`).
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
# Days and months: "born March 3" and "born Monday" are dates, no name.
_NOT_A_DATE = (
    r"(?!" + MONTH_PATTERN + r"\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|In\b|On\b|At\b)"
)

# "Helen Marsh, the pen name of the historian Margaret Ellery Finch", "Saki was the pseudonym
# of Hector Hugh Munro": the name after is the owner's other name; up to three lowercase words
# describe its bearer ("the historian", "the late poet").
PEN_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:,|[ \t]+(?:is|was))[ \t]+(?:the|a)[ \t]+"
    r"(?:(?:pen|stage|professional|writing|assumed)[ \t]+name|pseudonym|nom[ \t]+de[ \t]+plume)"
    r"[ \t]+(?:of|used[ \t]+by)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?" + _NAME
)
# "who wrote some of the best science fiction of the decade under the name D. K. Raine",
# "writing under the pseudonym Ailsa Grey", "who signed her early work as S. L. Moore",
# "released two solo EPs as Ailsa Grey": a verb of making, at most `AS_REACH` characters of
# the same clause, then "as" or "under the name" and the other name. After a bare "as" the
# name has two words or more ("performed as Hamlet" is a part, no other name).
MAKING_VERBS: Final[tuple[str, ...]] = (
    "wrote", "writes", "writing", "written", "signed", "signs", "signing", "published",
    "publishes", "publishing", "recorded", "records", "recording", "released", "releases",
    "releasing", "performed", "performs", "performing", "painted", "paints", "exhibited",
    "drew", "illustrated", "broadcast",
)  # fmt: skip
AS_REACH: Final[int] = 80
UNDER_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\bunder[ \t]+(?:the|a|her|his|their)[ \t]+"
    r"(?:(?:pen|stage|professional|assumed)[ \t]+)?(?:name|pseudonym|byline|moniker)[ \t]+" + _NAME
)
MADE_AS_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:" + "|".join(MAKING_VERBS) + r")\b[^.;:!?()\n]{0," + str(AS_REACH) + r"}?"
    r"[ \t]as[ \t]+" + _NAME
)
# "Abiodun, born Ruth Adeyemi in Ibadan", "Elton John (born Reginald Dwight)", "Born Margaret
# Ann Kowalski in Scranton, she ...", "Ann Lee (née Brown)": a birth or maiden name. Not a date
# ("born March 3") nor a place ("born in").
BORN_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?<=,[ \t])|(?<=\()|(?<=[.!?][ \t])|(?<=\n)|\A)"
    r"(?:[Bb]orn|[Nn][ée]e)[ \t]+" + _NOT_A_DATE + _NAME
)
# "known to her students simply as Peggy", "known to everyone at the studio as Abby": a
# nickname the owner is called by (the comma form "X, known as Y" is `KNOWN_AS_RE`'s).
KNOWN_TO_RE: Final[re.Pattern[str]] = re.compile(
    r"\bknown[ \t]+to[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,6}?(?:(?:simply|just|only)[ \t]+)?as[ \t]+"
    + _NAME
)
# Words that open no person's other name after the cues: a title or a kind ("as Chief
# Executive", "under the name Limited").
NOT_A_NAME_START: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "chief", "president", "director", "head",
     "editor", "minister", "secretary", "member", "part", "one", "well"}
)  # fmt: skip
# English given names' familiar forms, and the given names each shortens: a friend quoted in an
# obituary or a feature calls the person so ("Jim wrote every day", "Danny was the kindest man")
# where the article names him in full once. A form links only where no person of the article
# has it as a first name and exactly one has a given name it shortens
# (`tasks.entities.linking.link_partial_names`). Folded keys.
FAMILIAR_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "jim": ("james",), "jimmy": ("james",), "jamie": ("james",), "danny": ("daniel",),
    "dan": ("daniel",), "bill": ("william",), "billy": ("william",), "will": ("william",),
    "bob": ("robert",), "bobby": ("robert",), "rob": ("robert",), "bert": ("robert", "albert"),
    "mike": ("michael",), "mick": ("michael",), "mickey": ("michael",), "tom": ("thomas",),
    "tommy": ("thomas",), "dick": ("richard",), "rick": ("richard",), "ricky": ("richard",),
    "rich": ("richard",), "ted": ("edward", "theodore"), "ed": ("edward", "edwin"),
    "eddie": ("edward",), "ned": ("edward",), "joe": ("joseph",), "joey": ("joseph",),
    "chuck": ("charles",), "charlie": ("charles",), "chas": ("charles",), "jack": ("john",),
    "johnny": ("john",), "tony": ("anthony", "antony"), "andy": ("andrew",),
    "drew": ("andrew",), "steve": ("stephen", "steven"), "chris": ("christopher", "christine"),
    "nick": ("nicholas",), "matt": ("matthew",), "pat": ("patrick", "patricia"),
    "sam": ("samuel", "samantha"), "ben": ("benjamin",), "fred": ("frederick",),
    "freddie": ("frederick",), "harry": ("henry", "harold"), "hank": ("henry",),
    "larry": ("lawrence", "laurence"), "jerry": ("gerald", "jerome"), "greg": ("gregory",),
    "pete": ("peter",), "ron": ("ronald",), "don": ("donald",), "doug": ("douglas",),
    "phil": ("philip", "phillip"), "alex": ("alexander", "alexandra"), "sandy": ("alexander",),
    "peggy": ("margaret",), "maggie": ("margaret",), "meg": ("margaret",),
    "liz": ("elizabeth",), "lizzie": ("elizabeth",), "beth": ("elizabeth",),
    "betty": ("elizabeth",), "bess": ("elizabeth",), "kate": ("katherine", "catherine"),
    "katie": ("katherine", "catherine"), "kathy": ("katherine", "kathleen"),
    "cathy": ("catherine",), "sue": ("susan", "suzanne"), "susie": ("susan",),
    "jenny": ("jennifer",), "jen": ("jennifer",), "polly": ("mary",), "molly": ("mary",),
    "nancy": ("anne", "ann"), "annie": ("anne", "ann"), "debbie": ("deborah",),
    "vicky": ("victoria",), "becky": ("rebecca",), "abby": ("abigail",), "dot": ("dorothy",),
    "dolly": ("dorothy",), "ginny": ("virginia",), "patty": ("patricia",),
    "trish": ("patricia",), "barb": ("barbara",), "nell": ("eleanor", "helen"),
    "ellie": ("eleanor",), "judy": ("judith",), "val": ("valerie",),
}  # fmt: skip
# Where a sentence ends between a cue and its owner: a stop after a word of three letters or
# more (not an initial's, "D. K. Raine"), or a line's end.
SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(r"\w\w\w[.!?]\s|\n")
# How far back from a cue inside a clause its owner is looked for, in characters.
OWNER_REACH: Final[int] = 240

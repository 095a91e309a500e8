"""Linking short names to the full names of the same article: "Pompeo", "the Foreign Ministry".

Why: articles name someone in full once and by surname after that; an organization in full once
and by its last words after that. Without these links one person is two entities. Only unknown
names are linked, and only to a single candidate: a guess between two Abdullahs is worse than
an unlinked "Abdullah".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from tasks import entity_rules as rules
from tasks.entities.acronyms import acronym_fits
from tasks.entities.affiliations import bracketed_after_name
from tasks.entities.aliases import compact
from tasks.entities.gazetteer_places import known_place
from tasks.entities.ids import org_core
from tasks.entities.mentions import Mention
from tasks.entities.one_names import speaking_words
from tasks.entities.qualifiers import without_place_qualifier
from tasks.entities.towns import means_the_city, opens_as_dateline
from tasks.entity_rules import EntityType
from tasks.entity_rules import affiliations as affiliation_rules
from tasks.entity_rules import other_names as other_name_rules
from tasks.names import fold


def final_type(m: Mention) -> EntityType | None:
    """The type a mention has now: the table's, else PERSON when hinted, else NER's."""
    if m.entity is not None:
        return m.entity.type
    return "PERSON" if m.person_hint else m.type


def first_names_of_people(mentions: Sequence[Mention]) -> frozenset[str]:
    """The first and last words of every person the article names in full."""
    return frozenset(_people_words_first_at(mentions))


def _people_words_first_at(mentions: Sequence[Mention]) -> dict[str, int]:
    """The first and last words of every person the article names in full, each with where a
    person holding it is first named in full."""
    first: dict[str, int] = {}
    for m in mentions:
        if final_type(m) == "PERSON" and " " in m.target:
            words = m.target.split()
            for word in (words[0], words[-1]):
                first[word] = min(first.get(word, m.start), m.start)
    return first


def placed_after_preposition(text: str, m: Mention) -> bool:
    """Does the mention stand right after "in", "near", "outside" ("nurses in Limerick")?"""
    window = max(0, m.start - rules.PLACE_PREPOSITION_WINDOW)
    return rules.PLACE_IN_BEFORE_RE.search(text, window, m.start) is not None


def place_keys(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The names the article writes as a place: the dateline's place ("MILLERSBURG, Ohio —"),
    a name not read as an organization after "in" or "near" ("born in Ephraim"), or a name
    most of whose mentions are typed a place. Most, not one: the model types a person's
    surname a place now and then ("18 from Yoon’s own party")."""
    votes: dict[str, list[int]] = {}  # target -> [mentions typed a place, mentions]
    for m in mentions:
        vote = votes.setdefault(m.target, [0, 0])
        vote[0] += final_type(m) == "LOC"
        vote[1] += 1
    voted = {key for key, (loc, n) in votes.items() if 2 * loc > n}
    return placed_keys(text, mentions) | voted


def placed_keys(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The names the article writes where only a place stands: in its dateline, or (not read as
    an organization) after "in" or "near"."""
    placed: set[str] = set()
    for m in mentions:
        after_in = final_type(m) != "ORG" and placed_after_preposition(text, m)
        if after_in or opens_as_dateline(text, m.start, m.end):
            placed.add(m.target)
    return frozenset(placed)


def link_partial_names(
    text: str, mentions: list[Mention], other_names: Collection[str] = ()
) -> None:
    """Point "Pompeo" (or "Mike") at the one person in the article with that surname (name).

    A surname may have several words ("Le Drian", "Kramp-Karrenbauer" folds to two): any
    trailing words of a full name count, a generational suffix ("Jr.", "III") skipped. Only
    unknown names are linked (and a surname the table knows for a bearer the article never names
    in full: `_relink_table_surnames`) and only when exactly one person matches, so "Abdullah"
    with two Abdullahs in the article stays unresolved rather than guessed; a surname two people
    bear is the likelier bearer's where the text says which (`_likeliest_bearer`). Failing a surname
    and a first name, an inner word of a name of three words or more counts too: Spanish and
    Portuguese names are shortened to the paternal surname ("Vergara" of "Rodrigo Vergara
    Lagos"), and some people are known by a middle name ("Lula" of "Luiz Inácio Lula da Silva");
    not where the model read a place. A first name alone never links a name the article writes
    as a place (`place_keys`): "east of Millersburg" is the town, not "Millersburg Fire" the
    model read as a person; unless the article makes the word speak and never writes it where
    only a place stands (`one_names`: "Prabowo Subianto ... Prabowo said", read as a place by
    the model, is the person). A word that opens the name of a company named in full before it,
    written before the person is named in full, is the company's short form
    (`_company_named_first`: "Halvorsen Foods ... Halvorsen said ... founded by Olaf
    Halvorsen"). A person's other name the article gives (`other_names`, folded keys: a pen
    name, a birth name, `tasks.entities.other_names`) lends its words too: "Finch" of "Helen
    Marsh, the pen name of Margaret Ellery Finch" is Helen Marsh. A familiar form of a given
    name ("Jim" of James, `_familiar_first`) counts where no one has it as a first name.
    """
    speakers = speaking_words(text, mentions) - placed_keys(text, mentions)
    places = place_keys(text, mentions) - speakers
    places -= _typed_places_only(text, mentions, places)  # may be first names
    people: dict[str, Mention] = {}  # person id (or unknown full-name key) -> a mention
    for m in mentions:
        if final_type(m) == "PERSON" and (" " in m.target or m.entity is not None):
            people.setdefault(m.entity.entity_id if m.entity else m.target, m)
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    by_inner: dict[str, set[str]] = {}
    names = {
        pid: {m.target, fold(m.entity.name) if m.entity else m.target} for pid, m in people.items()
    }
    for m in mentions:
        person_id = m.entity.entity_id if m.entity else m.target
        if m.key in other_names and " " in m.key and person_id in names:
            names[person_id].add(m.key)
    for person_id, person_names in names.items():
        for name in person_names:
            parts = name.split()
            while len(parts) > 2 and parts[-1] in rules.NAME_SUFFIXES:
                parts.pop()
            for k in range(1, len(parts)):
                by_surname.setdefault(" ".join(parts[-k:]), set()).add(person_id)
            if len(parts) > 1:
                by_first.setdefault(parts[0], set()).add(person_id)
            for inner in parts[1:-1]:
                if len(inner) > 1 and inner not in rules.NAME_PARTICLES:
                    by_inner.setdefault(inner, set()).add(person_id)
    full = _full_mentions(mentions, people)
    first_full = {person_id: starts[0] for person_id, starts in full.items()}
    _relink_table_surnames(mentions, people, by_surname)
    for m in mentions:
        if m.entity is not None:
            continue
        match = by_surname.get(m.target, set()) - {m.target}
        if len(match) > 1:
            match = _likeliest_bearer(m.start, match, full)
        if not match and " " not in m.target and m.target not in places:
            match = by_first.get(m.target, set()) or _familiar_first(m.target, by_first)
        if not match and " " not in m.target and m.type != "LOC":
            match = by_inner.get(m.target, set())
        if len(match) == 1:
            person_id = next(iter(match))
            if m.start < first_full[person_id] and _company_named_first(m, mentions):
                continue
            person = people[person_id]
            m.target, m.entity, m.type = person.target, person.entity, "PERSON"


def _typed_places_only(
    text: str, mentions: Sequence[Mention], places: Collection[str]
) -> frozenset[str]:
    """The one-word names of `places` that only the model's types make places: every mention
    typed a place, none where a place stands (a dateline, "in ..."), no place of the gazetteer
    so named. Such a name may still be a person's first name ("Rebecca Cooke ... Rebecca, 24,
    said", each "Rebecca" read as a place)."""
    typed: dict[str, bool] = {}
    for m in mentions:
        if m.target in places and " " not in m.target:
            typed[m.target] = typed.get(m.target, True) and (
                final_type(m) == "LOC"
                and not placed_after_preposition(text, m)
                and not opens_as_dateline(text, m.start, m.end)
            )
    return frozenset(k for k, only in typed.items() if only and not known_place(k, 0))


def _familiar_first(key: str, by_first: dict[str, set[str]]) -> set[str]:
    """The people whose given name the familiar form `key` shortens ("Jim" of "James Rigney",
    `other_name_rules.FAMILIAR_FORMS`)."""
    return {
        p for name in other_name_rules.FAMILIAR_FORMS.get(key, ()) for p in by_first.get(name, ())
    }


def _relink_table_surnames(
    mentions: Sequence[Mention], people: dict[str, Mention], by_surname: dict[str, set[str]]
) -> None:
    """ "Imran Qureshi said ... Qureshi said": a surname the alias table knows for another
    person ("Qureshi" of Shah Mahmood Qureshi) is the person the article names in full with it,
    when there is exactly one such person and the table's person is never named in full here
    (nor with a title: "President Trump" stays the table's). News copy names a person in full
    before using the surname alone; the table's famous bearer of a surname does not outrank the
    article's own."""
    written_in_full = {
        m.entity.entity_id for m in mentions if m.entity is not None and " " in m.target
    }
    for m in mentions:
        known = m.entity
        if known is None or known.type != "PERSON" or " " in m.target or m.role:
            continue
        if known.entity_id in written_in_full:
            continue
        match = by_surname.get(m.target, set()) - {known.entity_id}
        if len(match) != 1:
            continue
        person = people[next(iter(match))]
        if person.entity is None:
            m.target, m.entity = person.target, None


def _full_mentions(mentions: Sequence[Mention], people: dict[str, Mention]) -> dict[str, list[int]]:
    """Where each person of `people` is named in full (or by a known name), in text order."""
    starts: dict[str, list[int]] = {}
    for m in mentions:
        person_id = m.entity.entity_id if m.entity else m.target
        if person_id in people and final_type(m) == "PERSON" and (" " in m.target or m.entity):
            starts.setdefault(person_id, []).append(m.start)
    return {person_id: sorted(found) for person_id, found in starts.items()}


def _likeliest_bearer(start: int, bearers: set[str], full: dict[str, list[int]]) -> set[str]:
    """Of the people who bear a surname, the one a bare mention at `start` names: the one named
    in full `rules.DOMINANT_BEARER_RATIO` times as often as any other (the article's subject:
    "Harris" of Kamala Harris beside her parents), else the only one named in full before it
    ("Rajnath Singh said ... Singh said" before Vyomika Singh is named); none where two are
    ("Ann Quill met Bob Quill. Quill spoke." stays unresolved)."""
    counts = sorted(((len(full.get(p, ())), p) for p in bearers), reverse=True)
    if counts[0][0] >= rules.DOMINANT_BEARER_RATIO * counts[1][0]:
        return {counts[0][1]}
    before = {p for p in bearers if any(s < start for s in full.get(p, ()))}
    return before if len(before) == 1 else set()


def _company_named_first(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Is the one-word mention the first word of an organization's name of several words
    written before it? News names a company in full before it shortens it, and a person the
    same way, so a word written after the company's full name and before the person's is the
    company's."""
    return " " not in m.target and any(
        f.start < m.start and final_type(f) == "ORG" and f.target.split()[0] == m.target
        for f in mentions
        if " " in f.target
    )


def link_short_org_names(mentions: list[Mention]) -> None:
    """Point "the Foreign Ministry" at the one organization named in full ("Russian Foreign
    Ministry") whose name ends with it, within the article. Two words at least, one candidate
    only: "Board of Elections" beside two full boards stays unresolved."""
    orgs: dict[str, list[Mention]] = {}  # trailing words (2+) of a full org name -> mentions
    for m in mentions:
        if m.entity is not None and m.entity.type != "ORG":
            continue
        if m.entity is None and final_type(m) != "ORG":
            continue
        parts = m.target.split()
        for k in range(2, len(parts)):
            orgs.setdefault(" ".join(parts[-k:]), []).append(m)
    for m in mentions:
        if m.entity is not None or final_type(m) not in ("ORG", None):
            continue
        full = {(f.entity.entity_id if f.entity else f.target): f for f in orgs.get(m.target, [])}
        if len(full) == 1:
            (owner,) = full.values()
            m.target, m.entity, m.type = owner.target, owner.entity, "ORG"


def link_bracketed_short_forms(text: str, mentions: list[Mention]) -> None:
    """Point "Lab" of "Maya Ellis (Lab)" at the one organization of the article whose name's
    first word it opens ("Labour"): lists of candidates and members shorten their parties (and
    squads their clubs) in the brackets after each name, to a word's first letters
    (`tasks.entity_rules.affiliations.SHORT_FORM_RE`), which name nothing else there. Each
    distinct short form is tried once against the article's organizations whose first word
    opens with its first two letters."""
    orgs: dict[str, list[Mention]] = {}  # first two letters of the first word -> mentions
    for f in mentions:
        if final_type(f) == "ORG":
            orgs.setdefault(f.target[:2], []).append(f)
    owners: dict[str, Mention | None] = {}
    for m in mentions:
        surface = m.surface(text)
        if m.entity is not None or affiliation_rules.SHORT_FORM_RE.fullmatch(surface) is None:
            continue
        if not bracketed_after_name(text, m.start, m.end):
            continue
        short = surface.rstrip(".").casefold()
        if short not in owners:
            found = {
                (f.entity.entity_id if f.entity else f.target): f
                for f in orgs.get(short[:2], ())
                if (first := f.target.split(" ", 1)[0]).startswith(short)
                and len(first) > len(short)
            }
            owners[short] = next(iter(found.values())) if len(found) == 1 else None
        owner = owners[short]
        if owner is not None:
            m.target, m.entity, m.type = owner.target, owner.entity, "ORG"


def _title_case_acronym(surface: str) -> bool:
    """Is the word shaped like an acronym in title case ("Acas")?"""
    shape = 3 <= len(surface) <= 6 and surface[0].isupper() and surface[1:].islower()
    return shape and surface.isalpha()


def _initials_spell(letters: str, keys: Sequence[str]) -> bool:
    """Do the initials of the name's words, one a word, small words left out, spell
    `letters` exactly, from three words or more?"""
    initials = [k[0] for k in keys if k not in rules.ACRONYM_OPTIONAL_WORDS]
    return len(initials) >= 3 and "".join(initials) == letters


def link_undeclared_acronyms(text: str, mentions: list[Mention]) -> None:
    """Point "NTSB" at the one organization of the article whose initials spell it ("National
    Transportation Safety Board"), when the article never defines it: wires often don't.
    British style writes an acronym said as a word in title case ("Acas" of "the Advisory,
    Conciliation and Arbitration Service"): such a word, not only a person's, points at a name of
    three words or more whose initials, one a word, spell it exactly; a looser fit would turn
    ordinary names ("Ford") into acronyms.

    A place that opens the name need not be spelled ("SES" of "NSW State Emergency Service",
    "FDA" of "U.S. Food and Drug Administration"): the acronym is the body's own, written in
    its country without the place. Nor need a company's legal form ("Co.", "Inc."), and an
    ampersand spells nothing: "PG&E" is "Pacific Gas & Electric Co.", "AT&T" is "American
    Telephone & Telegraph": business copy names a company in full once and by its initials
    after, without defining them.

    Each distinct acronym is tried once, against the names starting with its first letter.
    """
    full: dict[str, dict[str, Mention]] = {}  # initial -> entity -> a multi-word mention
    for m in mentions:
        if " " in m.target and final_type(m) in ("ORG", "LOC", None):
            for name in filter(
                None, {m.target, without_place_qualifier(m.target), org_core(m.target)}
            ):
                by_entity = full.setdefault(name[0], {})
                by_entity.setdefault(m.entity.entity_id if m.entity else m.target, m)
    title_case = {
        compact(m.surface(text)).casefold()
        for m in mentions
        if _title_case_acronym(compact(m.surface(text))) and final_type(m) != "PERSON"
    }  # a word some mention of which is no person's name ("Acas", read PERSON in a headline)
    owners: dict[tuple[str, bool], Mention | None] = {}
    for m in mentions:
        surface = compact(m.surface(text))
        upper = 2 <= len(surface) <= 6 and surface.isupper()
        if m.entity is not None or not (upper or surface.casefold() in title_case):
            continue
        letters = surface.casefold().replace("&", "")
        if (letters, upper) not in owners:
            candidates = full.get(letters[0], {}).values()
            fit = acronym_fits if upper else _initials_spell
            fits = [
                f
                for f in candidates
                if f.target != m.target  # "PG&E" folds to words of its own: "pg & e"
                and any(
                    fit(letters, name.split())
                    for name in (f.target, without_place_qualifier(f.target), org_core(f.target))
                )
            ]
            owners[letters, upper] = fits[0] if len(fits) == 1 else None
        owner = owners[letters, upper]
        if owner is not None:
            m.target, m.entity, m.type = owner.target, owner.entity, final_type(owner)


def link_short_team_names(text: str, mentions: list[Mention]) -> None:
    """Point "Nuggets" at the one organization of the article whose name ends with it ("Denver
    Nuggets"), whatever type the model gave the short form: nicknames of teams and companies
    are read as people as often as not. Not generic last words ("Ministry", "Party"; a
    legislature's or an armed service's word is linked, "the Assembly" of "the National
    Assembly", `rules.INSTITUTION_WORDS`), not a
    word that is also a person's name in the article, not the last word of a place named
    with a qualifier ("Kordofan" beside "South Kordofan" is another region), not the place
    after "of" that ends a body's name ("Gary" of "the Diocese of Gary" is the city), and not
    a word the article writes right after "in" or "near" ("nurses in Limerick" beside
    "University Hospital Limerick" are in the city), wherever it stands: the mentions of one
    name are one entity, so "Calgary board approves ..." beside "in Calgary" and "told CBC
    Calgary" is the city too."""
    people = first_names_of_people(mentions)
    placed = {
        m.target
        for m in mentions
        if final_type(m) != "ORG" and " " not in m.target and placed_after_preposition(text, m)
    }
    owners: dict[str, dict[str, Mention]] = {}  # last word -> entity -> a full mention
    for m in mentions:
        words = m.target.split()
        qualified_place = final_type(m) == "LOC" and words[0] in rules.PLACE_QUALIFIER_WORDS
        of_place = len(words) > 2 and words[-2] == "of"
        if len(words) > 1 and final_type(m) in ("ORG", "LOC") and not (qualified_place or of_place):
            owners.setdefault(words[-1], {}).setdefault(
                m.entity.entity_id if m.entity else m.target, m
            )
    for m in mentions:
        key = m.target
        generic = key in rules.GENERIC_NAME_HEADS and key not in rules.INSTITUTION_WORDS
        if m.entity is not None or " " in key or generic or key in people:
            continue
        if key in rules.ARTICLE_BOUND_ALIASES:
            continue  # "Emirates" without "the" is not "the United Arab Emirates" it ends

        candidates = owners.get(key, {})
        if len(candidates) == 1 and key not in placed and not placed_after_preposition(text, m):
            (owner,) = candidates.values()
            m.target, m.entity, m.type = owner.target, owner.entity, final_type(owner)


def link_chamber(mentions: list[Mention]) -> None:
    """Point "the House" (`rules.CHAMBER_WORD`) at the one "House of ..." the article names
    ("the House of Representatives"), or else at its one national assembly: the chamber the
    story is about. Never at a name ending with "House" ("the White House")."""
    chambers = _bodies(mentions, _names_a_chamber)
    if not chambers:
        chambers = _bodies(mentions, lambda key: key.endswith("national assembly"))
    if len(chambers) != 1:
        return
    (chamber,) = chambers.values()
    for m in mentions:
        if m.target == rules.CHAMBER_WORD and m.entity is None:
            m.target, m.entity, m.type = chamber.target, chamber.entity, "ORG"


def _names_a_chamber(key: str) -> bool:
    """ "house of representatives", "house of commons" (`rules.CHAMBER_NAMES`)."""
    words = key.split()
    return words[:2] == [rules.CHAMBER_WORD, "of"] and words[-1] in rules.CHAMBER_NAMES


def _bodies(mentions: list[Mention], fits: Callable[[str], bool]) -> dict[str, Mention]:
    """The organizations of the article whose folded name `fits`, one mention per entity."""
    found: dict[str, Mention] = {}
    for m in mentions:
        if final_type(m) == "ORG" and fits(m.target):
            found.setdefault(m.entity.entity_id if m.entity else m.target, m)
    return found


def link_team_places(text: str, mentions: list[Mention]) -> None:
    """Point "Denver" at the one team of the article whose name starts with it ("Denver
    Nuggets"), a team being an organization the article also names by its last word alone,
    a plural ("the Nuggets"): sports pages name teams by their cities and countries. Not after a
    preposition of place ("in Denver", `rules.PLACE_PREPOSITION_BEFORE_RE`) nor in the dateline
    ("DENVER (AP) —"): that is the city."""
    alone = {m.key for m in mentions if " " not in m.key}
    teams: dict[str, dict[str, Mention]] = {}  # leading words -> entity -> a full mention
    for m in mentions:
        words = m.target.split()
        nickname = words[-1] if len(words) > 1 else ""
        if final_type(m) != "ORG" or nickname not in alone:
            continue
        if nickname in rules.GENERIC_NAME_HEADS or not rules.TEAM_NICKNAME_RE.fullmatch(nickname):
            continue
        for k in range(1, len(words)):
            teams.setdefault(" ".join(words[:k]), {}).setdefault(
                m.entity.entity_id if m.entity else m.target, m
            )
    if not teams:
        return
    for m in mentions:
        candidates = teams.get(m.target, {})
        if len(candidates) != 1 or final_type(m) not in ("LOC", None):
            continue
        if means_the_city(text, m.start, m.end):
            continue  # "in Denver", "DENVER (AP) —"
        (team,) = candidates.values()
        m.target, m.entity, m.type = team.target, team.entity, "ORG"


def link_leading_org_words(
    text: str, mentions: list[Mention], branches: Collection[str] = ()
) -> None:
    """Point "Ulta" at the one organization of the article whose name starts with it ("Ulta
    Beauty"), whatever type the model gave the short form: a company or an institution named in
    full once is named by its first word(s) after that ("Goddard" for "Goddard Space Flight
    Center"). Not a generic word, not a word that is also a person's name in the article
    (unless written after the company's full name and before the person's: "Halvorsen Foods
    ... Halvorsen said ... founded by Olaf Halvorsen"), and
    a place only when the full name is a company's legal name ("Tyvak" of "Tyvak Systems Inc"):
    "Sugar Land" beside "Sugar Land Police Department" is the town. A short form the article
    writes as a place (`place_keys`) is that place wherever it stands: the mentions of one name
    are one entity, so linking another of its mentions would fold the town into its fire
    department ("east of Millersburg", "the Millersburg Fire Department"); so is a town of the
    gazetteer beside one of its public bodies, wherever the article writes it ("a Dayton police
    officer" beside "the Dayton Police Department"). A branch named by its place (`branches`,
    "Lexus Philippines") owns no short form: "Lexus" is the parent. A company written with and
    without its legal form ("Aldermoor Foods Inc.", "Aldermoor Foods") is one owner, as
    `assign_unknown` makes it one entity: a release names it both ways before "Aldermoor"."""
    people = _people_words_first_at(mentions)
    places = place_keys(text, mentions)
    owners: dict[str, dict[str, Mention]] = {}  # leading words -> entity -> a full mention
    legal_names: set[str] = set()  # entities written once with a legal form ("Tyvak Systems Inc")
    for m in mentions:
        words = m.target.split()
        if len(words) < 2 or final_type(m) != "ORG" or m.target in branches:
            continue
        owner_id = m.entity.entity_id if m.entity else org_core(m.target)
        if words[-1] in rules.ORG_SUFFIXES:
            legal_names.add(owner_id)
        for k in range(1, len(words)):
            owners.setdefault(" ".join(words[:k]), {}).setdefault(owner_id, m)
    for m in mentions:
        key = m.target
        if m.entity is not None or key in rules.GENERIC_NAME_HEADS:
            continue
        if key in people and not (m.start < people[key] and _company_named_first(m, mentions)):
            continue
        candidates = owners.get(key, {})
        if len(candidates) != 1:
            continue
        ((owner_id, owner),) = candidates.items()
        if (final_type(m) == "LOC" or key in places) and owner_id not in legal_names:
            continue
        if _town_of_its_body(key, owner.target):
            continue
        m.target, m.entity, m.type = owner.target, owner.entity, "ORG"


def _town_of_its_body(key: str, owner: str) -> bool:
    """Is `key` a town of the gazetteer and `owner` one of its public bodies ("Dayton" of "Dayton
    Police Department", `rules.TOWN_BODY_WORDS`)? Then the name alone is the town."""
    rest = owner.split()[len(key.split()) :]
    return not rules.TOWN_BODY_WORDS.isdisjoint(rest) and known_place(
        key, rules.LISTED_TOWN_MIN_POPULATION
    )

"""An unknown organization written only outside the article's sentences is no entity, unless its
name has an organization's shape or the prose writes it too. Texts are our own (title line +
body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.sentences import sentence_lines
from tests.tasks.entity_helpers import by_name, spans_of


def test_organizations_written_only_outside_sentences(table: AliasTable) -> None:
    """The headline's event, a subheading, a button's offer and a teaser name no organization;
    the prose's own stay, and so, outside sentences, do a name the prose writes where the model
    read none ("Kestrel Trust"), a name a cue or a photo credit credits ("Lensbank", "AP
    Photo/Mara Quint" with the name read as an organization), a listed company before its
    ticker ("Orvex Labs (ORVX)"), names ending with a legal form or a body's word ("Quayside
    Holdings", "Drumlin Theatre Company") and letters in capitals ("BRQ")."""
    text = (
        "Harbour Arts Week opens with a lantern parade\n\n"
        "Lanterns and Lights\n"
        "Thousands lined the quay on Friday as Orla Brennan led the parade past the Kestrel "
        "Trust warehouse, which the Marlow Sailing Club opened to visitors for the first time.\n"
        "Pick up a Festival Passport and Save on three shows\n"
        "Read more: Quay Lights Return\n"
        "Image credit: Lensbank\n"
        "Lanterns over the quay. (AP Photo/Mara Quint)\n"
        "Sponsor shares: Orvex Labs (ORVX) +3.1%\n"
        "Partners: Kestrel Trust, Quayside Holdings, BRQ\n"
        "Listings: Drumlin Theatre Company, 7pm"
    )
    spans = spans_of(
        text,
        ("Harbour Arts Week", "ORG"),
        ("Lanterns and Lights", "ORG"),
        ("Orla Brennan", "PERSON"),
        ("Marlow Sailing Club", "ORG"),
        ("Festival Passport and Save", "ORG"),
        ("Quay Lights Return", "ORG"),
        ("Lensbank", "PERSON"),
        ("Mara Quint", "ORG"),
        ("Orvex Labs", "ORG"),
        ("Kestrel Trust", "ORG"),
        ("Quayside Holdings", "ORG"),
        ("BRQ", "ORG"),
        ("Drumlin Theatre Company", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Harbour Arts Week", "Lanterns and Lights", "Festival Passport and Save"):
        assert name not in found
    assert "Quay Lights Return" not in found
    assert {"Orla Brennan", "Marlow Sailing Club", "Kestrel Trust", "Lensbank"} <= found.keys()
    assert {"Mara Quint", "Orvex Labs"} <= found.keys()
    assert {"Quayside Holdings", "BRQ", "Drumlin Theatre Company"} <= found.keys()


def test_sentence_lines_end_with_a_closing_mark() -> None:
    """A line is a sentence when it ends with . ! ? … or a CJK stop, before closing quotes or
    brackets; a headline, a label or a list item is none."""
    text = (
        'Headline here\n\nHe said, "Go."\nNext (AP).\nListings: one, two\nIs it?\n東京で会見した。'
    )
    starts, sentences = sentence_lines(text)
    lines = [text[s:].partition("\n")[0] for s in starts]
    assert lines == text.split("\n")
    assert sentences == [False, False, True, True, False, True, True]


def test_one_word_people_written_only_outside_sentences(table: AliasTable) -> None:
    """A review's section labels alone on their lines ("Specs", "Verdict") read as people are
    no one; a one-word person the prose names ("Brandt") stays though a heading names him too,
    and so does a person named by two words in a byline ("Nadia Fenwick"), a photographer a
    credit names ("AP Photo/Quint") and a one-word "person" in a list's line, a team the model
    mistyped ("Harriers")."""
    text = (
        "Corvel Loop review: a quiet fan that finally moves air\n\n"
        "Brandt at the Bench\n"
        "Brandt, who designed the Loop, told me the blades were redrawn eleven times.\n"
        "Specs\n"
        "Speed: five settings\n"
        "Verdict\n"
        "It is the best fan I have tested this year.\n"
        "The fan on a desk. (AP Photo/Quint)\n"
        "Words by Nadia Fenwick\n"
        "Tester: Ruben Okoye (Harriers)"
    )
    spans = spans_of(
        text,
        ("Brandt", "PERSON"),
        ("Brandt", "PERSON"),
        ("Specs", "PERSON"),
        ("Verdict", "PERSON"),
        ("Quint", "PERSON"),
        ("Nadia Fenwick", "PERSON"),
        ("Ruben Okoye", "PERSON"),
        ("Harriers", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Specs" not in found
    assert "Verdict" not in found
    assert {"Brandt", "Quint", "Nadia Fenwick", "Harriers"} <= found.keys()


def test_a_section_label_after_the_is_no_one(table: AliasTable) -> None:
    """ "The Verdict" and "The Story" alone on their lines are section labels, no one; "The
    Weeknd" heading a line of a list stays when the prose names him, and "Ansel" alone on a
    line with a second word ("Ansel Roy") is no label."""
    text = (
        "Lanterns review: a film of long silences\n"
        "The Story\n"
        "The Weeknd appears in one scene, opposite Ansel Roy.\n"
        "The Verdict\n"
        "It is a patient, beautiful film."
    )
    spans = spans_of(
        text,
        ("Story", "PERSON"),
        ("Weeknd", "PERSON"),
        ("Ansel Roy", "PERSON"),
        ("Verdict", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Verdict" not in found and "Story" not in found
    assert {"Weeknd", "Ansel Roy"} <= found.keys()


def test_a_label_ending_with_a_sections_word_is_no_one(table: AliasTable) -> None:
    """ "Planting Tips" and "Stray Observations" on lines of their own read as people are
    headings, no one; a byline's person ("By Orla Finch") stays, and so does a person whose
    surname is such a word when the prose names her ("Mirela Tips")."""
    text = (
        "Seven ferns for dry shade\n"
        "By Orla Finch\n"
        "Planting Tips\n"
        "Water them weekly, said Mirela Tips, who grows them.\n"
        "Stray Observations\n"
        "The ferns like compost."
    )
    spans = spans_of(
        text,
        ("Orla Finch", "PERSON"),
        ("Planting Tips", "PERSON"),
        ("Mirela Tips", "PERSON"),
        ("Stray Observations", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Planting Tips" not in found and "Stray Observations" not in found
    assert {"Orla Finch", "Mirela Tips"} <= found.keys()


def test_the_verb_of_a_how_to_heading_is_no_name(table: AliasTable) -> None:
    """ "What to Order" and "Where to Watch" open headings with a verb the model reads as a
    name; "Ask Tarvik" in prose, and "Millbrook" after "to" in a sentence, stay."""
    text = (
        "Dinner at Olmo\n"
        "What to Order\n"
        "The duck. Ask Tarvik, who runs the floor, and drive out to Millbrook after.\n"
        "Where to Watch\n"
        "The film streams now."
    )
    spans = spans_of(
        text, ("Order", "PERSON"), ("Tarvik", "PERSON"), ("Millbrook", "GPE"), ("Watch", "ORG")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Order" not in found and "Watch" not in found
    assert {"Tarvik", "Millbrook"} <= found.keys()

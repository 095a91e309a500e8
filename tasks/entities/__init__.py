"""Named entities: NER spans plus the alias table become one canonical id per real-world entity.

Why this stage exists: analysts ask "every article that mentions the Haqqani network" and expect
"Haqqani", "the Haqqani network" and "Haqqani network's" to be one row, the Pentagon to be the US
Department of Defense, and "Pompeo" to be the Mike Pompeo named earlier in the same article.
Bare spaCy output grouped by exact text splits about one entity in five; the resolver folds
names, strips titles (keeping them as roles), learns in-text acronym definitions, links surnames
to full names, fixes types from the alias table and finds alias-table names NER missed.

One module per job:

    aliases     the alias table (seeds/entities.csv): loading, folding keys, acronym forms
    mentions    a mention while resolving, and the cleaning of its edges
    roles       titles (seeds/entity_titles.txt) and the roles they give people
    attribution sources a report is credited to ("according to The Wrap"): the model's spans
                corrected there
    towns       towns written with their state ("Gladstone, NJ") or as a base ("Sugar
                Land-based"): the model's spans corrected there
    rosters     players listed one a line with their position ("- Nate Bauer, LB (knee),
                out"): people; the position no entity
    table_cells names in the rows of a story's data tables ("| 2 | Brigham Athletic | 14 |"):
                a cell and a column at a time; a heading row holds no names
    divisions   a conference named with its division ("the Mid-American Conference West
                Division"): the conference
    releases    a release's furniture ("SOURCE Acme, Inc.", "NASDAQ: NWHI") cut from the name
    bracketed_names  a name with a bracket before its surname, as obituaries write survivors
                ("a son, Tom (Alice) Harlan", "Rose (Keane) Doyle"): one person
    honorific_names  a name after an honorific written before whole names, read in part
                ("Shri Rajendra" + "Patwardhan", "Shri Amit" + "Kumar Tyagi"): the whole
                name, one person
    name_lists  names in a list take the kind of their siblings ("Kim Tae-hyung, Oh Man-seok
                and Lee Jae-won"); a table row ("Nagpur North - Nitin Raut") is no one name
    name_tails  a three-word name the model cut after its second word ("Maria Corina" +
                "Machado, who"): whole
    venues      venues of a tour listing ("June 24 -- Jiffy Lube Live, Bristow, VA") and names
                ending with a venue word ("PNC Music Pavilion"): places, whole
    possessives names cut at a possessive before their head ("Westminster Magistrate's" +
                "Court") or built on one ("Sadler" + "Wells"): made whole
    landforms   landforms named by two places and a hyphen ("the Qinghai-Tibet Plateau"): one
                place
    joined_names  two names run together over a "the" ("told Billboard the Doobies"): two
    couples     two given names before one family name ("Otto and Minnie Brandt"): two people
    acronym_names  a name led by a known body's acronym ("BNP" + "Paribas"): its own name
    sky_bodies  planets and moons written alone in a text about space ("Saturn"): places
    nationality_names  a person the model read with the nationality before the name ("the
                Argentine Matias Corral"): the person alone
    holders     an office's holder the model runs into the office's place or body ("Chief
                Minister of Gandaki Province Surendra Raj Pandey"): cut off as a person;
                a portfolio the model runs into a place before a title ("UK Home" +
                "Secretary"): the title's
    led_bodies  a body named with the leader whose term it serves ("the Obama Justice
                Department"): the leader and the body
    citations   a reference to a paper ("Whitlock H, Adebayo F. Crit Care Med. 2026;54"): its
                authors, people; the journal no entity; a cited author the article's person
    place_holders  an envoy's holder the model runs into the office's country ("envoy for
                Ukraine Kurt Volker"): the place, then a person
    routes      places joined by a hyphen before a route ("the Beni-Jomsom road"): two
                places, whatever the model made of the pair
    comma_names a name the table knows with a comma in it ("Washington, D.C."), read as two
                places by the model: one span
    coordinated_places  two places sharing a plural kind ("Orange and Riverside counties"):
                two places, whatever span the model made of the pair
    long_names  organizations' long names the model stops reading too early ("Electoral
                Commission of" + "Kavara"), or runs two into one
    placed_names  a name and where it is in one span ("... Hospital in Enugu"): two
    described_names  a name right after the noun of its kind ("the charity Help Musicians"),
                or before it in apposition ("Tavor, the appliance maker,"), or "owned by"
                someone, or listed after a plural one ("lenders such as Monzo"), or a place the
                model read that is "based in" one: an organization
    sellers     the shops a guide lists after "available at", "sold by" ("Available at Argos,
                John Lewis and Amazon"): each an organization of its own
    lowercase_companies  a name written lowercase first that speaks or acts as a company
                ("voltaIQ said", "iFixit, the repair firm"): an organization, no product
    whole_names names the model cuts in pieces ("the Southern District of New York"), made whole
    gazetteer_places  places the gazetteer knows where the text says a place ("Goma, Bukavu and
                Uvira", "in Jacobabad") or the model's label cannot be right
    offices     offices an article defines with an acronym ("the Chief District Officer
                (CDO)"): roles, no entities
    candidates  which NER spans may be entities at all
    departments the department a person's role heads at an employer ("Head of Fundamental
                Research at Kotak Securities"): part of the role, no entity
    lowercase_phrases  a capitalised phrase the article also writes in lowercase ("Defensive
                Line" beside "the defensive line"): no name
    beats       the vocabulary of court, market, sport and weather copy written like names
                ("Doe v. Snap Inc.", "Section 230", "Player of the Match"): no entities
    legal_forms a known company written with its legal form ("Nvidia Corp"): the company
    makers      products named after their maker ("an Amazon Echo", "Nintendo Switch 2") and
                their lines alone ("Switch 2"): no entities; the maker's units stay
    prices      names written with a retail price ("Kindle Paperwhite for $99.99"): products
    platform_products  the largest makers' products in a text naming the maker ("Siri")
    product_lines  a product's line alone after an article or in the plural ("the Pixel",
                "Pixels" beside "Pixel 10"): no entity
    products    the copy of reviews, deals and gift guides: jargon acronyms, products named
                by an edition word or a device's or a meal's noun, prizes, dates, programmes,
                subheadings
    genes       symbols of genes and proteins and scans named by letters ("the BRCA1 gene",
                "CT scans"): no entities
    eponyms     a surname in an illness's name ("Bell's palsy", "Lewy body dementia",
                "people with Parkinson's"): no entity there
    franchises  titles of famous game and screen franchises and their instalments ("Final
                Fantasy XV", "Star Trek"), and a list's other titles: works, no entities
    works       titles of works after their kind ("the ballad Glass Houses"), medicines and
                products named with theirs ("the drug Mounjaro"), crafts' names
    interface_labels  menus, buttons and switches a how-to tells the reader to use ("Tap
                Playback", "Settings > Motion"): no entities
    finishes    colours a product comes in ("comes in Obsidian and Rose Quartz", "in Midnight
                Blue"): no entities
    credit_roles  a credit line's roles before "by" ("Writing by Sarah Morland"): no entities
    photo_credits  a photo's credit ("AP Photo/Martin Mejia"): the agency and the photographer
    competitions  competitions, their stages and titles, dated events ("Group A", "CES 2026"):
                no entities
    other_names  a person's pen, birth and familiar names ("X, the pen name of Y"): one person
    at_venues   a team glued to the ground it plays at ("... at Providence Park"): two names
    short_places  a place by its last words after its full name ("the Bay Area"): one place
    acronyms    acronyms an article defines for itself
    emphasis    common words written in capitals for emphasis ("This IS a choice")
    no_names    interjections and a state's bodies by their role, alone ("Argh!", "the
                Opposition"): no entities
    residents   a town's residents named after it ("Delhiites", "New Yorkers"): no entity
                (the words for peoples, faiths and generations are data,
                `tasks.entity_rules.demonyms`)
    scanner     alias-table names found in the text, NER or not
    merge       NER mentions and alias hits combined, one mention per place
    context     where the article contradicts the alias table (a first name, a river, another
                country's institution)
    teams       a team named by its place and its nickname apart ("Cleveland", "the Browns")
    spellings   one name in two transliterations ("Zelenskiy", "Zelensky"): one person
    bands       a family act by its plural ("the Doobies" of "The Doobie Brothers"): the act
    members     a party's or a family's members in the plural ("Republicans", "the Bidens"):
                no entity
    linking     surnames, short names, undeclared acronyms and a list's bracketed short forms
                ("Maya Ellis (Lab)") linked to full names
    one_names   a bare word that speaks ("Prabowo said"): a person named by one word, whatever
                type the model gave it
    middle_names  a person written with and without a middle name: one person
    qualifiers  a body's name without the place that opens it, for its acronym ("SES")
    ids         ids of entities the table does not know
    sentences   an unknown organization, or a one-word person alone on its line, written
                only outside the article's sentences (a heading's "Interior and
                Technology", "Verdict"): no entity
    characters  fictional characters written with the actors who play them ("Ivy Roan (Mara
                Keel)", "Keel plays Ivy Roan"): no entities
    resolve     the steps above, in order, for one text (pure)
    model       the spaCy model: name, identity, loading, running
    span_cache  NER spans of paragraphs already seen, by model and paragraph hash
    ner         NER paragraph by paragraph, in large batches, through the span cache
    batch       a batch of texts: the length cap, language, NER, resolution
    version     the derivation key (CODE_VERSION is here, in the package)
    records     stored mention events for article versions (the Prefect task)

Name folding itself is `tasks.names`, and which texts are English `tasks.language`, both shared
with the other stages.
"""

from tasks.entities.acronyms import AcronymDefinition, find_acronym_definitions
from tasks.entities.aliases import (
    ALIAS_TABLE_ENV,
    DEFAULT_ALIAS_PATH,
    AliasTable,
    Canonical,
    alias_table_path,
    build_alias_table,
    is_acronym_form,
    load_alias_table,
)
from tasks.entities.batch import MAX_TEXT_CHARS, EntityReading, entities_for_texts, read_entities
from tasks.entities.ids import unknown_entity_id
from tasks.entities.mentions import Span
from tasks.entities.model import (
    DEFAULT_MODEL,
    MODEL_ENV,
    load_nlp,
    model_identity,
    model_name,
    recognize,
)
from tasks.entities.ner import recognize_paragraphs
from tasks.entities.records import (
    MentionBatch,
    TextCut,
    derive_mentions,
    mention_events,
    mention_records,
    mentions_for_versions,
    version_text,
)
from tasks.entities.resolve import resolve_entities
from tasks.entities.roles import DEFAULT_TITLES_PATH, load_titles
from tasks.entities.span_cache import InMemorySpanCache, SpanCache
from tasks.entities.version import entity_derivation_key
from tasks.language import detect_language, text_languages
from tasks.names import fold, words

# Bump (by hand) whenever resolved entities change for some text and model output; never for a
# refactor that changes no output (see `tasks.derivation`). 2: paragraph-wise NER, the length
# cap, py3langid, the precision conventions. 5: events, programmes, units, possessive splits.
# 6: credited sources ("according to The Wrap"), organizations named by their first words,
# party-state tags ("D-Minn."), links ("pic.twitter.com/..."), homes and street addresses, towns
# written with their state ("Gladstone, NJ") or as a base ("Sugar Land-based"). 7: the dateline
# is read with the body ("NEW YORK (Reuters) -": the article's place and source). 9: names in
# staff credits written "Role_Name" (withdrawn in 11: one site's form). 10: products named by a
# model word ("MacBook Pro", "LC 500 Convertible") and their lines ("MacBook"). 11: names inside
# a quoted title of a work ("Streets" of “Takin' It to the Streets”); 9's staff credits withdrawn.
# 12: common words in capitals for emphasis ("This IS a choice"), titles after their kind ("the
# ballad Glass Houses", "2016's Star Trek Beyond") and crafts ("the Europa Clipper mission"), a
# team named by its place ("Denver" of "the Denver Nuggets"). 13: names cut in pieces made whole:
# judicial districts ("the Southern District of New York"), saints' institutions ("St James's
# University Hospital"). 14: a title quoted in the headline is a work in the body too. 15: a title
# inside a person's span cuts its owner off ("Deschutes County Sheriff Kent ..."); "Sheriff" and
# "District Attorney" are titles. 16: a party named by its members ("the Liberal Democrats",
# tagged NORP) is an organization. 17: market indices and tickers are no names; letters after a
# person's name and a closing preposition are cut; an inner word of a long name links to it;
# a place named with a qualifier is not its last word's; a dateline's place in capitals is a
# place; a title before its kind in apposition, or after a genre, is a work. 18: an office named
# by its holder ("the Lake County Sheriff's Office") is one organization. 19: an honorific
# without a full stop ("Ms Bullock") before a person; a portfolio before its holder's title
# ("Labour Minister") is no entity; a dateline's place before a colon ("LAHORE:"), and cut
# from the story's first words the model runs it into ("JOHANNESBURG - Eskom"). 20: a team
# named by its place and its nickname, each alone (`seeds/sports_teams.txt`); medicines and
# products named with their kind ("the diabetes drug Mounjaro", "Lumeva, an experimental
# pill"); a diocese and a saint's institution with "of" or a medical center made whole; the
# place after "of" ending a body's name is not its short name; a country the model reads as a
# place at least as often as a person stays the country beside a namesake; a wildfire's name
# ("the Ridge Fire") is an event; a party's Scottish or Welsh branch ("Scottish Labour") is one
# name. 21: a dateline's place ("CLEVELAND (AP) —") is the city, never its team. 22: a score
# after a name is cut ("Orlando Pirates 2-1"); "BL"/"SC" after a person; "Prof", "Barrister",
# "Retiree" and Malaysian honorifics ("Datuk Seri", "Tengku") are titles; a policy, voucher,
# medal or trophy is no entity; a name the article writes as a place is never linked to an
# organization or a person starting with it, and an unknown name is not the dateline's capitals;
# "X, known as Y" makes Y an article-local alias of X; a bare word right after "in"/"near" is
# not linked to a body whose name ends with it ("nurses in Limerick"); "Vodacom Group of South
# Africa" is the company and the known place; a road's number after the model's "County Road"
# is part of its name; "Sixth Street and Railyards Boulevard" is two streets; a domain's ending
# does not cut a name ("Crypto.com Arena"). 23: crude oil benchmarks ("West Texas
# Intermediate", "WTI", "Brent crude") are no names, like market indices. 24: no name inside
# such a benchmark is one ("Texas" in "West Texas Intermediate crude futures"); "the Port of
# Prince Rupert" is one organization; towns listed with a place, or after "in", are places
# ("Goma, Bukavu and Uvira"), and a place span over two towns is two; a span run over "in" into
# a town with its state is cut there ("Oracle in Abilene, Texas"). 25 (on its own branch): a
# page's declared language is overruled by the text where the detector is sure it is on the
# other side of English (an English story under a German template is read with NER, and the
# reverse not); a legislature's or an armed service's word alone with a capital mid-sentence
# ("told Parliament", "the Navy said") is a name; a model's span made of known names side by
# side ("the Kenya Red Cross") is one name, not the known ones; a facility's span is cut at its
# commas like a place's ("Melton Road, Leicester"). 26: a country, province or town of 100,000
# people after "in" is a place, with no span or read as a nationality or a product ("in
# Jacobabad"), and so is such a span anywhere ("Mombasa" read as a nationality). 27: 25 and 26
# merged. 28: a ministry or department named by its portfolio either way is one body ("the
# Health Ministry", "the Ministry of Health"). 29: a law ("the Proceeds of Crime Act") and an
# amount of money ("N1,712.40", "S$1.52") are no names; common nouns as acronyms ("LNG", "ICU")
# and words of kinship ("Mum") neither; a span is cut before a bracket it opens and does not
# close ("Sacha Feinberg-Mngomezulu (Stormers"); a first name joined by a hyphen stays with the
# name ("Kurt-Lee Arendse", read "Lee Arendse"); a verb opening a sentence is cut from the name
# after it ("Defending Makin, ..."); a place named with a connector between hyphens, or "upon"
# ("Stoke-on-Trent", "Saint-Jean-sur-Richelieu", "Newcastle upon Tyne"), is one place; a
# person's span ending before a particle and a surname takes them in ("Pieter-Steph du Toit");
# a code after an exchange and a colon is a ticker ("(NYSE: HVF)"); a name before "Index" with
# a capital is the index ("the Straits Times Index"); feasts and holidays ("Diwali") are
# events, and a craft named with its noun ("the Hubble Space Telescope") no organization.
# 30: a government body named by several portfolios ("the Department of Public Works and
# Highways", "the Senate Health, Education, Labor and Pensions Committee") is one name; "the
# House" alone is a chamber where the article names a legislature, the one "House of ..." it names
# if any; a body's English name before its own language's acronym ("the Corruption Eradication
# Commission (KPK)") defines it; a national body with its country after "of" ("the Supreme Court
# of Pakistan") is one name; a company's bare name is the surname of the person named in full with
# it ("Doug Ford ... Ford said") unless the company's longer name is written; "Emirates" without
# "the" is the airline; "dela", "de los", "binti" are particles; two person spans round an unknown
# capitalised word ("Mame Mandiaye Niang") are one name.
# 31: an organization named by a list of capitalised words with a generic head ("the Advisory,
# Conciliation and Arbitration Service", "the Bureau of Alcohol, Tobacco, Firearms and
# Explosives") is one name, unless an item before the last has a head of its own ("Cork City
# Council and Fingal County Council"); so is a federal court with the circuit or district it sits
# for ("the U.S. Court of Appeals for the Federal Circuit"); a Korean family name that is also an
# English word stays with the hyphenated given name after it ("Son Heung-min"); an acronym in
# title case ("Acas") is the article's name of three words or more its initials spell exactly; a
# drug's schedule ("a Schedule IV substance") is no name, nor a word the model calls a person that
# opens a sentence before a preposition and is written nowhere else ("Verdict aside, ..."),
# nor one word in capitals opening a paragraph before a determiner ("SPEND a day ...").
# 32: the beats' vocabulary written like names is no entity (tasks/entities/beats.py, tables in
# tasks/entity_rules/beats.py): a case named by its parties ("Doe v. Snap Inc."; a party tagged
# apart stays), parts of laws and bills ("Section 230", "Title IX", "HB 3"), a law the model cut
# at a lowercase word ("Minor Protection" + " in Social Media Act"), a name ending in "Code" or
# "Sanhita", and an acronym defined for a law or a fund ("(BNS)"); a match's honour ("Player of
# the Match"), a match named by its ground ("the Gabba Test"), a Roman numeral in capitals that
# the table knows in lowercase ("their XI" is no "Xi"); a ticker before its move ("(NVDA)
# -3.1%"), a fund ("... ETF"), "Bitcoin", a "Treasury note"; a warning's level ("Status Orange"),
# a storm's local name ("known locally as Tino"); a preposition opening a sentence is cut from
# the name after it ("Across Europe"); "Justices", "Additional Solicitor General" and "Senior
# Advocate" are titles. A known company's legal name is the company ("Nvidia Corp" is Nvidia);
# a fixture's "v" is cut from the club before it ("Manchester City v"); particles before a
# surname join it ("Van den" + "Berg"); a court named by its place and rank is an organization
# where the model tagged nothing ("the Karnataka High Court"); awards by their short names ("the
# Golden Globes", "the Palme d'Or") and clinical trials ("SURMOUNT-5", "a trial called EVOKE")
# are no entities, nor is such a phrase the model cut out of a longer span ("Sheehan named
# Player of the Match"); a span the model calls an organization that ends with "KC", "QC" or
# "CJ" is a person ("Saul Holt KC").
# 33: English-language papers outside the US/UK core: their honorifics and local offices are
# titles ("Hon.", "Engr.", "Alhaji", "Cde", "Shri", "MCA", "Sarpanch"); an office the article
# defines with its acronym ("the Chief District Officer (CDO)") is a role, and so is every later
# use of the acronym; places joined by a hyphen before a route word ("the Beni-Jomsom road") are
# two places; a party or seat, then a member's letters or a title, then a full name is that
# person ("Social Democrats TD Róisín Shortall"); an office's holder the model runs into the
# office's place ("Chief Minister of Gandaki Province Surendra Raj Pandey") is cut off as a
# person; two person spans with only a space between them are one name ("Shri Praveen" +
# "Singh Adhaich") unless either holds a word in capitals; Irish-language, Māori and regional
# parties and bodies join the alias table.
# 34: the copy of reviews, deals and gift guides (tasks/entities/products.py, tables in
# tasks/entity_rules/products.py): jargon written as acronyms ("an IPS panel", "the CPM"), a
# name ending with an edition word ("Switch Lite", "the Founder's Edition", "Collector Series")
# and the line before it ("Nintendo Switch"), or with a device's noun ("Magic Keyboard", "Wall
# Charger"), a prize ("the World Fantasy Award"), a date ("July 25") and a public programme
# ("Medicare") are no entities, nor an acronym the article defines for one ("the Ultimate
# Collector Series (UCS)"); a phrase of a Title Case subheading in the body ("Despite The
# Monthly Fee, ...") is none, as in a Title Case headline. A gerund opening a sentence before a
# surname ("Hosting Cook at ...") is cut from it; "the novella", "the anthology", "the story
# collection", "the short story" and "the poem" cue a work's title.
# 35: a venue of a tour listing ("June 24 -- Jiffy Lube Live, Bristow, VA") and a name ending
# with a venue word ("PNC Music Pavilion") is a place, whole; one name in two transliterations
# ("Zelenskiy", "Zelenskyy") is one person; a Canadian province after a town ("Kelowna, B.C.");
# a name cut at a possessive is made whole ("Westminster Magistrate's" + "Court"); a sports
# position before a name is the player's role ("quarterback Mason Rudolph"); a hyphenated
# landform is one place ("the Qinghai-Tibet Plateau"); two names run together over "the" are
# split ("told Billboard the Doobies"); a family act called by its plural is the act ("the
# Doobies" where the article names the Doobie Brothers).
# 36: a party's members in the plural ("Republicans", "the Tories") and a family by its plural
# ("the Bidens" beside "Joe Biden") are no entity; "Washington" + "D.C." is one place; two
# names before a plural place word ("Orange and Riverside counties") are two places; an envoy
# run into the office's country ("envoy for Ukraine Kurt Volker") is the country and a person.
# 37: of two places before a plural place word, a name starts a word ("pre-Orange and
# Riverside counties" names none): a capital after a hyphen inside a word started a match of
# its own, quadratic work on a long hyphenated word.
# 38: the model reads typographic quotes as straight ones ("Britain’s Foreign Office" as
# "Britain's Foreign Office"); surfaces are still the text's own. 39: a title of a work in
# straight double quotes ("Evening on the Hudson") is read like one in curly quotes.
# 40: a planet or moon named alone in a text about space is a place ("Saturn", "the Moon"); a
# Korean name cut at its hyphen is made whole ("Baek Nam" -> "Baek Nam-soo"); the name of a
# roster line ("- Nate Bauer, LB (knee), out") is a person and its position no entity; a
# conference's division is the conference; a press release's "SOURCE Acme, Inc." is the
# company; a descriptor before a name is a role ("Pensioner Dennis Hartley"); a capitalised
# phrase the article also writes in lowercase is no name ("Defensive Line", "Gift Guide").
# 41: an organization the alias table does not know, written only outside the article's
# sentences (headline, subheadings, captions, list items) and never in its prose, is no entity
# unless its name has an organization's shape ("Interior and Technology", "Google Bets").
# 42: a product named after a company of the article, with a model's word or code ("Apple
# AirPods Pro 2", "Nintendo Switch 2", "Disney Plus") or after an article ("an Amazon Echo"), is
# no entity, nor the maker's name inside it, nor its line written alone ("Switch 2", "Pixel");
# the maker's units stay ("Samsung Electronics", "Fox Sports", "Google Cloud", "Audi UK"); a
# model's code after a company ("Samsung" + "S90D", "TCL's QM8") is no entity, nor written alone.
# 43: names in a list take the kind of their siblings ("shared by Kim Tae-hyung, Oh Man-seok
# and Lee Jae-won": Oh Man-seok is a person too); a table row ("Nagpur North - Nitin Raut") is
# no one name; stage credits before a name are roles ("Composer Jang Min-jae").
# 44: two places joined by "and" that the gazetteer knows whole are one place ("Jammu and
# Kashmir"); a town of the gazetteer is never the short form of one of its public bodies ("a
# Dayton police officer" beside "the Dayton Police Department"); a span of a body and a known
# name joined by "and" is two names ("the National Conference and Congress"); a place or body
# span ending with a title right before a person's name loses the title to the person's role
# ("Montgomery County Prosecutor" + "Mat Heck": Montgomery County, and Mat Heck, Prosecutor).
# 45: capitalised words that name nothing: a one-word "person" alone on a body line and never
# written in the prose ("Specs", "Verdict"); a line in capitals no longer counts as writing a
# headline's words with a capital ("MAKING SPICED HONEY PEAR JAM"); interjections and a state's
# bodies by their role alone ("Argh!", "the Opposition"); a verb's form in -ing opening a
# sentence before a name, whatever the span's kind ("Following Assange's arrest" -> Assange);
# "Organiser(s)" before a name is a role (seeds/entity_titles.txt: "Organisers Live Nation").
# 46: more words credit a source ("tells", "speaking to", "quoted by", "writing in", "the
# magazine ...", "the state news agency ..."), a credited name may hold "!" ("E! News") and is
# no number when letters and digits run together ("9to5Mac"), and a place the model found
# inside a longer credited name is part of it ("tells The Hollywood Reporter"); an organization
# with a place the table knows right after it is its branch, one name ("Greenpeace Brazil",
# "Lexus Philippines", "Toyota Motor Philippines"), unless a title follows ("White House Russia
# adviser"), and never takes its parent's bare name; an alias-table hit that is a whole
# PRODUCT/WORK_OF_ART/EVENT span is the name the table knows ("Mashable"); "Phoenix PD" is the
# Phoenix Police Department named in full; a sponsor before a venue word is no company there
# ("Verizon Amphitheatre"). 47: a text English by its small words goes through NER whatever its
# page declares (`tasks.language.english_by_its_words`); words for peoples, faiths and
# generations, and a town's residents named after it ("Delhiites"), are no entities; a
# possessive after a saint's name is inside the name ("St. Peter's Square"); a known place read
# as a date is a place, and "Bacolod" is GeoNames' "Bacolod City"; a company's first word
# written between its full name and its founder's is the company; a describing word opening a
# sentence ("Rival Kroger") leaves the name; "U.S. District Court" named alone is one court.
# 48: organizations' long names read to their end (`tasks.entities.long_names`): a body's span
# ending with "of" over the name after it ("Electoral Commission of" + "Kavara"), a topic over
# "and" ("Institute of Higher Education" + "and Research"), a body's head after an organization
# ("United Nations" + "High Commissioner for Human Rights"; after a whole body's name, its unit
# apart), two bodies joined by "and" made two ("Amnesty International and Human Rights Watch");
# streets read as events, or after a house number, are places; a road's number with a letter
# ("County Road 600S") and an office's topic after its holder ("Governor's Office of Emergency
# Services") stay in the name; an acronym may skip the place opening a name ("SES" of "NSW
# State Emergency Service"); a person without a middle name is the one with it ("Abhay
# Chautala" of "Abhay Singh Chautala"); a name and its town or street in one span are two
# (`placed_names`); a name right after the noun of its kind is an organization ("the charity
# Help Musicians", `described_names`).
# 49: a name written with a retail price is a product ("Kindle Paperwhite for $99.99", and
# "Paperwhite" alone; not a deal's "$20 million", a share's or a month's price, nor the seller
# "at Dell"); a product's line written alone after an article or in the plural beside the line
# with a model's number ("the Pixel", "Pixels" beside "Pixel 10"; "MacBooks" beside "MacBook
# Pro"); the products of the largest makers in a text that names the maker ("Siri", "Alexa",
# "Windows 10" beside Apple, Amazon, Microsoft), and the maker inside one's name ("Apple" of
# "Apple CarPlay"); a name with a model's number after a maker's possessive ("Nintendo's
# Switch 2"); a title after its kind and a naming verb ("a mission called Europa Clipper").
# 50: a person's span ending with an organization's word is an organization ("Fenwick Mobile",
# "Keller Rohrback LLP", `company_words`); a name the text calls a company is no product's line
# named after it ("company Stridewell" beside "the Stridewell Pro app"); a ground's first word
# alone is the ground ("the Wankhede" of "the Wankhede Stadium", `venue_short_names`); more
# connectors join a hyphenated place ("Weston-super-Mare", "Bourton-on-the-Water"); a name-shaped
# product or work right after a person's title is a person, and letters of honours and offices
# after a person's name are cut ("analyst Lars Eide", "Anthony Glynn SC", `titled_names`); a
# number glued to a person's name is cut ("Ajit Pawar 53,", `glued_numbers`); a firm's legal form
# after the span is taken in ("Edelson" + " PC", `company_words`).
# 51: people listed with their affiliation in brackets make each bracket an organization
# ("Danny Ward (Leicester City), Adam Davies (Sheffield United)", `affiliations`); a name followed
# by an age in commas is one person over its whole run of name words ("Curtis Lamar Whitfield,
# 58, of ..."); a surname after a particle joins the name though read apart ("Robert van" +
# "den Heuvel"); state honours are no entities ("Officer of the Order of the British Empire");
# surname-first names are one person ("Delgado, Ramon J., 46,"); a known place in brackets after
# a name is its place ("Orbitra Space (Accra)"); occupations written before a name are titles
# ("Comedian Fern Kavanagh").
# 52: names the text says are of a kind that is no entity (`named_kinds`): a ship after its
# kind ("the container ship Pacific Meridian"), a scheme between its owner and its kind ("its
# Golden Hour promotion"), a thing after its kind and a naming verb ("software called
# TenantScore"), a prize named by its honour ("two former Booker winners"), a run-in label
# written once ("Weather Watch: the bureau ..."), a slogan on a sign ("stickers reading Save
# Speedway"), a software feature ("Focus Mode"), a ship by its prefix ("BRP Davao del Sur"),
# a bill ("the Planning and Infrastructure Bill"), a benefit, pay rate or warning ("Universal
# Credit", "Severe Flood Warnings"), an event by its last word ("Milan Design Week"), a name
# listed after common nouns ("asthma, heart disease or COPD"); a one-word "person" opening a
# sentence, written nowhere else, joined to a lowercase noun or followed by a copula and an
# amount ("Rice and pulses gained", "Attendance was 9,412"); a model counted before its plural
# kind ("two Hercules planes").
# 53: a portfolio the model runs into a place's span before a title is the title's ("UK Home" +
# "Secretary", `holders`); a body named with the leader whose term it serves is the leader and
# the body ("the Obama Justice Department", `led_bodies`); the department a role heads at an
# employer is part of the role ("Head of Fundamental Research at Kotak Securities",
# `departments`); the UK's Foreign Office in the alias table, country-bound like "Congress"; a
# bare country-bound alias in an article whose places all lie in one other country is that
# country's namesake ("Congress" in Indian copy is the Congress party, `context`); a surname
# the table knows for a bearer the article never names in full is the article's own person
# ("Imran Qureshi ... Qureshi said", `linking`).
# 54: a first name after an honorific written before whole names carries on over the surname
# the model left out ("Shri Rajendra" + "Patwardhan"), and a name begun after the first name
# takes it in ("Shri" + "Amit" + "Kumar Tyagi", `honorific_names`); Nigeria's "Local Government
# Areas" (and "LGAs") are a plural place kind after two names ("Gwale and Dala Local Government
# Areas"); "Mian", "Mme", "Atty.", "Encik" and "Puan" are honorifics; a ministry's second
# portfolio read as a body joins it ("... Rural Affairs" + "and Housing", `long_names`); a
# company's closing words after a person's span are taken in ("Al Noor" + " Horizon
# Properties", `company_words`); a body's span ending inside a title loses the title's first
# word ("National Treasury Cabinet" + " Secretary", `holders`); a big town after "in" read only
# in part is the town ("in Johor Bahru" read as "Bahru", `gazetteer_places`); a body named in
# Filipino is one ("Liga ng mga Barangay sa Pilipinas", `whole_names`).
# 55: lifestyle and culture copy: fictional characters written with their actors ("Ivy Roan
# (Mara Keel)", "Keel plays Ivy Roan", a cast list's "Mara Keel as Ivy Roan", `characters`);
# credentials after a full name and a comma ("Lena Ruiz, MD" is no Maryland); a tour listing's
# venue beside its town with a dash ("May 9 - Atlanta, GA - State Farm Arena"); a section label
# after "The" alone on its line ("The Verdict"); a one-word title quoted before a show's
# coverage ("'Saltmarsh' season 2 recap"); health copy's acronyms ("your GP", "ADHD"); a
# "person" named as a section's label only outside the prose ("Planting Tips", "Stray
# Observations"); a name ends where its sentence does ("the Praça do Comércio. Lunch is"); a
# how-to's controls ("Tap Playback", `interface_labels`); a known place inside an event's name
# ("the Boston Marathon" read as a building); a street with its kind abbreviated is the street
# the article names in full ("Valencia St."); the verb of a how-to heading ("What to Order").
# 56: where names start and end: a word of rank opening a sentence before a name of its own
# ("Key Security Council members", "Former Food and Drug Administration commissioner");
# two companies joined by "to" ("Hipcricket to Augme Technologies", `long_names`); a company
# of a town with its state after it ("RealPage of Richardson, Texas", `placed_names`); an
# office named by its holder's title alone ("the New York State Attorney General", `whole_names`).
# 57: games and screen franchises are works ("Tomb Raider", "Final Fantasy XV", "Assassin" of
# "Assassin's Creed", "Star Trek"; "The Pokemon Company" stays, `franchises`), and so are an
# instalment's subtitle written alone ("Black Ops 7") and the other titles of a list of them
# ("Gylt"); consoles and game services are products in every text ("Xbox One", "Stadia",
# "Project xCloud"); technical standards ("Dolby Atmos", "Wi-Fi 6E"), a deal post's offers
# ("Pokemon Bundle", "Stadia Offer") and shopping guides ("Gift Guides") are no one; fiction's
# peoples ("a Klingon officer") are no entity, like nationalities.
# 58: press releases and company news: a title-case headline's verb and the news after it are
# no part of the company's name ("Nordvik Energy Announces Third Quarter Results", `releases`),
# nor is the "About" of the heading of a release's paragraph on its issuer ("About Meridian
# Health Partners");
# a company written with and without its legal form owns its short name ("Aldermoor Foods
# Inc.", "Aldermoor Foods", then "Aldermoor", `linking`); a person's span stopped on the hyphen
# of a double-barrelled surname takes the rest in ("Maria Okonkwo-" + "Reyes"); a company's
# segment, practice, track or team named before its kind is no entity ("Corvane's Industrial
# Solutions segment", "our Customer Success team", `named_kinds`); a reference to a paper in
# the Vancouver style names its authors as people and nothing else ("Marlowe T, Ishikawa R. J
# Clin Monit Comput. 2019;33:412"), and a cited author is the article's person of that surname
# and initial ("McAllister F", `citations`). 59: names in a story's data tables are read a cell
# and a column at a time: a heading row and a column of numbers hold no names, no span runs
# across a cell's bar, and a column of names of one kind (by its heading or by most of the
# model's readings) is read whole, its names kept though written in no sentence (`table_cells`).
# 60: local news: the titles of councils, police ranks and trial lawyers ("Mayor Pro Tem",
# "Coun.", "Detective Constable", "Defence solicitor"); a name given an age never runs over a
# sentence's end ("at Sheffield Crown Court. Dean Whitworth, 38,", `aged_names`); a list found
# inside a run of capitalised words is no organization ("Mayor Pro Tem Dale Hutchins and Council
# Member", `whole_names`); an emergency service named by its area is one organization ("South
# Yorkshire Police", "Devon and Cornwall Police", `area_services`); a town beside its municipal
# corporation is the town; "CCTV", "CBD", "DUI", "FIR" are no entities; abbreviated police
# ranks ("Cpl.", "Det. Sgt."); a sentence adverb the model ran into a name is cut ("Meanwhile,
# Scottish Fire and Rescue Service", `mentions`); a town the gazetteer knows before a street's
# kind is the street ("Spring Creek Parkway", `gazetteer_places`); "Department of Education and
# Workforce" is one body; an address on a numbered road names the road ("of 4410 E. County Road
# 250N", `long_names`); a town the article writes after "in" is no short name of the station or
# body whose name ends with it ("in Calgary" beside "CBC Calgary", `linking`).
# 61: science, health and technology news: a name written lowercase first that speaks or is
# called a firm is a company ("voltaIQ said", `lowercase_companies`); gene and protein symbols
# and lettered scans are no entities ("the BRCA1 gene", "CT scans", `genes`); a university's
# campus with "at" is one name ("the University of Texas at Austin", `whole_names`); a place
# the model read that is "based in" one is an organization (`described_names`); a product
# between its owner and its kind is no entity ("Qualcomm's Snapdragon processors", "its app
# CycleSense", `works`).
# 62: people in lists: a box score's scorers ("Ortiz 24, Vance 14, Kimura 9") are people in a
# line most of whose items are so written, a list's last name before its line's full stop ("Ivo
# Rasic.") is read without it, and two names the model runs across a list's comma ("Duarte
# Pimentel, Sofia Mendes Carvalho") are two (`name_lists`); lines with no blank line between
# them are one list of people and their affiliations ("- Salt and Iron by Tunde Bakare
# (Jonathan Cape)" a line), where a name the model left unread before a bracket is a person, a
# bracket read as a person is an organization unless most of the list's brackets are people's
# (a cast's actors) or always when its last word ends no person's name ("Dundee United"), and
# "(Ind)" names no body (`affiliations`); a club's closing word ("Blackburn Rovers") makes a
# name the model read as a person's a club (`company_words`); "Firefighter", "Paramedic",
# "Trooper" and "Constable" are titles; a team sheet's shirt number before a name ("2 Alistair
# Lomax", read as an organization) is no part of it and its span tells nothing of the name's
# kind, and a name's word may open with "Mc", "Mac" or "O'" (`name_lists`); a candidate's votes
# after the bracket of their party ("Hannah Pearce (LD) 2,104;") end the item, and a party or
# club shortened in such a bracket ("(Lab)") is the one organization of the article whose name's
# first word it opens ("Labour", `linking`); a scorecard's batters and bowlers in brackets
# after the team's total ("Surrey 288 (Pellow 91, ...; Kettley 4-61)") are scorers, a surname
# of a person the text names in full the evidence, and a line-up's substitute in a bracket
# after the player replaced ("Barrie Spence (14 Rory Tait 76)") is a person, no affiliation.
# 63: a table's column that repeats a few values down its rows (positions: "DL", "LB") and that
# no heading names is no column of names, and the model's readings there are dropped
# (`table_cells`). 64: a score, rank or shirt number before a person's name is no part of it
# ("-9 Matteo Ravelli (Italy)", `glued_numbers`).
# 65: obituaries and parish pages: a name with a bracket before its surname ("a son, Tom
# (Alice) Harlan", "Rose (Keane) Doyle") is one person, no given name alone; a numbered unit of
# a veterans', fraternal, union or scouting body ("VFW Post 2345", "Teamsters Local 743") is one
# organization with its number; "Deacon", "Msgr.", "Very Rev.", "Hajja", "Spc." and other
# clergy's and veterans' titles are roles; a church or parish named for Mary by a title ("Our
# Lady of Mercy Parish", "Queen of Martyrs Church") is one name, "Queen" no role there; a rite
# ("Mass of Christian Burial") and a veteran's decoration ("a Bronze Star") are no entities.
# 66: a title after an exhibition, a retrospective or a diptych, or between commas after a
# play, a painting or an installation ("her first play, Gannet Rock,"), is a work, no entity
# (`works`); a place or a body named in Spanish, Portuguese, Italian or French by a head that
# is no English word ("the Museo del Prado", "Casa do Rio") is one name (`whole_names`).
# 67: the markets' products, funds and coins named with their kind are no entities ("its
# flagship product, FlowGrid,", "its own token, NVK,", "the iShares Bitcoin Trust, the largest
# spot bitcoin ETF", "the USDT stablecoin", "Solana and Dogecoin fell"), nor a brand sold under
# ("under the Harvest Table brand"); a work's title read on into where it is made ("the podcast
# Hard Yards from Leeds") is the words before the place too; nor a code named as a ticker
# ("under the ticker \"LRCH\""), a coin or ETF after its kind and a naming verb or listed
# after it ("the token, called REEF,", "an ETF such as ..."), a fund brand's name ("iShares
# Core MSCI World") or a British savings account ("ISA") (`works`, `beats`, tables in
# `tasks.entity_rules.market_products`). 68: a nationality noun ("the Spaniard") is no entity, and a
# nationality the model ran into a person's name is cut off ("the Argentine Matias Corral",
# `nationality_names`; never a body's head: "European Medicines Agency"); a match's officials and
# best player ("VAR", "TMO", "MVP") are no entities.
# 69: the rows of a data table in a text of another language go through the model (names and
# numbers in no sentence, `table_cells.rows_only`); its readings there only name a column's
# kind, and in German (nouns capitalised) only confirm a column headed "Name".
# 70: a name built on a one-word possessive, written twice, whose owner the text never writes
# alone is one name ("Sadler's Wells", `possessives`); names listed after a plural noun of
# companies are organizations ("lenders such as Monzo and Starling", `described_names`); two
# given names before one family name are two people ("Otto and Minnie Brandt", `couples`); a
# service's initials after its town are one organization with it ("Fort Worth P.D.",
# `short_heads`); a name led by a known body's acronym is its own ("BNP Paribas",
# `acronym_names`); "Buyer's Guide" matches the shopping guides' folded words.
# 71: a title in quotation marks after its kind or after its maker's possessive is a work
# ("the album "Melodrama"", "Gerwig's "Barbie"", `works`), and so is a title-cased name the
# article writes only as a whole quote, never bare nor after a naming verb ("to "Anora""); a
# name after "her role as" or "his character, " is a character (`characters`): no entities.
# 72: a name followed by an apposition headed by a kind of business ("Tavor, the Leeds-based
# appliance maker,") or by "owned/backed by", "part of" ("Vuelo, owned by Tarvik Group,") is an
# organization where the model read nothing there (`described_names`); the shops listed after
# "available at", "sold by", "buy it from" are each an organization where the model read no person
# or place there ("Available at Argos, John Lewis and Amazon", `sellers`); a chain's "Value Menu"
# or "Happy Meal" is no entity (`products`).
# 73: world news. A bare word the model read as a place, unknown to the table, that opens a
# person's full name and speaks ("Prabowo said") is that person (`one_names`); a two-word
# person's span runs on over the unread capitalised word before a comma or a speech verb
# ("Maria Corina" + "Machado, who": `name_tails`); a lowercase word closing a span after an
# acronym ("The IRGC navy") is cut from it (`candidates`).
# 74: a surname in the name of an illness ("Huntington's disease", "Hodgkin lymphoma", "Lewy body
# dementia") or a possessive owning nothing after "people with", "diagnosed with", "suffers from"
# ("people with Parkinson's") names no person or organization there (`eponyms`); a state
# university's campus written with a comma and its town is one name ("the University of California,
# Berkeley", `whole_names`), and so is a charity named by an illness's describer ("the Alzheimer's
# Society", "Parkinson's UK", `entity_rules.eponyms.ILLNESS_BODY_RE`).
# 75: the colours product copy names a device or a car in are no entities (`finishes`): a list of
# two names or more after "comes in" or a colours' noun ("comes in Obsidian, Porcelain and Rose
# Quartz"), a list after "available in", "offered in" and the like with a colour word ending one
# of its names ("available in Black or Sage"), and a name of two or three words ending with a
# colour word after "in" or before a finish's noun ("in Midnight Blue", "the Glacier White
# model"); only names the alias table does not know, and a "person" only by a list's cue.
# 76: the calendar of sport and the trades is no entity: a competition by its name ("the Europa
# League", "the Super Bowl"), a stage or grouping by its letter or number ("Group A", "the Round
# of 16", "Week 12") or its last word ("the Wild Card Round", "the Champions League Final"), a
# bracket's region before a word of the standings ("the West Region final"), a title awarded
# for a period with its qualifiers ("Premier League Player of the Month", "Most Valuable
# Player"), an event written with its year ("CES 2026", and "CES" beside it), a named operation
# ("Operation Warp Speed") (`competitions`); a company's own event after its possessive ("its
# annual Dreamforce conference") and a programme in apposition to its noun ("the SunShot
# Initiative, the Obama-era programme") (`named_kinds`); a prize with its subject ("the Women's
# Prize for Fiction") and "Medicare Advantage" (`products`). Bodies, venues and places beside
# them stay ("the Booker Prize Foundation", "the Big 12 Conference", "the Kurdistan Region").
# 77: a "person" named only on the label lines of a page of common labels is no one: listicles,
# guides, explainers, reviews and campaign copy set subheadings, list items, rulings and slogans
# on lines of their own in title case ("Good Jobs", "Peanut Butter", "Fact Checker", "Kind of
# Scary, but Necessary"); where three or more such lines stand in the body and most hold no name
# or a word the text writes in lowercase, a person the prose never writes and no byline credits
# is dropped there (`sentences`). A list of people on lines of their own stays.
# 78: books, games, music and art copy. A person's other name the article gives is one person
# with the name the model read ("X, the pen name of Y", "who wrote ... under the name Y", "who
# signed her work as Y", "X, born Y", "Born Y in ...", "known to her students as Y":
# `other_names`, article-local aliases as "known as" makes), their surnames too; "M. A. Wilde"
# is "Margaret Ann Wilde" (`middle_names`); a familiar form ("Jim", "Peggy") alone is the one
# person whose given name it shortens (`linking`). Works after "trilogy", "saga", "card game",
# "supplement", "debut single" ..., each title of a list after a plural kind and a title before
# "the first book" are no entities; a title may hold "of the" ("The Eye of the World").
# 79: a name right before "reported" ("Inverse reported last month", "The Information first
# reported") is an organization where the model read nothing there, unless a pronoun, a plural, a
# collective noun or a word of a person the text names (`attribution`); a photo credit's two sides
# joined by a slash are its agency and its photographer ("Photo: Ethan Miller/Getty Images", "(AP
# Photo/Martin Mejia)", `photo_credits`), and count as credited on a line that is no sentence.
# 80: one entity per referent and names cut at their edges. A company's initials with an
# ampersand ("PG&E" of "Pacific Gas & Electric Co.") are the company, the ampersand and the
# legal form spelling nothing (`linking.link_undeclared_acronyms`); a leader's body the model
# reads as a person ("the Obama White House") is the leader and the body (`led_bodies`); a
# team or band glued to the ground or hall it plays at ("the Thorns at Providence Park") is two
# names (`at_venues`); an unknown place of two words or more that ends one longer place of the
# article ("the Bay Area" of "the San Francisco Bay Area") is that place (`short_places`).
# 81: a town after a venue's head word or "at" is not the venue ("Virginia Beach" of "the ...
# Amphitheater at Virginia Beach", `short_places`: 80 read it as the venue's short form); a
# credit line's role before "by" is no one ("Writing" of "Writing by Sarah Morland",
# `credit_roles`).
# 82: found on newly labelled real pages: a cell of prose in a layout table flattened into bars
# is no number cell for a year in it (`table_cells`: every name of such a page was dropped); a
# name signing a quotation loses its dash ("-Hippolyte Taine"); a month before a day is a date
# ("Mar 20, 2005"); India's district and state officers' titles (seeds/entity_titles.txt) and
# a title in the plural ("District Magistrates") name no one; programming languages and tools
# in a text about programming are software (`platform_products`).
# 83: found on fundus' pages and the corpus' pages without a truth body: a party tag with the
# state written out ("D-California") names the state; a pool photograph's credit ("Julien De
# Rosa/Pool via REUTERS") names its photographer and agency; a place before a lowercase
# descriptor ("the Kunene region") is the place by its name; a bill is legislation like an act
# ("the Cyber Security Bill", "the Bill"); "Adv" is a title (seeds/entity_titles.txt).
# 84: a surname two people of the article bear is the likelier bearer's: the one named in full
# twice as often as any other, else the only one named in full before it ("Harris" of Kamala
# Harris beside her parents; "Singh said" after Rajnath Singh; `linking._likeliest_bearer`).
# 85: an adjective's suffix glued by a hyphen after a name is no part of it ("a Taylor
# Swift-themed club" names Taylor Swift; `rules.ADJECTIVE_SUFFIXES`, `mentions.trim`).
# 86-91 (round 35): a sentence's opening conjunction or preposition is no part of the name
# ("As Mashable reports"); libraries, source files and browsers are software; the web's,
# messages' and money's acronyms are common nouns ("PII", "by SMS", "ESG funds"); a computer's
# part named by its line is a product ("Polaris GPU"); a body's whole name with a possessive
# owns a unit of its own; a name written together ("PlymouthLive") is the name written apart.
# 92: a title between commas after its kind may hold minor words in pairs ("his debut, Lucy in
# the Sky,"), and a name inside it is a word of the work; a genre's noun after a title makes it
# a work ("The Last Hot Time, an urban fantasy about").
# 93: a numbered index's name before a verb of the market's day is the index ("the Nasdaq
# rose", "Hong Kong's Hang Seng dropped"; `rules.market_products.INDEX_MOVE_AFTER_RE`, whose
# verbs are the coin lists' `MOVE_VERBS` and a session's words).
# 94: a degree after a name ("Michael Shadlen, Ph.D., of"; "Jane Ruiz, D.Phil.") is no entity:
# degrees written with full stops join the credentials of `titled_names.without_credentials`.
# 95: a figure's or a table's number ("see Fig. 1", `rules.citations.FIGURE_REFERENCE_RE`) and a
# keyboard's key ("press the Escape key", `interface_labels.KEY_AFTER_RE`) are no entities.
# 96: a road written by its number ("NH 44", "Interstate 70", "on I-95") is one place
# (`routes.road_number_spans`; `rules.routes.ROAD_NUMBER_RE`).
# 97: a handle or a hashtag the alias table does not know ("@POTUS", "#MeToo") and a program's
# error class ("TypeError", `rules.platform_products.CODE_ERROR_NAME_RE`) are no entities.
# 98: a temperature's scale after its number or "degrees" is a unit ("107 degrees Fahrenheit").
# 99: a first name the model reads as a place everywhere links to the person named in full with
# it when no place of the gazetteer has the name (`linking._typed_places_only`).
CODE_VERSION = "99"

__all__ = [
    "ALIAS_TABLE_ENV",
    "CODE_VERSION",
    "DEFAULT_ALIAS_PATH",
    "DEFAULT_MODEL",
    "DEFAULT_TITLES_PATH",
    "MAX_TEXT_CHARS",
    "MODEL_ENV",
    "AcronymDefinition",
    "AliasTable",
    "Canonical",
    "EntityReading",
    "InMemorySpanCache",
    "MentionBatch",
    "Span",
    "SpanCache",
    "TextCut",
    "alias_table_path",
    "build_alias_table",
    "derive_mentions",
    "detect_language",
    "entities_for_texts",
    "entity_derivation_key",
    "find_acronym_definitions",
    "fold",
    "is_acronym_form",
    "load_alias_table",
    "load_nlp",
    "load_titles",
    "mention_events",
    "mention_records",
    "mentions_for_versions",
    "model_identity",
    "model_name",
    "read_entities",
    "recognize",
    "recognize_paragraphs",
    "resolve_entities",
    "text_languages",
    "unknown_entity_id",
    "version_text",
    "words",
]

"""The pages of the hostile site: eight good articles (written here, about invented events) and
the bodies of the hostile pages. Pure functions of their arguments, so the site is the same on
every night and in every process."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from html import escape

# (slug, headline, dateline, paragraphs): the eight articles every night must commit.
GOOD_ARTICLES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "harbour-cranes-return",
        "Harbour cranes return to Port Elsa after a two-year refit",
        "PORT ELSA",
        (
            "The four container cranes that dominated the skyline of Port Elsa for three decades "
            "returned to the quay on Tuesday after a refit that took two years and cost the "
            "harbour authority more than it had planned.",
            "Marta Lindqvist, who chairs the authority, said the cranes would be able to lift "
            "the larger vessels now calling at the port, and that the first ship would be "
            "unloaded before the end of the month.",
            "Dock workers' representatives welcomed the return but said the authority still "
            "owed them an answer on the night shifts that were cut while the cranes were away.",
        ),
    ),
    (
        "river-ferry-timetable",
        "River ferry keeps its winter timetable after council vote",
        "ALDERBROOK",
        (
            "The river ferry between Alderbrook and the east bank will keep running every "
            "twenty minutes through the winter, after the town council voted on Monday to "
            "cover the operator's fuel costs until March.",
            "Councillor Peter Oyelaran said the ferry carried more than two thousand people a "
            "day and that the bridge detour added forty minutes for many of them.",
            "The operator, Alder Crossings, had warned in the autumn that it would cut the "
            "service to once an hour unless the council helped with the rising price of diesel.",
        ),
    ),
    (
        "observatory-opens-doors",
        "Mountain observatory opens its doors to school groups",
        "HALVARD PEAK",
        (
            "The observatory on Halvard Peak will open to school groups for the first time "
            "this spring, its director announced on Wednesday, with two evenings a week set "
            "aside for classes from the valley.",
            "Dr. Ines Caraballo said the telescope time came from a new agreement with the "
            "regional education office, which will also pay for the bus that climbs the "
            "mountain road.",
            "Teachers who tried a pilot evening last year said their pupils still talked about "
            "seeing the rings of Saturn through the main instrument.",
        ),
    ),
    (
        "orchard-frost-losses",
        "Late frost costs orchards in the Varn valley half their apricots",
        "VARN",
        (
            "Orchards in the Varn valley lost about half of this year's apricot harvest to a "
            "late frost that settled over the valley on two nights last week, the growers' "
            "cooperative said on Thursday.",
            "Its chairman, Tomasz Wieczorek, said smaller farms without frost fans had been hit "
            "hardest and that the cooperative would ask the province for emergency help.",
            "Cherry and plum trees, which flower later in the valley, appeared to have come "
            "through the cold nights without serious damage.",
        ),
    ),
    (
        "library-late-fees",
        "City library scraps late fees and finds its lost books coming home",
        "MERIDIAN CITY",
        (
            "Six months after the Meridian City library stopped charging late fees, more than "
            "four thousand overdue books have come back to its shelves, the library said in a "
            "report published on Friday.",
            "Head librarian Olufemi Adeyemi said the fees had brought in little money but kept "
            "families away, and that the number of new members had risen by a fifth.",
            "The report recommends keeping the policy and spending the saved collection costs "
            "on longer opening hours at the two branch libraries.",
        ),
    ),
    (
        "rail-signal-upgrade",
        "Signal upgrade ends a decade of delays on the Northern Line",
        "KESTREL JUNCTION",
        (
            "Trains on the Northern Line ran on time on nine days out of ten last month, the "
            "operator said on Monday, the first full month after new signals were switched on "
            "between Kestrel Junction and the coast.",
            "Operations chief Hanne Solberg said the old signals, installed in the nineteen "
            "seventies, had caused most of the delays passengers complained about.",
            "Commuter groups said the improvement was real but asked the operator to restore the "
            "late evening services it cancelled during the works.",
        ),
    ),
    (
        "museum-returns-mask",
        "Museum returns a carved mask to the village it was taken from",
        "SAN ISIDRO DEL MONTE",
        (
            "The national museum handed a carved wooden mask back to the village of San Isidro "
            "del Monte on Saturday, more than a century after a collector took it away.",
            "Village elder Rosa Quispe said the mask would be worn again at the harvest festival "
            "in the autumn, as it had been before it left.",
            "The museum's director said three more objects from the region were being studied "
            "and could be returned next year if their history was confirmed.",
        ),
    ),
    (
        "coastal-wind-farm-approved",
        "Coastal wind farm approved after a year of hearings",
        "BRENNOCK",
        (
            "Planners approved a wind farm of twelve turbines off the coast at Brennock on "
            "Tuesday, ending a year of public hearings that drew fishermen, bird watchers and "
            "the island's ferry company.",
            "The developer, Brennock Offshore, said construction would begin next spring and "
            "that the turbines would supply power to about forty thousand homes.",
            "Fishermen's association spokesman Callum McBride said the conditions on cable "
            "routes met most of their concerns but that they would watch the works closely.",
        ),
    ),
)


def good_path(slug: str, published: datetime) -> str:
    return f"/{published:%Y/%m/%d}/{slug}.html"


def article_page(
    headline: str,
    dateline: str,
    paragraphs: tuple[str, ...],
    published: datetime,
    *,
    head: str = "",
    canonical: str | None = None,
) -> bytes:
    """A real-looking news page: head metadata, JSON-LD, navigation around the article."""
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": published.isoformat(),
            "dateModified": (published + timedelta(hours=1)).isoformat(),
        }
    )
    texts = (f"{dateline} (Hostile Wire) - {paragraphs[0]}", *paragraphs[1:])
    body = "".join(f"<p>{escape(p)}</p>" for p in texts)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(headline)}</title>{link}{head}
<script type="application/ld+json">{ld}</script></head>
<body><nav><a href="/">Home</a> <a href="/tag/region">Region</a></nav>
<article><h1>{escape(headline)}</h1><p class="byline">By Staff Reporter</p>
{body}</article>
<footer>Copyright Hostile Wire. All rights reserved.</footer></body></html>""".encode()


FILLER = (
    "Officials in the district said the matter would be reviewed at the next meeting of the "
    "council, where residents would be invited to speak about the proposal.",
    "A spokesman for the regional office said no decision had been taken and that every "
    "submission would be read before the board voted in the coming weeks.",
)


def plain_article(headline: str, *, head: str = "", canonical: str | None = None) -> bytes:
    """A hostile page that is still an article: the hostility is in its head or title."""
    return article_page(
        headline, "CAPITAL", FILLER, datetime(2020, 7, 2, 9), head=head, canonical=canonical
    )

"""Notes on how a story was made and paid for leave the body wherever they stand, as long
paragraphs too; a story about a grant or a partnership, a note on the story's update and a
disclosure of the author's interests stay. Texts written for these tests."""

from __future__ import annotations

from tasks.boilerplate import drop_furniture_lines, is_disclosure_line
from tasks.pitches import drop_pitches

NOTES = [
    "This investigation was reported and published in collaboration with the Gulf Coast "
    "Reporting Lab and made possible in part by a grant from the Osprey Family Fund, which has "
    "no role in our editorial decisions and does not see stories before they are published.",
    "This story is part of Lakeside Report's Fresh Water series, produced with support from the "
    "Northern Lakes Trust.",
    "Dieser Beitrag entstand in Zusammenarbeit mit dem Recherchenetzwerk Ostsee und wurde mit "
    "Unterstützung der Stiftung Küstenjournalismus gefördert.",
    "Cette enquête a été réalisée en partenariat avec le collectif Vosges Investigations.",
    "Este reportaje ha sido elaborado con el apoyo de la Fundación Mar Abierto.",
    "Esta matéria foi produzida em parceria com o Observatório do Litoral.",
    "Questo reportage è stato realizzato con il sostegno della Fondazione Adriatica.",
    "Deze productie is mede mogelijk gemaakt door het Fonds voor Lokale Journalistiek.",
    "A version of this story appeared in the Sunday edition of the Lakeside Report on May 4.",
    "Republish this story for free under our Creative Commons licence.",
    "Editor's note: Omar Haddad is a retired judge of the state appeals court. He writes a "
    "monthly column on the courts for the Report.",
    "Nota de la redacción: Elena Prieto fue concejala de Urbanismo entre 2015 y 2019.",
    "The views expressed in this op-ed are solely those of the author and not of the Report.",
    "Before you buy stock in Norvale Robotics, consider this: our analysts just named the ten "
    "stocks they like best right now, and Norvale is not one of them.",
    "Lena Fischer has no position in any of the stocks mentioned. Lakeside Report has positions "
    "in and recommends Norvale Robotics.",
]
STORY = [
    "The city received a $3 million grant from the Osprey Family Fund to restore the marsh, "
    "the mayor said.",
    "The investigation, carried out with the state police, found 40 unlicensed boats.",
    "This story began in 2019, when two fishermen found oil on the beach at Carver Point.",
    "Analyst Hugo Brandt said the fund has positions in several robotics makers.",
    "Der Artikel des Grundgesetzes wurde 1994 in Zusammenarbeit mit den Ländern geändert.",
    "Editor's note: This story was updated on June 2 to include the port authority's reply.",
    "Note de la rédaction : cet article a été modifié pour préciser le montant des travaux.",
    # a disclosure of the author's interests is the story's: the corpus keeps it
    "Disclosure: The author owned shares of Norvale Robotics when this story was written.",
    "Transparenzhinweis: Der Autor war bis 2022 Sprecher der Stadtwerke Rostock.",
]


def test_notes_on_a_storys_making_and_funding_leave_in_several_languages() -> None:
    assert all(is_disclosure_line(note) for note in NOTES)
    assert drop_furniture_lines([STORY[0], *NOTES, STORY[1]]) == [STORY[0], STORY[1]]


def test_a_story_about_a_grant_a_joint_investigation_or_a_funds_holdings_stays() -> None:
    assert not any(is_disclosure_line(line) for line in STORY)
    assert drop_furniture_lines(STORY) == STORY


def test_a_plea_for_gifts_and_a_call_to_become_a_member_leave() -> None:
    lines = [
        "Nuestro periodismo no tiene muros de pago. Hazte socio por 4 euros al mes y sostén "
        "las noticias de nuestra comarca sin publicidad para suscriptores.",
        "Nous ne vivons que de vos dons : faites un don, il est déductible de vos impôts.",
        STORY[0],
    ]
    assert drop_pitches(lines, "https://www.lakesidereport.example/a/1") == [STORY[0]]


def test_a_wires_funding_line_leaves() -> None:
    line = (
        "The Associated Press' climate coverage receives financial support from the Harbor "
        "Foundation. The AP is solely responsible for all content."
    )
    assert is_disclosure_line(line)
    assert not is_disclosure_line("The museum receives support from the city, its director said.")

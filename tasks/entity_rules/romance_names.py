"""Tables of places and institutions named in Spanish, Portuguese, Italian or French and written
so in English copy ("the Museo del Prado", "Casa do Rio", "the Teatro Colón", "Rua do Souto").
Data only; the logic is `tasks.entities.whole_names`.

Why: the model reads the foreign head as no name, or as a name of its own, and the rest as a
person or a place ("Reina Sofía" of "the Museo Reina Sofía", "Casa" + "Rio" of "Casa do Rio",
"Osteria" + "Santa Marta" of "Osteria di Santa Marta"), or finds nothing at all ("Museo del
Prado"). A capitalised head that is no English word, then the capitalised words of the name,
perhaps after a particle, is one name however the model cut it. Heads that are English words
too ("Hotel", "Villa", "Via", "Bar", "Place", "Torre") are left out: "Aston Villa", "Via
Twitter, he said", "Joe Torre".
"""

from __future__ import annotations

import re
from typing import Final

# The heads, by the kind of name they make: places (streets, squares, parks, bridges) and
# bodies (museums, theatres, restaurants, foundations, churches, estates).
ROMANCE_PLACE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "Rua", "Calle", "Carrer", "Avenida", "Viale", "Piazza", "Piazzale", "Plaza", "Praça",
        "Plaça", "Parque", "Parco", "Jardín", "Jardim", "Giardino", "Ponte", "Puente", "Paseo",
        "Passeig", "Lungomare", "Praia", "Playa",
    }
)  # fmt: skip
ROMANCE_BODY_HEADS: Final[frozenset[str]] = frozenset(
    {
        "Museo", "Museu", "Musée", "Musei", "Teatro", "Théâtre", "Teatre", "Palacio",
        "Palácio", "Palazzo", "Palais", "Palau", "Galería", "Galeria", "Galleria", "Galerie",
        "Fundación", "Fundação", "Fondazione", "Fondation", "Fundació", "Biblioteca",
        "Bibliothèque", "Casa", "Quinta", "Bodega", "Bodegas", "Cantina", "Trattoria",
        "Osteria", "Taverna", "Taberna", "Tasca", "Ristorante", "Restaurante", "Pizzeria",
        "Hôtel", "Pousada", "Parador", "Château", "Castello", "Castillo", "Castelo", "Igreja",
        "Iglesia", "Chiesa", "Église", "Basílica", "Catedral", "Cattedrale", "Duomo",
        "Mosteiro", "Monasterio", "Convento", "Mercado", "Mercato", "Marché", "Estadio",
        "Estádio", "Stadio", "Universidad", "Universidade", "Università", "Instituto",
        "Istituto", "Banco", "Banca",
    }
)  # fmt: skip
# Particles between the head and the name, or inside the name ("Igreja de São Francisco",
# "Teatro alla Scala", "Musée d'Orsay"), as written: lowercase.
ROMANCE_PARTICLES: Final[tuple[str, ...]] = (
    "de la", "de las", "de los", "de", "del", "della", "dello", "delle", "degli", "dei", "di",
    "da", "do", "dos", "das", "du", "des", "alla", "al", "el", "la",
)  # fmt: skip
_HEADS = "|".join(sorted(ROMANCE_PLACE_HEADS | ROMANCE_BODY_HEADS, key=len, reverse=True))
_PARTICLE = r"(?:" + "|".join(ROMANCE_PARTICLES) + r")[ \t]+|d['’]"  # "d'Orsay"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w-]*(?:['’](?!s\b)[\w-]+)*"  # "Sant'Angelo", not "Prado's"
# The head where a word starts, perhaps after a "the" the model's span may hold too, then one to
# four capitalised words, a particle before each (bounded: a run of capitalised words is read a
# few words at a time); a possessive's "'s" after the name, which the model's span may hold
# too, is no part of it.
ROMANCE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]+)?(?P<name>(?P<head>" + _HEADS + r")"
    r"[ \t]+(?:"
    + _PARTICLE
    + r")?"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _PARTICLE
    + r")?"
    + _NAME_WORD
    + r"){0,3})(?:['’]s\b)?(?![\w'’-])"
)

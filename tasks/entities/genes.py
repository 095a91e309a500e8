"""Symbols of genes and proteins ("a gene called SERPINA9", "the BRCA1 gene", "IL-33
protein") and scans named by letters ("CT scans"): no entities, wherever the article writes the
symbol again.

Why: the model reads a word in capitals as an organization's acronym, and science and health
copy is full of gene and protein symbols; the noun beside the symbol says what it is, and no
company or body is written right before "gene", "protein" or "scan". A symbol the alias table
knows is left (the candidate filter asks the table first). Patterns in
`tasks.entity_rules.genes`.
"""

from __future__ import annotations

from tasks.entity_rules import genes as rules
from tasks.names import fold


def symbol_names(text: str) -> frozenset[str]:
    """Folded symbols the text writes with a gene's, a protein's or a scan's noun."""
    return frozenset(
        fold(found["symbol"])
        for pattern in (rules.SYMBOL_BEFORE_NOUN_RE, rules.NOUN_CALLED_SYMBOL_RE)
        for found in pattern.finditer(text)
    )

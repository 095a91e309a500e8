"""Name folding (`tasks.names`): one key for every spelling of one name."""

from __future__ import annotations

import pytest

from tasks.names import fold


@pytest.mark.parametrize(
    "name", ["al-Qaeda", "Al Qaeda", "Al-Qaeda's", "al-Qaeda’s", "AL‑QAEDA", "the Al  Qaeda"]
)
def test_fold_unifies_spellings_of_one_name(name: str) -> None:
    assert fold(name) == "al qaeda"


def test_fold_strips_diacritics_dots_and_unifies_apostrophes() -> None:
    assert fold("Recep Tayyip Erdoğan") == fold("Recep Tayyip Erdogan")
    assert fold("U.S.") == fold("US") == "us"
    assert fold("al-Qa’ida") == fold("al-Qa'ida") == fold("al-Qaʼida") == "al qa'ida"
    assert fold("The Hague") == "hague"
    assert fold("the") == "the"  # a lone "the" is not dropped to nothing
    assert fold("“Taliban”") == "taliban"

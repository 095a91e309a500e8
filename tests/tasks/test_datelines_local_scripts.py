"""Datelines in local scripts a line-level probe (round 23) found the gazetteer or the punctuation
missing: India's regional-language papers writing the cities they dateline most (New Delhi in
Kannada, Telugu, Malayalam, Gujarati, Punjabi, Odia, Bengali, Tamil, Marathi; Hyderabad,
Bengaluru, Bhubaneswar) in spellings GeoNames lacks; Khmer papers' colon and full stop.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "body", "place", "opens"),
    [
        ("kn", "ನವದೆಹಲಿ: ಕೇಂದ್ರ ಸರ್ಕಾರ ಹೊಸ ಯೋಜನೆಯನ್ನು ಪ್ರಕಟಿಸಿದೆ.", "New Delhi", "ಕೇಂದ್ರ"),
        ("te", "న్యూఢిల్లీ: కేంద్ర ప్రభుత్వం కొత్త పథకాన్ని ప్రకటించింది.", "New Delhi", "కేంద్ర"),
        ("ml", "ന്യൂഡൽഹി: കേന്ദ്ര സർക്കാർ പുതിയ പദ്ധതി പ്രഖ്യാപിച്ചു.", "New Delhi", "കേന്ദ്ര"),
        ("gu", "નવી દિલ્હી: કેન્દ્ર સરકારે નવી યોજના જાહેર કરી.", "New Delhi", "કેન્દ્ર"),
        ("pa", "ਨਵੀਂ ਦਿੱਲੀ: ਕੇਂਦਰ ਸਰਕਾਰ ਨੇ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ।", "New Delhi", "ਕੇਂਦਰ"),
        ("or", "ଭୁବନେଶ୍ୱର: ରାଜ୍ୟ ସରକାର ନୂଆ ଯୋଜନା ଘୋଷଣା କରିଛନ୍ତି।", "Bhubaneswar", "ରାଜ୍ୟ"),
        ("te", "హైదరాబాద్: రాష్ట్ర ప్రభుత్వం కొత్త పథకాన్ని ప్రకటించింది.", "Hyderabad", "రాష్ట్ర"),
        ("ta", "பெங்களூரு: கர்நாடக அரசு புதிய திட்டத்தை அறிவித்தது.", "Bengaluru", "கர்நாடக"),
        # Khmer: the Khmer colon after the place, the khan ending the sentence
        ("km", "ភ្នំពេញ៖ រាជរដ្ឋាភិបាលបានអនុម័តផែនការថ្មី។", "Phnom Penh", "រាជរដ្ឋាភិបាល"),
    ],
)
def test_a_city_in_a_local_script(lang: str, body: str, place: str, opens: str) -> None:
    dateline, rest = parse_dateline(body + "\nA second paragraph.", page_in(lang))
    assert dateline is not None and dateline.place == place
    assert rest.startswith(opens)

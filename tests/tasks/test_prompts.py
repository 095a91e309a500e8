"""Calls to action leave the body: sign-up boxes, follow-us lines, offers and what they list."""

from __future__ import annotations

import pytest

from tasks.extract import extract_page
from tasks.page import ParsedPage
from tasks.prompts import drop_prompts, is_prompt_line

STORY = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs until spring.",
    "Fishermen who moor there said they had not been asked and would appeal the decision.",
    "The board's chair, Mara Lind, said the pier's pilings had rotted faster than expected.",
]


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow the Harbour Desk on Instagram, TikTok and YouTube.",
        "Follow us on X for live updates from the board meeting",
        "Like us on Facebook",
        "Subscribe to our daily briefing.",
        "Sign up for the Coastline newsletter here",
        "Click here to read the board's full decision.",
        "CLICK HERE TO GET THE HARBOUR LEDGER APP",
        "Download our free app for breaking news alerts.",
        "Join our Free Summer Fishing Contest",
        "Thanks for signing up!",
        "Keep an eye on your inbox for our morning email.",
        "There was an error processing your subscription.",
        "Tell us what YOU think...",
        "Have a tip? Reach Jon Vell at jon@harbour.example. Follow him on Twitter.",
        "Get the latest stories right in your inbox. Subscribe to our newsletters.",
        "Get the Harbour Weekly delivered to your door every Friday.",
        "Listen to Harbour Radio live every weekday at noon.",
        "Morning Tide Newsletter",
        "Follow The Harbour Ledger Opinion section on Facebook and Instagram.",
        "Like this story? Share it with a friend!",
        "Comments",
        "12 comments",
        "Folgen Sie uns auf Instagram",
        "Suivez-nous sur Facebook",
    ],
)
def test_a_prompt_leaves_wherever_it_stands(prompt: str) -> None:
    assert is_prompt_line(prompt)
    assert drop_prompts([STORY[0], prompt, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "line",
    [
        "“Subscribe to nothing you cannot cancel,” the board's lawyer told members.",
        "Fishermen follow the tides on their phones, Lind said.",
        "Join the queue, said one skipper, and you wait all morning.",
        "The board will follow its own rules on Facebook posts, a spokesman said.",
        "Newsletters from the board reached few of the fishermen, they said.",
        "Click beetles were found in the rotten pilings, the surveyor said.",
        "Comments from the fishermen were not taken into account, Lind said.",
    ],
)
def test_sentences_that_share_a_prompt_word_stay(line: str) -> None:
    assert not is_prompt_line(line)
    assert drop_prompts([STORY[0], line, STORY[1]]) == [STORY[0], line, STORY[1]]


def test_a_sign_up_box_leaves_its_prompts_and_a_paragraph_between_them_stays() -> None:
    box = [
        "Morning Tide Newsletter",
        "Thanks for signing up!",
        "Keep an eye on your inbox.",
        "There was an error processing your subscription.",
    ]
    assert drop_prompts([*STORY[:2], *box, STORY[2]]) == STORY
    lines = ["Subscribe to our daily briefing.", STORY[0], "Thanks for signing up!", STORY[1]]
    assert drop_prompts(lines) == STORY[:2]


def test_the_list_an_offer_shows_leaves_with_it() -> None:
    offered = [f"- Other story {n} Its summary runs on after the headline." for n in range(3)]
    lines = [*STORY, "Join our Free Summer Fishing Contest", *offered]
    assert drop_prompts(lines) == STORY
    listed = ["- First point of the plan.", "- Second point of the plan."]
    assert drop_prompts([STORY[0], *listed, STORY[1]]) == [STORY[0], *listed, STORY[1]]


def test_extraction_keeps_prompts_out_of_the_body() -> None:
    page = (
        '<html lang="en"><head><title>Pier closes | Ledger</title></head><body><article>'
        f"<h1>Pier closes</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        "<p><strong>Follow the Harbour Desk on Instagram and TikTok.</strong></p>"
        f"<p>{STORY[2]}</p>"
        "<p>Get the latest stories right in your inbox. Subscribe to our newsletters.</p>"
        "</article></body></html>"
    )
    extracted = extract_page(ParsedPage(page, "https://news.example/pier"))
    assert extracted.body.splitlines() == STORY


@pytest.mark.parametrize(
    "prompt",
    [
        "Support local news.",
        "Support independent journalism from just £2 a month.",
        "Support us",
        "Make a donation today to keep stories like this one free.",
        "Donate now",
        "Become a member for $5 a month.",
        "Listen to this article · 3 min",
        "Follow our coverage of the harbour storm",
        "Follow AP's full coverage of the harbour board at https://news.example/harbour",
        "If you enjoyed this article, share it with a friend.",
        "Подписывайтесь на наш канал в Telegram",
    ],
)
def test_appeals_and_coverage_pointers_leave(prompt: str) -> None:
    assert is_prompt_line(prompt)
    assert drop_prompts([STORY[0], prompt, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "line",
    [
        "Support for the pier's repair grew after the storm, Lind said.",
        "Supporters of the fishermen donated nets and rope.",
        "The board will follow the coverage rules of the port authority, Lind said.",
        "If you enjoyed the old pier, you will love the new one, the chair joked.",
    ],
)
def test_sentences_that_share_an_appeal_word_stay(line: str) -> None:
    assert not is_prompt_line(line)
    assert drop_prompts([STORY[0], line, STORY[1]]) == [STORY[0], line, STORY[1]]


@pytest.mark.parametrize("label", ["Share this article", "Share:", "Artikel teilen", "Partager"])
def test_a_share_bar_label_leaves(label: str) -> None:
    assert is_prompt_line(label)
    assert drop_prompts([STORY[0], label, STORY[1]]) == STORY[:2]


def test_share_words_in_the_story_stay() -> None:
    lines = ["Share prices of the harbour company fell 3% on Monday.", "Shares", *STORY]
    assert drop_prompts(lines) == lines


@pytest.mark.parametrize(
    "prompt",
    [
        "Share on Facebook · Share on X · Email",
        "Следите за новостями в нашем Telegram-канале",
        "Ikuti berita terkini dari Kabar Harbour di Google News",
        "Cet article vous a été utile ? Abonnez-vous à notre newsletter.",
    ],
)
def test_share_and_follow_prompts_in_more_languages_leave(prompt: str) -> None:
    assert is_prompt_line(prompt)
    assert drop_prompts([STORY[0], prompt, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "prompt",
    [
        "Have thoughts on this story? Send us a letter to the editor.",
        "We have a small favour to ask.",
        "Want the day's harbour news? Sign up for the morning email.",
        "[Want the latest news on your phone? Download our app.]",
        "Never miss a tide. Sign up for the harbour bulletin.",
        "Wil je elke dag het nieuws uit de haven? Meld je aan voor onze nieuwsbrief.",
        "Téléchargez l’application du Phare pour suivre l’actualité du port.",
        "Iscriviti alla newsletter del Faro: ogni mattina le notizie del porto.",
        "Receba as notícias do Farol no seu WhatsApp.",
        "Dapatkan update berita pelabuhan setiap hari dari Suara Dermaga.",
        "تابعونا على تطبيق واتساب لمتابعة أخبار الميناء",
        "点击下载海港日报客户端，获取更多本地新闻。",
        "[항구일보 앱 설치하고 주요 뉴스를 받아보세요]",
        "この記事をシェアする",
        "बंदरगाह की ताज़ा ख़बरें पढ़ने के लिए हमारा ऐप डाउनलोड करें।",
        "Alles Wichtige vom Hafen – jeden Morgen kostenlos in Ihrem Postfach.",
        "The harbour's best stories, delivered to your inbox.",
    ],
)
def test_calls_to_action_in_more_forms_and_languages_leave(prompt: str) -> None:
    assert is_prompt_line(prompt)
    assert drop_prompts([STORY[0], prompt, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "line",
    [
        "“We have a small favour to ask of the council,” the skipper said, and it said no.",
        "Why did the pier close? The board said the pilings had rotted through.",
        "The board's app was downloaded 2,000 times, Lind said.",
        "Phishing emails landed in inboxes across the harbour office last week.",
        "Fishermen had thoughts on the plan, but the board did not ask them.",
    ],
)
def test_story_lines_near_those_calls_stay(line: str) -> None:
    assert not is_prompt_line(line)


@pytest.mark.parametrize(
    "prompt",
    [
        "Listen to this episode",
        "Subscribe: Apple Podcasts | Spotify | Pocket Casts",
        "Artikel anhören",
        "Posłuchaj artykułu",
        "Écouter cet article",
        "Catch all the Politics News and Latest Updates on the Harbour Ledger.",
        "Подписывайтесь на «Портовые новости» в Telegram: главное за день.",
    ],
)
def test_audio_player_labels_podcast_offers_and_closing_offers_are_prompts(prompt: str) -> None:
    assert is_prompt_line(prompt)
    assert drop_prompts([*STORY[:2], prompt, STORY[2]]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Spotify said on Tuesday it would cut 200 jobs in the city.",
        "Listen to the fishermen and you hear a different story.",
        "Подписывайтесь на рассылку, призвал мэр жителей города.",
    ],
)
def test_story_lines_naming_a_platform_or_a_call_stay(line: str) -> None:
    assert not is_prompt_line(line)


@pytest.mark.parametrize("call", ["Join now", "Word lid", "Jetzt spenden", "Abbonati ora"])
def test_a_buttons_call_alone_is_a_prompt_and_a_sentence_with_its_words_is_not(call: str) -> None:
    assert is_prompt_line(call)
    assert not is_prompt_line(f"{call} was what the banner over the harbour said.")


def test_a_confidential_tip_prompt_leaves() -> None:
    assert is_prompt_line("Got a confidential news tip? We want to hear from you.")
    assert not is_prompt_line("Got a confidential tip from a friend, she called the police.")


def test_a_pointer_to_the_full_report_leaves() -> None:
    story = ["The study found that shaded homes used less power."]
    pointer = "Read the full report, “Shade and Power,” on the institute's website."
    assert drop_prompts([*story, pointer]) == story
    quoted = "“Read the full report and you will see the warnings,” she said."
    assert drop_prompts([*story, quoted]) == [*story, quoted]

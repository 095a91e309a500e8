"""Boxes that ask the reader to follow the publisher elsewhere, read from the page's markup and
taken out of the body: a WhatsApp or Telegram channel, Google News, a LINE or KakaoTalk friend,
the app in an app store ("📲 Receba as notícias da Folha no WhatsApp. Entre no canal", "Follow
us on Google News", "카카오톡 채널에서 … 추가하고 …", "Join Now").

Why: Indian, Brazilian, Indonesian, Arabic, Korean and Japanese sites set such a box between the
story's paragraphs, in words that change with every publisher and language, and the extractor
keeps its pitch as a paragraph; the site's and the platform's names in it become false entities.
What every such box holds, in any language, is a link to a platform's page for following a
publisher (`FOLLOW_ENDPOINTS`): a channel, a publication, an add-friend page, an app's store
listing. A story cites a platform's post, not the page that subscribes to a channel; a Telegram
channel counts only when it is the site's own (its name and the site's share their first
`MIN_SHARED_NAME_CHARS` characters), as politicians' and agencies' channels are sources. The box is
the link's block or an element up to `MAX_BOX_LEVELS` above it, small beside the text around it
and with short blocks only (`tasks.linked_teasers.largest_box`), as a sign-up box is.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from tasks.linked_teasers import box_texts, largest_box, site_of
from tasks.markup import TEXT_BLOCKS, PageMarkup

# (host, path prefix) of the pages where a reader follows a publisher; a host matches itself and
# its subdomains ("www.whatsapp.com").
FOLLOW_ENDPOINTS: Final[tuple[tuple[str, str], ...]] = (
    ("whatsapp.com", "/channel/"),
    ("news.google.com", "/publications/"),
    ("google.com", "/preferences/source"),
    ("line.me", "/r/ti/p/"),
    ("pf.kakao.com", "/"),
    ("media.naver.com", "/press/"),
    ("apps.apple.com", "/"),
    ("play.google.com", "/store/apps/"),
)
# Telegram: a channel ("t.me/harbourgazette"), an invitation ("t.me/+AbC…"); a post
# ("t.me/harbourgazette/5120") is a source the story cites.
TELEGRAM_HOSTS: Final = frozenset({"t.me", "telegram.me"})
MIN_SHARED_NAME_CHARS: Final = 5
MAX_BOX_LEVELS: Final = 3
MAX_BOX_BLOCK_CHARS: Final = 300
_NOT_NAME: Final = re.compile(r"[\W_]+")


def _own_channel(path: str, site: str) -> bool:
    """Is the Telegram address the site's own channel or an invitation, not a post?"""
    parts = [part for part in path.split("/") if part]
    if len(parts) != 1:
        return False
    if parts[0].startswith("+"):
        return True
    channel = _NOT_NAME.sub("", parts[0].lower())
    name = _NOT_NAME.sub("", site.split(".")[0])
    shared = min(MIN_SHARED_NAME_CHARS, len(name))
    return shared > 0 and channel[:shared] == name[:shared]


def is_follow_link(href: str, site: str) -> bool:
    """Does `href` lead to a platform's page for following a publisher (see the module)?"""
    url = urlsplit(href.strip())
    host = url.netloc.lower().split(":")[0]
    path = url.path.lower()
    if host in TELEGRAM_HOSTS:
        return _own_channel(url.path, site)
    return any(
        (host == name or host.endswith("." + name)) and path.startswith(prefix)
        for name, prefix in FOLLOW_ENDPOINTS
    )


def channel_box_lines(markup: PageMarkup, url: str) -> frozenset[str]:
    """The texts of the blocks and links of the page's follow-us boxes (see the module)."""
    site = site_of(urlsplit(url).netloc)
    found: set[str] = set()
    for link in markup.links:
        if not is_follow_link(link.get("href") or "", site):
            continue
        block = next((el for el in link.iterancestors() if el.tag in TEXT_BLOCKS), None)
        box = largest_box(
            block, lambda el: markup.short_blocks(el, MAX_BOX_BLOCK_CHARS), markup, MAX_BOX_LEVELS
        )
        if box is not None:
            found |= box_texts(box, markup)
    return frozenset(found)

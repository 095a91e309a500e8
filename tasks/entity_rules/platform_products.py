"""Tables of the products, services and software of the largest consumer-technology makers
("Siri", "Alexa", "Chrome", "Xbox", "MacBooks"), each under its maker. Data only; the logic is
`tasks.entities.platform_products`.

Why a table: reviews, deals posts and software news name these lines alone, with no cue in the
sentence ("Siri can now read messages", "works with Alexa", "in the Chrome browser"), and the
model tags them as organizations, people or places; the labels' convention is that products,
services and software are no entities, while the maker is. The names are few and stable, and
each counts only in a text that names its maker: "Alexa" in a text without Amazon may be a
person, "Echo" a newspaper. Not here: subsidiaries and services that are companies of their own
and are labelled as such (YouTube, Instagram, WhatsApp, Fitbit, Ring, Waymo, LinkedIn, Twitch),
and lines that are common words ("Switch", "Teams", "Surface", "Office", "Pages", "Quest").
Keys are folded (`tasks.names.fold`): "Joy-Cons" is "joy cons", "Alexa+" is "alexa".
"""

from __future__ import annotations

import re
from typing import Final

PLATFORM_PRODUCTS: Final[dict[str, frozenset[str]]] = {
    "apple": frozenset(
        {
            "iphone", "iphones", "ipad", "ipads", "ipod", "mac", "macs", "imac", "macbook",
            "macbooks", "macbook air", "macbook airs", "airpods", "homepod", "homepods",
            "apple watch", "apple tv", "app store", "siri", "facetime", "icloud", "itunes",
            "safari", "carplay", "apple carplay", "airplay", "airdrop", "airtag", "airtags",
            "vision pro", "ios", "macos", "ipados", "watchos", "visionos", "apple music",
            "apple pay", "apple cash", "apple arcade", "apple card", "apple pencil",
            "magsafe", "touch bar", "airpower", "webkit", "xcode", "final cut", "final cut pro",
            "logic pro",
        }
    ),
    "google": frozenset(
        {
            "chrome", "chromecast", "chromebook", "chromebooks", "chromeos", "android",
            "android auto", "pixel", "pixels", "gmail", "google maps", "google play",
            "play store", "stadia", "google stadia", "google assistant", "google home",
            "google tv", "youtube tv", "gemini", "bard", "nest", "google nest", "google lens",
            "google photos", "google drive", "google docs",
        }
    ),
    "amazon": frozenset(
        {
            "alexa", "amazon alexa", "echo", "echo dot", "echo show", "kindle", "kindles",
            "kindle paperwhite", "fire tv", "fire stick", "amazon prime", "prime video", "luna",
            "amazon luna",
            "amazon music", "amazon music unlimited", "prime day",
        }
    ),
    "microsoft": frozenset(
        {
            "windows", "xbox", "xbox one", "xbox series x", "xbox series s", "xbox live",
            "game pass", "xbox game pass", "xbox cloud gaming", "xcloud", "project xcloud",
            "bing", "azure", "copilot", "minecraft", "hololens", "kinect", "powerpoint",
            "microsoft teams",
        }
    ),
    "sony": frozenset(
        {
            "playstation", "ps4", "ps5", "playstation plus", "playstation vr", "dualshock",
            "dualsense", "walkman", "bravia", "playstation portal", "playstation network",
        }
    ),
    "nintendo": frozenset(
        {"joy con", "joy cons", "wii", "game boy", "gamecube", "nintendo switch online"}
    ),
    "nvidia": frozenset({"geforce", "geforce now", "geforce rtx", "shield tv"}),
    "valve": frozenset({"steam", "steam deck"}),
    "paramount": frozenset({"cbs all access", "paramount plus"}),
    "cbs": frozenset({"cbs all access"}),
    "openai": frozenset({"chatgpt", "sora", "dall e"}),
    "samsung": frozenset({"galaxy", "galaxy buds", "galaxy watch", "bixby", "tizen"}),
}  # fmt: skip

# Consoles, controllers and game services whose names are nothing else ("Xbox One X", "PS4
# Pro", "the DualShock", "Project xCloud"): products wherever they stand, maker named or not.
# "Xbox" and "PlayStation" alone also name the makers' divisions, so they stay under Microsoft
# and Sony above.
GAMING_PLATFORMS: Final[frozenset[str]] = frozenset(
    {
        "xbox one", "xbox one x", "xbox one s", "xbox 360", "xbox series x", "xbox series s",
        "xbox live", "xbox game pass", "xbox cloud gaming", "xcloud", "project xcloud",
        "playstation 4", "playstation 5", "playstation plus", "playstation portal", "ps3",
        "ps4", "ps5", "ps vita", "dualshock", "dualsense", "nintendo switch", "wii u",
        "gamecube", "game boy", "stadia", "google stadia", "geforce now", "steam deck",
    }
)  # fmt: skip

# Web browsers, named nothing else ("plug-ins for Firefox and Chrome", "the Tor Browser"):
# software wherever they stand, maker named or not. Not here: engines whose names are common
# words or companies' ("Blink", "Gecko", "Opera").
BROWSERS: Final[frozenset[str]] = frozenset(
    {
        "firefox", "firefox nightly", "chrome", "google chrome", "chromium", "tor browser",
        "internet explorer", "microsoft edge", "thunderbird",
    }
)  # fmt: skip

# A library's or a source file's name, a word and a code file's ending ("Backbone.js",
# "Region.jsm", "setup.py"): software in any text. A web address's ending ("Edmunds.com") is a
# name's (`tasks.entity_rules.WEB_SUFFIXES`).
CODE_FILE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\.(?:js|jsm|mjs|ts|tsx|jsx|py|rb|php|css|json|dll|exe|sh)\Z", re.IGNORECASE
)
# An error's or a warning's class in a program ("TypeError", "NullPointerException",
# "DeprecationWarning"): one word run together of capitalised parts, the last one of these. No
# company is written so.
CODE_ERROR_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\A(?:[A-Z][a-z0-9]*)+(?:Error|Exception|Warning)\Z"
)

# Programming languages, frameworks and developer tools: software, no entities, in a text about
# programming (one of `PROGRAMMING_CUES` among its words), where "languages like TypeScript",
# "inline JavaScript" and "Java HTTP endpoints" are read as organizations, people and places. Not
# here: names that are also common words or names ("Go", "Swift", "Cargo", "Rust", "Ruby") and
# makers that are companies (GitHub, Mozilla). Folded keys: "C++" and "C#" fold to "c" and stay
# out.
PROGRAMMING_NAMES: Final[frozenset[str]] = frozenset(
    {
        "python", "java", "javascript", "typescript", "haskell", "kotlin", "scala", "perl",
        "php", "golang", "clojure", "erlang", "elixir", "fortran", "cobol", "lisp", "ocaml",
        "css", "html", "html5", "sql", "graphql", "webassembly", "react", "react js", "reactjs",
        "angular", "angularjs", "vue", "vue js", "node js", "nodejs", "deno", "django", "flask",
        "ruby on rails", "jquery", "llvm", "gcc", "rustup", "clippy", "npm", "webpack", "flash",
        "adobe flash", "linux", "unix", "kubernetes", "docker", "tensorflow", "pytorch",
    }
)  # fmt: skip
# Words that make a text one about programming (folded).
PROGRAMMING_CUES: Final[frozenset[str]] = frozenset(
    {"programming", "compiler", "compilers", "codebase", "developer", "developers", "coding"}
)

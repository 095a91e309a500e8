"""Property tests stay sound while another thread draws from the global `random`.

Prefect's event client keeps a websocket open in a background thread of every test worker that
ran a flow, and websockets pings with `random.getrandbits`. Hypothesis compares the global
random state before and after drawing a test's arguments and warns when it moved, taking the
other thread's ping for a strategy that uses `random`; with warnings as errors that failed a
property test at random (CI, stop 25). Our strategies never touch `random`, so the warning is
filtered (pyproject.toml) and this test makes the race certain instead of rare.
"""

import random
import sys
import threading
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.fixture
def pinging_thread() -> Iterator[None]:
    stop = threading.Event()

    def ping() -> None:
        while not stop.is_set():
            random.getrandbits(32)

    # Switch threads every microsecond (default 5 ms) so that pings land inside the draws.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    thread = threading.Thread(target=ping, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        sys.setswitchinterval(interval)


@settings(max_examples=50, deadline=None)
@given(text=st.text(min_size=100, max_size=2000))
def _drawn_while_pinging(text: str) -> None:
    assert isinstance(text, str)


def test_strategies_draw_while_another_thread_uses_random(pinging_thread: None) -> None:
    _drawn_while_pinging()

"""The bad-input campaign inside make test: a few hundred generated cases over every algorithm, through
processing.run (make fuzz runs 10,000). Each must end in a result or a clear message, change no input,
leave no partial or staged file and leak no planted ID card or mobile number into any output or log."""

from __future__ import annotations

import os

import pytest

CASES = int(os.environ.get("CAMPAIGN_CASES", "300"))


@pytest.fixture(scope="module")
def campaign(processing_ready):
    from .fuzz.campaign import Campaign

    with Campaign() as c:
        yield c


def test_the_detector_would_see_a_leak():
    """The campaign's own check finds a planted number written in clear, full-width, in groups or with dashes,
    and does not take a masked one for it."""
    from .fuzz.runner import leaked

    planted = ["13912345678", "11010519491231002X", "15800001111"]
    texts = ["电话 １３９ １２３４ ５６７８，证件 110105-19491231-002x", '{"name": "158****1111 110105**********2X"}']
    assert leaked(planted, texts) == ["11010519491231002X", "13912345678"]


def test_every_case_ends_clearly_and_safely(campaign):
    for seed in range(CASES):
        campaign.run(seed)
    kinds = {o.kind for o in campaign.outcomes}
    algorithms = {o.case.algorithm for o in campaign.outcomes}
    assert len(algorithms) == 13 and kinds >= {"ok", "clear"}
    assert campaign.all_good(), campaign.report(0)

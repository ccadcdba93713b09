"""The sample's review is unchanged by refactoring: the whole review.json against a golden copy.

The golden file was written by the review as it stood before the pipeline was rebuilt (issue 12);
only what depends on when and from where the review ran is left out (`sources`, which holds read and
file times and paths, and `run_id`). A deliberate change to the review's results updates the golden
file with `make golden`, in the same commit, so the diff shows every changed verdict.
"""

from __future__ import annotations

import json

from .conftest import ROOT, SAMPLE

GOLDEN = ROOT / "test" / "data" / "sample_review.golden.json"
VOLATILE = ("sources", "run_id")


def comparable(review: dict) -> dict:
    """The review without what depends on the time and place of the run."""
    return {k: v for k, v in review.items() if k not in VOLATILE}


def test_sample_review_equals_the_golden_copy(tmp_path, processing_ready):
    import processing

    s = str(SAMPLE)
    params = {role.upper(): f"{s}|layername={role}" for role in
              ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas", "green_spaces")}
    params.update(DISTANCE="both", OUTPUT_JSON=str(tmp_path / "review.json"), OUTPUT_GPKG=str(tmp_path / "review.gpkg"))
    processing.run("smart_community:review", params)
    review = json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got, want = comparable(review), comparable(golden)
    assert got.keys() == want.keys()
    for key in want:
        if key == "checks":
            assert [c["id"] for c in got[key]] == [c["id"] for c in want[key]]
            for a, b in zip(got[key], want[key]):
                assert a == b, a["id"]
        else:
            assert got[key] == want[key], key

"""The small frozen value classes (wbseller._frozen.Frozen) behave as the frozen dataclasses they
replaced: equal by value, hashable, no assignment, the same repr, pickled and copied; and what
`import wbseller` leaves for first use (drift, /ping) is still there by its old names."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest

import wbseller
from wbseller.limits import Bucket, Rate
from wbseller.retry import Attempt, GiveUp, NotTaken, Retry, RetryPolicy
from wbseller.transport import RETURN, Decision


def test_values_compare_hash_and_print_as_dataclasses_did() -> None:
    assert Retry(1.5, "429 from WB") == Retry(1.5, "429 from WB")
    assert Retry(1.5) != Retry(2.0) and Retry(1.5) != GiveUp()
    assert len({Rate(1, 2.0, 3), Rate(1, 2.0, 3), Rate(1, 2.0, 4)}) == 2
    assert repr(Retry(1.5, "x")) == "Retry(after=1.5, reason='x')"
    assert repr(GiveUp("no", unsafe=True)) == "GiveUp(reason='no', unsafe=True)"
    assert repr(Attempt(2, None, True)) == "Attempt(number=2, operation=None, idempotent=True)"
    assert repr(RetryPolicy()) == (
        f"RetryPolicy(max_retries=3, backoff_base=0.5, backoff_cap=30.0, statuses={RetryPolicy().statuses!r})"
    )
    assert repr(Bucket("s1", "content", Rate(100, 60.0, 5))) == (
        "Bucket(account='s1', name='content', rate=Rate(limit=100, period=60.0, burst=5))"
    )
    assert Decision("return") == RETURN and RETURN.wait == 0.0 and RETURN.error is None


def test_buckets_key_and_rates_interval_are_made_once() -> None:
    rate = Rate(100, 60.0, 5)
    bucket = Bucket("s1", "content", rate)
    assert rate.interval == 0.6 and bucket.key == "s1:content"
    assert bucket == Bucket("s1", "content", Rate(100, 60.0, 5))
    with pytest.raises(ValueError, match="limit and burst must be >= 1"):
        Rate(0, 60.0, 5)


@pytest.mark.parametrize(
    "value",
    [Rate(1, 1.0, 1), Bucket("a", "b", Rate(1, 1.0, 1)), Retry(1.0), GiveUp(), RetryPolicy(max_retries=5)],
)
def test_values_cannot_change_and_survive_pickle_and_copy(value: object) -> None:
    with pytest.raises(FrozenInstanceError):
        value.reason = "changed"  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        del value.__slots__  # type: ignore[attr-defined]
    for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert again == value and hash(again) == hash(value) and type(again) is type(value)


def test_not_taken_holds_its_error() -> None:
    error = ValueError("x")
    assert NotTaken(error).error is error


def test_import_leaves_drift_and_ping_for_first_use() -> None:
    code = "import sys, wbseller; print('wbseller.drift' in sys.modules, 'wbseller.ping' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
    from wbseller.drift import RawItem
    from wbseller.ping import PingResult

    assert wbseller.RawItem is RawItem and wbseller.PingResult is PingResult
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = wbseller.Nope  # type: ignore[attr-defined]

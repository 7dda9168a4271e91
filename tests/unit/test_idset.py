"""IdSet: the compact set behind the cursor lists' once-each guarantee, exact like a set."""

from __future__ import annotations

import random

from wbseller.idset import DENSE, IdSet


def test_behaves_like_a_set_sparse_dense_and_negative() -> None:
    rng = random.Random(7)
    values = (
        rng.sample(range(10**7, 5 * 10**8), 3000)  # sparse: a few per chunk
        + list(range(10**8, 10**8 + DENSE + 10))  # one chunk past DENSE: turns into a bitmap
        + [0, 65535, 65536, 2**40 + 3, -1, -(10**9)]  # chunk edges, big and negative IDs
    )
    rng.shuffle(values)
    ours, ref = IdSet(), set()
    for v in values + values[:500]:  # repeats must be refused
        assert ours.add(v) is (v not in ref)
        ref.add(v)
    assert len(ours) == len(ref)
    assert all(v in ours for v in ref)
    probes = [v + d for v in values[:2000] for d in (-1, 1)] + rng.sample(range(-(10**6), 10**9), 2000)
    assert all((p in ours) is (p in ref) for p in probes)
    assert "1" not in ours and None not in ours

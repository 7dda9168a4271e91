"""A set of non-negative integer IDs (nmIDs) in a few bytes each, for lists that must hand out
every ID once over 100,000s of items: a Python set of ints costs ~70 bytes per ID (the int
object and its slot), this one 2 bytes while IDs are sparse and a bit each once they are dense.

IDs are grouped by their upper bits into chunks of 65,536: a sparse chunk is a sorted array of
the lower 16 bits, a dense one (over 4,096 IDs) a bitmap of 8 KiB (the "roaring bitmap" layout).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

CHUNK_BITS = 16
LOW_MASK = (1 << CHUNK_BITS) - 1
DENSE = 4096  # above this many IDs a chunk's bitmap (8 KiB) is smaller than its array


class IdSet:
    __slots__ = ("_chunks", "_len", "_other")

    def __init__(self) -> None:
        self._chunks: dict[int, array[int] | bytearray] = {}
        self._other: set[int] = set()  # negative IDs (none expected): kept exactly all the same
        self._len = 0

    def add(self, value: int) -> bool:
        """Add `value`; True if it was not there yet."""
        if value < 0:
            if value in self._other:
                return False
            self._other.add(value)
            self._len += 1
            return True
        high, low = value >> CHUNK_BITS, value & LOW_MASK
        chunk = self._chunks.get(high)
        if chunk is None:
            self._chunks[high] = array("H", (low,))
        elif isinstance(chunk, bytearray):
            byte, bit = low >> 3, 1 << (low & 7)
            if chunk[byte] & bit:
                return False
            chunk[byte] |= bit
        else:
            i = bisect_left(chunk, low)
            if i < len(chunk) and chunk[i] == low:
                return False
            chunk.insert(i, low)
            if len(chunk) > DENSE:
                self._chunks[high] = _bitmap(chunk)
        self._len += 1
        return True

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        if value < 0:
            return value in self._other
        chunk = self._chunks.get(value >> CHUNK_BITS)
        if chunk is None:
            return False
        low = value & LOW_MASK
        if isinstance(chunk, bytearray):
            return bool(chunk[low >> 3] & (1 << (low & 7)))
        i = bisect_left(chunk, low)
        return i < len(chunk) and chunk[i] == low

    def __len__(self) -> int:
        return self._len


def _bitmap(lows: array[int]) -> bytearray:
    bits = bytearray(1 << (CHUNK_BITS - 3))
    for low in lows:
        bits[low >> 3] |= 1 << (low & 7)
    return bits

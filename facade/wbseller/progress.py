"""Progress of long transfers (WBD content uploads and downloads).

`progress=True` draws a tqdm bar (install the extra: `pip install wbseller[progress]`); a callable
receives `(done_bytes, total_bytes)` after each step (`total_bytes` is None while still unknown,
e.g. before a download's first answer); None or False reports nothing. The bar counts in decimal
units (k = 1000, M = 1000², as "MB" means): tqdm writes its counts without the unit ("30.0M/30.0M"),
so 1024-based ones would show a 30 MB file as "28.6M".

    wb.wbd.upload_content("film.mp4", ..., progress=True)
    wb.wbd.upload_content("film.mp4", ..., progress=lambda done, total: print(done, total))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ProgressCallback = Callable[[int, int | None], None]
ProgressArg = bool | ProgressCallback | None
UNIT_DIVISOR = 1000  # decimal units, see above


class Reporter:
    """Reports one transfer's progress to a callable or a tqdm bar. The bar is only drawn on the
    first report, so a request refused before anything moved leaves no empty bar behind."""

    def __init__(
        self, callback: ProgressCallback | None = None, bar_factory: Any = None, desc: str = ""
    ) -> None:
        self._callback = callback
        self._bar_factory = bar_factory  # tqdm.tqdm, when progress=True
        self._desc = desc
        self._bar: Any = None

    def __call__(self, done: int, total: int | None) -> None:
        if self._callback is not None:
            self._callback(done, total)
        if self._bar_factory is None:
            return
        if self._bar is None:
            self._bar = self._bar_factory(
                total=total, unit="B", unit_scale=True, unit_divisor=UNIT_DIVISOR, desc=self._desc
            )
        if total is not None and self._bar.total != total:
            self._bar.total = total  # a download learns its size from the first answer
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def reporter(progress: ProgressArg, desc: str) -> Reporter:
    """The Reporter for a `progress=` argument. With progress=True and no tqdm installed, an
    ImportError says which extra to install (raised before anything is sent)."""
    if progress is None or progress is False:
        return Reporter()
    if progress is True:
        try:
            import tqdm  # here: an optional dependency, and only progress bars need it
        except ImportError as e:
            raise ImportError("progress=True needs tqdm: pip install 'wbseller[progress]'") from e
        return Reporter(bar_factory=tqdm.tqdm, desc=desc)
    if callable(progress):
        return Reporter(callback=progress)
    raise TypeError(f"progress: expected True, False, None or a callable(done, total), got {progress!r}")

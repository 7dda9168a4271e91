"""`wbseller cards export`: every product card to JSON lines or CSV, through the facade's cursor
walk (client.content.iter_cards), resumable after a crash.

Resuming: with --resume FILE, after each page the output is flushed and synced, then FILE gets
(atomically: a temporary file renamed over it) the cursor of that page and the output's size at
that point. A rerun with the same FILE cuts the output back to that size (dropping the lines of a
page that was cut short) and asks WB for the cards after the cursor: every card once, none lost.
An output deleted, or shorter than FILE recorded, since is started over (with a line saying so).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import click

from ..errors import WBError
from ..pagination import Cursor, Pages
from ..services.content import ALL_CARDS, WITH_PHOTO, WITHOUT_PHOTO
from ._app import INTERRUPTED, USAGE, App, CliError, code_of, one_line, pass_app
from ._io import counter, wanted
from .card_lines import (
    CSV_COLUMNS,
    SIZE_COLUMNS,
    header,
    line,
)

STATE_VERSION = 1


# --- the resume file ------------------------------------------------------------------------------
@dataclass
class ExportState:
    """What --resume FILE holds: the request (a resume must ask for the same list), where the
    export stands (the cursor after the last whole page, the output's size then) and whether it
    finished."""

    query: dict[str, Any]
    output: str
    cursor: dict[str, Any] | None = None
    output_bytes: int = 0
    cards: int = 0
    done: bool = False
    version: int = STATE_VERSION

    @classmethod
    def load(cls, path: Path) -> ExportState | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except ValueError as e:
            raise CliError(f"{path}: not a resume file of `cards export` ({e})", USAGE) from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise CliError(f"{path}: not a resume file of `cards export` (version {STATE_VERSION})", USAGE)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def save(self, path: Path) -> None:
        """Write to a temporary file, sync it, rename it over `path`: a crash leaves the old
        state or the new one, never half of one."""
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(asdict(self), f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except OSError:  # a full disk: the old state stands, and no half-written temporary file
            tmp.unlink(missing_ok=True)
            raise


def _start(resume: Path | None, query: dict[str, Any], output: str) -> tuple[ExportState, bool]:
    """The export's state, and whether it resumes an earlier run."""
    target = str(Path(output).resolve()) if output != "-" else "-"
    state = ExportState.load(resume) if resume else None
    if state is None:
        return ExportState(query, target), False
    if state.query != query or state.output != target:
        raise CliError(
            f"{resume} belongs to another export ({state.output}, {state.query}); "
            "give the same options, or another --resume file",
            USAGE,
        )
    # the state speaks of the output as it was: a file deleted or cut since cannot be gone on
    # from (nor is it "complete"), so the export starts over, saying why
    size = os.path.getsize(target) if os.path.exists(target) else None
    if size is None:
        why = "is gone"
    elif size < state.output_bytes:
        why = f"has {size} bytes, fewer than the {state.output_bytes} that {resume} recorded"
    else:
        return state, True
    click.echo(f"wbseller: {output} {why}: starting the export over", err=True)
    return ExportState(query, target), False


@contextmanager
def _output(output: str, state: ExportState, resuming: bool) -> Iterator[IO[bytes]]:
    if output == "-":
        sys.stdout.flush()
        yield sys.stdout.buffer
        return
    # unbuffered: what write() returned is in the file, so a full disk leaves whole lines we know
    # of (a buffer would keep writing the rest of a line after the cut)
    if not resuming:
        with open(output, "wb", buffering=0) as f:
            yield f
        return
    if not os.path.exists(output):
        raise CliError(f"{output} is gone; start over without that --resume file", USAGE)
    with open(output, "r+b", buffering=0) as f:
        size = f.seek(0, os.SEEK_END)
        if size < state.output_bytes:
            raise CliError(
                f"{output} has {size} bytes, fewer than the {state.output_bytes} the resume file "
                "recorded: it was changed; start over without that --resume file",
                USAGE,
            )
        f.truncate(state.output_bytes)  # lines of a page cut short: that page comes again
        f.seek(state.output_bytes)
        yield f


# --- the export -----------------------------------------------------------------------------------
@dataclass
class Export:
    """One run: writes cards, and (with a resume file) records each page boundary."""

    fmt: str
    out: IO[bytes]
    state: ExportState
    resume: Path | None
    written: int = 0
    formulas: bool = False  # CSV cells as WB sent them, formula-like ones included
    whole: int = 0  # the output's size after its last whole line

    def write(self, data: bytes) -> None:
        """All of `data`, or an OSError with the output cut back to its last whole line: a full
        disk leaves no partial line (an unbuffered file may take part of a write)."""
        try:
            view = memoryview(data)
            while view:
                n = self.out.write(view)
                if not n:
                    raise OSError(errno.EIO, "the output took no bytes")
                view = view[n:]
        except OSError:
            self.cut()
            raise
        self.whole += len(data)

    def cut(self) -> None:
        """Drop whatever follows the last whole line (nothing to do on a pipe)."""
        with contextlib.suppress(OSError, ValueError):
            if self.out.seekable():
                self.out.truncate(self.whole)
                self.out.seek(self.whole)

    def checkpoint(self, cursor: Cursor | None, done: bool = False) -> None:
        """Everything written so far is on disk, then the state says so."""
        self.out.flush()
        if self.resume is None:
            return
        os.fsync(self.out.fileno())
        self.state.cursor = cursor.as_dict() if cursor else None
        self.state.output_bytes = self.out.tell()
        self.state.cards = self.written
        self.state.done = done
        self.state.save(self.resume)

    def run(self, pages: Pages[Any], show: Callable[[int], None]) -> None:
        saved = pages.cursor
        for card in pages:
            if pages.cursor != saved:  # the cards before this one are whole pages up to the cursor
                saved = pages.cursor
                self.checkpoint(saved)
            self.write(line(self.fmt, card.to_dict(), self.formulas))
            self.written += 1
            show(self.written)
        self.checkpoint(pages.cursor, done=True)

    def settle(self, pages: Pages[Any]) -> None:
        """After a stop: make the output hold exactly what the resume file records. The list
        moves its cursor only once a page is handed out whole, so a cursor past the last
        checkpoint means those cards are all written: record them. Otherwise drop the lines of
        the page cut short (a rerun asks for it again), so the count said is what the file has."""
        if self.resume is None:
            return
        recorded = Cursor.from_dict(self.state.cursor) if self.state.cursor else None
        if pages.cursor != recorded:
            with contextlib.suppress(OSError):  # a full disk: the last checkpoint stands
                self.checkpoint(pages.cursor)
                return
        self.out.truncate(self.state.output_bytes)
        self.whole = self.state.output_bytes
        self.written = self.state.cards


def _stopped(error: BaseException, export: Export, resume: Path | None, output: str) -> CliError:
    if isinstance(error, KeyboardInterrupt):
        what = "interrupted"
    elif isinstance(error, OSError):
        what = f"cannot write {output}: {error.strerror or error}"
    else:
        what = one_line(error)
    if resume is None:
        hint = f"{export.written} card(s) written; --resume FILE makes an export resumable"
    else:
        hint = (
            f"{export.state.cards} card(s) saved in {output}; "
            f"run the same command again to go on from {resume}"
        )
    return CliError(
        f"{what}; {hint}", INTERRUPTED if isinstance(error, KeyboardInterrupt) else code_of(error)
    )


@click.group("cards")
def group() -> None:
    """Product cards (the content API)."""


@group.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "sizes"]),
    default="jsonl",
    show_default=True,
    help="jsonl: each card as WB returns it; csv: the columns " + ", ".join(CSV_COLUMNS) + "; sizes: "
    "a row per size with the columns " + ", ".join(SIZE_COLUMNS) + " (amount empty): fill in "
    "amounts and give it to `stocks set`.",
)
@click.option("--json", "as_json", is_flag=True, help="The same as --format jsonl.")
@click.option(
    "-o", "--output", default="-", show_default=True, metavar="FILE|-", help="Where to write the cards."
)
@click.option(
    "--resume",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Record progress in FILE after each page; rerun with the same FILE to go on after a crash.",
)
@click.option(
    "--text-search", metavar="TEXT", help="Only cards matching: nmID, vendorCode, barcode or title."
)
@click.option("--with-photo/--without-photo", default=None, help="Only cards with (or without) photos.")
@click.option(
    "--page-size",
    type=int,
    default=100,
    show_default=True,
    help="Cards per request (WB's maximum is checked before sending).",
)
@click.option(
    "--keep-formulas",
    is_flag=True,
    help="CSV: write cells starting with = + - @, a tab or CR as they are. By default they get a "
    "leading ' (OWASP's advice on CSV injection), so a spreadsheet shows them as text instead of "
    "running them as formulas.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Count on stderr [default: when it is a terminal]."
)
@pass_app
def export(
    app: App,
    fmt: str,
    as_json: bool,
    output: str,
    resume: Path | None,
    text_search: str | None,
    with_photo: bool | None,
    page_size: int,
    keep_formulas: bool,
    progress: bool | None,
) -> None:
    """Export every product card, one per line (oldest change first), counting on stderr.

    --format sizes writes a row per size (its chrtID, barcodes, sizes) with an empty amount column:
    filled in, the file feeds `wbseller stocks set WAREHOUSE FILE` as it is (rows left empty are
    skipped there).

    In CSV, a text cell starting with = + - @, a tab or CR (a title "=HYPERLINK(...)") gets a
    leading single quote, so a spreadsheet shows it as text rather than running it as a formula
    (--keep-formulas writes them as they are). JSON lines are always as WB sent them.

    With --resume FILE the export survives a crash or Ctrl-C: FILE records the cursor after each
    page, and the same command run again goes on from there, appending to the output (a page cut
    short is asked again, so every card is in it once). FILE then records that it is complete.
    An output deleted or cut since FILE was written is exported again from the start.
    """
    fmt = "jsonl" if as_json else fmt
    if resume is not None and output == "-":
        raise CliError("--resume needs --output FILE: stdout cannot be continued", USAGE)
    query = {"format": fmt, "text_search": text_search, "with_photo": with_photo}
    if keep_formulas:  # part of the request: a resume must write the rest the same way
        query["keep_formulas"] = True
    state, resuming = _start(resume, query, output)
    if state.done:
        click.echo(f"wbseller: already complete: {state.cards} card(s) in {output} (per {resume})", err=True)
        return
    # WB's withPhoto (cards-with-photo-values): 0 every card, 1 with photos, 2 without
    photo = ALL_CARDS if with_photo is None else WITH_PHOTO if with_photo else WITHOUT_PHOTO
    start = Cursor.from_dict(state.cursor) if state.cursor else None
    pages = app.client().content.iter_cards(
        text_search=text_search, with_photo=photo, page_size=page_size, start_after=start
    )
    with _output(output, state, resuming) as out:
        job = Export(fmt, out, state, resume, written=state.cards, formulas=keep_formulas)
        job.whole = state.output_bytes if resuming else 0
        if not resuming:
            try:
                job.write(header(fmt))
                job.checkpoint(None)  # a crash before the first page: the rerun starts over
            except OSError as e:
                raise _stopped(e, job, resume, output) from e
        with counter(wanted(progress), "cards", job.written) as show:
            try:
                job.run(pages, show)
            except (WBError, KeyboardInterrupt, OSError) as e:
                job.settle(pages)
                raise _stopped(e, job, resume, output) from e
    click.echo(f"wbseller: exported {job.written} card(s)", err=True)

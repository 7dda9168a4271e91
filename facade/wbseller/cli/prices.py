"""`wbseller prices set FILE.csv`: prices and discounts from a CSV file, through the facade
(client.prices.set_prices / set_size_prices / set_club_discounts: validated, then sent in uploads
of WB's maximum size; PriceUpload.wait for what WB applied).

The file is read row by row and sent as it is read (an upload of WB's 1000 rows at a time, each
checked before it is sent), so a file of any size takes little memory. Each uploadID is printed
as soon as WB gives it; with --resume FILE it is also recorded there (a line of JSON each, synced
to disk), so a command killed half-way leaves what it sent: the same command run again skips the
rows already sent and waits on every upload, and `client.prices.upload(ids)` can wait on them too.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ..errors import InvalidRequestError, WBError
from ..services.prices import UPLOAD_METHODS as OPERATIONS
from ._app import FAILED, OK, USAGE, App, CliError, at_row, pass_app
from ._io import iter_table
from ._out import dumps, emit, plain, write_failed_csv
from ._out import output as output_to
from .card_lines import neutralised
from .price_uploads import (
    INFO_COLUMNS,
    STATUSES,
    VARIANTS,
    Journal,
    Outcome,
    _item,
    _overall,
    _send,
    _wait,
)


@click.group("prices")
def group() -> None:
    """Prices and discounts."""


@group.command("set")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--sizes", is_flag=True, help="Per-size prices: columns nmID, sizeID, price.")
@click.option("--club", is_flag=True, help="WB Club discounts: columns nmID, clubDiscount.")
@click.option(
    "--wait/--no-wait", default=True, show_default=True, help="Wait until WB has processed the uploads."
)
@click.option(
    "--wait-timeout", "wait_timeout", type=click.FloatRange(min=0), metavar="SECONDS",
    help="With --wait: seconds to wait at most [default: 600]; the global --timeout is per request.",
)  # fmt: skip
@click.option("--poll", type=click.FloatRange(min=0), help="Seconds between checks [default: 3].")
@click.option(
    "--resume",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Record each uploadID in FILE as WB gives it; run the same command again to go on after a "
    "crash (the rows sent are skipped, every upload is waited on).",
)
@click.option(
    "--failed", "failed_file", metavar="FILE",
    help="Write the rows that failed (WB refused them, or they were not applied) to FILE, as CSV with "
    "the same columns and an `error` one: the same command takes it back once mended.",
)  # fmt: skip
@click.option(
    "--dry-run", is_flag=True,
    help="Check every row as the upload would, print what would be sent, send nothing.",
)  # fmt: skip
@click.option(
    "--json", "as_json", is_flag=True,
    help="One JSON document on stdout at the end: uploads (uploadID, status...), applied, failed "
    "[{nmID, (sizeID), error}], status; --dry-run: the requests' bodies.",
)  # fmt: skip
@pass_app
@click.pass_context
def set_prices(
    ctx: click.Context,
    app: App,
    file: str,
    sizes: bool,
    club: bool,
    wait: bool,
    wait_timeout: float | None,
    poll: float | None,
    resume: Path | None,
    failed_file: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Set prices and discounts from a CSV file with the columns nmID, price, discount (either of
    the last two may be left out or empty). UTF-8 text (a BOM allowed), delimiter , ; or tab; a
    vendorCode or techSizeName column (what `prices export` writes) and an error column (what
    --failed writes) are read past.

    The file is read and sent as it goes, in uploads of WB's maximum size (1000 rows), each upload
    checked before it is sent: a bad row stops the command (exit 2, naming its line); the uploads
    before it stay sent (their uploadIDs printed). Each uploadID is printed as soon as WB gives it;
    with --resume FILE it is recorded there too, and the same command run again goes on after the
    rows already sent. With --wait, the outcome of each upload: each failed item with WB's error,
    and the overall status. Exit 1 if any item failed.
    """
    if sizes and club:
        raise CliError("--sizes and --club exclude each other", USAGE)
    kind = "sizes" if sizes else "club" if club else "prices"
    if dry_run:
        _dry_run(app, kind, file, as_json)
        return
    say: Callable[[str], None] = (lambda line: None) if as_json else click.echo
    journal = Journal.open(resume, file, kind) if resume is not None else None
    try:
        ids, refused = _send(app, kind, file, journal, quiet=as_json)
    except WBError as e:
        if journal is not None and journal.upload_ids:
            e.add_note(f"recorded in {resume}: run the same command again to go on")
        raise
    finally:
        if journal is not None:
            journal.close()
    outcome = Outcome()
    if wait:
        timeout = 600.0 if wait_timeout is None else wait_timeout
        outcome = _wait(app, ids, timeout, poll, say)
    for key, text in refused.items():
        say(f"failed {_item(key)}: {text}")
    failed = {**refused, **outcome.failed}
    if failed_file is not None:
        _write_failed(failed_file, kind, file, failed)
    status = _overall(outcome.statuses, bool(refused)) if wait else None
    if as_json:
        emit(
            {
                "uploads": outcome.uploads if wait else [{"upload_id": i} for i in ids],
                "applied": outcome.applied if wait else None,
                "failed": [{**_key_fields(key), "error": text} for key, text in failed.items()],
                "status": status,
                "status_text": STATUSES.get(status) if status is not None else None,
            }
        )
    elif wait and status is not None:
        say(f"status {status}, {STATUSES.get(status, '?')}: {outcome.applied} applied, {len(failed)} failed")
    ctx.exit(FAILED if failed else OK)


def _key_fields(key: Any) -> dict[str, Any]:
    return {"nmID": key[0], "sizeID": key[1]} if isinstance(key, tuple) else {"nmID": key}


def _write_failed(path: str, kind: str, source: str, failed: dict[Any, str]) -> None:
    """The rows of `source` whose item failed, with WB's reason (read again: the file is streamed)."""
    columns, required, _ = VARIANTS[kind]

    def rows() -> Iterator[tuple[dict[str, Any], str]]:
        for _, row in iter_table(source, columns, required, ignored=INFO_COLUMNS):
            key = (row["nmID"], row["sizeID"]) if kind == "sizes" else row["nmID"]
            if key in failed:
                yield row, failed[key]

    n = write_failed_csv(path, list(columns), rows())
    click.echo(f"wbseller: {n} failed row(s) written to {path}", err=True)


def _dry_run(app: App, kind: str, path: str, as_json: bool) -> None:
    """Every row checked as the upload checks it (client.prices.check_upload); the requests told."""
    columns, required, method = VARIANTS[kind]
    lines: dict[int, int] = {}

    def rows() -> Iterator[dict[str, Any]]:
        for n, (line, row) in enumerate(iter_table(path, columns, required, ignored=INFO_COLUMNS)):
            lines[n] = line
            yield row

    try:
        chunks = app.client(offline=True).prices.check_upload(method, rows())
    except InvalidRequestError as e:
        raise at_row(e, lines, path) from e
    op = OPERATIONS[method]
    if as_json:
        emit(
            {
                "dry_run": True,
                "rows": len(lines),
                "requests": [
                    {"operation": op.key, "method": op.method, "path": op.path, "body": {"data": chunk}}
                    for chunk in chunks
                ],
            }
        )
        return
    click.echo(
        f"dry run: {len(lines)} row(s) checked; would send {len(chunks)} upload(s) "
        f"({', '.join(str(len(c)) for c in chunks)} rows) to {op.method} {op.path}; nothing sent"
    )


# --- prices export --------------------------------------------------------------------------------
EXPORT_COLUMNS = {
    "prices": ("nmID", "vendorCode", "price", "discount"),
    "sizes": ("nmID", "sizeID", "vendorCode", "techSizeName", "price"),
    "club": ("nmID", "vendorCode", "clubDiscount"),
}


def _export_rows(kind: str, goods: dict[str, Any]) -> list[dict[str, Any]]:
    sizes = goods.get("sizes") or []
    base = {"nmID": goods.get("nmID"), "vendorCode": goods.get("vendorCode")}
    if kind == "sizes":
        return [{**base, **{k: s.get(k) for k in ("sizeID", "techSizeName", "price")}} for s in sizes]
    if kind == "club":
        return [{**base, "clubDiscount": goods.get("clubDiscount")}]
    # WB's price of the goods: its sizes' (one price for all unless editableSizePrice)
    return [{**base, "price": sizes[0].get("price") if sizes else None, "discount": goods.get("discount")}]


@group.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True,
    help="csv: the columns `prices set` reads (with --sizes / --club those of its variants), plus "
    "vendorCode; jsonl: each goods item as WB sends it.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="The same as --format jsonl.")
@click.option("--sizes", is_flag=True, help="A row per size: nmID, sizeID, vendorCode, techSizeName, price.")
@click.option("--club", is_flag=True, help="WB Club discounts: nmID, vendorCode, clubDiscount.")
@click.option("--nm-id", type=int, help="Only this goods item.")
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE|-", help="Where to write.")
@pass_app
def export(
    app: App, fmt: str, as_json: bool, sizes: bool, club: bool, nm_id: int | None, output: str
) -> None:
    """Export the goods with their prices and discounts (client.prices.iter_goods), in the CSV
    form `prices set` reads back: edit it, then `wbseller prices set FILE` (vendorCode and
    techSizeName are read past). A text cell starting with = + - @ gets a leading ' (OWASP's advice
    on CSV injection)."""
    if sizes and club:
        raise CliError("--sizes and --club exclude each other", USAGE)
    kind = "sizes" if sizes else "club" if club else "prices"
    fmt = "jsonl" if as_json else fmt
    goods = app.client().prices.iter_goods(nm_id)
    n = 0
    with output_to(output) as out:
        writer = csv.writer(out, lineterminator="\n")
        if fmt == "csv":
            writer.writerow(EXPORT_COLUMNS[kind])
        for item in goods:
            data = plain(item)
            if fmt == "jsonl":
                out.write(dumps(data) + "\n")
            else:
                for row in _export_rows(kind, data):
                    cells = ("" if row.get(c) is None else row[c] for c in EXPORT_COLUMNS[kind])
                    writer.writerow([neutralised(cell) for cell in cells])
            n += 1
    click.echo(f"wbseller: exported {n} goods item(s)", err=True)

"""`wbseller stocks`: the seller's warehouses, and the stocks in one of them, read (`export`, a
row per size: the file `set` takes back) and set from a CSV file, through client.marketplace
(checked against the spec, split into requests of WB's maximum)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

import click

from ..errors import InvalidRequestError, WBError
from ..operations import operation
from ._app import USAGE, App, CliError, at_row, pass_app
from ._io import Table, integer, read_table, text
from ._out import dumps, emit, output, plain, write_failed_csv
from .card_lines import SIZE_COLUMNS, neutralised, size_rows

COLUMNS = {"chrtId": integer, "sku": text, "amount": integer}
# what `cards export --format sizes` and `stocks export` add beside chrtId and amount
INFO_COLUMNS = tuple(c for c in SIZE_COLUMNS if c not in COLUMNS)


@click.group("stocks")
def group() -> None:
    """Stocks in the seller's own warehouses (marketplace)."""


def _by_chrt_id(app: App, table: Table, path: str) -> list[dict[str, Any]]:
    """Rows {chrtId, amount}: a row giving only a sku (barcode) gets its chrtId from the cards
    list (WB keeps stocks per size since 2026-05-20); a barcode no card has stops the command."""
    for row, line in zip(table.rows, table.lines, strict=True):
        if ("chrtId" in row) == ("sku" in row):
            raise CliError(f"{path}, line {line}: give either chrtId or sku", USAGE)
    skus = [row["sku"] for row in table.rows if "sku" in row]
    if not skus:
        return table.rows
    try:
        chrt_ids = app.client().content.chrt_ids_for_skus(skus)
    except InvalidRequestError as e:
        unknown = set(e.value or ())
        lines = [ln for row, ln in zip(table.rows, table.lines, strict=True) if row.get("sku") in unknown]
        raise CliError(f"{path}, line {lines[0]}: {e}" if lines else str(e), USAGE) from e
    return [
        {"chrtId": chrt_ids[row["sku"]], "amount": row["amount"]} if "sku" in row else row
        for row in table.rows
    ]


def _read(path: str) -> tuple[Table, int]:
    """The rows with an amount (a row left empty says nothing to set: `cards export --format sizes`
    leaves every amount empty), and how many were skipped."""
    table = read_table(path, COLUMNS, set(), INFO_COLUMNS)
    kept = [(row, line) for row, line in zip(table.rows, table.lines, strict=True) if "amount" in row]
    if not kept:
        raise CliError(f"{path}: no row has an amount ({len(table.rows)} row(s) without one)", USAGE)
    return Table(path, [r for r, _ in kept], [ln for _, ln in kept]), len(table.rows) - len(kept)


@group.command("set")
@click.argument("warehouse", type=int)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--failed", "failed_file", metavar="FILE",
    help="After a failure, write the rows not known to be set to FILE (CSV: chrtId, sku, amount, "
    "error), for the same command to take back.",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check every row, print the requests, send nothing.")
@click.option(
    "--json", "as_json", is_flag=True,
    help='One JSON document: {"warehouse", "set", "skipped"}; --dry-run: the requests\' bodies.',
)  # fmt: skip
@pass_app
def set_stocks(
    app: App, warehouse: int, file: str, failed_file: str | None, dry_run: bool, as_json: bool
) -> None:
    """Set the stock amounts in WAREHOUSE (its ID: `wbseller stocks warehouses`) from a CSV file
    with the columns chrtId (the size ID, a card's sizes[].chrtID) and amount. A column sku (the
    barcode) may stand in for chrtId: each barcode is looked up in the cards list (needs the
    Content category; a barcode no card has: exit 2). A row with an empty amount is skipped, and
    the columns `cards export --format sizes` and `stocks export` add (nmID, vendorCode, techSize,
    wbSize, skus, title) are read past: fill the amounts of such a file and give it here.

    Every row is checked before anything is sent (a bad row: exit 2, naming its line). A request
    WB refuses stops the command (exit 1); the requests before it stay applied, and sending the
    file again is safe (amounts are set, not added): --failed FILE writes the rows not known to be
    set (all of them after a refusal; those WB's stocks do not show after a request whose answer
    never came).
    """
    table, skipped = _read(file)
    if skipped and not as_json:
        click.echo(f"wbseller: {skipped} row(s) without an amount skipped", err=True)
    rows = _by_chrt_id(app, table, file)
    client = app.client()
    if dry_run:
        try:
            parts = client.marketplace.check_stocks(warehouse, rows)
        except InvalidRequestError as e:
            raise at_row(e, table.lines, file) from e
        op = operation("marketplace", "update_inventory")
        path = op.path.replace("{warehouseId}", str(warehouse))
        if as_json:
            requests = [{"method": op.method, "path": path, "body": {"stocks": p}} for p in parts]
            emit({"dry_run": True, "rows": len(rows), "skipped": skipped, "requests": requests})
        else:
            click.echo(
                f"dry run: {len(rows)} row(s) checked; would send {len(parts)} request(s) to "
                f"{op.method} {path}; nothing sent"
            )
        return
    try:
        client.marketplace.set_stocks(warehouse, rows)
    except InvalidRequestError as e:
        raise at_row(e, table.lines, file) from e
    except WBError as e:
        if failed_file is not None:
            _write_failed(failed_file, table.rows, e)
        raise
    if failed_file is not None:
        write_failed_csv(failed_file, list(COLUMNS), [])
    if as_json:
        emit({"warehouse": warehouse, "set": len(rows), "skipped": skipped})
    else:
        click.echo(f"set {len(rows)} stock(s) in warehouse {warehouse}")


def _write_failed(path: str, rows: list[dict[str, Any]], error: WBError) -> None:
    """The rows not known to be set: those WB's stocks do not show (an unknown outcome), else all
    (a refused request: which went before it is not told; setting again is harmless)."""
    keep: set[Any] | None = None
    if error.outcome is not None:
        keep = {*error.outcome.not_applied, *error.outcome.unknown}
    reason = str(error).splitlines()[0]
    failed = [(row, reason) for row in rows if keep is None or row.get("chrtId") in keep]
    n = write_failed_csv(path, list(COLUMNS), failed)
    click.echo(f"wbseller: {n} row(s) not known to be set written to {path}", err=True)


@group.command("export")
@click.argument("warehouse", type=int)
@click.option(
    "--chrt-id", "chrt_ids", type=int, multiple=True, metavar="ID",
    help="Only these sizes (repeat the option) [default: every size of every card].",
)  # fmt: skip
@click.option("-o", "--output", "out_path", default="-", show_default=True, metavar="FILE|-")
@click.option(
    "--json", "as_json", is_flag=True,
    help="JSON lines, one per size: chrtId, amount, nmID, vendorCode, techSize, wbSize, skus, title.",
)  # fmt: skip
@pass_app
def export(app: App, warehouse: int, chrt_ids: tuple[int, ...], out_path: str, as_json: bool) -> None:
    """Export the stocks in WAREHOUSE, a row per size, as the CSV `stocks set` takes back (columns
    chrtId, amount, nmID, vendorCode, techSize, wbSize, skus, title; a size without stock there
    has an empty amount). The sizes come from the cards list (needs the Content category; a page
    of cards at a time), their stocks from client.marketplace.stocks (1000 sizes a request);
    with --chrt-id only those sizes, without the cards list."""
    n = 0
    with output(out_path) as out:
        writer = csv.writer(out, lineterminator="\n")
        if not as_json:
            writer.writerow(SIZE_COLUMNS)
        for rows in _size_pages(app, warehouse, list(chrt_ids)):
            for row in rows:
                if as_json:
                    out.write(dumps(row) + "\n")
                else:
                    writer.writerow([neutralised("" if row.get(c) is None else row[c]) for c in SIZE_COLUMNS])
                n += 1
    click.echo(f"wbseller: exported {n} size(s) of warehouse {warehouse}", err=True)


def _size_pages(app: App, warehouse: int, chrt_ids: list[int]) -> Iterator[list[dict[str, Any]]]:
    """Rows of SIZE_COLUMNS with their amounts: the given sizes, or every card's, page by page."""
    client = app.client()
    if chrt_ids:
        amounts = _amounts(client.marketplace.stocks(warehouse, chrt_ids))
        yield [{"chrtId": c, "amount": amounts.get(c)} for c in dict.fromkeys(chrt_ids)]
        return
    page: list[dict[str, Any]] = []
    cards = client.content.iter_cards()
    for card in cards:
        page.extend(size_rows(plain(card)))
        if len(page) >= 1000:
            yield _filled(app, warehouse, page)
            page = []
    if page:
        yield _filled(app, warehouse, page)


def _filled(app: App, warehouse: int, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    amounts = _amounts(app.client().marketplace.stocks(warehouse, [r["chrtId"] for r in rows]))
    return [{**r, "amount": amounts.get(r["chrtId"])} for r in rows]


def _amounts(stocks: list[Any]) -> dict[int, int]:
    out: dict[int, int] = {}
    for s in stocks:
        d = plain(s)
        if d.get("chrtId") is not None and d.get("amount") is not None:
            out[int(d["chrtId"])] = int(d["amount"])
    return out


@group.command("warehouses")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON lines, one per warehouse, as WB describes it."
)  # fmt: skip
@pass_app
def warehouses(app: App, as_json: bool) -> None:
    """List the seller's warehouses: ID, office, name (the IDs are what `stocks set` and `stocks
    export` take)."""
    for w in app.client().marketplace.warehouses():
        d = plain(w)
        if as_json:
            emit(d)
        else:
            click.echo(f"{d.get('id', '-'):<10} office {d.get('officeId', '-'):<8} {d.get('name', '')}")

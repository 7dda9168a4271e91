"""`wbseller stocks set WAREHOUSE FILE.csv`: stock amounts from a CSV file, through
client.marketplace.set_stocks (checked against the spec, split into requests of WB's maximum)."""

from __future__ import annotations

from typing import Any

import click

from ..errors import InvalidRequestError
from ._app import USAGE, App, CliError, at_row, pass_app
from ._io import Table, integer, read_table, text


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


@group.command("set")
@click.argument("warehouse", type=int)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_app
def set_stocks(app: App, warehouse: int, file: str) -> None:
    """Set the stock amounts in WAREHOUSE (its ID) from a CSV file with the columns chrtId (the
    size ID, a card's sizes[].chrtID) and amount. A column sku (the barcode) may stand in for
    chrtId: each barcode is looked up in the cards list (needs the Content category; a barcode
    no card has: exit 2).

    Every row is checked before anything is sent (a bad row: exit 2, naming its line). A request
    WB refuses stops the command (exit 1); the requests before it stay applied, and sending the
    file again is safe (amounts are set, not added).
    """
    table = read_table(file, {"chrtId": integer, "sku": text, "amount": integer}, {"amount"})
    rows = _by_chrt_id(app, table, file)
    try:
        app.client().marketplace.set_stocks(warehouse, rows)
    except InvalidRequestError as e:
        raise at_row(e, table.lines, file) from e
    click.echo(f"set {len(rows)} stock(s) in warehouse {warehouse}")

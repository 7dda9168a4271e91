"""`wbseller stocks set WAREHOUSE FILE.csv`: stock amounts from a CSV file, through
client.marketplace.set_stocks (checked against the spec, split into requests of WB's maximum)."""

from __future__ import annotations

import click

from ..errors import InvalidRequestError
from ._app import App, at_row, pass_app
from ._io import integer, read_table, text


@click.group("stocks")
def group() -> None:
    """Stocks in the seller's own warehouses (marketplace)."""


@group.command("set")
@click.argument("warehouse", type=int)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_app
def set_stocks(app: App, warehouse: int, file: str) -> None:
    """Set the stock amounts in WAREHOUSE (its ID) from a CSV file with the columns sku (the
    barcode) and amount.

    Every row is checked before anything is sent (a bad row: exit 2, naming its line). A request
    WB refuses stops the command (exit 1); the requests before it stay applied, and sending the
    file again is safe (amounts are set, not added).
    """
    table = read_table(file, {"sku": text, "amount": integer}, {"sku", "amount"})
    try:
        app.client().marketplace.set_stocks(warehouse, table.rows)
    except InvalidRequestError as e:
        raise at_row(e, table.lines, file) from e
    click.echo(f"set {len(table.rows)} stock(s) in warehouse {warehouse}")

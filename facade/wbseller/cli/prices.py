"""`wbseller prices set FILE.csv`: prices and discounts from a CSV file, through the facade
(client.prices.set_prices / set_size_prices / set_club_discounts: validated, then sent in uploads
of WB's maximum size; PriceUpload.wait for what WB applied)."""

from __future__ import annotations

from typing import Any

import click

from ..errors import InvalidRequestError
from ..services.prices import PriceResult, PriceUpload
from ._app import FAILED, OK, USAGE, App, CliError, at_row, pass_app
from ._io import Parser, integer, read_table

STATUSES = {1: "waiting", 3: "all applied", 4: "canceled", 5: "partly applied", 6: "nothing applied"}


@click.group("prices")
def group() -> None:
    """Prices and discounts."""


# per variant: the CSV columns (canonical name -> parser), the required ones, the service method
VARIANTS: dict[str, tuple[dict[str, Parser], set[str], str]] = {
    "prices": ({"nmID": integer, "price": integer, "discount": integer}, {"nmID"}, "set_prices"),
    "sizes": (
        {"nmID": integer, "sizeID": integer, "price": integer},
        {"nmID", "sizeID", "price"},
        "set_size_prices",
    ),
    "club": ({"nmID": integer, "clubDiscount": integer}, {"nmID", "clubDiscount"}, "set_club_discounts"),
}


def _item(key: Any) -> str:
    return f"nmID {key[0]} sizeID {key[1]}" if isinstance(key, tuple) else f"nmID {key}"


def _send(app: App, kind: str, path: str) -> PriceUpload:
    columns, required, method = VARIANTS[kind]
    table = read_table(path, columns, required)
    try:
        upload: PriceUpload = getattr(app.client().prices, method)(table.rows)
    except InvalidRequestError as e:
        raise at_row(e, table.lines, path) from e
    for upload_id in upload.upload_ids:
        again = " (identical to an earlier upload)" if upload_id in upload.already_existing else ""
        click.echo(f"uploadID {upload_id}{again}")
    return upload


def _report(result: PriceResult) -> None:
    for task in result.tasks.values():
        counts = f" ({task.succeeded} of {task.overall} applied)" if task.overall is not None else ""
        error = f": {task.error_text}" if task.error_text else ""
        name = STATUSES.get(task.status, "?")
        click.echo(f"uploadID {task.upload_id}: status {task.status}, {name}{counts}{error}")
    for key, text in result.failed.items():
        click.echo(f"failed {_item(key)}: {text}")
    status, name = result.status, STATUSES.get(result.status, "?")
    click.echo(f"status {status}, {name}: {len(result.applied)} applied, {len(result.failed)} failed")


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
) -> None:
    """Set prices and discounts from a CSV file with the columns nmID, price, discount (either of
    the last two may be left out or empty).

    Every row is checked before anything is sent (a bad row: exit 2, naming its line); then the
    rows go in uploads of WB's maximum size, and their uploadIDs are printed. With --wait, the
    outcome: each failed item with WB's error, and the overall status. Exit 1 if any item failed.
    """
    if sizes and club:
        raise CliError("--sizes and --club exclude each other", USAGE)
    upload = _send(app, "sizes" if sizes else "club" if club else "prices", file)
    if not wait:
        for key, text in upload.refused.items():
            click.echo(f"failed {_item(key)}: {text}")
        ctx.exit(FAILED if upload.refused else OK)
    result: PriceResult = upload.wait(timeout=wait_timeout, poll=poll)
    _report(result)
    ctx.exit(FAILED if result.failed else OK)

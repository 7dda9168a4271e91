"""`wbseller orders`: the FBS day from cron, through client.marketplace: list the new orders, put
them into a supply (100 per request, each batch reported), hand the supply over, write the
stickers to files."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from ..services._common import as_int, attr
from ..services._orders_common import order_ids as checked_ids
from ..timestamps import MSK
from ..validation import max_items
from ._app import FAILED, USAGE, App, CliError, pass_app
from ._out import emit, plain

STICKER_TYPES = ("svg", "zplv", "zplh", "png")
STICKER_SIZES = ("58x40", "40x30")


@click.group("orders")
def group() -> None:
    """FBS orders and supplies (marketplace)."""


@group.command("new")
@click.option("--json", "as_json", is_flag=True, help="JSON lines: one order per line, WB's fields.")
@pass_app
def new(app: App, as_json: bool) -> None:
    """List the FBS orders waiting to be put into a supply: id, createdAt, article, nmId,
    warehouseId (one per line)."""
    orders = app.client().marketplace.new_orders()
    for order in orders:
        if as_json:
            emit(order)
            continue
        o = plain(order)
        o = o if isinstance(o, dict) else {}
        fields = (o.get(k, "") for k in ("id", "createdAt", "article", "nmId", "warehouseId"))
        click.echo("\t".join(str(v) for v in fields))
    if not as_json:
        click.echo(f"wbseller: {len(orders)} new order(s)", err=True)


@group.command("supply")
@click.argument("order_ids", nargs=-1, type=int)
@click.option("--all-new", is_flag=True, help="Every order in `new` (read first) instead of ORDER_IDS.")
@click.option("--name", default=None, help="The new supply's name (1..128 characters; default: the date).")
@click.option("--supply", "supply_id", default=None, help="Add to this open supply instead of creating one.")
@click.option("--dry-run", is_flag=True, help="Check the ids, print the batches, create and send nothing.")
@click.option(
    "--json", "as_json", is_flag=True,
    help='One JSON document: {"supply", "added", "failed": [{"orders", "error"}]}.',
)  # fmt: skip
@pass_app
def supply(
    app: App,
    order_ids: tuple[int, ...],
    all_new: bool,
    name: str | None,
    supply_id: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Create a supply (or take --supply ID) and put ORDER_IDS (or --all-new) into it, 100 per
    request. WB takes or refuses each batch whole: a refused batch is reported with WB's reason
    and the others still go (exit 1 if any was refused). Adding an order already in this supply
    again is harmless, so the same command can be run again for the refused ones."""
    if bool(order_ids) == all_new:
        raise CliError("give either ORDER_IDS or --all-new", USAGE)
    mp = app.client().marketplace
    if all_new:
        ids = [oid for o in mp.new_orders() if (oid := as_int(attr(o, "id"))) is not None]
    else:
        ids = list(order_ids)
    ids = checked_ids(ids)  # before a supply is created for them
    if not ids:
        _say(as_json, {"supply": supply_id, "added": [], "failed": []}, "no new orders: nothing to do")
        return
    if dry_run:
        size = max_items("marketplace", "fbs_supply_add_orders", "orders")
        batches = [ids[i : i + size] for i in range(0, len(ids), size)]
        what = f"supply {supply_id}" if supply_id else "a new supply"
        _say(
            as_json,
            {"dry_run": True, "supply": supply_id, "batches": batches},
            f"dry run: {len(ids)} order(s) checked; would put them into {what} in {len(batches)} "
            "request(s); nothing sent",
        )
        return
    if supply_id is None:
        supply_id = mp.create_supply(name or _today())
    result = mp.add_to_supply(supply_id, ids)
    failed = [{"orders": b.orders, "error": str(b.error)} for b in result.batches if not b.ok]
    _say(
        as_json,
        {"supply": supply_id, "added": result.added, "failed": failed},
        f"{supply_id}: {len(result.added)} order(s) added",
    )
    if failed:
        for f in failed:
            click.echo(f"wbseller: {len(f['orders'])} order(s) not added: {f['error']}", err=True)
        raise CliError(f"{len(result.failed)} order(s) not added to {supply_id}", FAILED)


@group.command("deliver")
@click.argument("supply_id")
@click.option("--json", "as_json", is_flag=True, help='One JSON document: {"supply", "delivered": true}.')
@pass_app
def deliver(app: App, supply_id: str, as_json: bool) -> None:
    """Hand SUPPLY_ID over to delivery: it closes and its orders go complete."""
    app.client().marketplace.deliver_supply(supply_id)
    _say(as_json, {"supply": supply_id, "delivered": True}, f"{supply_id}: delivered")


@group.command("stickers")
@click.argument("order_ids", nargs=-1, type=int)
@click.option("--supply", "supply_id", default=None, help="The stickers of every order in this supply.")
@click.option("--type", "kind", type=click.Choice(STICKER_TYPES), default="png", show_default=True)
@click.option("--size", type=click.Choice(STICKER_SIZES), default="58x40", show_default=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="An existing folder: one file per order, <orderId>.<svg|zpl|png>.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help='One JSON document: {"files": {orderId: path}}.')
@pass_app
def stickers(
    app: App, order_ids: tuple[int, ...], supply_id: str | None, kind: str, size: str, out: str, as_json: bool
) -> None:
    """Write the stickers of ORDER_IDS (or of every order in --supply ID) to files in --out, 100
    orders per request. Orders in confirm or complete only (WB refuses others). A file is written
    through `<name>.part` and a rename; a symbolic link or anything but a regular file in the way
    is refused."""
    if bool(order_ids) == (supply_id is not None):
        raise CliError("give either ORDER_IDS or --supply ID", USAGE)
    mp = app.client().marketplace
    ids = mp.supply_order_ids(supply_id) if supply_id is not None else list(order_ids)
    if not ids:
        raise CliError(f"supply {supply_id} holds no orders", FAILED)
    files = mp.save_stickers(ids, out, kind=kind, size=size)
    _say(
        as_json,
        {"files": {str(k): str(v) for k, v in files.items()}},
        "\n".join(str(p) for p in files.values()),
    )


def _say(as_json: bool, document: dict[str, Any], text: str) -> None:
    if as_json:
        emit(document)
    else:
        click.echo(text)


def _today() -> str:
    return datetime.now(MSK).strftime("Supply %Y-%m-%d %H:%M")

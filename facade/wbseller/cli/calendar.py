"""`wbseller calendar`: WB's promotions calendar through client.calendar: the promotions of a
period, their details, the products that can take part, and adding products (PromotionUpload.wait
until WB lists them among the participants)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from ..errors import WaitTimeoutError
from ..operations import operation
from ._app import FAILED, OK, USAGE, App, CliError, pass_app
from ._io import integer, iter_table
from ._out import dumps, emit, output, plain, write_failed_csv
from .card_lines import neutralised

PRODUCT_COLUMNS = ("nmID", "inAction", "price", "planPrice", "discount", "planDiscount", "currencyCode")
# what a products file adds beside nmID, read past by `calendar add --file`
INFO_COLUMNS = tuple(c for c in PRODUCT_COLUMNS if c != "nmID")


class Moment(click.ParamType):  # type: ignore[type-arg]
    """YYYY-MM-DD (midnight UTC) or an RFC 3339 date and time with its offset."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not YYYY-MM-DD or an RFC 3339 time", param, ctx)
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


MOMENT = Moment()


@click.group("calendar")
def group() -> None:
    """WB's promotions calendar: promotions, their products, adding products."""


@group.command("list")
@click.option("--from", "from_", type=MOMENT, help="Period start [default: today, 00:00 UTC].")
@click.option("--to", type=MOMENT, help="Period end [default: 30 days after the start].")
@click.option("--all", "all_promo", is_flag=True, help="Also the promotions not open for participation.")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON lines, one per promotion: id, name, type, dates."
)  # fmt: skip
@pass_app
def list_(app: App, from_: datetime | None, to: datetime | None, all_promo: bool, as_json: bool) -> None:
    """List the promotions occurring in a period: ID, type, start, end, name."""
    start = from_ or datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    end = to or start + timedelta(days=30)
    for promo in app.client().calendar.iter_promotions(start, end, all_promo):
        d = plain(promo)
        if as_json:
            emit(d)
        else:
            click.echo(
                f"{d.get('id', '-'):<10} {d.get('type', '-'):<8} {d.get('startDateTime', '-')} .. "
                f"{d.get('endDateTime', '-')}  {d.get('name', '')}"
            )


@group.command("details")
@click.argument("promotion_ids", type=int, nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one per promotion, as WB describes it.")
@pass_app
@click.pass_context
def details(ctx: click.Context, app: App, promotion_ids: tuple[int, ...], as_json: bool) -> None:
    """Show promotions: dates, type, description, advantages, how many products are in. Exit 1
    when WB does not know one."""
    found = app.client().calendar.promotion_details(promotion_ids)
    seen = set()
    for promo in found:
        d = plain(promo)
        seen.add(d.get("id"))
        if as_json:
            emit(d)
            continue
        click.echo(f"{d.get('id')}  {d.get('name', '')}  ({d.get('type', '-')})")
        click.echo(f"  {d.get('startDateTime', '-')} .. {d.get('endDateTime', '-')}")
        if d.get("description"):
            click.echo(f"  {d['description']}")
        for advantage in d.get("advantages") or []:
            click.echo(f"  + {advantage}")
        counts = [d.get(k, "-") for k in ("inPromoActionTotal", "inPromoActionLeftovers")]
        counts += [d.get(k, "-") for k in ("notInPromoActionTotal", "notInPromoActionLeftovers")]
        click.echo("  products in: {} (with stock {}); not in: {} (with stock {})".format(*counts))
    missing = [i for i in promotion_ids if i not in seen]
    for i in missing:
        click.echo(f"wbseller: promotion {i}: WB does not list it", err=True)
    ctx.exit(FAILED if missing else OK)


@group.command("products")
@click.argument("promotion_id", type=int)
@click.option(
    "--in/--not-in", "in_action", default=False, show_default=True,
    help="The products already in the promotion, or those that may join [default: --not-in].",
)  # fmt: skip
@click.option("-o", "--output", "out_path", default="-", show_default=True, metavar="FILE|-")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one per product, as WB describes it.")
@pass_app
def products(app: App, promotion_id: int, in_action: bool, out_path: str, as_json: bool) -> None:
    """The products of a (regular) promotion, as CSV: nmID, inAction, price, planPrice,
    discount, planDiscount, currencyCode. Keep the rows to add and give the file to `calendar add
    PROMOTION --file FILE`."""
    pages = app.client().calendar.iter_nomenclatures(promotion_id, in_action)
    with output(out_path) as out:
        writer = csv.writer(out, lineterminator="\n")
        if not as_json:
            writer.writerow(PRODUCT_COLUMNS)
        for item in pages:
            d = plain(item)
            if as_json:
                out.write(dumps(d) + "\n")
                continue
            row = {**d, "nmID": d.get("id")}
            writer.writerow([neutralised("" if row.get(c) is None else row[c]) for c in PRODUCT_COLUMNS])


def _nm_ids(nm_ids: tuple[int, ...], path: str | None) -> list[int]:
    out = list(nm_ids)
    if path is not None:
        rows = iter_table(path, {"nmID": integer}, {"nmID"}, ignored=INFO_COLUMNS)
        out += [row["nmID"] for _, row in rows]
    if not out:
        raise CliError("no nmIDs: give them as arguments or --file FILE", USAGE)
    return out


@group.command("add")
@click.argument("promotion_id", type=int)
@click.argument("nm_ids", type=int, nargs=-1)
@click.option(
    "--file", "path", type=click.Path(exists=True, dir_okay=False),
    help="The nmIDs from a CSV file with an nmID column (`calendar products` writes one).",
)  # fmt: skip
@click.option(
    "--later", is_flag=True, help="Add them when the promotion starts (WB's uploadNow=false), not now."
)  # fmt: skip
@click.option("--wait/--no-wait", default=True, show_default=True, help="Wait until WB lists them in.")
@click.option(
    "--wait-timeout", "wait_timeout", type=click.FloatRange(min=0), metavar="SECONDS",
    help="With --wait: seconds to wait at most [default: 600].",
)  # fmt: skip
@click.option("--poll", type=click.FloatRange(min=0), help="Seconds between looks [default: 3].")
@click.option(
    "--failed", "failed_file", metavar="FILE",
    help="Write the nmIDs not in when the wait ended to FILE (CSV: nmID, error), for --file.",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check, print the requests, send nothing.")
@click.option(
    "--json", "as_json", is_flag=True,
    help="One JSON document: promotion_id, upload_ids, joined, scheduled, starts_at, failed.",
)  # fmt: skip
@pass_app
@click.pass_context
def add(
    ctx: click.Context,
    app: App,
    promotion_id: int,
    nm_ids: tuple[int, ...],
    path: str | None,
    later: bool,
    wait: bool,
    wait_timeout: float | None,
    poll: float | None,
    failed_file: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Add products (nmIDs) to a regular promotion and wait until WB lists them among its
    participants (with --later, those WB adds at the promotion's start are reported as scheduled
    when the start is beyond the wait). Exit 1 if some are not in when the wait ends."""
    nms = _nm_ids(nm_ids, path)
    calendar = app.client(offline=dry_run).calendar
    if dry_run:
        bodies = calendar.check_add_to_promotion(promotion_id, nms, upload_now=not later)
        op = operation("calendar", "add_product_to_the_promotion")
        if as_json:
            requests = [{"method": op.method, "path": op.path, "body": b} for b in bodies]
            emit({"dry_run": True, "requests": requests})
        else:
            click.echo(
                f"dry run: {len(set(nms))} nmID(s) checked; would send {len(bodies)} request(s) to "
                f"{op.method} {op.path}; nothing sent"
            )
        return
    upload = calendar.add_to_promotion(promotion_id, nms, upload_now=not later)
    if not wait:
        if as_json:
            emit({"promotion_id": promotion_id, "upload_ids": upload.upload_ids})
        else:
            click.echo(f"uploadID {', '.join(map(str, upload.upload_ids))}")
        return
    timeout = 600.0 if wait_timeout is None else wait_timeout
    failed: dict[int, str] = {}
    try:
        result = upload.wait(timeout=timeout, poll=poll)
        joined, scheduled, starts_at = result.joined, result.scheduled, result.starts_at
    except WaitTimeoutError:
        # which are in is one read away: the rest are what the wait did not see join
        now_in = {plain(i).get("id") for i in calendar.iter_nomenclatures(promotion_id, True)}
        joined = [nm for nm in upload.nm_ids if nm in now_in]
        scheduled, starts_at = [], None
        why = f"not in the promotion after {timeout:g} s"
        failed = {nm: why for nm in upload.nm_ids if nm not in now_in}
    if failed_file is not None:
        write_failed_csv(failed_file, ["nmID"], (({"nmID": nm}, why) for nm, why in failed.items()))
    if as_json:
        emit(
            {
                "promotion_id": promotion_id,
                "upload_ids": upload.upload_ids,
                "joined": joined,
                "scheduled": scheduled,
                "starts_at": starts_at.isoformat() if starts_at else None,
                "failed": [{"nmID": nm, "error": why} for nm, why in failed.items()],
            }
        )
    else:
        for nm, reason in failed.items():
            click.echo(f"failed nmID {nm}: {reason}")
        when = f" (they join at its start, {starts_at.isoformat()})" if scheduled and starts_at else ""
        counts = f"{len(joined)} in promotion {promotion_id}, {len(scheduled)} scheduled{when}"
        click.echo(f"{counts}, {len(failed)} not in")
    ctx.exit(FAILED if failed else OK)

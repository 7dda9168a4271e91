"""`wbseller campaigns`: promotion campaigns through client.promotion, on WB's current operations
(campaigns v2, bids in kopecks checked against WB's minimums, full statistics at 3 requests a
minute): list and details, pause / start / stop, bids read and set (CSV or JSON), budgets and the
account's balance, full statistics exported to CSV or JSON lines."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

import click

from ..errors import InvalidRequestError, WBError
from ..operations import operation
from ..services.promotion import STATUSES, Campaign
from ._app import FAILED, OK, App, one_line, pass_app
from ._io import counter, wanted
from ._out import dumps, emit, output, plain
from .campaign_bids import bids
from .card_lines import neutralised

STATUS_TEXT = {-1: "deleting", 4: "ready", 7: "finished", 8: "declined", 9: "active", 11: "paused"}
SOURCES = {"account": 0, "balance": 1, "bonus": 3}  # deposit's `type`
ACTIONS = {"pause": "pause_campaign", "start": "launch_campaign", "stop": "stop_campaign"}
Day = click.DateTime(formats=["%Y-%m-%d"])


@click.group("campaigns")
def group() -> None:
    """Promotion campaigns: list, details, pause/start/stop, bids, budgets, statistics."""


def _summary(c: Campaign) -> dict[str, Any]:
    """A campaign as JSON, without WB's raw object (details adds it as `wb`)."""
    out: dict[str, Any] = plain(c)
    out.pop("model", None)
    return out


def _line(c: Campaign) -> str:
    status = f"{c.status} {STATUS_TEXT.get(c.status or 0, '?')}" if c.status is not None else "-"
    kind = f"{c.bid_type or '-'}/{c.payment_type or '-'}"
    return f"{c.advert_id:<10} {status:<12} {kind:<12} {len(c.nms):>4} card(s)  {c.name or ''}"


# --- list and details -----------------------------------------------------------------------------
@group.command("list")
@click.option(
    "--status", "statuses", type=click.Choice([str(s) for s in STATUSES]), multiple=True,
    help="Only campaigns in this status (repeat): -1 deleting, 4 ready, 7 finished, 8 declined, "
    "9 active, 11 paused.",
)  # fmt: skip
@click.option("--payment-type", type=click.Choice(["cpm", "cpc"]), help="Only campaigns paid so.")
@click.option(
    "--json", "as_json", is_flag=True,
    help="JSON lines, one per campaign: advert_id, name, status, bid_type, payment_type, placements, "
    "nms (bids in kopecks), currency, timestamps.",
)  # fmt: skip
@pass_app
def list_(app: App, statuses: tuple[str, ...], payment_type: str | None, as_json: bool) -> None:
    """List the campaigns (GET /api/advert/v2/adverts): ID, status, bid and payment type, cards,
    name."""
    found = app.client().promotion.campaigns(
        statuses=[int(s) for s in statuses] or None, payment_type=payment_type
    )
    for c in found:
        if as_json:
            emit(_summary(c))
        else:
            click.echo(_line(c))


@group.command("details")
@click.argument("advert_ids", type=int, nargs=-1, required=True)
@click.option(
    "--json", "as_json", is_flag=True,
    help="JSON lines, one per campaign: as `list --json`, with `wb`: WB's object as it came.",
)  # fmt: skip
@pass_app
@click.pass_context
def details(ctx: click.Context, app: App, advert_ids: tuple[int, ...], as_json: bool) -> None:
    """Show campaigns with their cards and bids in kopecks. Exit 1 if one is not the seller's."""
    found = {c.advert_id: c for c in app.client().promotion.campaigns(advert_ids)}
    for advert_id in advert_ids:
        c = found.get(advert_id)
        if c is None:
            click.echo(f"wbseller: campaign {advert_id}: not among the seller's campaigns", err=True)
            continue
        if as_json:
            emit({**_summary(c), "wb": plain(c.model)})
            continue
        click.echo(_line(c))
        placements = ", ".join(f"{k} {'on' if v else 'off'}" for k, v in c.placements.items()) or "-"
        click.echo(f"  placements: {placements}; currency {c.currency or '-'}; created {c.created or '-'}")
        for nm in c.nms:
            search, recommendations = (
                "-" if v is None else str(v) for v in (nm.search_kopecks, nm.recommendations_kopecks)
            )
            click.echo(
                f"  nmID {nm.nm_id:<12} search {search:>8}  recommendations {recommendations:>8}"
                f"  {nm.subject_name or ''}".rstrip()
            )
    ctx.exit(OK if len(found) == len(set(advert_ids)) else FAILED)


# --- pause / start / stop -------------------------------------------------------------------------
def _action(name: str, past: str) -> click.Command:
    op_id = ACTIONS[name]

    @click.command(name)
    @click.argument("advert_ids", type=int, nargs=-1, required=True)
    @click.option(
        "--dry-run", is_flag=True, help="Show each campaign's status and the request; send nothing."
    )
    @click.option(
        "--json", "as_json", is_flag=True,
        help='One JSON document: {"done": [advert_id...], "failed": [{"advert_id", "error"}]}.',
    )  # fmt: skip
    @pass_app
    @click.pass_context
    def command(
        ctx: click.Context, app: App, advert_ids: tuple[int, ...], dry_run: bool, as_json: bool
    ) -> None:
        promotion = app.client().promotion
        op = operation("promotion", op_id)
        if dry_run:
            known = {c.advert_id: c.status for c in promotion.campaigns(advert_ids)}
            requests = [{"method": op.method, "path": op.path, "params": {"id": i}} for i in advert_ids]
            if as_json:
                emit(
                    {
                        "dry_run": True,
                        "requests": requests,
                        "statuses": {str(i): known.get(i) for i in advert_ids},
                    }
                )
            for i in advert_ids if not as_json else ():
                status = known.get(i)
                now = f"status {status} {STATUS_TEXT.get(status, '?')}" if status is not None else "not found"
                click.echo(f"would {name} {i} ({now}): {op.method} {op.path}?id={i}")
            return
        done: list[int] = []
        failed: list[dict[str, Any]] = []
        for advert_id in dict.fromkeys(advert_ids):
            try:
                getattr(promotion, name)(advert_id)
            except InvalidRequestError:
                raise
            except WBError as e:  # one refused: the others still go
                failed.append({"advert_id": advert_id, "error": one_line(e)})
                if not as_json:
                    click.echo(f"failed {advert_id}: {one_line(e)}")
                continue
            done.append(advert_id)
            if not as_json:
                click.echo(f"{past} {advert_id}")
        if as_json:
            emit({"done": done, "failed": failed})
        ctx.exit(FAILED if failed else OK)

    op = operation("promotion", op_id)
    command.help = (
        f"{name.capitalize()} campaigns ({op.method} {op.path}), each in turn; a campaign WB refuses "
        "does not stop the others (exit 1). WB applies a status change within a minute."
    )
    return command


pause = _action("pause", "paused")
start = _action("start", "started")
stop = _action("stop", "stopped")
for _command in (pause, start, stop):
    group.add_command(_command)


# --- bids: campaign_bids.py ---------------------------------------------------------------------------
group.add_command(bids)


# --- budgets and the balance ------------------------------------------------------------------------
@group.group("budget")
def budget() -> None:
    """Campaign budgets: read them, top them up."""


@budget.command("get")
@click.argument("advert_ids", type=int, nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON lines: advert_id, total, currency.")
@pass_app
def budget_get(app: App, advert_ids: tuple[int, ...], as_json: bool) -> None:
    """Show campaigns' budgets (GET /adv/v1/budget, one request each)."""
    for advert_id in advert_ids:
        b = plain(app.client().promotion.budget(advert_id))
        if as_json:
            emit({"advert_id": advert_id, "total": b.get("total"), "currency": b.get("currency")})
        else:
            click.echo(f"{advert_id:<10} {b.get('total')} {b.get('currency') or ''}".rstrip())


@budget.command("deposit")
@click.argument("advert_id", type=int)
@click.argument("amount", type=int)
@click.option(
    "--source", type=click.Choice(list(SOURCES)), default="balance", show_default=True,
    help="Where the money comes from: the promotion account, its balance (netting), or bonuses.",
)  # fmt: skip
@click.option("--cashback-sum", type=int, help="Of AMOUNT, this much from the promo bonuses.")
@click.option("--cashback-percent", type=int, help="With --cashback-sum: the balance's cashback percent.")
@click.option("--dry-run", is_flag=True, help="Check, print the request, send nothing.")
@click.option("--json", "as_json", is_flag=True, help='One JSON document: {"advert_id", "total"}.')
@pass_app
def budget_deposit(
    app: App,
    advert_id: int,
    amount: int,
    source: str,
    cashback_sum: int | None,
    cashback_percent: int | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Top up a campaign's budget by AMOUNT roubles (at least 1000). Never sent twice: a failure
    that may have reached WB is reported, not retried."""
    promotion = app.client(offline=dry_run).promotion
    kwargs: dict[str, Any] = {
        "source": SOURCES[source],
        "cashback_sum": cashback_sum,
        "cashback_percent": cashback_percent,
    }
    if dry_run:
        body = promotion.check_deposit(advert_id, amount, **kwargs)
        op = operation("promotion", "top_up_of_the_campaign_budget")
        request = {"method": op.method, "path": op.path, "params": {"id": advert_id}, "body": body}
        if as_json:
            emit({"dry_run": True, "requests": [request]})
        else:
            click.echo(
                f"dry run: would send {op.method} {op.path}?id={advert_id} {dumps(body)}; nothing sent"
            )
        return
    total = promotion.deposit(advert_id, amount, **kwargs)
    if as_json:
        emit({"advert_id": advert_id, "total": total})
    else:
        click.echo(f"campaign {advert_id}: budget now {total}")


@group.command("balance")
@click.option(
    "--json", "as_json", is_flag=True, help="One JSON document: WB's answer (net, balance, bonus...)."
)
@pass_app
def balance(app: App, as_json: bool) -> None:
    """The promotion account: account, balance (netting), bonuses."""
    b = plain(app.client().promotion.balance())
    if as_json:
        emit(b)
    else:
        money = f"account {b.get('net')}  balance {b.get('balance')}  bonus {b.get('bonus')}"
        click.echo(f"{money}  {b.get('currency') or ''}".rstrip())


# --- statistics -------------------------------------------------------------------------------------
METRICS = ("views", "clicks", "ctr", "cpc", "sum", "atbs", "orders", "cr", "shks", "sum_price", "canceled")
LEVELS = {
    "campaign": ("advertId", "from", "to"),
    "day": ("advertId", "date"),
    "nm": ("advertId", "date", "appType", "nmId", "name"),
}


def _stat_rows(item: dict[str, Any], level: str) -> Iterator[dict[str, Any]]:
    base = {"advertId": item.get("advertId"), "currency": item.get("currency")}
    if level == "campaign":  # the window's totals; its days tell which window it is
        days = sorted(str(d.get("date")) for d in item.get("days") or [] if d.get("date"))
        span = {"from": days[0] if days else None, "to": days[-1] if days else None}
        yield {**base, **span, **{m: item.get(m) for m in METRICS}}
        return
    for day in item.get("days") or []:
        when = {"date": day.get("date")}
        if level == "day":
            yield {**base, **when, **{m: day.get(m) for m in METRICS}}
            continue
        for app_ in day.get("apps") or []:
            for nm in app_.get("nms") or []:
                yield {
                    **base,
                    **when,
                    "appType": app_.get("appType"),
                    "nmId": nm.get("nmId"),
                    "name": nm.get("name"),
                    **{m: nm.get(m) for m in METRICS},
                }


@group.command("stats")
@click.argument("advert_ids", type=int, nargs=-1)
@click.option("--from", "from_", type=Day, required=True, help="First day, YYYY-MM-DD.")
@click.option("--to", type=Day, required=True, help="Last day, YYYY-MM-DD (included).")
@click.option(
    "--status", "statuses", type=click.Choice(["7", "9", "11"]), multiple=True,
    help="Without IDs: the campaigns in this status (repeat) [default: 7, 9 and 11, those with statistics].",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True,
    help="csv: a row per --level; jsonl: each campaign-window as WB sends it.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="The same as --format jsonl.")
@click.option(
    "--level", type=click.Choice(list(LEVELS)), default="nm", show_default=True,
    help="CSV rows: per campaign and window, per campaign and day, or per day, platform (appType) and card.",
)  # fmt: skip
@click.option("-o", "--output", "out_path", default="-", show_default=True, metavar="FILE|-")
@click.option(
    "--progress/--no-progress", default=None, help="Count on stderr [default: when it is a terminal]."
)
@pass_app
def stats(
    app: App,
    advert_ids: tuple[int, ...],
    from_: datetime,
    to: datetime,
    statuses: tuple[str, ...],
    fmt: str,
    as_json: bool,
    level: str,
    out_path: str,
    progress: bool | None,
) -> None:
    """Export full campaign statistics (GET /adv/v3/fullstats) of campaigns (IDs, or by status)
    from --from to --to. WB answers 50 campaigns and 31 days per request and allows 3 requests a
    minute: the client paces them, so a long period takes a while (progress on stderr)."""
    promotion = app.client().promotion
    ids: Sequence[int] = advert_ids or [
        c.advert_id for c in promotion.campaigns(statuses=[int(s) for s in statuses or ("7", "9", "11")])
    ]
    if not ids:
        click.echo("wbseller: no campaigns", err=True)
        return
    fmt = "jsonl" if as_json else fmt
    pages = promotion.iter_full_stats(ids, from_.date(), to.date())
    columns = (*LEVELS[level], *METRICS, "currency")
    n = 0
    with output(out_path) as out, counter(wanted(progress), "campaign-windows") as show:
        writer = csv.writer(out, lineterminator="\n")
        if fmt == "csv":
            writer.writerow(columns)
        for item in pages:
            data = plain(item)
            if fmt == "jsonl":
                out.write(dumps(data) + "\n")
            else:
                for row in _stat_rows(data, level):
                    writer.writerow([neutralised("" if row.get(c) is None else row[c]) for c in columns])
            n += 1
            show(n)
    click.echo(f"wbseller: {n} campaign-window(s) of statistics", err=True)


__all__ = ["group"]

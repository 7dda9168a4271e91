"""`wbseller campaigns bids`: card bids in kopecks, read (get) and set from a CSV or JSON file
(checked against WB's minimums, failed rows written back for a retry)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from typing import Any

import click

from wbseller_raw.promotion import ops

from ..errors import InvalidRequestError, UploadError
from ..services.promotion import BidsError, Campaign
from ._app import FAILED, OK, USAGE, App, CliError, one_line, pass_app
from ._io import Parser, integer, iter_table, text
from ._out import dumps, emit, output, plain, read_json_items, write_failed_csv, write_failed_jsonl

BID_COLUMNS: dict[str, Parser] = {
    "advertId": integer,
    "nmId": integer,
    "bidKopecks": integer,
    "placement": text,
}


@click.group("bids")
def bids() -> None:
    """Card bids in kopecks (0.01 rouble): read them, set them from a file."""


def _bid_rows(c: Campaign) -> list[dict[str, Any]]:
    """A campaign's bids as rows of `bids set`: a campaign with unified bid has one (combined), one
    with manual bid one per placement."""
    rows = []
    for nm in c.nms:
        places = (
            [("combined", nm.search_kopecks)]
            if c.bid_type == "unified"
            else [("search", nm.search_kopecks), ("recommendations", nm.recommendations_kopecks)]
        )
        for placement, kopecks in places:
            rows.append(
                {"advertId": c.advert_id, "nmId": nm.nm_id, "placement": placement, "bidKopecks": kopecks}
            )
    return rows


@bids.command("get")
@click.argument("advert_ids", type=int, nargs=-1, required=True)
@click.option("-o", "--output", "out_path", default="-", show_default=True, metavar="FILE|-")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON lines: advertId, nmId, placement, bidKopecks."
)  # fmt: skip
@pass_app
def bids_get(app: App, advert_ids: tuple[int, ...], out_path: str, as_json: bool) -> None:
    """The cards' bids of campaigns as CSV with the columns `bids set` reads (advertId, nmId,
    placement, bidKopecks): edit the bids, give the file back to `bids set`."""
    found = app.client().promotion.campaigns(advert_ids)
    with output(out_path) as out:
        writer = csv.writer(out, lineterminator="\n")
        if not as_json:
            writer.writerow(["advertId", "nmId", "placement", "bidKopecks"])
        for c in found:
            for row in _bid_rows(c):
                if as_json:
                    out.write(dumps(row) + "\n")
                else:
                    writer.writerow([row["advertId"], row["nmId"], row["placement"], row["bidKopecks"]])


@dataclass
class BidSource:
    rows: list[dict[str, Any]]  # flat: advert_id, nm_id, bid_kopecks, placement?
    lines: list[int | None]
    csv: bool


def _read_bids(path: str) -> BidSource:
    """CSV (advertId, nmId, bidKopecks, placement) or JSON: flat objects {advert_id, nm_id,
    bid_kopecks, placement}, or WB's [{advert_id, nm_bids: [...]}]."""
    if path.lower().endswith(".csv") or not _looks_json(path):
        rows: list[dict[str, Any]] = []
        lines: list[int | None] = []
        for line, row in iter_table(path, BID_COLUMNS, {"advertId", "nmId", "bidKopecks"}):
            rows.append(
                {"advert_id": row["advertId"], "nm_id": row["nmId"], "bid_kopecks": row["bidKopecks"]}
                | ({"placement": row["placement"]} if "placement" in row else {})
            )
            lines.append(line)
        return BidSource(rows, lines, True)
    flat: list[dict[str, Any]] = []
    for i, item in enumerate(read_json_items(path)):
        if not isinstance(item, dict):
            raise CliError(f"{path}: item {i}: expected an object", USAGE)
        nm_bids = item.get("nm_bids", [item])
        for nb in nm_bids if isinstance(nm_bids, list) else [nm_bids]:
            flat.append(
                {"advert_id": item.get("advert_id"), **{k: v for k, v in nb.items() if k != "advert_id"}}
            )
    return BidSource(flat, [None] * len(flat), False)


def _looks_json(path: str) -> bool:
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        return f.read(64).lstrip().startswith(("[", "{"))


def _grouped(
    rows: list[dict[str, Any]],
) -> tuple[dict[int, list[dict[str, Any]]], dict[tuple[int, int], int]]:
    """{advert_id: [nm_bid...]} (set_custom_bids' form), and (i, j) of bids[i].nm_bids[j] -> row."""
    grouped: dict[Any, list[dict[str, Any]]] = {}
    where: dict[tuple[int, int], int] = {}
    order: dict[Any, int] = {}
    for n, row in enumerate(rows):
        advert_id = row.get("advert_id")
        i = order.setdefault(advert_id, len(order))
        nm_bids = grouped.setdefault(advert_id, [])
        where[(i, len(nm_bids))] = n
        nm_bids.append({k: v for k, v in row.items() if k != "advert_id"})
    return grouped, where


def _row_error(
    e: InvalidRequestError, source: BidSource, where: dict[tuple[int, int], int], path: str
) -> CliError:
    m = re.match(r"bids\[(\d+)\]\.nm_bids\[(\d+)\]", e.field or "")
    n = where.get((int(m.group(1)), int(m.group(2)))) if m else None
    line = source.lines[n] if n is not None else None
    if line is not None:
        return CliError(f"{path}, line {line}: {one_line(e)}", USAGE)
    return CliError(f"{path}: item {n}: {one_line(e)}" if n is not None else f"{path}: {one_line(e)}", USAGE)


@bids.command("set")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--no-check-minimum", is_flag=True,
    help="Do not refuse a bid below the minimum WB publishes (WB itself may refuse it).",
)  # fmt: skip
@click.option(
    "--failed", "failed_file", metavar="FILE",
    help="Write the bids WB did not confirm to FILE in the input's form (CSV with an `error` column, "
    "or JSON lines), for the same command to take back.",
)  # fmt: skip
@click.option(
    "--dry-run", is_flag=True,
    help="Check every bid (the campaigns and WB's minimums are read), print the requests, send no bid.",
)  # fmt: skip
@click.option(
    "--json", "as_json", is_flag=True,
    help="One JSON document: applied [{advert_id, nm_id, placement, bid_kopecks}], failed [... error], "
    "currency; --dry-run: the requests' bodies.",
)  # fmt: skip
@pass_app
@click.pass_context
def bids_set(
    ctx: click.Context,
    app: App,
    file: str,
    no_check_minimum: bool,
    failed_file: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Set card bids in kopecks from FILE: CSV with the columns advertId, nmId, bidKopecks and
    placement (optional: search, recommendations or combined; empty: every placement of the
    campaign), as `bids get` writes; or JSON (an array or JSON lines) of {advert_id, nm_id,
    bid_kopecks, placement} or WB's {advert_id, nm_bids: [...]}.

    Every bid is checked first, against the campaign's bid type and the minimum bid WB publishes
    (a bad one: exit 2, naming its line; nothing sent). A bid counts as set only when WB's answer
    lists it: the others are reported (exit 1) and, with --failed FILE, written there.
    """
    source = _read_bids(file)
    grouped, where = _grouped(source.rows)
    promotion = app.client().promotion
    try:
        if dry_run:
            bodies = promotion.check_bids(grouped, check_minimum=not no_check_minimum)
        else:
            result = promotion.set_custom_bids(grouped, check_minimum=not no_check_minimum)
            failed: dict[Any, Any] = {}
    except InvalidRequestError as e:
        raise _row_error(e, source, where, file) from e
    except BidsError as e:
        result, failed = e.result, dict(e.failed)
    except UploadError:
        raise
    if dry_run:
        op = ops.CHANGING_CAMPAIGNS_BIDS
        if as_json:
            emit(
                {
                    "dry_run": True,
                    "requests": [{"method": op.method, "path": op.path, "body": b} for b in bodies],
                }
            )
        else:
            n = sum(len(c["nm_bids"]) for b in bodies for c in b["bids"])
            click.echo(
                f"dry run: {len(source.rows)} bid(s) checked; would send {n} bid(s) in {len(bodies)} "
                f"request(s) to {op.method} {op.path}; nothing sent"
            )
        return
    applied = [plain(b) for b in result.applied]
    failures = [
        {"advert_id": a, "nm_id": n, "placement": p, "error": str(why)} for (a, n, p), why in failed.items()
    ]
    if as_json:
        emit({"applied": applied, "failed": failures, "currency": result.currency})
    else:
        for f in failures:
            click.echo(f"failed {f['advert_id']} nmID {f['nm_id']} {f['placement']}: {f['error']}")
        click.echo(f"{len(applied)} bid(s) set, {len(failures)} not confirmed")
    if failed_file is not None:
        _write_failed_bids(failed_file, source, failed)
    ctx.exit(FAILED if failures else OK)


def _write_failed_bids(path: str, source: BidSource, failed: dict[Any, Any]) -> None:
    def why(row: dict[str, Any]) -> str | None:
        for (a, n, p), reason in failed.items():
            if (a, n) == (row.get("advert_id"), row.get("nm_id")) and row.get("placement") in (None, p):
                return str(reason)
        return None

    kept = [(row, why(row)) for row in source.rows]
    if source.csv:
        rows = [
            (
                {
                    "advertId": r["advert_id"],
                    "nmId": r["nm_id"],
                    "bidKopecks": r["bid_kopecks"],
                    "placement": r.get("placement"),
                },
                w,
            )
            for r, w in kept
            if w is not None
        ]
        n = write_failed_csv(path, list(BID_COLUMNS), rows)
    else:
        n = write_failed_jsonl(path, [r for r, w in kept if w is not None])
    click.echo(f"wbseller: {n} bid(s) not confirmed written to {path}", err=True)

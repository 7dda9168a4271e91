"""`wbseller cards create FILE` / `cards update FILE`: product cards from JSON (WB's card objects:
an array or JSON lines, such as `cards export` writes) or CSV (a row per size, the common fields),
through client.content.create_cards / update_cards (checked, split into WB's requests) and
CardsUpload.wait (each vendorCode's nmID, or WB's messages from its list of failed cards)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import click

from ..errors import InvalidRequestError, WaitTimeoutError
from ..operations import operation
from ..services.content import CardsResult
from ._app import FAILED, OK, USAGE, App, CliError, at_row, pass_app
from ._io import Parser, integer, iter_table, text
from ._out import emit, plain, read_json_items, write_failed_csv, write_failed_jsonl

# CSV: a row per size; rows with the same vendorCode are one variant (its sizes), and (create)
# variants with the same `card` value one card of several variants
CREATE_COLUMNS: dict[str, Parser] = {
    "card": text,
    "subjectID": integer,
    "vendorCode": text,
    "title": text,
    "description": text,
    "brand": text,
    "length": integer,
    "width": integer,
    "height": integer,
    "weightBrutto": float,
    "techSize": text,
    "wbSize": text,
    "price": integer,
    "skus": text,  # barcodes, space-separated
}
# CSV update: the card as the cards list has it, these fields replaced where a cell is not empty
UPDATE_COLUMNS: dict[str, Parser] = {
    "nmID": integer,
    "vendorCode": text,
    "title": text,
    "description": text,
    "brand": text,
    "length": integer,
    "width": integer,
    "height": integer,
    "weightBrutto": float,
}
VARIANT_FIELDS = ("vendorCode", "title", "description", "brand")
DIMENSIONS = ("length", "width", "height", "weightBrutto")
SIZE_FIELDS = ("techSize", "wbSize", "price")


@dataclass
class Source:
    """The cards read from FILE, and where each came from: its line(s), and for CSV the rows."""

    path: str
    csv: bool
    cards: list[Any]
    lines: dict[int, int] = field(default_factory=dict)  # card index -> its (first) line
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # vendorCode -> CSV rows


def _is_csv(path: str) -> bool:
    if path.lower().endswith((".json", ".jsonl", ".ndjson")):
        return False
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        head = f.read(64).lstrip()
    return not head.startswith(("[", "{"))


def _json_source(path: str) -> Source:
    cards = read_json_items(path)
    lines: dict[int, int] = {}
    with open(path, encoding="utf-8-sig") as f:
        if not f.read(64).lstrip().startswith("["):  # JSON lines: a card a non-blank line
            f.seek(0)
            numbered = [n for n, line in enumerate(f, 1) if line.strip()]
            lines = dict(enumerate(numbered))
    return Source(path, False, cards, lines)


def _create_source(path: str) -> Source:
    """Cards to create from CSV rows (see CREATE_COLUMNS)."""
    source = Source(path, True, [])
    variants: dict[str, dict[str, Any]] = {}
    cards: dict[str, dict[str, Any]] = {}
    for line, row in iter_table(path, CREATE_COLUMNS, {"subjectID", "vendorCode"}):
        vc = row["vendorCode"]
        source.rows.setdefault(vc, []).append(row)
        variant = variants.get(vc)
        if variant is None:
            variant = variants[vc] = {k: row[k] for k in VARIANT_FIELDS if k in row}
            dims = {k: row[k] for k in DIMENSIONS if k in row}
            if dims:
                variant["dimensions"] = dims
            variant["sizes"] = []
            key = row.get("card") or f"\0{vc}"
            card = cards.get(key)
            if card is None:
                card = cards[key] = {"subjectID": row["subjectID"], "variants": []}
                source.lines[len(cards) - 1] = line
            card["variants"].append(variant)
        size = {k: row[k] for k in SIZE_FIELDS if k in row}
        if "skus" in row:
            size["skus"] = row["skus"].split()
        if size:
            variant["sizes"].append(size)
    for variant in variants.values():
        if not variant["sizes"]:
            del variant["sizes"]
    source.cards = list(cards.values())
    return source


def _update_source(app: App, path: str) -> Source:
    """The cards to update from CSV rows (see UPDATE_COLUMNS): each read whole from the cards
    list (client.content.cards_by_nm_id), the row's non-empty cells put in."""
    rows = list(iter_table(path, UPDATE_COLUMNS, {"nmID"}))
    try:
        current = app.client().content.cards_by_nm_id([row["nmID"] for _, row in rows])
    except InvalidRequestError as e:
        unknown = set(e.value or ())
        line = next((ln for ln, row in rows if row["nmID"] in unknown), None)
        raise CliError(f"{path}, line {line}: {e}" if line else str(e), USAGE) from e
    source = Source(path, True, [])
    for n, (line, row) in enumerate(rows):
        card = plain(current[row["nmID"]])
        card.update({k: row[k] for k in VARIANT_FIELDS if k in row})
        dims = {k: row[k] for k in DIMENSIONS if k in row}
        if dims:
            card["dimensions"] = {**(card.get("dimensions") or {}), **dims}
        source.cards.append(card)
        source.lines[n] = line
        source.rows.setdefault(str(card.get("vendorCode")), []).append(row)
    return source


def _vendor_codes(card: Any) -> list[str]:
    if not isinstance(card, dict):
        return []
    return [str(v.get("vendorCode")) for v in card.get("variants") or [card] if isinstance(v, dict)]


def _failed_items(cards: list[Any], failed: dict[str, list[str]], update: bool) -> list[Any]:
    """The cards holding a failed vendorCode, as read (a card to create keeps only its failed
    variants: the others were created)."""
    out = []
    for card in cards:
        codes = _vendor_codes(card)
        if not any(vc in failed for vc in codes):
            continue
        if update or not isinstance(card, dict):
            out.append(card)
        else:
            variants = [v for v in card["variants"] if str(v.get("vendorCode")) in failed]
            out.append({**card, "variants": variants})
    return out


def _write_failed(path: str, source: Source, failed: dict[str, list[str]], update: bool) -> None:
    if source.csv:
        columns = list(UPDATE_COLUMNS if update else CREATE_COLUMNS)
        rows = ((row, "; ".join(errs)) for vc, errs in failed.items() for row in source.rows.get(vc, []))
        n = write_failed_csv(path, columns, rows)
    else:
        n = write_failed_jsonl(path, _failed_items(source.cards, failed, update))
    click.echo(f"wbseller: {n} failed {'row' if source.csv else 'card'}(s) written to {path}", err=True)


def _report(result: CardsResult, update: bool, as_json: bool, say: Callable[[str], None]) -> None:
    done = "updated" if update else "created"
    for vc, outcome in result.cards.items():
        if outcome.errors:
            say(f"failed {vc}: {'; '.join(outcome.errors)}")
    if as_json:
        emit(
            {
                "cards": [
                    {
                        "vendorCode": vc,
                        "nmID": o.nm_id,
                        "imtID": o.imt_id,
                        "ok": o.ok,
                        "errors": o.errors,
                        "batchUUID": o.batch_uuid,
                    }
                    for vc, o in result.cards.items()
                ],
                "ok": len(result.nm_ids),
                "failed": len(result.failed),
            }
        )
    else:
        say(f"{len(result.nm_ids)} card(s) {done}, {len(result.failed)} failed")


def _write(
    app: App,
    file: str,
    update: bool,
    wait: bool,
    wait_timeout: float | None,
    poll: float | None,
    failed_file: str | None,
    dry_run: bool,
    as_json: bool,
) -> int:
    csv_input = _is_csv(file)
    if csv_input:
        source = _update_source(app, file) if update else _create_source(file)
    else:
        source = _json_source(file)
    content = app.client(offline=dry_run and not (csv_input and update)).content
    say: Callable[[str], None] = (lambda line: None) if as_json else click.echo
    try:
        if dry_run:
            bodies = content.check_cards(source.cards, update=update)
        else:
            upload = content.update_cards(source.cards) if update else content.create_cards(source.cards)
    except InvalidRequestError as e:
        raise at_row(e, source.lines, file) from e
    if dry_run:
        op = operation("content", "update_product_cards" if update else "create_product_cards")
        if as_json:
            requests = [{"method": op.method, "path": op.path, "body": b} for b in bodies]
            emit({"dry_run": True, "cards": len(source.cards), "requests": requests})
        else:
            say(
                f"dry run: {len(source.cards)} card(s) checked; would send {len(bodies)} request(s) to "
                f"{op.method} {op.path}; nothing sent"
            )
        return OK
    if not wait:
        if as_json:
            emit({"vendorCodes": upload.vendor_codes, "since": upload.since.isoformat()})
        else:
            say(f"sent {len(upload.vendor_codes)} card(s) at {upload.since.isoformat()}")
        return OK
    timeout = 600.0 if wait_timeout is None else wait_timeout
    try:
        result = upload.wait(timeout=timeout, poll=poll)
    except WaitTimeoutError as e:
        raise CliError(
            f"{len(upload.vendor_codes)} card(s) sent at {upload.since.isoformat()}: not all in WB's lists "
            f"after {timeout:g} s; look again later (cards export, or client.content.cards_upload)"
        ) from e
    _report(result, update, as_json, say)
    if failed_file is not None:
        _write_failed(failed_file, source, result.failed, update)
    return FAILED if result.failed else OK


Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _options() -> Decorator:
    """The arguments and options `create` and `update` share."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        decorators: list[Decorator] = [
            click.argument("file", type=click.Path(exists=True, dir_okay=False)),
            click.option(
                "--wait/--no-wait",
                default=True,
                show_default=True,
                help="Wait until each card is in WB's cards list or its list of failed cards.",
            ),
            click.option(
                "--wait-timeout",
                "wait_timeout",
                type=click.FloatRange(min=0),
                metavar="SECONDS",
                help="With --wait: seconds to wait at most [default: 600].",
            ),
            click.option("--poll", type=click.FloatRange(min=0), help="Seconds between looks [default: 6]."),
            click.option(
                "--failed",
                "failed_file",
                metavar="FILE",
                help="Write what failed to FILE in the input's form (JSON lines of the cards, "
                "or the CSV rows with an `error` column), for the same command to take back.",
            ),
            click.option(
                "--dry-run", is_flag=True, help="Check every card, print the requests, send nothing."
            ),
            click.option(
                "--json",
                "as_json",
                is_flag=True,
                help="One JSON document: cards [{vendorCode, nmID, imtID, ok, errors}], ok, failed; "
                "--no-wait: vendorCodes, since; --dry-run: the requests' bodies.",
            ),
            pass_app,
            click.pass_context,
        ]
        for decorator in reversed(decorators):
            f = decorator(f)
        return f

    return decorate


@click.command("create")
@_options()
def create(ctx: click.Context, app: App, file: str, **options: Any) -> None:
    """Create product cards from FILE and report each: its nmID, or WB's messages (exit 1 if any
    failed).

    \b
    JSON (an array, or JSON lines): WB's cards to create, {"subjectID", "variants": [...]}.
    CSV: a row per size, columns subjectID and vendorCode (required), title, description, brand,
      length, width, height, weightBrutto, techSize, wbSize, price, skus (barcodes, space-
      separated), card (rows whose card is the same make one card of several variants; rows of
      one vendorCode are the sizes of one variant). Characteristics need JSON.

    Every card is checked before anything is sent (a bad one: exit 2, naming its line).
    """
    ctx.exit(_write(app, file, False, **options))


@click.command("update")
@_options()
def update(ctx: click.Context, app: App, file: str, **options: Any) -> None:
    """Update product cards from FILE and report each (exit 1 if any failed). WB replaces a card
    whole with what is sent.

    \b
    JSON (an array, or JSON lines): whole cards, as `cards export` writes them (edit and send
      back; what only the list shows is read past).
    CSV: columns nmID (required), vendorCode, title, description, brand, length, width, height,
      weightBrutto: each card is read from the cards list and the non-empty cells put in.
    """
    ctx.exit(_write(app, file, True, **options))


__all__ = ["create", "update"]

"""`wbseller feedbacks`: the feedbacks (or questions) waiting for an answer, as a CSV with an empty
`text` column to fill (`list`), and the answers sent from such a file or JSON lines (`answer`),
through client.feedbacks (every text checked before anything is sent)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import click

from ..errors import (
    AuthError,
    ForbiddenError,
    InvalidRequestError,
    TokenExpiredError,
    TokenScopeError,
    WBError,
)
from ..services.feedbacks import ANSWER_MAX, ANSWER_MIN, QUESTION_MAX
from ._app import FAILED, USAGE, App, CliError, pass_app
from ._io import read_table, text
from ._out import dumps, emit, output, plain, read_json_items, write_failed_csv, write_failed_jsonl
from .card_lines import neutralised

# what `list` writes besides id and text (the answer to fill), read past by `answer`
INFO = ("nmID", "vendorCode", "valuation", "createdDate", "feedback", "pros", "cons")
COLUMNS = {"id": text, "text": text}
# errors that would refuse every row alike: the rows after one are not sent
STOPPING = (AuthError, ForbiddenError, TokenScopeError, TokenExpiredError)


@click.group("feedbacks")
def group() -> None:
    """Buyers' feedbacks and questions: list them, answer them from a file."""


def _row(item: dict[str, Any], questions: bool) -> list[Any]:
    product = item.get("productDetails") or {}
    values = [
        item.get("id"),
        "",  # the answer, to fill in
        product.get("nmId"),
        product.get("supplierArticle"),
        None if questions else item.get("productValuation"),
        item.get("createdDate"),
        item.get("text"),
        None if questions else item.get("pros"),
        None if questions else item.get("cons"),
    ]
    return [neutralised("" if v is None else v) for v in values]


@group.command("list")
@click.option("--unanswered/--answered", default=True, show_default=True, help="Which ones.")
@click.option("--questions", is_flag=True, help="Questions instead of feedbacks.")
@click.option("--nm-id", type=int, default=None, metavar="NMID", help="Only this product's.")
@click.option("-o", "--output", "out_path", default="-", show_default=True, metavar="FILE|-")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one per feedback, as WB describes it.")
@pass_app
def list_(
    app: App, unanswered: bool, questions: bool, nm_id: int | None, out_path: str, as_json: bool
) -> None:
    """List feedbacks (or --questions), unanswered by default, newest first, as CSV: id, text (an
    empty column: write the answer there and give the file to `feedbacks answer`), nmID,
    vendorCode, valuation, createdDate, feedback, pros, cons. A cell a spreadsheet would take for a
    formula gets a leading quote."""
    fb = app.client().feedbacks
    pages = (fb.iter_questions if questions else fb.iter_feedbacks)(answered=not unanswered, nm_id=nm_id)
    n = 0
    with output(out_path) as out:
        writer = csv.writer(out, lineterminator="\n")
        if not as_json:
            writer.writerow(["id", "text", *INFO])
        for item in pages:
            d = plain(item)
            if as_json:
                out.write(dumps(d) + "\n")
            else:
                writer.writerow(_row(d, questions))
            n += 1
    what = "question(s)" if questions else "feedback(s)"
    click.echo(f"wbseller: {n} {'unanswered' if unanswered else 'answered'} {what}", err=True)


def _is_json(path: str) -> bool:
    if path.endswith((".jsonl", ".json", ".ndjson")):
        return True
    with open(path, "rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"{", b"["))


def _read(path: str, questions: bool) -> tuple[list[dict[str, Any]], list[int], int, bool]:
    """(rows {id, text}, their lines, rows skipped for an empty text, JSON?) with every text
    checked against WB's limits: a bad one is a usage error naming its line, before any call."""
    as_json = _is_json(path)
    if as_json:
        items = read_json_items(path)
        rows, lines = [], []
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise CliError(f'{path}, item {n}: expected {{"id": "...", "text": "..."}}', USAGE)
            rows.append({"id": item["id"], "text": item.get("text") or ""})
            lines.append(n)
    else:
        table = read_table(path, COLUMNS, {"id"}, INFO)
        rows, lines = [{"id": r["id"], "text": r.get("text", "")} for r in table.rows], table.lines
    kept = [(r, ln) for r, ln in zip(rows, lines, strict=True) if r["text"].strip()]
    low, high = (1, QUESTION_MAX) if questions else (ANSWER_MIN, ANSWER_MAX)
    where = "item" if as_json else "line"
    for row, line in kept:
        if len(row["text"].strip()) < low or len(row["text"]) > high:
            raise CliError(
                f"{path}, {where} {line}: text: {len(row['text'])} characters; WB takes {low} to {high}",
                USAGE,
            )
    return [r for r, _ in kept], [ln for _, ln in kept], len(rows) - len(kept), as_json


@group.command("answer")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--questions", is_flag=True, help="The IDs are questions': answer (publish) them.")
@click.option(
    "--failed", "failed_file", metavar="FILE",
    help="Write the rows not answered to FILE (the same format as FILE, with WB's reason in "
    "`error`), for the same command to take back.",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check every row, send nothing.")
@click.option("--json", "as_json", is_flag=True, help='One JSON document: {"answered", "failed", "skipped"}.')
@pass_app
def answer(
    app: App, file: str, questions: bool, failed_file: str | None, dry_run: bool, as_json: bool
) -> None:
    """Answer feedbacks (or --questions) from FILE: a CSV with the columns id and text (what
    `feedbacks list` writes, its other columns read past) or JSON lines {"id", "text"}. A row
    with an empty text is skipped. Every text is checked (a feedback's answer: 2 to 5000
    characters) before anything is sent (a bad one: exit 2, naming its line). A row WB refuses
    (an unknown or already answered feedback) does not stop the others; they are reported, and
    with --failed FILE written there, to mend and send again (exit 1). An error every row would
    meet (the token) stops the sending: the rows not sent are in the file too."""
    rows, _lines, skipped, is_json = _read(file, questions)
    if dry_run:
        result = {"dry_run": True, "rows": len(rows), "skipped": skipped}
        emit(result) if as_json else click.echo(f"dry run: {len(rows)} answer(s) checked; nothing sent")
        return
    fb = app.client().feedbacks
    send = fb.answer_question if questions else fb.answer_feedback
    failed: list[tuple[dict[str, Any], str]] = []
    answered = 0
    stop: str | None = None
    for row in rows:
        if stop is not None:
            failed.append((row, f"not sent: {stop}"))
            continue
        try:
            send(row["id"], row["text"])
            answered += 1
        except InvalidRequestError as e:  # checked above; a text WB's schema refuses otherwise
            failed.append((row, str(e)))
        except STOPPING as e:
            stop = str(e).splitlines()[0]
            failed.append((row, stop))
        except WBError as e:
            failed.append((row, str(e).splitlines()[0]))
    if failed_file is not None:
        _write_failed(failed_file, failed, is_json)
    if as_json:
        emit({"answered": answered, "failed": len(failed), "skipped": skipped})
    else:
        click.echo(f"answered {answered}; failed {len(failed)}; skipped {skipped} (no text)")
    for row, reason in failed[:20]:
        click.echo(f"wbseller: {row['id']}: {reason}", err=True)
    if failed:
        raise CliError(f"{len(failed)} answer(s) not sent or refused", FAILED)


def _write_failed(path: str, failed: list[tuple[dict[str, Any], str]], is_json: bool) -> None:
    if is_json:
        n = write_failed_jsonl(path, [{**row, "error": reason} for row, reason in failed])
    else:
        n = write_failed_csv(path, list(COLUMNS), failed)
    if n:
        click.echo(f"wbseller: {n} row(s) not answered written to {Path(path)}", err=True)

"""The lines of a card export (`wbseller cards export`): JSON lines, CSV (a row per card) or a row
per size, with spreadsheet formulas neutralised (also used by the other exports)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

CSV_COLUMNS = (
    "nmID",
    "imtID",
    "nmUUID",
    "vendorCode",
    "subjectID",
    "subjectName",
    "brand",
    "title",
    "skus",  # every size's barcodes, space-separated
    "photos",  # how many
    "createdAt",
    "updatedAt",
)
# --format sizes: a row per size, the columns `stocks set` reads (chrtId, amount: left empty, for
# the user to fill) and what tells the size apart for the reader (read past by `stocks set`)
SIZE_COLUMNS = ("chrtId", "amount", "nmID", "vendorCode", "techSize", "wbSize", "skus", "title")
# A text cell starting with one of these is a formula to a spreadsheet (a title "=HYPERLINK(...)"
# becomes a live link, "@SUM(...)" runs): OWASP's CSV injection advice is to prefix such a cell with
# a single quote, which spreadsheets show as text and do not display.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_line(values: list[Any]) -> bytes:
    buf = io.StringIO()
    # csv quotes a cell holding the line terminator ("\n") but not a lone CR, which readers take
    # for a line break: a row with one is written with every cell quoted
    cr = any(isinstance(v, str) and "\r" in v for v in values)
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL if cr else csv.QUOTE_MINIMAL).writerow(values)
    return buf.getvalue().encode()


def neutralised(value: Any) -> Any:
    """A text cell a spreadsheet would read as a formula, prefixed with a single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_values(card: dict[str, Any], formulas: bool = False) -> list[Any]:
    skus = [sku for size in card.get("sizes") or [] for sku in size.get("skus") or []]
    derived = {"skus": " ".join(skus), "photos": len(card.get("photos") or [])}
    values = [derived[c] if c in derived else card.get(c, "") for c in CSV_COLUMNS]
    return values if formulas else [neutralised(v) for v in values]


def size_rows(card: dict[str, Any], amounts: dict[int, int] | None = None) -> list[dict[str, Any]]:
    """A card's sizes as rows of SIZE_COLUMNS (a size without a chrtID is left out: nothing can
    set its stock); `amounts`: chrtID -> the stock to fill in."""
    rows = []
    for size in card.get("sizes") or []:
        chrt = size.get("chrtID")
        if chrt is None:
            continue
        rows.append(
            {
                "chrtId": chrt,
                "amount": (amounts or {}).get(chrt),
                "nmID": card.get("nmID"),
                "vendorCode": card.get("vendorCode"),
                "techSize": size.get("techSize"),
                "wbSize": size.get("wbSize"),
                "skus": " ".join(size.get("skus") or []),
                "title": card.get("title"),
            }
        )
    return rows


def size_line(row: dict[str, Any], formulas: bool = False) -> bytes:
    values = ["" if row.get(c) is None else row[c] for c in SIZE_COLUMNS]
    return _csv_line(values if formulas else [neutralised(v) for v in values])


def header(fmt: str) -> bytes:
    if fmt == "sizes":
        return _csv_line(list(SIZE_COLUMNS))
    return _csv_line(list(CSV_COLUMNS)) if fmt == "csv" else b""


def line(fmt: str, card: dict[str, Any], formulas: bool = False) -> bytes:
    """One card as lines of the output (a line; with sizes, one per size); in CSV, formula-like
    cells neutralised unless `formulas`."""
    if fmt == "sizes":
        return b"".join(size_line(row, formulas) for row in size_rows(card))
    if fmt == "csv":
        return _csv_line(_csv_values(card, formulas))
    return json.dumps(card, ensure_ascii=False).encode() + b"\n"

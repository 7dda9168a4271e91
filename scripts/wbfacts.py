"""Read ../shared/wb-facts/endpoints.tsv: method, host, sandbox host, content type and success
status of every documented operation, and which of our spec files each host belongs to."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS_DIR = Path(os.environ.get("WB_DOCS", ROOT.parent / "shared" / "wb-docs"))
FACTS_DIR = Path(os.environ.get("WB_FACTS", ROOT.parent / "shared" / "wb-facts"))

# One spec file per WB host.
HOST_SPEC = {
    "common-api.wildberries.ru": "general",
    "api.wildberries.ru": "general",  # /general/health, shown in api-information.txt
    "content-api.wildberries.ru": "content",
    "discounts-prices-api.wildberries.ru": "prices",
    "marketplace-api.wildberries.ru": "marketplace",
    "advert-api.wildberries.ru": "promotion",
    "advert-media-api.wildberries.ru": "media",
    "dp-calendar-api.wildberries.ru": "calendar",
    "devapi-digital.wildberries.ru": "wbd",
}


@dataclass(frozen=True)
class Fact:
    host: str
    sandbox_host: str | None
    method: str
    path: str
    content_type: str | None
    success: tuple[int, ...]

    @property
    def spec(self) -> str:
        return HOST_SPEC[self.host]


def read_facts(facts_dir: str | Path = FACTS_DIR) -> list[Fact]:
    with open(Path(facts_dir) / "endpoints.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [
        Fact(
            host=r["host"],
            sandbox_host=r["sandbox_host"] or None,
            method=r["method"].upper(),
            path=r["path"],
            content_type=r["request_content_type"] or None,
            success=tuple(int(s) for s in r["success_status"].split("/")),
        )
        for r in rows
    ]

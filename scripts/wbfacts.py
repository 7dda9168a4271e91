"""Read ../shared/wb-facts/endpoints.tsv: method, host, sandbox host, content type and success
status of every documented operation, and which of our spec files each host belongs to; and the
operations a dated facts file (`wb-facts/2026-08/operations.yaml`) lists as new, the source of an
operation the docs do not have (`x-wb-source: ["wb-facts/2026-08/operations.yaml: new"]`)."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

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


# "wb-facts/<dir>/<file>.yaml: <section>": an operation sourced from a facts file, not from the docs
FACTS_SOURCE = re.compile(r"^wb-facts/(?P<file>[\w.-]+/[\w.-]+\.yaml): (?P<section>\w+)$")


@cache
def facts_operations(
    file: str, section: str, facts_dir: str | Path = FACTS_DIR
) -> frozenset[tuple[str, str, str]]:
    """(host, METHOD, path) of every operation the facts file lists under `section` (its groups'
    lists, e.g. `new: {promotion: [...]}`); empty when the file or section is missing."""
    path = Path(facts_dir) / file
    if not path.is_file():
        return frozenset()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = data.get(section) if isinstance(data, dict) else None
    if isinstance(groups, list):
        groups = {"": groups}
    out: set[tuple[str, str, str]] = set()
    for entries in (groups or {}).values():
        for e in entries or []:
            hosts = e.get("host") or []
            for host in [hosts] if isinstance(hosts, str) else hosts:
                out.add((str(host), str(e.get("method", "")).upper(), str(e.get("path", ""))))
    return frozenset(out)

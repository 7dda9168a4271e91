"""Read ../shared/wb-facts/endpoints.tsv: method, host, sandbox host, content type and success
status of every documented operation, and which of our spec files each host belongs to; and the
operations a dated facts file lists, the source of an operation the docs do not have: the `new`
ones of `wb-facts/2026-08/operations.yaml` (`x-wb-source: ["wb-facts/2026-08/operations.yaml:
new"]`), the `groups` and `retired` of `wb-facts/2026-08-groups/operations.yaml`
(`x-wb-source: ["wb-facts/2026-08-groups/operations.yaml: fbw_supplies POST /api/v1/supplies"]`)."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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
    # the groups the docs lack (wb-facts/2026-08-groups); marketplace orders and tariffs join
    # marketplace and general
    "supplies-api.wildberries.ru": "supplies",
    "statistics-api.wildberries.ru": "statistics",
    "seller-analytics-api.wildberries.ru": "analytics",
    "finance-api.wildberries.ru": "finance",
    "documents-api.wildberries.ru": "documents",
    "feedbacks-api.wildberries.ru": "feedbacks",
    "buyer-chat-api.wildberries.ru": "chat",
    "returns-api.wildberries.ru": "returns",
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


# "wb-facts/<dir>/<file>.yaml: <section>[ <METHOD> <path>]": an operation sourced from a facts file,
# not from the docs; the section is a top-level list of the file (`new`, `retired`) or a group of
# its `groups` (`fbw_supplies`)
FACTS_SOURCE = re.compile(
    r"^wb-facts/(?P<file>[\w.-]+/[\w.-]+\.yaml): (?P<section>\w+)(?: (?P<method>[A-Z]+) (?P<path>/\S*))?$"
)


@dataclass(frozen=True)
class FactsOperation:
    """One operation of a facts file: where it lives and what it answers."""

    host: str
    method: str
    path: str
    sandbox_host: str | None
    success: tuple[int, ...]  # empty for a retired operation (the facts keep no answers)
    content_types: tuple[str, ...]  # of the request body
    entry: Any  # the facts' entry as it is


@cache
def _facts_file(file: str, facts_dir: str | Path) -> dict[str, Any]:
    """A facts file, read once (half a megabyte of YAML: libyaml's loader where there is one)."""
    path = Path(facts_dir) / file
    if not path.is_file():
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    return data if isinstance(data, dict) else {}


@cache
def facts_entries(file: str, section: str, facts_dir: str | Path = FACTS_DIR) -> tuple[FactsOperation, ...]:
    """Every operation the facts file lists under `section`: a top-level key (a list, or a mapping
    of groups to lists) or a group of its `groups`; empty when the file or section is missing."""
    data = _facts_file(file, facts_dir)
    found = data.get(section)
    if found is None and isinstance(data.get("groups"), dict):
        found = data["groups"].get(section)
    lists = found.values() if isinstance(found, dict) else [found or []]
    out = []
    for entries in lists:
        for e in entries or []:
            hosts = e.get("host") or []
            sandbox = e.get("sandbox_host") or []
            responses = e.get("responses") or {}
            body = e.get("request_body") or {}
            for host in [hosts] if isinstance(hosts, str) else hosts:
                out.append(
                    FactsOperation(
                        host=str(host),
                        method=str(e.get("method", "")).upper(),
                        path=str(e.get("path", "")),
                        sandbox_host=(sandbox if isinstance(sandbox, str) else (sandbox or [None])[0]),
                        success=tuple(sorted(int(c) for c in responses if str(c).startswith("2"))),
                        content_types=tuple(sorted(body.get("content") or {})),
                        entry=e,
                    )
                )
    return tuple(out)


def facts_operations(
    file: str, section: str, facts_dir: str | Path = FACTS_DIR
) -> frozenset[tuple[str, str, str]]:
    """(host, METHOD, path) of every operation the facts file lists under `section`."""
    return frozenset((f.host, f.method, f.path) for f in facts_entries(file, section, facts_dir))

"""Write WB's limits per token type (../shared/wb-facts/2026-08/limits.tsv) into the specs.

    python scripts/apply_limits.py            # rewrite specs/*.yaml and the changes entry; print what changed
    python scripts/apply_limits.py --check    # change nothing; exit 1 if a spec is not what the facts give

For every operation of the specs that limits.tsv has a row for (matched by method, path and host;
a sandbox host's row goes to the operation of its production host), the operation's
`x-wb-ratelimit` block is rewritten from the rows (the Personal row, or the `all` row, on top;
the other token types' rows under `by-token-type`), and `x-wb-token-types` (the types that may
call it) and `x-wb-4xx-cost` (what one 4xx answer costs) are set or removed. Where a 4xx costs
more than one request, `x-wb-ratelimit-409-cost` goes (the 4xx cost covers the 409). The
operation cites the entries of specs/changes/2026-12-06-limits-by-token-type.yaml that concern
it (`x-wb-changes`), and that file is written anew, listing the operations of each entry.

Only these keys change, in the YAML text: comments, layout and every other key stay as they are.
Operations limits.tsv does not name (WBD, operations WB retired) are left alone. Running it again
changes nothing; after other operations were added to the specs (by hand or by merging), it
writes their rows too. The rules (see specs/CONVENTIONS.md, "Limits by token type"):

- a blank interval is period / limit; a blank burst is 1, said in `x-wb-uncertain`;
- a shared bucket (`shared_bucket`: "<label>: <members>") is one bucket name for all members
  (BUCKET_NAMES); `own` is `<spec>.<operationId>`; `own (per host)` (/ping) is its own bucket,
  counted per host (`scope: host`) whatever the token or account;
- the members of one bucket carry the same numbers per token type: where WB's rows for them
  disagree (the card error list: 10 per minute in its block, 100 in cards/limits'), the stricter
  row goes to all of them, said in `x-wb-uncertain`.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speclib import HTTP_METHODS, SPECS_DIR
from wbfacts import FACTS_DIR

LIMITS_FILES = ("2026-08/limits.tsv", "2026-08-groups/limits.tsv")  # the first one wins a duplicate
CHANGES_FILE = SPECS_DIR / "changes" / "2026-12-06-limits-by-token-type.yaml"
RECORDED = "2026-12-06"
TYPES = ("personal", "service", "base_with_secret", "base", "test")
OTHER_TYPES = TYPES[1:]
DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s|m|h)$")
UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
PENALTY_4XX = re.compile(r"4xx counts (\d+)", re.IGNORECASE)

# WB's shared buckets (the label before ":" in `shared_bucket`) -> our bucket names: the names the
# specs used before where the meaning is the same (content, prices), else a clear new one.
BUCKET_NAMES = {
    "content-category": "content",
    "content-characteristics": "content-characteristics",
    "content-labels": "content-tags",
    "content-media": "content-media",
    "prices-category": "prices",
    "calendar-category": "calendar",
    "marketplace-seller-warehouses": "marketplace-warehouses",
    "marketplace-inventory": "marketplace-inventory",
    "dbw": "marketplace-dbw",
    # the marketplace orders (wb-facts/2026-08-groups): orders, supplies and passes of a model share
    # one bucket, the reads and deletions of label identifiers another, their writes a third
    "fbs-orders-supplies-passes": "marketplace-fbs",
    "fbs-meta-get-delete": "marketplace-fbs-meta-read",
    "fbs-meta-add": "marketplace-fbs-meta-write",
    "dbw-meta-add": "marketplace-dbw-meta-write",
    "dbs-orders": "marketplace-dbs",
    "dbs-meta-get-delete": "marketplace-dbs-meta-read",
    "dbs-meta-add": "marketplace-dbs-meta-write",
    "click-collect-orders": "marketplace-click-collect",
    "click-collect-meta-get-delete": "marketplace-click-collect-meta-read",
    "click-collect-meta-add": "marketplace-click-collect-meta-write",
}
# `listed: A, B` buckets, by their members
LISTED_NAMES = {
    frozenset(
        {"GET /content/v2/cards/limits", "POST /content/v2/cards/error/list"}
    ): "content-limits-and-errors",
}


# --- the facts ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    method: str
    path: str
    host: str  # the production host (a sandbox row's host without "-sandbox")
    sandbox: bool
    token_type: str  # personal, service, base_with_secret, base, all, test
    period: str
    limit: int
    interval: str  # "" when WB gives none
    burst: int | None  # None when WB gives none
    shared: str  # shared_bucket as written
    penalty: str
    allowed: tuple[str, ...]
    source: str  # the facts file, relative to wb-facts/

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.method, self.path, self.host)


def read_rows(facts_dir: Path = FACTS_DIR) -> dict[tuple[str, str, str], list[Row]]:
    """(method, path, production host) -> its rows, from the first limits file that has it."""
    out: dict[tuple[str, str, str], list[Row]] = {}
    for name in LIMITS_FILES:
        path = Path(facts_dir) / name
        if not path.is_file():
            continue
        found: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                host = r["host"].strip()
                if not host.endswith(".wildberries.ru"):
                    continue  # "(sandbox host not listed)"
                sandbox = "-sandbox." in host
                row = Row(
                    method=r["method"].upper(),
                    path=r["path"],
                    host=host.replace("-sandbox.", "."),
                    sandbox=sandbox,
                    token_type=r["token_type"],
                    period=r["period"],
                    limit=int(r["limit"]),
                    interval=r["interval"],
                    burst=int(r["burst"]) if r["burst"] else None,
                    shared=r["shared_bucket"],
                    penalty=r["penalty"],
                    allowed=tuple(t for t in r["allowed_token_types"].split(",") if t),
                    source=f"wb-facts/{name}",
                )
                found[row.key].append(row)
        for key, rows in found.items():
            out.setdefault(key, rows)
    return out


def seconds(value: str) -> float:
    m = DURATION.match(value)
    if not m:
        raise ValueError(f"bad duration {value!r}")
    return float(m.group(1)) * UNITS[m.group(2)]


def duration(secs: float) -> str:
    for unit in ("h", "m", "s"):
        n = secs / UNITS[unit]
        if n >= 1 and abs(n - round(n)) < 1e-9:
            return f"{round(n)}{unit}"
    return f"{round(secs * 1000)}ms"


# --- what an operation gets -----------------------------------------------------------------------
@dataclass
class Limit:
    """One row as the spec writes it."""

    period: str
    limit: int
    interval: str
    burst: int
    bucket: str

    @property
    def numbers(self) -> tuple[str, int, str, int]:
        return (self.period, self.limit, self.interval, self.burst)

    def per_second(self) -> float:
        return self.limit / seconds(self.period)

    def stricter_than(self, other: Limit) -> bool:
        return (self.per_second(), self.burst) < (other.per_second(), other.burst)


@dataclass
class Target:
    """An operation of the specs that limits.tsv has rows for."""

    spec: str
    operation_id: str
    method: str
    path: str
    sandbox_host: str | None
    rows: list[Row]
    limits: dict[str, Limit] = field(default_factory=dict)  # token type -> row ("personal": the top)
    scope: str = "account"
    uncertain: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.spec}.{self.operation_id}"

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def allowed(self) -> tuple[str, ...]:
        types = {t for r in self.rows for t in r.allowed}
        return tuple(t for t in TYPES if t in types)

    @property
    def cost_4xx(self) -> int | None:
        for r in self.rows:
            m = PENALTY_4XX.search(r.penalty)
            if m:
                return int(m.group(1))
        return None

    @property
    def source(self) -> str:
        return self.rows[0].source


def _bucket(target: Target, row: Row, ops_by_name: dict[str, str]) -> str:
    label = row.shared.split(":", 1)[0].strip()
    if row.token_type == "test" or label == "sandbox":
        return f"{target.spec}-sandbox"
    if label.startswith("own"):
        return target.key
    if label == "listed":
        members = frozenset(m.strip() for m in row.shared.split(":", 1)[1].split("|")[0].split(","))
        if members in LISTED_NAMES:
            return LISTED_NAMES[members]
        ids = sorted(ops_by_name.get(m, m) for m in members)
        return f"{target.spec}." + "+".join(ids)
    return BUCKET_NAMES.get(label, label)


def _limit(target: Target, row: Row, ops_by_name: dict[str, str]) -> Limit:
    interval = row.interval or duration(seconds(row.period) / row.limit)
    if row.burst is None:
        who = {"test": "the sandbox", "all": "every token type"}.get(
            row.token_type, f"{row.token_type} tokens"
        )
        if row.interval:
            target.uncertain.append(f"WB gives no burst for {who}: 1 assumed")
        else:
            target.uncertain.append(
                f"WB states {row.limit} requests per {row.period} for {who}, without interval or burst: "
                f"paced one every {interval} (burst 1), which keeps any {row.period} window within "
                f"{row.limit}"
            )
    if row.token_type == "test" and target.spec != "content" and "Content" in row.shared:
        target.uncertain.append(
            "the sandbox row: WB's sentence names all Content methods together although this is not a "
            f"Content operation; one bucket for the {target.spec} sandbox host is assumed"
        )
    return Limit(row.period, row.limit, interval, row.burst or 1, _bucket(target, row, ops_by_name))


def resolve(target: Target, ops_by_name: dict[str, str]) -> None:
    """The rows of one operation, per token type (before the shared buckets are reconciled)."""
    by_type: dict[str, Row] = {}
    for row in target.rows:
        by_type.setdefault("test" if row.sandbox else row.token_type, row)
    top = by_type.get("all") or by_type.get("personal")
    if top is None:  # an operation for service tokens only: its first row is the one that applies
        top = next(by_type[t] for t in TYPES if t in by_type)
    target.limits["personal"] = _limit(target, top, ops_by_name)
    for t in OTHER_TYPES:
        if t in by_type and by_type[t] is not top:
            target.limits[t] = _limit(target, by_type[t], ops_by_name)
    if "per host" in top.shared:
        target.scope = "host"


def effective(target: Target, token_type: str) -> Limit:
    return target.limits.get(token_type, target.limits["personal"])


def reconcile(targets: list[Target]) -> None:
    """One bucket, the same numbers per token type: the stricter row where members disagree."""
    members: dict[str, list[Target]] = defaultdict(list)
    for t in targets:
        for b in {lim.bucket for lim in t.limits.values()}:
            members[b].append(t)
    notes: dict[tuple[int, str], dict[str, list[str]]] = defaultdict(dict)
    for bucket, ops in members.items():
        if len(ops) < 2:
            continue
        for token_type in TYPES:
            rows = [effective(t, token_type) for t in ops if effective(t, token_type).bucket == bucket]
            if not rows:
                continue
            strictest = min(rows, key=lambda lim: (lim.per_second(), lim.burst))
            if all(r.numbers == strictest.numbers for r in rows):
                continue
            for t in ops:
                mine = effective(t, token_type)
                if mine.bucket != bucket or mine.numbers == strictest.numbers:
                    continue
                others = ", ".join(
                    sorted(o.name for o in ops if effective(o, token_type).numbers == strictest.numbers)
                )
                here = f"{mine.limit} per {mine.period} here"
                what = f"{here}, {strictest.limit} per {strictest.period} for {others}"
                notes[(id(t), bucket)].setdefault(what, []).append(token_type)
                t.limits[token_type] = Limit(*strictest.numbers, bucket)
    by_id = {id(t): t for t in targets}
    for (key, bucket), whats in notes.items():
        for what, types in whats.items():
            who = ", ".join(types)
            by_id[key].uncertain.append(
                f"WB's rows for the bucket {bucket} disagree ({who}: {what}): the stricter is taken"
            )
    for t in targets:  # a type whose row became the top row's needs no entry of its own
        top = t.limits["personal"]
        for token_type in OTHER_TYPES:
            lim = t.limits.get(token_type)
            if (
                lim is not None
                and (lim.numbers, lim.bucket) == (top.numbers, top.bucket)
                and all(r.token_type == "all" for r in t.rows if not r.sandbox)
            ):
                del t.limits[token_type]


# --- the changes entries --------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    id: str
    what: str
    breaking: bool
    changed: str = "null"

    def applies(self, t: Target) -> bool:
        return ENTRY_RULES[self.id](t)


ENTRIES = (
    Entry(
        "limits-by-token-type",
        "WB gives each token type its own limits (limits.tsv; tokens.yaml: Personal, Service, Base with a "
        "service secret, Base, Test). The Personal row (or WB's one row for every type) stays on top of "
        "`x-wb-ratelimit`; the other types' rows are under `by-token-type`. Base tokens get far lower "
        "limits (prices 4 per hour, card uploads with merge 1 per 2 hours, most promotion methods 1 to "
        "5 per hour). The buckets follow WB's shared buckets: `content` is now the content-category "
        "bucket (barcodes, merging, trash list, subjects, characteristics of a subject, countries, HS "
        "codes); colours, kinds, seasons and VAT share `content-characteristics`; the tags "
        "`content-tags`; media `content-media`; the cards list, trash, recovery and card writes have "
        "their own; `calendar` is now one bucket for the four calendar methods; Marketplace splits into "
        "`marketplace-warehouses` (offices and warehouses) and `marketplace-inventory` (stocks read "
        "and update; stocks delete keeps its own). The sandbox (test tokens) has its own bucket per host.",
        True,
    ),
    Entry(
        "limits-burst-5",
        "The Content and Prices methods have a burst of 5 requests (we assumed 1, which lost about 7 % "
        "of the allowed rate and drew 429s whenever calls came unevenly); card creation and update too.",
        False,
    ),
    Entry(
        "limits-4xx-cost",
        "On Marketplace warehouses, offices and stocks (read and update) one 4xx answer counts as 10 "
        "requests (`x-wb-4xx-cost: 10`, every 4xx, 409 included), not a 409 as 5.",
        True,
    ),
    Entry(
        "limits-ping",
        "`/ping`: at most 3 requests per 30 s, counted per host (each host's /ping apart); overuse blocks "
        "the method for a while. WB gives no burst or interval: the specs pace one every 10 s (burst 1), "
        "which keeps any 30 s window within 3, and the bucket is per host, whatever the token "
        "(`scope: host`). We assumed 1 per second.",
        True,
    ),
    Entry(
        "limits-news",
        "Seller portal news: 1 request per minute (burst 10) for Personal and Service tokens, 1 per hour "
        "for Base tokens. We assumed 1 per second.",
        True,
    ),
    Entry(
        "limits-card-error-list",
        "The card error list (POST) and the card limits share one bucket, and WB's reference contradicts "
        "itself on its budget: 10 per minute in the error list's block, 100 per minute in cards/limits' "
        "block. The stricter is taken for both, per token type, in a bucket of their own "
        "(`content-limits-and-errors`).",
        True,
    ),
    Entry(
        "limits-token-types-allowed",
        "Some operations accept only some token types (`x-wb-token-types`, WB's x-token-types); the "
        "facade refuses a call with another type before sending it.",
        True,
    ),
)
ENTRY_RULES = {
    "limits-by-token-type": lambda t: True,
    "limits-burst-5": lambda t: t.spec in ("content", "prices") and t.limits["personal"].burst == 5,
    "limits-4xx-cost": lambda t: (t.cost_4xx or 1) > 1,
    "limits-ping": lambda t: t.scope == "host",
    "limits-news": lambda t: t.path == "/api/communications/v2/news",
    "limits-card-error-list": lambda t: t.limits["personal"].bucket == "content-limits-and-errors",
    "limits-token-types-allowed": lambda t: bool(t.allowed),
}


def write_changes(targets: list[Target], path: Path = CHANGES_FILE) -> str:
    lines = [
        "# WB's limits per token type, what WB charges, /ping: issue 20, items 2 and 3.",
        "#",
        "# Written by scripts/apply_limits.py from ../shared/wb-facts/2026-08/limits.tsv (WB's reference of",
        "# 2026-08-19, which WB began to give per token type in 2026-04); run it again after adding",
        "# operations. Each entry lists the operations of the specs it concerns; they cite it in",
        "# x-wb-changes.",
        "changes:",
    ]
    for e in ENTRIES:
        ops = sorted(t.key for t in targets if e.applies(t))
        if not ops:
            continue
        lines += [
            f"  - id: {e.id}",
            f"    changed: {e.changed}",
            f"    recorded: {RECORDED}",
            '    source: "wb-facts/2026-08/limits.tsv and tokens.yaml (WB\'s reference of 2026-08-19)"',
            "    operations:",
            *(f"      - {op}" for op in ops),
            "    what: >-",
            *_wrap(e.what, "      "),
            f"    breaking: {'true' if e.breaking else 'false'}",
        ]
    return "\n".join(lines) + "\n"


def _wrap(text: str, indent: str, width: int = 104) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(indent) + len(line) + 1 + len(word) > width:
            out.append(indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, indent + line]


# --- the YAML text --------------------------------------------------------------------------------
def render(t: Target) -> list[str]:
    """The lines that replace the operation's x-wb-ratelimit, x-wb-token-types and x-wb-4xx-cost."""
    top = t.limits["personal"]
    out = [
        "      x-wb-ratelimit:",
        f"        period: {top.period}",
        f"        limit: {top.limit}",
        f"        interval: {top.interval}",
        f"        burst: {top.burst}",
        f"        bucket: {top.bucket}",
    ]
    if t.scope != "account":
        out.append(f"        scope: {t.scope}")
    others = [tt for tt in OTHER_TYPES if tt in t.limits]
    if others:
        out.append("        by-token-type:")
        for tt in others:
            lim = t.limits[tt]
            own = f", bucket: {lim.bucket}" if lim.bucket != top.bucket else ""
            out.append(
                f"          {tt}: {{period: {lim.period}, limit: {lim.limit}, interval: {lim.interval}, "
                f"burst: {lim.burst}{own}}}"
            )
    out.append(f'        x-wb-source: "{t.source}"')
    if t.uncertain:
        text = "; ".join(dict.fromkeys(t.uncertain))
        out.append(f"        x-wb-uncertain: {_scalar(text)}")
    if t.allowed:
        out.append(f"      x-wb-token-types: [{', '.join(t.allowed)}]")
    if (t.cost_4xx or 1) > 1:
        out.append(f"      x-wb-4xx-cost: {t.cost_4xx}")
    return out


def _scalar(text: str) -> str:
    """A plain YAML scalar where it reads back the same, else a double-quoted one."""
    try:
        if yaml.safe_load(f"k: {text}") == {"k": text}:
            return text
    except yaml.YAMLError:
        pass
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


OWN_KEYS = ("x-wb-ratelimit", "x-wb-token-types", "x-wb-4xx-cost")
KEY = re.compile(r"^ {6}([A-Za-z][\w-]*):")


def _entries(body: list[str]) -> list[tuple[str | None, list[str]]]:
    """An operation's lines as (key, lines) per key at its top level (indent 6)."""
    out: list[tuple[str | None, list[str]]] = []
    for line in body:
        m = KEY.match(line)
        if m or not out:
            out.append((m.group(1) if m else None, [line]))
        else:
            out[-1][1].append(line)
    return out


def _with_changes(lines: list[str], ids: list[str]) -> list[str]:
    """An x-wb-changes entry with `ids` added (flow or block list)."""
    first = lines[0]
    flow = re.match(r"^( {6}x-wb-changes:\s*)\[(.*)\]\s*$", first)
    if flow:
        have = [s.strip() for s in flow.group(2).split(",") if s.strip()]
        return [f"{flow.group(1)}[{', '.join(have + [i for i in ids if i not in have])}]"]
    have = [ln.strip()[2:].strip() for ln in lines[1:] if ln.strip().startswith("- ")]
    return lines + [f"        - {i}" for i in ids if i not in have]


def rewrite_operation(body: list[str], t: Target, ids: list[str]) -> list[str]:
    entries = _entries(body)
    keys = [k for k, _ in entries]
    if "x-wb-ratelimit" not in keys:
        raise SystemExit(f"apply_limits: {t.key}: no x-wb-ratelimit line to replace")
    out: list[str] = []
    cited = "x-wb-changes" in keys
    drop_409 = (t.cost_4xx or 1) > 1
    for key, lines in entries:
        if key == "x-wb-changes":
            out += _with_changes(lines, ids)
        elif key == "x-wb-ratelimit":
            if not cited:
                out.append(f"      x-wb-changes: [{', '.join(ids)}]")
            trailing = []
            while lines and not lines[-1].strip():  # blank lines after the block stay after it
                trailing.insert(0, lines.pop())
            out += render(t) + trailing
        elif key in OWN_KEYS or (key == "x-wb-ratelimit-409-cost" and drop_409):
            continue
        else:
            out += lines
    return out


def rewrite_spec(text: str, targets: dict[tuple[str, str], Target]) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i, path = 0, None
    in_paths = False
    while i < len(lines):
        line = lines[i]
        if re.match(r"^\S", line):
            in_paths = line.startswith("paths:")
        elif in_paths and (m := re.match(r"^  (/\S*):\s*$", line)):
            path = m.group(1)
        elif in_paths and path and (m := re.match(r"^    (\w+):\s*$", line)) and m.group(1) in HTTP_METHODS:
            method = m.group(1).upper()
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j].startswith("      ")):
                j += 1
            while j > i + 1 and not lines[j - 1].strip():  # blank lines before the next item are not the op's
                j -= 1
            body = lines[i + 1 : j]
            target = targets.get((method, path))
            if target is not None:
                ids = [e.id for e in ENTRIES if e.applies(target)]
                body = rewrite_operation(body, target, ids)
            out += [line, *body]
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


# --- the specs ------------------------------------------------------------------------------------
def targets_of(specs: dict[str, dict[str, Any]], rows: dict[tuple[str, str, str], list[Row]]) -> list[Target]:
    out: list[Target] = []
    ops_by_name: dict[str, str] = {}
    for name, spec in specs.items():
        servers = spec.get("servers") or []
        host = servers[0]["url"].removeprefix("https://") if servers else ""
        sandbox = next((s["url"] for s in servers[1:] if "sandbox" in s.get("description", "")), None)
        for path, item in (spec.get("paths") or {}).items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                override = op.get("servers") or item.get("servers")
                op_host = override[0]["url"].removeprefix("https://") if override else host
                found = rows.get((method.upper(), path, op_host))
                ops_by_name[f"{method.upper()} {path}"] = op["operationId"]
                if found:
                    out.append(Target(name, op["operationId"], method.upper(), path, sandbox, found))
    for t in out:
        resolve(t, ops_by_name)
    reconcile(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 when a file would change"
    )
    parser.add_argument("--specs", type=Path, default=SPECS_DIR, help="the specs directory")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.specs.glob("*.yaml"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    specs = {name: yaml.safe_load(text) for name, text in texts.items()}
    targets = targets_of(specs, read_rows())
    by_spec: dict[str, dict[tuple[str, str], Target]] = defaultdict(dict)
    for t in targets:
        by_spec[t.spec][(t.method, t.path)] = t
    changed: list[str] = []
    for p in paths:
        old = texts[p.stem]
        new = rewrite_spec(old, by_spec.get(p.stem, {}))
        if new == old:
            continue
        before = {
            (so_m, so_p): so for so_p, item in specs[p.stem]["paths"].items() for so_m, so in item.items()
        }
        after_spec = yaml.safe_load(new)
        for t in sorted(by_spec[p.stem].values(), key=lambda t: t.key):
            old_op = before[(t.method.lower(), t.path)]
            new_op = after_spec["paths"][t.path][t.method.lower()]
            if old_op != new_op:
                changed.append(f"{t.key}: {_summary(old_op, new_op)}")
        if not args.check:
            p.write_text(new, encoding="utf-8")
    changes_path = args.specs / "changes" / CHANGES_FILE.name
    changes_text = write_changes(targets)
    if not changes_path.is_file() or changes_path.read_text(encoding="utf-8") != changes_text:
        changed.append(f"{changes_path.relative_to(args.specs.parent)}: rewritten")
        if not args.check:
            changes_path.write_text(changes_text, encoding="utf-8")
    for line in changed:
        print(line)
    print(f"apply_limits: {len(targets)} operation(s) with rows in limits.tsv, {len(changed)} change(s)")
    return 1 if args.check and changed else 0


def _summary(old: dict[str, Any], new: dict[str, Any]) -> str:
    parts = []
    for key in (
        "x-wb-ratelimit",
        "x-wb-token-types",
        "x-wb-4xx-cost",
        "x-wb-ratelimit-409-cost",
        "x-wb-changes",
    ):
        if old.get(key) == new.get(key):
            continue
        if key == "x-wb-ratelimit":
            o, n = old.get(key) or {}, new.get(key) or {}
            nums = ("limit", "period", "interval", "burst", "bucket")
            top = f"{[o.get(k) for k in nums]} -> {[n.get(k) for k in nums]}"
            extra = sorted((n.get("by-token-type") or {}).keys())
            parts.append(f"x-wb-ratelimit {top}" + (f", by-token-type {extra}" if extra else ""))
        else:
            parts.append(f"{key} {old.get(key)} -> {new.get(key)}")
    return "; ".join(parts)


if __name__ == "__main__":
    raise SystemExit(main())

"""Read WB's documentation dumps: operation headings, their sections and JSON samples.

Used by the docs-coverage check and by the tests that round-trip the docs' samples
through the generated models. The dumps come in two renderings (bullets `•` in
products/wbd/content-legacy, `- ` markers in promotion); both are normalised here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HEADING = re.compile(r"^(?P<title>.*?)\{\{\s*(?P<path>/\S*)\s*\}\}(?P<rest>.*)$")
# api-information.txt is one long line of "### Title Source: ..." snippets.
SNIPPET = re.compile(r"### (?P<title>.+?) Source: \S+")
HTTP_LINE = re.compile(r"## (?P<method>GET|POST|PUT|PATCH|DELETE) (?P<path>/\S+)")
CURL_URL = re.compile(r'curl -X (?P<method>[A-Z]+) "https://(?P<host>[^/"]+)(?P<path>/[^"?]*)')

# content-legacy.txt has no paths: its section titles map to the v2 operations they describe.
LEGACY_TITLES: dict[str, str] = {
    "Upload a card": "POST /content/v2/cards/upload",
    "Update a card": "POST /content/v2/cards/update",
    "Adding nomenclature to the card": "POST /content/v2/cards/upload/add",
    "Merging or separating of nomenclatures": "POST /content/v2/cards/moveNm",
    "Generation of barcodes": "POST /content/v2/barcodes",
    "Nomenclature list": "POST /content/v2/get/cards/list",
    "List of failed nomenclature with errors": "GET /content/v2/cards/error/list",
    "Limits for the product cards": "GET /content/v2/cards/limits",
    "Parent categories list": "GET /content/v2/object/parent/all",
    "Product category list": "GET /content/v2/object/all",
    "Subject characteristics (subcategories)": "GET /content/v2/object/charcs/{subjectId}",
    "Color": "GET /content/v2/directory/colors",
    "Gender": "GET /content/v2/directory/kinds",
    "Country of origin": "GET /content/v2/directory/countries",
    "Season": "GET /content/v2/directory/seasons",
    "HS codes": "GET /content/v2/directory/tnved",
    "VAT rate": "GET /content/v2/directory/vat",
    "Edit media files": "POST /content/v3/media/save",
    "Add media files": "POST /content/v3/media/file",
    "Tags list": "GET /content/v2/tags",
    "Creating a tag": "POST /content/v2/tag",
    "Updating the tag": "PATCH /content/v2/tag/{id}",
    "Removing the tag": "DELETE /content/v2/tag/{id}",
    "Tag management in the product card": "POST /content/v2/tag/nomenclature/link",
    "Delete nomenclature": "POST /content/v2/cards/delete/trash",
    "Recover from trash": "POST /content/v2/cards/recover",
    "Nomenclatures in trash": "POST /content/v2/get/cards/trash",
}


# Sentences the legacy dump prints without a final period; never section titles.
LEGACY_NOT_TITLES = re.compile(r"^(This method|Returns|Provides|Method|Request samples|Response samples)\b")


@dataclass
class Sample:
    kind: str  # "request" or "response"
    text: str  # the sample as printed (normalised)
    value: object | None  # parsed JSON, or None when the sample is not JSON
    statuses: list[str] = field(default_factory=list)  # response tabs the docs list


@dataclass
class DocOperation:
    file: str
    title: str
    path: str | None  # None for a content-legacy section until mapped
    line: int
    deprecated: bool = False
    text: str = ""
    samples: list[Sample] = field(default_factory=list)
    method: str | None = None  # only where the docs state it (api-information)
    host: str | None = None

    @property
    def source(self) -> str:
        return f"{self.file}: {self.title}"


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()


def _json_end(text: str, start: int) -> int:
    """Index just past the JSON value that starts at text[start] ({ or [), or -1."""
    depth, in_str, esc = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def normalise_sample(raw: str) -> str:
    """Turn a rendered sample (bullets, '- ' markers) into plain JSON text."""
    lines = []
    for line in raw.splitlines():
        line = re.sub(r"^\s*•\s?", "", line)
        lines.append(line)
    text = "\n".join(lines)
    # promotion.txt: "{- "a": 1," / "}, - "b"" / "[- 1," — a marker after an opener or comma.
    text = re.sub(r'(^|[\[{,])(\s*)- (?=["\[{\-0-9tfn])', r"\1\2", text, flags=re.M)
    return text


def _extract_samples(block: str) -> list[Sample]:
    samples: list[Sample] = []
    for m in re.finditer(r"^(Request|Response) samples\s*$", block, flags=re.M):
        kind = m.group(1).lower()
        rest = block[m.end() :]
        nxt = re.search(r"^(Request|Response) samples\s*$", rest, flags=re.M)
        if nxt:
            rest = rest[: nxt.start()]
        statuses = re.findall(r"^- (\d{3})\s*$", rest, flags=re.M)
        opener = re.search(r"^\s*[\[{]", rest, flags=re.M)
        if not opener:
            # promotion's plain-text error samples
            body = "\n".join(
                ln
                for ln in rest.strip().splitlines()
                if ln.strip() and not re.match(r"^- (\d{3}|Payload)\s*$", ln)
            )
            if body:
                samples.append(Sample(kind, body, None, statuses))
            continue
        start = opener.start() + len(opener.group(0)) - 1
        end = _json_end(rest, start)
        raw = rest[start:end] if end > 0 else rest[start:]
        text = normalise_sample(raw)
        try:
            value: object | None = json.loads(text)
        except json.JSONDecodeError:
            value = None
        samples.append(Sample(kind, text, value, statuses))
    return samples


def _split_headed(file: str, text: str) -> list[DocOperation]:
    lines = text.splitlines()
    ops: list[DocOperation] = []
    for i, line in enumerate(lines):
        m = HEADING.match(line.strip())
        if m:
            ops.append(
                DocOperation(
                    file=file,
                    title=_clean_title(m.group("title")),
                    path=m.group("path"),
                    line=i + 1,
                    deprecated="deprecated" in m.group("rest").lower(),
                )
            )
    for n, op in enumerate(ops):
        end = ops[n + 1].line - 1 if n + 1 < len(ops) else len(lines)
        op.text = "\n".join(lines[op.line - 1 : end])
        op.samples = _extract_samples(op.text)
    return ops


def _split_api_information(file: str, text: str) -> list[DocOperation]:
    ops: list[DocOperation] = []
    parts = list(SNIPPET.finditer(text))
    for n, m in enumerate(parts):
        body = text[m.end() : parts[n + 1].start() if n + 1 < len(parts) else len(text)]
        title = _clean_title(m.group("title"))
        http = HTTP_LINE.search(body)
        curl = CURL_URL.search(body)
        if http:
            method, path, host = http.group("method"), http.group("path"), None
            hm = re.search(r"`https://([^/`]+)" + re.escape(path) + "`", body)
            host = hm.group(1) if hm else None
        elif curl:
            method, path, host = curl.group("method"), curl.group("path"), curl.group("host")
        else:
            continue  # informational snippet, not an operation
        # "Connection Check /ping" -> "Connection Check"; "... Example (curl)" -> "..."
        title = re.sub(r"\s+/\S+$", "", title)
        title = re.sub(r"\s+Example \(\w+\)$", "", title)
        samples = []
        for sm in re.finditer(r"(Request|Response) Example\s*```json\s*", body):
            start = sm.end()
            end = _json_end(body, start)
            if end > 0:
                raw = body[start:end]
                samples.append(Sample(sm.group(1).lower(), raw, json.loads(raw)))
        ops.append(DocOperation(file, title, path, 0, text=body, method=method, host=host, samples=samples))
    return ops


def _is_title_line(lines: list[str], i: int) -> bool:
    s = lines[i]
    st = s.strip()
    return bool(
        st
        and s == st  # not indented (list items and code are)
        and len(st) < 70
        and not re.search(r"[.:;,!?]$", st)
        and not st.startswith(("•", "-", "{", "}", "[", "]", '"'))
        and not LEGACY_NOT_TITLES.match(st)
        and (i == 0 or not lines[i - 1].strip())
        and (i + 1 >= len(lines) or not lines[i + 1].strip())
    )


def _split_legacy(file: str, text: str) -> list[DocOperation]:
    """content-legacy.txt: each operation ends in 'Authorizations:' ... samples. Its title is
    the last standalone short line between the previous operation's last sample and its own
    'Authorizations:' (group headers such as 'View' come before it)."""
    lines = text.splitlines()
    auth_lines = [i for i, ln in enumerate(lines) if ln.strip() == "Authorizations:"]
    ops: list[DocOperation] = []
    prev = 0
    for a in auth_lines:
        closers = [i for i in range(prev, a) if lines[i] in ("}", "]")]
        start = closers[-1] + 1 if closers else prev
        titles = [i for i in range(start, a) if _is_title_line(lines, i)]
        if titles:
            i = titles[-1]
            title = _clean_title(lines[i])
            method, _, path = LEGACY_TITLES.get(title, " ").partition(" ")
            ops.append(DocOperation(file, title, path or None, i + 1, method=method or None))
        prev = a + 1
    for n, op in enumerate(ops):
        end = ops[n + 1].line - 1 if n + 1 < len(ops) else len(lines)
        op.text = "\n".join(lines[op.line - 1 : end])
        op.samples = _extract_samples(op.text)
    return ops


def read_docs(docs_dir: str | Path) -> list[DocOperation]:
    """Every documented operation in the doc files, in file order."""
    docs = Path(docs_dir)
    ops: list[DocOperation] = []
    for path in sorted(docs.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name == "api-information.txt":
            ops += _split_api_information(path.name, text)
        elif path.name == "content-legacy.txt":
            ops += _split_legacy(path.name, text)
        else:
            ops += _split_headed(path.name, text)
    return ops

"""The hand-written docs: the README and the PyPI description render with every code block
closed (the stocks `printf` once broke out of its block), the PyPI page starts with what the
library is and how to install it, and each "to be completed" note of the guides is listed here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPI = (ROOT / "docs" / "pypi.md").read_text(encoding="utf-8")

# Guides' sections waiting for a feature other work is building: (page, note id) -> what.
# Finishing one means removing its note from the page and its line here (and the reverse).
TO_BE_COMPLETED = {
    ("guides/tokens.md", "token-types"): "issue 20: token types (Client option, pacing per type)",
    ("guides/rate-limits.md", "limits-by-token-type"): "issue 20: which limit row applies to a token",
}


def broken_code_blocks(source: str) -> list[str]:
    """Code blocks that do not hold what their source meant: a fence never closed (it swallows
    the rest of the page), or an indented block cut by a line that is not indented (the rest of
    the commands then render as a paragraph)."""
    lines = source.splitlines()
    tokens = MarkdownIt("commonmark").parse(source)
    problems = []
    for i, tok in enumerate(tokens):
        if tok.type == "fence" and tok.map:
            last = lines[tok.map[1] - 1].strip() if tok.map[1] - 1 < len(lines) else ""
            if tok.map[1] - tok.map[0] < 2 or not last.startswith(tok.markup):
                problems.append(f"line {tok.map[0] + 1}: a {tok.markup} fence that is never closed")
        if tok.type == "code_block" and tok.map and i + 1 < len(tokens):
            after = tokens[i + 1]
            if after.type == "paragraph_open" and after.map and after.map[0] == tok.map[1]:
                problems.append(
                    f"line {after.map[0] + 1}: {lines[after.map[0]]!r} cuts an indented code block"
                )
    return problems


def test_the_readme_renders_with_every_code_block_closed() -> None:
    assert broken_code_blocks(README) == []


def test_the_check_sees_a_block_cut_by_an_unindented_line() -> None:
    """The README as it was: a multi-line printf inside an indented block."""
    broken = "Run:\n\n    printf 'a,b\n1,2\n' > x.csv\n    wbseller stocks set 1 x.csv\n\nDone.\n"
    assert broken_code_blocks(broken) == ["line 4: '1,2' cuts an indented code block"]
    assert broken_code_blocks("```python\nprint(1)\n\ntext\n") != []
    assert broken_code_blocks("```python\nprint(1)\n```\n\n    indented\n\ntext\n") == []


def test_the_readme_still_starts_with_the_two_fresh_machine_commands() -> None:
    head = README.split("## Using wbseller")[0]
    assert "\n    make demo\n" in head and "\n    make test\n" in head


def test_the_pypi_description_says_what_it_is_and_how_to_install_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["readme"] == "docs/pypi.md"
    first = PYPI.split("\n\n")[1]
    assert "Python client for the Wildberries" in first
    assert PYPI.index("pip install wbseller") < PYPI.index("## Use")
    assert "make " not in PYPI  # the repository's commands mean nothing on PyPI
    assert broken_code_blocks(PYPI) == []
    links = [
        t.attrs.get("href", "")
        for tok in MarkdownIt("commonmark").parse(PYPI)
        for t in tok.children or []
        if t.type == "link_open"
    ]
    assert links and all(str(h).startswith("https://") for h in links), links  # relative links break on PyPI


def test_the_to_be_completed_notes_are_the_listed_ones() -> None:
    found = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"<!-- to-be-completed: ([a-z0-9-]+) \(([^)]+)\) -->", text):
            rel = page.relative_to(ROOT / "docs").as_posix()
            found[(rel, match.group(1))] = match.group(2)
            # inside a visible note, not only an HTML comment
            before = text[: match.start()].rstrip().splitlines()[-1]
            assert before.startswith('!!! note "Будет дополнено / To be completed"'), (rel, before)
    assert set(found) == set(TO_BE_COMPLETED), sorted(found)
    for key, issue in found.items():
        assert TO_BE_COMPLETED[key].startswith(issue), key


def test_the_docs_tools_are_pinned() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    for requirement in extras["docs"]:
        if not requirement.startswith(("wbseller[", "PyYAML")):
            assert "==" in requirement, requirement


def test_the_release_policy_is_on_the_site() -> None:
    assert '--8<-- "RELEASING.md"' in (ROOT / "docs" / "releasing.md").read_text(encoding="utf-8")
    policy = (ROOT / "RELEASING.md").read_text(encoding="utf-8")
    for words in ("Semantic Versioning", "vMAJOR.MINOR.PATCH", "DeprecationWarning", "x-wb-removed"):
        assert words in policy, words

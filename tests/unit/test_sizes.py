"""Small rooms: no module over 400 lines and no class over 250 in the library package
(facade/wbseller; the generated service declarations in services/_gen aside)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "facade" / "wbseller"
MODULE_LINES, CLASS_LINES = 400, 250


def _sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "_gen" not in p.relative_to(PACKAGE).parts]


def _too_big(path: Path, root: Path = PACKAGE) -> list[str]:
    text = path.read_text(encoding="utf-8")
    name = str(path.relative_to(root))
    out = []
    if (lines := len(text.splitlines())) > MODULE_LINES:
        out.append(f"{name}: {lines} lines (at most {MODULE_LINES})")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if size > CLASS_LINES:
                out.append(f"{name}: class {node.name} {size} lines (at most {CLASS_LINES})")
    return out


def test_the_check_sees_a_big_module_and_a_big_class(tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    big.write_text("class Big:\n" + "    x = 1\n" * 260 + "y = 2\n" * 150, encoding="utf-8")
    found = [line.split(": ", 1)[1] for line in _too_big(big, tmp_path)]
    assert found == ["411 lines (at most 400)", "class Big 261 lines (at most 250)"]


def test_no_module_or_class_of_the_library_is_too_big() -> None:
    sources = _sources()
    assert len(sources) > 50 and not any("_gen" in p.parts for p in sources)
    assert [problem for path in sources for problem in _too_big(path)] == []

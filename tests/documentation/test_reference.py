"""scripts/docs_reference.py: the docs site's generated pages. Every operation of every spec gets a
page with its facts; what the specs do not have yet (limits per token type, removal dates,
successors, any new x-wb-* key) renders as soon as a spec has it (checked on a made-up spec)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docs_reference
import facade_map
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return docs_reference.pages()


def test_one_page_per_operation_of_every_spec(pages: dict[str, str]) -> None:
    ops = facade_map.spec_operations()
    assert len(ops) > 100
    for op in ops:
        page = pages[f"reference/operations/{op.spec}/{op.operation_id}.md"]
        assert f"# `{op.method} {op.path}`" in page, op.key
        assert f"`{op.key}`" in page
    specs = {op.spec for op in ops}
    assert {
        p.split("/")[2] for p in pages if p.startswith("reference/operations/") and p.count("/") == 3
    } == specs
    index = pages["reference/operations/index.md"]
    assert f"In all: {len(ops)} operations" in index


def test_an_operation_page_names_its_facts(pages: dict[str, str]) -> None:
    page = pages["reference/operations/content/product_cards_list.md"]
    assert (
        "[`client.content.iter_cards()`](../../api/services/content.md#wbseller.services.content.ContentOps.iter_cards)"
        in page
    )
    assert "`wbseller_raw.content.api.cards.product_cards_list`" in page  # from the generated tables
    assert "| Token scope / Категория токена | `content` (also `promotion`) |" in page
    assert "| Budget / Лимит | 100 per 1m |" in page
    assert (
        "| `settings.cursor.limit` | integer |  | ≤ 100; default `10` |" in page
    )  # optional since cards-lists-2026-08
    assert "## Ошибки / Errors" in page and "**429**" in page
    assert "| Repeated after a broken connection | yes (safe to repeat) |" in page  # a read by POST
    create = pages["reference/operations/content/create_product_cards.md"]
    assert "| Repeated after a broken connection | no: a write that may have reached WB" in create
    assert "| Read-only token | refused (this is a write) |" in create
    # an operation no facade method calls says so
    assert "raw only" in pages["reference/operations/content/generation_of_barcodes.md"]


def test_a_deprecated_operation_says_so_with_its_change_record(pages: dict[str, str]) -> None:
    page = pages["reference/operations/promotion/campaigns_information.md"]
    assert '!!! danger "Removed by WB on 2026-02-11 / Удалена WB"' in page
    assert "Successor: [`GET /api/advert/v2/adverts`](campaigns_information_v2.md)" in page
    assert "`promotion-deprecated-2026-01-29` (2026-01-29" in page  # the change, with WB's date
    # deprecated, not removed: a warning, and no successor recorded
    page = pages["reference/operations/content/list_of_failed_product_cards_with_errors.md"]
    assert '!!! danger "Removed by WB / Удалена WB"' in page and "no exact date" in page


def test_what_the_specs_will_carry_renders_when_they_do(tmp_path: Path) -> None:
    """A spec with limits per token type, a removal date, a successor and a key the generator
    does not know: each shows on the page (so the reference follows the specs, not this script)."""
    specs = tmp_path / "specs"
    (specs / "changes").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / "changes" / "2026-12-03-wb-retired.yaml", specs / "changes")
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Things", "version": "1"},
        "servers": [{"url": "https://things.example", "description": "production"}],
        "paths": {
            "/old": {
                "get": {
                    "operationId": "old_things",
                    "summary": "Old things",
                    "tags": ["Things"],
                    "deprecated": True,
                    "x-wb-category": "content",
                    "x-wb-removed": {
                        "date": "2026-02-11",
                        "successors": ["things.new_things"],
                        "source": "facts",
                    },
                    "x-wb-token-types": ["personal", "service"],
                    "x-wb-ratelimit": {
                        "period": "1m",
                        "limit": 10,
                        "interval": "6s",
                        "burst": 5,
                        "bucket": "things",
                        "by-token-type": {
                            "personal": {"period": "1m", "limit": 10, "burst": 5},
                            "base": {"period": "1h", "limit": 4, "burst": 1},
                        },
                    },
                    "responses": {"200": {"description": "ok"}, "429": {"description": "slow down"}},
                }
            },
            "/new": {
                "post": {
                    "operationId": "new_things",
                    "summary": "New things",
                    "tags": ["Things"],
                    "x-wb-category": "content",
                    "x-wb-ratelimit": {
                        "period": "1m",
                        "limit": 10,
                        "interval": "6s",
                        "burst": 5,
                        "bucket": "things",
                    },
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["ids"],
                                    "properties": {
                                        "ids": {"type": "array", "maxItems": 50, "items": {"type": "integer"}}
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
    }
    (specs / "things.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    ctx = docs_reference.Context(specs, methods=[])
    pages = docs_reference.pages(ctx)
    old = pages["reference/operations/things/old_things.md"]
    assert '!!! danger "Removed by WB on 2026-02-11 / Удалена WB"' in old
    assert "Successor: [`POST /new`](new_things.md) (`things.new_things`)." in old
    assert "### By token type / По типу токена" in old
    assert "| Token type | period | limit | burst |" in old and "| `base` | 1h | 4 | 1 |" in old
    assert "## Прочее / Other facts" in old and "x-wb-token-types:" in old  # a key the script does not know
    assert "The bucket is shared with 1 other operation(s): [`POST /new`](new_things.md)." in old
    assert "raw only" in old
    new = pages["reference/operations/things/new_things.md"]
    assert "| `ids` | array of integer | yes | items ≤ 50 |" in new
    index = pages["reference/operations/things/index.md"]
    assert "removed 2026-02-11" in index and "10/1m by type" in index
    nav = docs_reference.nav(ctx)
    assert {"GET /old": "reference/operations/things/old_things.md"} in nav[0]["Операции WB / WB operations"][
        1
    ]["things"]


def test_the_cli_reference_is_the_clis_own_help(pages: dict[str, str]) -> None:
    page = pages["reference/cli.md"]
    assert "## `wbseller`" in page and "## `wbseller cards export`" in page
    assert "Work with a Wildberries seller account" in page
    assert page.count("```text") == page.count("## `wbseller")


def test_the_script_writes_the_pages(tmp_path: Path) -> None:
    assert docs_reference.main(["--out", str(tmp_path)]) == 0
    assert (tmp_path / "reference/operations/content/product_cards_list.md").is_file()
    assert (
        (tmp_path / "reference/api/services/content.md")
        .read_text()
        .startswith("# `wbseller.services.content`")
    )

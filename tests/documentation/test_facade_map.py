"""scripts/facade_map.py: which WB operations each facade method calls, read from the source.
The map is checked against what the methods really send (the emulator records each request's
operation), and on made-up modules for the forms the reading must understand."""

from __future__ import annotations

import ast
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import facade_map
import pytest

import wbseller
from wbseller_emulator import Emulator


@pytest.fixture(scope="module")
def methods() -> dict[str, set[str]]:
    return {name: {op.key for op in ops} for name, ops in facade_map.facade_methods().items()}


def test_known_methods_map_to_their_operations(methods: dict[str, set[str]]) -> None:
    assert methods["client.content.iter_cards"] == {"content.product_cards_list"}
    # the same helper walks the trash when its call site says trash=True (and the list otherwise)
    assert methods["client.content.iter_trash"] == {"content.product_cards_in_trash_list"}
    # an operationId given to a schema reader (check_body, schema_at) is no call
    assert methods["client.content.create_tag"] == {"content.create_a_tag"}
    # a handle's inherited wait() runs its own _plan
    assert methods["CardsUpload.wait"] == {
        "content.product_cards_list",
        "content.list_of_failed_product_cards_with_errors_post",
    }
    # a plain Request by path, and a download by a path prefix plus the URI
    assert methods["client.wbd.upload_gallery"] == {"wbd.upload_media_file_for_an_offer"}
    # (the content list tells the size the file must have: issue 21)
    assert methods["client.wbd.download_content"] == {
        "wbd.download_content",
        "wbd.get_a_list_of_your_content",
    }
    # minus phrases: one operation per campaign and card since WB removed the four of the docs' era
    assert methods["client.promotion.set_minus_phrases"] == {"promotion.setting_and_deleting_minus_phrases"}
    # the client's own ping: /ping of every host that has one
    assert {"content.connection_check", "general.connection_check"} <= methods["client.ping"]


def test_every_operation_the_map_names_exists() -> None:
    keys = {op.key for op in facade_map.spec_operations()}
    for name, ops in facade_map.facade_methods().items():
        assert {op.key for op in ops} <= keys, name


AROUND_NOW = (datetime.now(UTC) - timedelta(days=30), datetime.now(UTC) + timedelta(days=30))


def _sent(emu: Emulator) -> set[str]:
    return {r.operation for r in emu.requests if r.operation}


def test_the_map_covers_what_methods_send(emu: Emulator, methods: dict[str, set[str]]) -> None:
    """Each call's requests, as the emulator recorded them, are among the operations the map
    gives that method (a method the reading got wrong fails here)."""
    emu.seed("content", "seed_cards", {"n": 3})
    emu.seed("prices", "seed_goods", {"n": 3})
    emu.seed("calendar", "seed_promotions", {"n": 2})
    token = emu.make_token(["content", "prices", "promotion", "marketplace"])
    calls: list[tuple[str, Any]] = [
        ("client.content.iter_cards", lambda wb: list(wb.content.iter_cards())),
        ("client.content.iter_trash", lambda wb: list(wb.content.iter_trash())),
        ("client.content.tags", lambda wb: wb.content.tags()),
        ("client.prices.iter_goods", lambda wb: list(wb.prices.iter_goods())),
        ("client.calendar.iter_promotions", lambda wb: list(wb.calendar.iter_promotions(*AROUND_NOW))),
        ("client.marketplace.offices", lambda wb: wb.marketplace.offices()),
        ("client.promotion.campaign_counts", lambda wb: wb.promotion.campaign_counts()),
        ("client.ping", lambda wb: wb.ping()),
    ]
    with wbseller.Client(token, base_url=emu.base_url, rate_limits=emu.client_rate_limits()) as wb:
        for name, call in calls:
            emu.requests.clear()
            call(wb)
            sent = _sent(emu)
            assert sent, name
            assert sent <= methods[name], (name, sent, methods[name])


def _map_of(tmp_path: Path, source: str, spec_ops: tuple[facade_map.Op, ...]) -> dict[str, set[str]]:
    package = tmp_path / "wbseller"
    (package / "services").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "services" / "__init__.py").write_text("")
    (package / "services" / "things.py").write_text(textwrap.dedent(source))
    modules = facade_map.load_modules(package)
    walker = facade_map.Walker(modules, spec_ops)
    mod = modules["wbseller.services.things"]
    return {
        name: {op.key for op in walker.reach(func, (mod, cls))}
        for (cls, name), func in mod.methods.items()
        if not name.startswith("_")
    }


OPS = (
    facade_map.Op("things", "list_things", "GET", "/things"),
    facade_map.Op("things", "thing_file", "GET", "/files/{uri}"),
    facade_map.Op("things", "archive", "POST", "/archive"),
)


def test_operation_constants_of_a_generated_ops_module(tmp_path: Path, monkeypatch: Any) -> None:
    """The generated operation layer's constants (`things_ops.LIST_THINGS`) count as the
    operation they name, as the operationId strings do today."""
    monkeypatch.setattr(facade_map, "FACADE", tmp_path / "wbseller")
    found = _map_of(
        tmp_path,
        """
        from wbseller_raw.things import ops as things_ops
        from wbseller_raw.things.ops import ARCHIVE

        class ThingsOps:
            def things(self):
                return call(things_ops.LIST_THINGS)

            def archive(self, flag=False):
                return call(ARCHIVE) if flag else None

            def color(self, item):
                return item["list_things"], getattr(item, "archive")  # JSON names, no calls
        """,
        OPS,
    )
    assert found == {"things": {"things.list_things"}, "archive": {"things.archive"}, "color": set()}


def test_paths_flags_and_defaults(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(facade_map, "FACADE", tmp_path / "wbseller")
    found = _map_of(
        tmp_path,
        """
        SPEC = "things"
        FILES = "/files/"

        def _walk(archived=False):
            op = "archive" if archived else "list_things"
            return Call(SPEC, op)

        class ThingsOps:
            def current(self):
                return _walk()

            def archived(self):
                return _walk(archived=True)

            def download(self, uri):
                return Download(SPEC, FILES + uri, {}, None)

            def check(self):
                return check_body(SPEC, "archive", {})
        """,
        OPS,
    )
    assert found == {
        "current": {"things.list_things"},
        "archived": {"things.archive"},
        "download": {"things.thing_file"},
        "check": set(),
    }


def test_the_script_lists_every_operation(capsys: Any) -> None:
    assert facade_map.main(["--by-operation"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(facade_map.spec_operations())
    # card writes read the list back after an unknown outcome (issue 21)
    methods = (
        "CardsUpload.wait, client.content.add_cards_to, client.content.cards_by_nm_id, "
        "client.content.chrt_ids_for_skus, client.content.create_cards, client.content.iter_cards, "
        "client.content.update_cards"
    )
    assert f"content.product_cards_list: {methods}" in lines
    assert any(line.endswith(": raw only") for line in lines)
    ast.parse(Path(facade_map.__file__).read_text())  # the module itself stays plain Python

"""wbseller.types: every service, list and handle type a user meets, each the class the runtime
uses (isinstance works, on a Client and an AsyncClient alike); a category's classes are still
imported on its first use only."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import wbseller
from wbseller import types
from wbseller.services import NAMES, service_classes
from wbseller_emulator.auth import mint

TOKEN = mint(b"k", categories=["content", "prices"], seller_id="s")
SERVICES = Path(wbseller.__file__).parent / "services"


def test_every_service_and_twin_is_in_wbseller_types() -> None:
    for spec, (sync_name, async_name) in NAMES.items():
        sync_cls, async_cls = service_classes(spec)
        assert getattr(types, sync_name) is sync_cls and sync_name in types.__all__
        assert getattr(types, async_name) is async_cls and async_name in types.__all__
        assert issubclass(sync_cls, types.Service) and issubclass(async_cls, types.AsyncService)


def _public_classes() -> list[tuple[str, str]]:
    """(module, class) of every public class the service modules define (services/*.py and the
    topic packages, the generated declarations aside), other than the Ops mixins and their Base."""
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        if "_gen" in path.parts:
            continue
        module = ".".join(("wbseller", *path.relative_to(SERVICES.parent).with_suffix("").parts))
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.ClassDef)
                and not node.name.startswith("_")
                and not node.name.endswith(("Ops", "Base"))
            ):
                found.append((module.removesuffix(".__init__"), node.name))
    return found


def test_every_public_result_and_handle_type_of_the_services_is_in_wbseller_types() -> None:
    found = _public_classes()
    names = {name for _, name in found}
    # the new services' results and handles (feedbacks, chat, orders, supplies) among them
    assert {"BatchResult", "Sticker", "ChatAttachment", "ChatEvents", "SupplyAdd", "PinResult"} <= names
    assert {"FeedbackCounts", "RecommendationsResult", "CardsResult", "PriceResult", "BidsResult"} <= names
    missing = [f"{module}.{name}" for module, name in found if name not in types.__all__]
    assert missing == []
    for module, name in found:
        assert getattr(types, name) is getattr(importlib.import_module(module), name)


def test_every_upload_handle_has_its_async_twin_in_wbseller_types() -> None:
    handles = []
    for path in sorted(p for p in SERVICES.rglob("*.py") if "_gen" not in p.parts):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any("Handle" in ast.unparse(b) for b in node.bases):
                handles.append(node.name)
    assert {"CardsUpload", "PriceUpload", "PromotionUpload", "ContentUpload"} <= set(handles)
    for name in handles:
        sync, twin = getattr(types, name), getattr(types, f"Async{name}")
        assert issubclass(twin, sync) and sync._twin is twin


def test_isinstance_on_a_client_and_an_async_client() -> None:
    since = datetime(2026, 1, 1, tzinfo=UTC)
    with wbseller.Client(TOKEN) as wb:
        assert isinstance(wb.content, types.ContentService)
        assert not isinstance(wb.content, types.AsyncContentService)
        pages = wb.content.iter_cards()
        assert isinstance(pages, types.Pages) and not isinstance(pages, types.AsyncPages)
        upload = wb.prices.upload([1])
        assert isinstance(upload, types.PriceUpload) and not isinstance(upload, types.AsyncPriceUpload)
        assert type(wb.content.cards_upload(["vc"], since)) is types.CardsUpload
        assert isinstance(wb.general, types.GeneralService)
    aw = wbseller.AsyncClient(TOKEN)
    assert isinstance(aw.content, types.AsyncContentService)
    assert isinstance(aw.content, types.ContentService) is False
    pages = aw.content.iter_cards()
    assert isinstance(pages, types.AsyncPages) and isinstance(pages, types.Pages)
    with pytest.raises(TypeError, match="async for"):
        iter(pages)
    assert isinstance(aw.prices.upload([1]), types.AsyncPriceUpload)
    assert isinstance(aw.content.cards_upload(["vc"], since), types.AsyncCardsUpload)
    assert isinstance(aw.general, types.AsyncGeneralService)


def test_the_first_call_of_a_category_imports_that_category_only() -> None:
    code = (
        "import sys, wbseller\n"
        "from wbseller_emulator.auth import mint\n"
        "wb = wbseller.Client(mint(b'k', categories=['content'], seller_id='s'))\n"
        "wb.content\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('wbseller.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert {"wbseller.services.content", "wbseller.services._gen.content"} <= loaded
    others = {"prices", "calendar", "promotion", "wbd", "media", "marketplace"}
    assert not {f"wbseller.services.{o}" for o in others} & loaded
    assert not {f"wbseller.services._gen.{o}" for o in others} & loaded
    assert "wbseller.types" not in loaded

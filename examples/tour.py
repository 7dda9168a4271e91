"""A tour of wbseller: what it does for you, step by step, printed as it goes.

Without WB_API_TOKEN it starts the built-in WB emulator (a real HTTP server on 127.0.0.1) and
runs everything against it: create cards and wait for their nmIDs, export them with the cursor
loop, set prices and wait for the per-item result (one item deliberately quarantined), upload a
WBD file with a progress bar, wait until it is published, download it back and compare.

With WB_API_TOKEN set it runs only the read-only parts against WB itself.

    python examples/tour.py            (make demo)
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import wbseller


def say(text: str) -> None:
    print(f"\n== {text}", flush=True)


def show_token(wb: wbseller.Client) -> None:
    info = wb.token_info
    say("The token, decoded locally (never printed)")
    if info is None:
        print("   no seller token")
        return
    print(f"   categories {sorted(info.categories)}, read-only {info.read_only}, sandbox {info.sandbox}")
    print(f"   seller {info.seller_id}, expires {info.expires_at:%Y-%m-%d}" if info.expires_at else "")
    for category, result in wb.ping().items():
        print(f"   ping {category:12s} {'ok' if result.ok else 'FAILED: ' + str(result.error)}")


def read_only_tour(wb: wbseller.Client) -> None:
    show_token(wb)
    info = wb.token_info
    cats = info.categories if info and info.is_jwt else {"content", "prices", "marketplace"}
    if "content" in cats or "promotion" in cats:
        say("The first 5 product cards, through the cursor loop")
        for n, card in enumerate(wb.content.iter_cards(), 1):
            print(f"   nmID {card.nm_id}  {card.vendor_code}  {getattr(card, 'title', '')}")
            if n == 5:
                break
    if "prices" in cats:
        say("The first 5 goods with their prices (limit/offset pages)")
        for n, good in enumerate(wb.prices.iter_goods(), 1):
            print(f"   nmID {good.nm_id}  discount {good.discount}")
            if n == 5:
                break
    if "marketplace" in cats:
        say("Your warehouses")
        for wh in wb.marketplace.warehouses():
            print(f"   {wh.id}  {wh.name}")


def emulator_tour() -> None:
    from wbseller_emulator import Emulator
    from wbseller_emulator.handlers.content import ContentStore
    from wbseller_emulator.handlers.prices import PricesStore

    # 20x faster than real time: WB's limits and processing delays keep their shape
    with Emulator(time_scale=0.05) as emu:
        say(f"WB emulator running on {emu.base_url} (no WB_API_TOKEN given)")
        token = emu.make_token(["content", "prices", "marketplace", "promotion"])
        with wbseller.Client(
            token,
            wbd_token=emu.make_token(["wbd"]),
            base_url=emu.base_url,
            rate_limits=emu.client_rate_limits(),
        ) as wb:
            show_token(wb)

            say("Create 3 cards (one with an unknown subject) and wait: a 200 from WB only means queued")
            cards = [
                {
                    "subjectID": 105,
                    "variants": [
                        {
                            "vendorCode": vc,
                            "title": f"Рубашка {vc}",
                            "brand": "Tour",
                            "sizes": [{"techSize": "M", "skus": []}],
                        }
                    ],
                }
                for vc in ("TOUR-1", "TOUR-2")
            ]
            cards.append({"subjectID": 999999, "variants": [{"vendorCode": "TOUR-BAD", "sizes": []}]})
            result = wb.content.create_cards(cards).wait(timeout=60, poll=0.2)
            for vc, outcome in result.cards.items():
                print(
                    f"   {vc:9s} -> "
                    + (f"nmID {outcome.nm_id}" if outcome.ok else f"failed: {outcome.errors}")
                )

            say("Export every card with the cursor loop (250 more seeded in the emulator)")
            emu.state.default.store(ContentStore).seed_cards(250)
            pages = wb.content.iter_cards()
            exported = sum(1 for _ in pages)
            print(f"   {exported} cards in {pages.state.pages} pages; resume point {pages.cursor}")

            say("Set prices and wait for the per-item result (TOUR-2 at a third of its price: quarantine)")
            nm = result.nm_ids
            goods = emu.state.default.store(PricesStore)  # the emulator's price list is its own
            for nm_id in nm.values():
                goods.add_good(nm_id, price=3000)
            upload = wb.prices.set_prices(
                [{"nmID": nm["TOUR-1"], "price": 2500, "discount": 10}, {"nmID": nm["TOUR-2"], "price": 900}]
            )
            priced = upload.wait(timeout=60, poll=0.2)
            print(f"   upload status {priced.status} (3 all applied, 5 partly, 6 none)")
            for item in priced.items:
                print(
                    f"   nmID {item.nm_id}: " + ("applied" if item.applied else f"not applied: {item.error}")
                )

            wbd_tour(wb)


def wbd_tour(wb: wbseller.Client) -> None:
    say("WBD: upload a 5 MB document in 2 MB parts with a progress bar, wait, download, compare")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "book.pdf"
        source.write_bytes(b"%PDF-1.4\n" + os.urandom(5 * 1024 * 1024))
        cover = wb.wbd.upload_content_cover(_png())
        upload = wb.wbd.upload_content(
            source,
            title="Tour book",
            description="A wbseller demo",
            catalog_id=4,
            meta={"thumbnail": cover, "rating": "0+", "author": "wbseller", "pages": 10},
            progress=True,
        )
        info: Any = upload.wait(timeout=120, poll=0.2)
        print(f"   content {info.id} published (status {info.status})")
        back = wb.wbd.download_content(info.uri, Path(tmp) / "back.pdf", progress=True)
        same = hashlib.sha256(back.read_bytes()).digest() == hashlib.sha256(source.read_bytes()).digest()
        print(f"   downloaded {back.stat().st_size:,} bytes: {'identical' if same else 'DIFFERENT'}")
        if not same:
            sys.exit(1)


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x80\x00" * 4 for _ in range(4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    if os.environ.get("WB_API_TOKEN"):
        say("WB_API_TOKEN is set: the read-only parts, against WB itself")
        with wbseller.Client() as wb:
            read_only_tour(wb)
    else:
        emulator_tour()
    say("Done")


if __name__ == "__main__":
    main()

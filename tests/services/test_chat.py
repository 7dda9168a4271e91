"""client.chat over HTTP against the emulator, sync and async: chats, the events walk with WB's
`next` (resumable), messages with files (limits checked before sending), attachments (200, and
202 while moderated as a result to retry, not a crash)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.services.conftest import Drive, Run
from wbseller import InvalidRequestError
from wbseller.services.chat import FILE_MAX
from wbseller_emulator import Emulator
from wbseller_emulator.handlers._common import TINY_JPEG, TINY_PNG
from wbseller_emulator.handlers.chat import ChatStore

CATS = ["chat"]


def store(emu: Emulator) -> ChatStore:
    return emu.state.default.store(ChatStore)


def sent(emu: Emulator) -> list[Any]:
    return [r for r in emu.requests if r.operation == "chat.chat_send_message"]


def test_chats_and_events_resume_with_next(emu: Emulator, run: Run) -> None:
    emu.settings["chat.events_page"] = 3
    chat_ids = store(emu).seed_chats(2, messages=4)  # 8 events

    async def scenario(d: Drive) -> None:
        chats = await d(d.client.chat.chats())
        assert sorted(c.chat_id for c in chats) == sorted(chat_ids)
        events = d.client.chat.iter_events()
        got = await d.list(events)
        assert len(got) == 8 and events.state.pages == 4  # 3 + 3 + 2 + an empty answer
        assert [e.add_timestamp for e in got] == sorted(e.add_timestamp for e in got)
        saved = events.next
        assert saved == got[-1].add_timestamp
        # nothing new: a resumed walk hands out nothing; then a new message comes
        assert await d.list(d.client.chat.iter_events(next=saved)) == []
        store(emu).add_message(chat_ids[0], "Ещё вопрос")
        later = await d.list(d.client.chat.iter_events(next=saved))
        assert [e.message.text for e in later] == ["Ещё вопрос"]

    run(scenario, categories=CATS)


def test_send_message_with_files(emu: Emulator, run: Run, tmp_path: Path) -> None:
    [chat_id] = store(emu).seed_chats(1, messages=1)
    sign = store(emu).chats()[0].reply_sign
    photo = tmp_path / "photo.png"
    photo.write_bytes(TINY_PNG)

    async def scenario(d: Drive) -> None:
        result = await d(d.client.chat.send_message(sign, "Вот фото", files=[photo, ("scan.jpg", TINY_JPEG)]))
        assert result.chat_id == chat_id
        event = store(emu).events()[-1]
        assert event.sender == "seller" and event.text == "Вот фото"
        assert [a.content_type for a in event.attachments] == ["image/png", "image/jpeg"]

    run(scenario, categories=CATS)


def test_file_limits_checked_before_sending(emu: Emulator, run: Run, tmp_path: Path) -> None:
    store(emu).seed_chats(1, messages=1)
    sign = store(emu).chats()[0].reply_sign
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * FILE_MAX)

    async def scenario(d: Drive) -> None:
        chat = d.client.chat
        with pytest.raises(InvalidRequestError) as e:
            await d(chat.send_message(sign, files=[big]))
        assert e.value.field == "files[0]" and e.value.limit == FILE_MAX
        with pytest.raises(InvalidRequestError) as e:
            await d(chat.send_message(sign, files=[("notes.txt", b"plain text")]))
        assert "JPEG, PNG or PDF" in str(e.value)
        with pytest.raises(InvalidRequestError) as e:
            await d(chat.send_message(sign, "x" * 1001))
        assert e.value.field == "message"
        with pytest.raises(InvalidRequestError):
            await d(chat.send_message(sign))
        parts = [("p.pdf", b"%PDF-1.4\n" + b"0" * (FILE_MAX - 16))] * 7  # 7 files of ~5 MB: over 30 MB
        with pytest.raises(InvalidRequestError) as e:
            await d(chat.send_message(sign, files=parts))
        assert e.value.field == "files"
        assert sent(emu) == []

    run(scenario, categories=CATS)


def test_attachment_ready_and_moderated(emu: Emulator, run: Run, tmp_path: Path) -> None:
    [chat_id] = store(emu).seed_chats(1, messages=1)
    ready = store(emu).add_attachment(chat_id, "pdf")
    waiting = store(emu).add_attachment(chat_id, "png", moderated_for=3600)

    async def scenario(d: Drive) -> None:
        chat = d.client.chat
        got = await d(chat.download_attachment(ready.download_id))
        assert got.ready and got.content == ready.data and got.content_type == "application/pdf"
        target = tmp_path / f"doc-{d.is_async}.pdf"
        written = await d(chat.download_attachment(ready.download_id, target))
        assert written.path == target and target.read_bytes() == ready.data and written.content is None
        pending = await d(chat.download_attachment(waiting.download_id, tmp_path / "later.png"))
        assert not pending.ready and pending.retry_seconds and pending.retry_seconds >= 1
        assert not (tmp_path / "later.png").exists()
        # the event lists the attachment's downloadID where the download takes it
        files = [f for e in await d.list(chat.iter_events()) for f in (e.message.attachments.files or [])]
        assert ready.download_id in {f.download_id for f in files}

    run(scenario, categories=CATS)

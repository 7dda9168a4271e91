"""Buyers' chat over HTTP: the chats, the events stream paged by `next`, sending a message with
files, attachments answered 202 while moderated, 200 after, 451 when blocked."""

from __future__ import annotations

from typing import Any

import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.chat import ChatStore

from .conftest import Api, MakeApi

EVENTS = "/api/v1/seller/events"


@pytest.fixture
def chat(emu: Emulator) -> ChatStore:
    return emu.state.default.store(ChatStore)


def all_events(c: Api) -> tuple[list[dict[str, Any]], int, int]:
    """Follow `result.next` until an answer holds no events: the events, the pages, the cursor."""
    events: list[dict[str, Any]] = []
    params: dict[str, Any] = {}
    pages = 0
    while True:
        result = c.get(EVENTS, params=params).json()["result"]
        if not result["events"]:
            return events, pages, result["next"]
        pages += 1
        assert result["totalEvents"] == len(result["events"])
        events.extend(result["events"])
        params = {"next": result["next"]}


def test_events_page_by_next(api: MakeApi, emu: Emulator, chat: ChatStore) -> None:
    emu.settings["chat.events_page"] = 4
    chat.seed_chats(5, messages=2)
    events, pages, cursor = all_events(api("chat"))
    assert len(events) == 10 and pages == 3
    stamps = [e["addTimestamp"] for e in events]
    assert stamps == sorted(stamps) and len(set(stamps)) == 10 and cursor == stamps[-1]
    assert len({e["eventID"] for e in events}) == 10
    first_per_chat = {}
    for e in events:
        first_per_chat.setdefault(e["chatID"], e["eventID"])
    assert {e["eventID"] for e in events if e["isNewChat"]} == set(first_per_chat.values())


def test_a_new_message_comes_after_the_cursor(api: MakeApi, frozen: Emulator, chat: ChatStore) -> None:
    [chat_id] = chat.seed_chats(1, messages=1)
    c = api("chat")
    events, _, cursor = all_events(c)
    assert len(events) == 1
    chat.add_message(chat_id, "Ещё вопрос", at=frozen.clock.now() + 60)
    assert c.get(EVENTS, params={"next": cursor}).json()["result"]["events"] == []  # not yet
    frozen.clock.advance(61)
    new = c.get(EVENTS, params={"next": cursor}).json()["result"]["events"]
    assert [e["message"]["text"] for e in new] == ["Ещё вопрос"]


def test_send_a_message_with_a_file(api: MakeApi, chat: ChatStore) -> None:
    chat.seed_chats(1, messages=1)
    c = api("chat")
    listed = c.get("/api/v1/seller/chats").json()["result"]
    sign = listed[0]["replySign"]
    r = c.post(
        "/api/v1/seller/message",
        data={"replySign": sign, "message": "Добрый день!"},
        files={"file": ("act.pdf", b"%PDF-1.4 test", "application/pdf")},
    )
    assert r.status_code == 200, r.text
    assert r.json()["result"]["chatID"] == listed[0]["chatID"]
    events, _, _ = all_events(c)
    mine = events[-1]
    assert mine["sender"] == "seller" and mine["message"]["text"] == "Добрый день!"
    assert mine["addTimestamp"] == r.json()["result"]["addTime"]
    [f] = mine["message"]["attachments"]["files"]
    assert f["name"] == "act.pdf" and f["contentType"] == "application/pdf"
    last = c.get("/api/v1/seller/chats").json()["result"][0]["lastMessage"]
    assert last["text"] == "Добрый день!"


@pytest.mark.parametrize(
    ("data", "files", "fragment"),
    [
        ({"replySign": "nope", "message": "hi"}, None, "replySign"),
        ({"message": "hi"}, None, ""),
        ({"replySign": "SIGN"}, None, "message"),
        ({"replySign": "SIGN"}, {"file": ("a.exe", b"MZ", "application/octet-stream")}, "a.exe"),
        ({"replySign": "SIGN", "message": "x" * 1001}, None, ""),
    ],
)
def test_refused_messages(
    api: MakeApi, chat: ChatStore, data: dict[str, str], files: dict[str, Any] | None, fragment: str
) -> None:
    one = chat.add_chat()
    data = {k: one.reply_sign if v == "SIGN" else v for k, v in data.items()}
    # multipart always (fields as parts without a file name), as a client sends it
    parts: list[Any] = [(k, (None, v)) for k, v in data.items()] + list((files or {}).items())
    r = api("chat").post("/api/v1/seller/message", files=parts)
    assert r.status_code == 400, r.text
    assert fragment in r.text


def test_attachment_waits_for_moderation(api: MakeApi, frozen: Emulator, chat: ChatStore) -> None:
    one = chat.add_chat()
    att = chat.add_attachment(one.chat_id, "png", moderated_for=120)
    c = api("chat")
    r = c.get(f"/api/v1/seller/download/{att.download_id}")
    assert r.status_code == 202 and r.json()["moderationState"]
    assert r.json()["retrySeconds"] >= 1
    frozen.clock.advance(121)
    r = c.get(f"/api/v1/seller/download/{att.download_id}")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    assert r.content.startswith(b"\x89PNG")
    images = [e for e in all_events(c)[0] if e["message"]["attachments"]["images"]]
    assert images[0]["message"]["attachments"]["images"][0]["downloadID"] == att.download_id


def test_blocked_and_unknown_attachments(api: MakeApi, chat: ChatStore) -> None:
    one = chat.add_chat()
    att = chat.add_attachment(one.chat_id, "pdf", blocked=True)
    c = api("chat")
    assert c.get(f"/api/v1/seller/download/{att.download_id}").status_code == 451
    assert c.get("/api/v1/seller/download/nope").status_code == 400

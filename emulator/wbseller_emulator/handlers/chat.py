"""Buyers' chat (buyer-chat-api): chats with buyers, their events, messages and attachments.

The model, per seller: chats (chatID, replySign, the buyer's name, the product it is about) and
one stream of events (messages from the buyer or the seller, with images and files), each with
an `addTimestamp` in milliseconds, strictly increasing across the stream. An event shows only
once the virtual clock has reached it.

- Events [GET /api/v1/seller/events]: the events after `next` (a millisecond timestamp; none: from
  the first), oldest first, at most `chat.events_page`; `result.next` is the last one's timestamp
  (with none left, the `next` that was asked), `totalEvents` how many this answer holds. A client
  passes `result.next` back until an answer holds no events.
- Send [POST /api/v1/seller/message, multipart]: `replySign` names the chat (unknown: 400); a
  `message` (up to 1000 characters, the spec) and/or `file` parts (PDF, JPEG, PNG; neither: 400).
  It becomes a seller event at once; its files are attachments like the buyer's.
- Attachments [GET /api/v1/seller/download/{id}]: the file (200, its own content type) once
  moderated; 202 {moderationState, retrySeconds} while being moderated; 451 when moderation
  blocked it; an unknown id: 400.

Seed with `seed_chats(n, messages, with_attachments)`, `add_chat(...)`, `add_message(chat_id, text,
at, sender, attachments)` and `add_attachment(chat_id, kind, moderated_for, blocked)`.
"""

from __future__ import annotations

import itertools
import math
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import ApiError
from ._common import TINY_JPEG, TINY_PNG, Good, goods, rng, setting, tiny_pdf
from .base import Ctx, Reply, SellerState, handler
from .wbd import parse_multipart

DEFAULTS: dict[str, Any] = {
    "chat.events_page": 100,  # events one answer holds at most (WB states no number)
    "chat.moderation_seconds": 60.0,  # virtual seconds a new attachment is being moderated
}
NAMES = ("Анна", "Иван", "Мария", "Сергей", "Ольга", "Дмитрий")
KINDS = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png"}


@dataclass
class Attachment:
    download_id: str
    name: str
    content_type: str
    data: bytes
    ready_at: float  # virtual time moderation ends
    blocked: bool = False

    @property
    def image(self) -> bool:
        return self.content_type.startswith("image/")


@dataclass
class Event:
    event_id: str
    chat_id: str
    at_ms: int
    sender: str  # client | seller | wb
    text: str
    attachments: list[Attachment] = field(default_factory=list)
    new_chat: bool = False
    source: str = "rusite"


@dataclass
class Chat:
    chat_id: str
    reply_sign: str
    client_name: str
    good: Good


class ChatStore:
    """One seller's chats and their events. Get it with `ctx.store(ChatStore)` or
    `emu.state.default.store(ChatStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self._chats: dict[str, Chat] = {}
        self._events: list[Event] = []  # by at_ms (strictly increasing)
        self._attachments: dict[str, Attachment] = {}
        self._rng = rng(seller, "chat")
        self._ids = itertools.count(1)

    # --- seeding and inspection (public: other tests seed through these) ---
    def seed_chats(self, n: int, messages: int = 2, with_attachments: bool = False) -> list[str]:
        """`n` chats, each opened by the buyer with `messages` messages over the last hours
        (`with_attachments`: the first one carries an image, already moderated). Returns the
        chatIDs."""
        now = self.seller.now()
        out = []
        for i in range(n):
            chat = self.add_chat()
            for m in range(messages):
                at = now - (n - i) * 3600 + m * 60
                event = self.add_message(chat.chat_id, f"Здравствуйте! Вопрос {m + 1}", at=at)
                if with_attachments and m == 0:
                    event.attachments.append(self._attachment("photo.jpg", "image/jpeg", TINY_JPEG, at))
            out.append(chat.chat_id)
        return out

    def add_chat(self, client_name: str | None = None, good: Good | None = None) -> Chat:
        r = self._rng
        chat = Chat(
            f"1:{uuid.UUID(int=r.getrandbits(128), version=4)}",
            uuid.UUID(int=r.getrandbits(128), version=4).hex,
            client_name or r.choice(NAMES),
            good or r.choice(goods(self.seller)),
        )
        self._chats[chat.chat_id] = chat
        return chat

    def add_message(
        self,
        chat_id: str,
        text: str,
        at: float | None = None,
        sender: str = "client",
        attachments: list[Attachment] | None = None,
    ) -> Event:
        """A message in a chat at `at` (default now; later: it shows when the clock gets there)."""
        chat = self._chats[chat_id]
        at_ms = int((self.seller.now() if at is None else at) * 1000)
        if self._events and at_ms <= self._events[-1].at_ms:
            if at is None:  # now, but the stream is ahead: just after its last event
                at_ms = self._events[-1].at_ms + 1
            else:  # a moment in the past or a tie: keep the stream in order
                return self._insert(chat, at_ms, sender, text, attachments)
        first = not any(e.chat_id == chat_id for e in self._events)
        event = Event(str(uuid.uuid4()), chat.chat_id, at_ms, sender, text, list(attachments or []), first)
        self._events.append(event)
        return event

    def add_attachment(
        self, chat_id: str, kind: str = "jpeg", moderated_for: float = 0.0, blocked: bool = False
    ) -> Attachment:
        """A buyer's message with one file (`kind`: pdf, jpeg, png) now; it is being moderated for
        `moderated_for` virtual seconds; `blocked`: moderation refused it (451)."""
        data = {"pdf": tiny_pdf("document"), "png": TINY_PNG}.get(kind, TINY_JPEG)
        now = self.seller.now()
        att = self._attachment(f"file.{kind}", KINDS[kind], data, now - 1, moderated_for, blocked)
        self.add_message(chat_id, "", attachments=[att])
        return att

    def chats(self) -> list[Chat]:
        return list(self._chats.values())

    def events(self, after_ms: int | None = None) -> list[Event]:
        """The events that have happened (the virtual clock), after `after_ms`."""
        now_ms = int(self.seller.now() * 1000)
        return [e for e in self._events if e.at_ms <= now_ms and (after_ms is None or e.at_ms > after_ms)]

    def chat_by_sign(self, reply_sign: str) -> Chat | None:
        return next((c for c in self._chats.values() if c.reply_sign == reply_sign), None)

    def attachment(self, download_id: str) -> Attachment | None:
        return self._attachments.get(download_id)

    def _attachment(
        self,
        name: str,
        content_type: str,
        data: bytes,
        at: float,
        moderated_for: float = 0.0,
        blocked: bool = False,
    ) -> Attachment:
        att = Attachment(
            f"{next(self._ids):08d}-{uuid.uuid4().hex[:12]}", name, content_type, data, at + moderated_for
        )
        att.blocked = blocked
        self._attachments[att.download_id] = att
        return att

    def _insert(self, chat: Chat, at_ms: int, sender: str, text: str, atts: list[Attachment] | None) -> Event:
        taken = {e.at_ms for e in self._events}
        while at_ms in taken:
            at_ms += 1
        event = Event(str(uuid.uuid4()), chat.chat_id, at_ms, sender, text, list(atts or []))
        self._events.append(event)
        self._events.sort(key=lambda e: e.at_ms)
        seen: set[str] = set()
        for e in self._events:  # who opened each chat may have changed
            e.new_chat = e.chat_id not in seen
            seen.add(e.chat_id)
        return event


def _utc(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _good_card(g: Good) -> dict[str, Any]:
    return {"nmID": g.nm_id, "price": g.price, "priceCurrency": "RUB", "rid": "", "size": g.tech_size}


def _event_json(store: ChatStore, e: Event) -> dict[str, Any]:
    chat = store._chats[e.chat_id]
    files = [a for a in e.attachments if not a.image]
    images = [a for a in e.attachments if a.image]
    return {
        "chatID": e.chat_id,
        "eventID": e.event_id,
        "eventType": "message",
        "isNewChat": e.new_chat,
        "message": {
            "attachments": {
                "goodCard": _good_card(chat.good),
                "files": [
                    {
                        "contentType": a.content_type,
                        "date": _utc(e.at_ms),
                        "downloadID": a.download_id,
                        "name": a.name,
                        "url": f"https://buyer-chat-api.wildberries.ru/api/v1/seller/download/{a.download_id}",
                        "size": len(a.data),
                    }
                    for a in files
                ],
                "images": [
                    {
                        "date": _utc(e.at_ms),
                        "downloadID": a.download_id,
                        "url": f"https://buyer-chat-api.wildberries.ru/api/v1/seller/download/{a.download_id}",
                    }
                    for a in images
                ],
            },
            "text": e.text,
        },
        "source": e.source,
        "addTimestamp": e.at_ms,
        "addTime": _utc(e.at_ms),
        "replySign": chat.reply_sign,
        "sender": e.sender,
        "clientName": chat.client_name,
    }


@handler("chat.chats_list")
def chats_list(ctx: Ctx) -> Any:
    store = ctx.store(ChatStore)
    last: dict[str, Event] = {}
    for e in store.events():
        last[e.chat_id] = e
    out = []
    for c in store.chats():
        item: dict[str, Any] = {
            "chatID": c.chat_id,
            "replySign": c.reply_sign,
            "clientName": c.client_name,
            "goodCard": _good_card(c.good),
        }
        if c.chat_id in last:
            item["lastMessage"] = {"text": last[c.chat_id].text, "addTimestamp": last[c.chat_id].at_ms}
        out.append(item)
    return {"result": out, "errors": None}


@handler("chat.chat_events")
def chat_events(ctx: Ctx) -> Any:
    store = ctx.store(ChatStore)
    after = ctx.arg("next", None, int)
    size = int(setting(ctx.seller, "chat.events_page", DEFAULTS))
    events = store.events(after)[:size]
    result: dict[str, Any] = {
        "next": events[-1].at_ms if events else (after or 0),
        "totalEvents": len(events),
        "events": [_event_json(store, e) for e in events],
    }
    if events:
        result["oldestEventTime"] = _utc(events[0].at_ms)
        result["newestEventTime"] = _utc(events[-1].at_ms)
    return {"result": result, "errors": None}


@handler("chat.chat_send_message")
def chat_send_message(ctx: Ctx) -> Any:
    ctype = ctx.headers.get("content-type", "")
    if "multipart/form-data" not in ctype:
        raise ctx.refuse("send multipart/form-data with replySign, message and/or file")
    parts = parse_multipart(ctx.body, ctype)
    fields = {p.name: p.data.decode("utf-8", "replace") for p in parts if p.filename is None}
    files = [p for p in parts if p.filename is not None and p.name == "file"]
    store = ctx.store(ChatStore)
    chat = store.chat_by_sign(fields.get("replySign", ""))
    if chat is None:
        raise ctx.refuse(f"replySign {fields.get('replySign', '')!r} names no chat")
    text = fields.get("message", "")
    if not text and not files:
        raise ctx.refuse("send a message, a file, or both")
    if len(text) > 1000:
        raise ctx.refuse(f"message: {len(text)} characters, at most 1000")
    now = ctx.now()
    wait = float(setting(ctx.seller, "chat.moderation_seconds", DEFAULTS))
    atts = []
    for p in files:
        ctype_part = (p.content_type or "").lower()
        if ctype_part not in KINDS.values():
            raise ctx.refuse(f"file {p.filename!r}: {ctype_part or 'no content type'}; PDF, JPEG or PNG only")
        atts.append(store._attachment(p.filename or "file", ctype_part, p.data, now, wait))
    event = store.add_message(chat.chat_id, text, sender="seller", attachments=atts)
    event.source = "api"
    return {"result": {"addTime": event.at_ms, "chatID": chat.chat_id}, "errors": []}


@handler("chat.chat_attachment_download")
def chat_attachment_download(ctx: Ctx) -> Any:
    att = ctx.store(ChatStore).attachment(ctx.path_params["id"])
    if att is None:
        raise ctx.refuse(f"no attachment {ctx.path_params['id']!r}")
    if att.blocked:
        raise ApiError(451, "the file was blocked by moderation")
    left = att.ready_at - ctx.now()
    if left > 0:
        # real seconds, as the rate limiter's Retry headers: what a client waits
        retry = max(1, math.ceil(ctx.seller.emulator.clock.to_real(left)))
        return Reply(202, json={"moderationState": "moderation", "retrySeconds": retry})
    return Reply(200, content=att.data, media_type=att.content_type)

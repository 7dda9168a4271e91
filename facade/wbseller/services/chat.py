"""Chats with buyers (buyer-chat-api): the chats, their events page by page with WB's `next`,
sending a message (with files), downloading an attachment.

for chat in wb.chat.chats():
    ...
events = wb.chat.iter_events(next=saved)      # resumable: save events.next after the loop
for event in events:
    ...
saved = events.next
wb.chat.send_message(event.reply_sign, "Здравствуйте!", files=["invoice.pdf"])
got = wb.chat.download_attachment(download_id, "photo.jpg")
if not got.ready:                             # 202: WB is still moderating the file
    retry_in = got.retry_seconds
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.chat import ops
from wbseller_raw.chat.models import ChatSendMessageRequest
from wbseller_raw.chat.types import File

from ..drift import RawItem
from ..errors import InvalidRequestError, LocalWriteError, PaginationError
from ..files import destination_problem, open_new_file, sniff
from ..pagination import Pages, PageState
from ..plans import EmitAll, Plan, SyncRunner, call
from ..validation import check_value
from ._common import as_int
from ._comms import listed, one, path

if TYPE_CHECKING:
    from wbseller_raw.chat.models import (
        ChatSendMessageResponseResult,
        ChatsListResponseResultItem,
    )

SPEC = "chat"
# WB's chat page: files of JPEG, PNG or PDF, each up to 5 MB, up to 30 MB in one message. The
# facts give the formats (the attachment answers: pdf/jpeg/png) but not the sizes.
FILE_MAX = 5 * 1024 * 1024
FILES_TOTAL_MAX = 30 * 1024 * 1024
FILE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "PDF": "application/pdf"}


@dataclass(frozen=True)
class ChatAttachment:
    """A downloaded attachment, or why not yet: `ready` False while WB moderates it (202), with
    `retry_seconds` (WB's hint) and `moderation_state`; ask again later. When ready: `content`
    (the bytes, unless written to `path`) and `content_type` (application/pdf, image/jpeg,
    image/png)."""

    download_id: str
    ready: bool
    content_type: str | None = None
    content: bytes | None = None
    path: Path | None = None
    size: int | None = None
    retry_seconds: int | None = None
    moderation_state: str | None = None


class EventState(PageState):
    """Where an events walk stands: `next` is what to pass to resume after the events handed out."""

    def __init__(self, next_: int | None) -> None:
        super().__init__()
        self.next = next_


class ChatEvents(Pages[Any]):
    """The events iterator; `.next` (WB's `result.next` of the last page fully handed out) resumes
    a later walk from where this one stopped: `iter_events(next=events.next)`."""

    state: EventState

    @property
    def next(self) -> int | None:
        return self.state.next


def _file(item: str | os.PathLike[str] | tuple[str, bytes], i: int) -> tuple[str, bytes, str]:
    """(name, bytes, content type) of a file to send, its format read from its first bytes."""
    if isinstance(item, tuple):
        name, data = item
    else:
        p = Path(item)
        try:
            size = p.stat().st_size
        except OSError as e:
            raise InvalidRequestError(
                f"files[{i}]: {p} cannot be read ({e.strerror})", field=f"files[{i}]"
            ) from None
        if size > FILE_MAX:  # before reading it: a huge file must not be loaded to be refused
            raise InvalidRequestError(
                f"files[{i}]: {p.name} is {size} bytes; WB takes up to {FILE_MAX} (5 MB) a file",
                field=f"files[{i}]",
                value=size,
                limit=FILE_MAX,
            )
        name, data = p.name, p.read_bytes()
    if not isinstance(data, bytes):
        raise InvalidRequestError(f"files[{i}]: bytes are needed", field=f"files[{i}]")
    if len(data) > FILE_MAX:
        raise InvalidRequestError(
            f"files[{i}]: {name} is {len(data)} bytes; WB takes up to {FILE_MAX} (5 MB) a file",
            field=f"files[{i}]",
            value=len(data),
            limit=FILE_MAX,
        )
    kind = "PDF" if data.startswith(b"%PDF-") else sniff(data)
    if kind not in FILE_TYPES:
        raise InvalidRequestError(
            f"files[{i}]: {name} is {kind or 'of an unknown format'}; WB takes JPEG, PNG or PDF",
            field=f"files[{i}]",
            value=kind,
            limit=tuple(FILE_TYPES),
        )
    return name, data, FILE_TYPES[kind]


class ChatOps:
    """Buyers' chat operations shared by the sync and async chat services."""

    _runner: SyncRunner  # the sync view: an AsyncClient's is services/_async_types.pyi

    def chats(self) -> list[ChatsListResponseResultItem | RawItem]:
        """Every chat (chatID, replySign, the buyer's name, the product, the last message). WB
        operation: `GET /api/v1/seller/chats` (chats_list)."""
        plan = one(call(ops.CHATS_LIST), lambda r: listed(path(r.parsed, "result")))
        return cast("list[ChatsListResponseResultItem | RawItem]", self._runner.run(plan))

    def iter_events(self, *, next: int | None = None) -> ChatEvents:
        """The chats' events (messages of buyers, the seller and WB), oldest first, page by page:
        each request passes the previous answer's `result.next`; the walk ends at an answer with
        no events. Start from `next` (the iterator's `.next` of an earlier walk) to get only what
        came since. WB operation: `GET /api/v1/seller/events` (chat_events)."""
        if next is not None:
            check_value({"type": "integer", "minimum": 0}, next, "next")

        def plan(state: PageState) -> Plan[None]:
            assert isinstance(state, EventState)
            while True:
                kwargs: dict[str, Any] = {} if state.next is None else {"next_": state.next}
                r = yield from call(ops.CHAT_EVENTS, None, **kwargs)
                result = path(r.parsed, "result")
                page = listed(path(result, "events"))
                following = as_int(path(result, "next_"))
                state.pages += 1
                yield EmitAll(page, state)
                if not page or following is None:
                    return
                if following == state.next:
                    raise PaginationError(f"chat events: `next` did not advance past {following}")
                state.next = following  # only once the page was handed out: resuming repeats, never skips

        return ChatEvents(self._runner, plan, EventState(next))

    def send_message(
        self,
        reply_sign: str,
        text: str | None = None,
        *,
        files: Iterable[str | os.PathLike[str] | tuple[str, bytes]] = (),
    ) -> ChatSendMessageResponseResult | None:
        """Send a message to the chat of `reply_sign` (a chat's or event's replySign): a text of
        up to 1000 characters and/or files (paths or (name, bytes)); each file JPEG, PNG or PDF of
        up to 5 MB, 30 MB in all, checked here before anything is sent. Returns WB's `result`
        (addTime, chatID). WB operation: `POST /api/v1/seller/message` (chat_send_message)."""
        if text is not None:
            check_value(ops.CHAT_SEND_MESSAGE.schema("message"), text, "message")
        check_value(ops.CHAT_SEND_MESSAGE.schema("replySign"), reply_sign, "replySign")
        if not isinstance(reply_sign, str) or not reply_sign:
            raise InvalidRequestError("replySign: required", field="replySign", value=reply_sign)
        if isinstance(files, str | os.PathLike):
            files = [files]
        parts = [_file(f, i) for i, f in enumerate(files)]
        total = sum(len(data) for _, data, _ in parts)
        if total > FILES_TOTAL_MAX:
            raise InvalidRequestError(
                f"files: {total} bytes in all; WB takes up to {FILES_TOTAL_MAX} (30 MB) a message",
                field="files",
                value=total,
                limit=FILES_TOTAL_MAX,
            )
        if not text and not parts:
            raise InvalidRequestError("message: give a text, files, or both", field="message", value=text)
        body = ChatSendMessageRequest(reply_sign=reply_sign)
        if text:
            body.message = text
        if parts:
            body.file = [
                File(payload=BytesIO(data), file_name=name, mime_type=ct) for name, data, ct in parts
            ]
        plan = one(call(ops.CHAT_SEND_MESSAGE, body=body), lambda r: path(r.parsed, "result"))
        return cast("ChatSendMessageResponseResult | None", self._runner.run(plan))

    def download_attachment(
        self, download_id: str, to: str | os.PathLike[str] | None = None
    ) -> ChatAttachment:
        """An attachment of a message (an event's files[]/images[] `downloadID`): its bytes, or
        written to the file `to` (a regular file; never through a link or onto a device). While
        WB moderates the file it answers 202: the result then has `ready=False` and
        `retry_seconds`; nothing is written.
        A file moderation blocked: WB's 451 (an error). WB operation:
        `GET /api/v1/seller/download/{id}` (chat_attachment_download)."""
        if not isinstance(download_id, str) or not download_id or "/" in download_id:
            raise InvalidRequestError(
                f"id: {download_id!r} is not a downloadID", field="id", value=download_id
            )
        target = None if to is None else Path(to)
        if target is not None:
            problem = destination_problem(target)
            if problem:
                raise InvalidRequestError(f"to: {target}: {problem}", field="to", value=str(target))

        def plan() -> Plan[ChatAttachment]:
            r = yield from call(ops.CHAT_ATTACHMENT_DOWNLOAD, id=download_id)
            if r.status_code == 202:
                return ChatAttachment(
                    download_id,
                    False,
                    retry_seconds=as_int(path(r.parsed, "retry_seconds")),
                    moderation_state=path(r.parsed, "moderation_state"),
                )
            content_type = (r.headers.get("content-type") or "").split(";")[0].strip() or None
            data = bytes(r.content)
            if target is None:
                return ChatAttachment(download_id, True, content_type, data, size=len(data))
            try:
                with open_new_file(target) as f:
                    f.write(data)
            except OSError as e:
                raise LocalWriteError(f"{target}: {e.strerror or e}", path=str(target), errno=e.errno) from e
            return ChatAttachment(download_id, True, content_type, path=target, size=len(data))

        return self._runner.run(plan())

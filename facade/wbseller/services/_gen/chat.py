"""client.chat and AsyncClient.chat: ChatService and AsyncChatService. Written by
scripts/async_types.py from services/chat.py: do not edit (`make generate` rewrites it, `make check`
fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.chat import ChatOps

if TYPE_CHECKING:
    import os
    from collections.abc import Awaitable, Iterable

    from wbseller.drift import RawItem
    from wbseller.services.chat import ChatAttachment
    from wbseller_raw.chat.client import AuthenticatedClient as ChatRaw
    from wbseller_raw.chat.models import ChatSendMessageResponseResult, ChatsListResponseResultItem


class ChatService(ChatOps, Service):
    """client.chat: Chats with buyers (buyer-chat-api): the chats, their events page by page with
    WB's `next`, sending a message (with files), downloading an attachment."""

    raw: ChatRaw


class AsyncChatService(ChatOps, AsyncService):
    """AsyncClient.chat: the operations of ChatService, awaitable / async-iterable."""

    raw: ChatRaw

    if TYPE_CHECKING:

        def chats(  # type: ignore[override]
            self,
        ) -> Awaitable[list[ChatsListResponseResultItem | RawItem]]:
            """Every chat (chatID, replySign, the buyer's name, the product, the last message). WB
            operation: `GET /api/v1/seller/chats` (chats_list).
            """

        def send_message(  # type: ignore[override]
            self,
            reply_sign: str,
            text: str | None = None,
            *,
            files: Iterable[str | os.PathLike[str] | tuple[str, bytes]] = (),
        ) -> Awaitable[ChatSendMessageResponseResult | None]:
            """Send a message to the chat of `reply_sign` (a chat's or event's replySign): a text of
            up to 1000 characters and/or files (paths or (name, bytes)); each file JPEG, PNG or PDF of
            up to 5 MB, 30 MB in all, checked here before anything is sent. Returns WB's `result`
            (addTime, chatID). WB operation: `POST /api/v1/seller/message` (chat_send_message).
            """

        def download_attachment(  # type: ignore[override]
            self, download_id: str, to: str | os.PathLike[str] | None = None
        ) -> Awaitable[ChatAttachment]:
            """An attachment of a message (an event's files[]/images[] `downloadID`): its bytes, or
            written to the file `to` (a regular file; never through a link or onto a device). While
            WB moderates the file it answers 202: the result then has `ready=False` and
            `retry_seconds`; nothing is written.
            A file moderation blocked: WB's 451 (an error). WB operation:
            `GET /api/v1/seller/download/{id}` (chat_attachment_download).
            """

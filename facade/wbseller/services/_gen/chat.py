"""client.chat and AsyncClient.chat: `.raw` only (no services/chat.py yet). Written by
scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.chat.client import AuthenticatedClient as ChatRaw


class ChatService(Service):
    """client.chat: Wildberries Buyers Chat API; `.raw` only (the generated functions)."""

    raw: ChatRaw


class AsyncChatService(AsyncService):
    """AsyncClient.chat: Wildberries Buyers Chat API; `.raw` only (the generated `asyncio`
    functions)."""

    raw: ChatRaw

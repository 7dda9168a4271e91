"""client.feedbacks and AsyncClient.feedbacks: `.raw` only (no services/feedbacks.py yet). Written
by scripts/async_types.py: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service

if TYPE_CHECKING:
    from wbseller_raw.feedbacks.client import AuthenticatedClient as FeedbacksRaw


class FeedbacksService(Service):
    """client.feedbacks: Wildberries Feedbacks and Questions API; `.raw` only (the generated
    functions)."""

    raw: FeedbacksRaw


class AsyncFeedbacksService(AsyncService):
    """AsyncClient.feedbacks: Wildberries Feedbacks and Questions API; `.raw` only (the generated
    `asyncio` functions)."""

    raw: FeedbacksRaw

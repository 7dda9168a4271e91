"""client.finance and AsyncClient.finance: FinanceService and AsyncFinanceService. Written by
scripts/async_types.py from services/finance.py: do not edit (`make generate` rewrites it, `make
check` fails when it is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wbseller.services.base import AsyncService, Service
from wbseller.services.finance import FinanceOps

if TYPE_CHECKING:
    from collections.abc import Awaitable
    from typing import Any

    from wbseller.services._rows import Day
    from wbseller_raw.finance.client import AuthenticatedClient as FinanceRaw
    from wbseller_raw.finance.models import AccountBalanceResponse


class FinanceService(FinanceOps, Service):
    """client.finance: Finances (finance-api): the balance, the realization (sales) reports and the
    acquiring reports."""

    raw: FinanceRaw


class AsyncFinanceService(FinanceOps, AsyncService):
    """AsyncClient.finance: the operations of FinanceService, awaitable / async-iterable."""

    raw: FinanceRaw

    if TYPE_CHECKING:

        def balance(  # type: ignore[override]
            self,
        ) -> Awaitable[AccountBalanceResponse]:
            """The seller's balance: `current`, `for_withdraw`, `currency`. WB operation:
            `GET /api/v1/account/balance` (account_balance).
            """

        def reports(  # type: ignore[override]
            self, date_from: Day, date_to: Day, *, period: str = "weekly"
        ) -> Awaitable[list[dict[str, Any]]]:
            """The realization reports overlapping the period (reportId, dates, sums), all of them
            (limit/offset until none). WB operation: `POST /api/finance/v1/sales-reports/list`.
            """

        def acquiring_reports(  # type: ignore[override]
            self, date_from: Day, date_to: Day
        ) -> Awaitable[list[dict[str, Any]]]:
            """The acquiring reports overlapping the period. WB operation:
            `POST /api/finance/v1/acquiring/list` (acquiring_reports_list).
            """

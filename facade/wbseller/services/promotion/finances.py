"""Promotion finances: the promotion account's balance, campaign budgets and their top-ups
(with their dry run), the costs history and the account's top-ups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from wbseller_raw.promotion import ops

from ...drift import RawItem
from ...errors import InvalidRequestError
from ...pagination import Pages, PageState
from ...plans import Emit, Plan, call
from ...validation import check_body, check_params, check_value
from .._common import answer
from .._common import present as _present
from ._rules import BUDGET_MIN, DateLike, PromotionBase, _call, _choice, _interval, _list, _period, windows

if TYPE_CHECKING:
    from wbseller_raw.promotion.models import BalanceResponse, BudgetResponse, CostsHistoryItem, PaymentItem


class FinancesOps(PromotionBase):
    """The promotion account and campaign budgets."""

    def balance(self) -> BalanceResponse:
        """The promotion account: `net` (account), `balance` (netting), `bonus`, `currency` and the
        promo bonuses (`cashbacks`: sum, percent, expiration_date). WB operation: `GET
        /adv/v1/balance` (balance)."""
        return self._runner.run(answer(call(ops.BALANCE)))

    def budget(self, advert_id: int) -> BudgetResponse:
        """A campaign's budget (`total`, `currency`). WB operation: `GET /adv/v1/budget`
        (campaign_budget)."""
        check_params(ops.CAMPAIGN_BUDGET, {"id": advert_id})
        return self._runner.run(answer(call(ops.CAMPAIGN_BUDGET, id=advert_id)))

    def deposit(
        self,
        advert_id: int,
        amount: int,
        *,
        source: int = 1,
        cashback_sum: int | None = None,
        cashback_percent: int | None = None,
    ) -> int | None:
        """Top up a campaign's budget by `amount` roubles (at least BUDGET_MIN) from a `source`
        (0 account, 1 balance, 3 bonuses). `cashback_sum` of it may come from the promo bonuses
        (sources 0 and 1 only), with `cashback_percent` the balance's cashback percent (see
        balance().cashbacks), at most that percent of `amount`. Returns the campaign's new
        budget total. WB operation: `POST /adv/v1/budget/deposit` (top_up_of_the_campaign_budget)."""
        op = ops.TOP_UP_OF_THE_CAMPAIGN_BUDGET
        body = self.check_deposit(
            advert_id, amount, source=source, cashback_sum=cashback_sum, cashback_percent=cashback_percent
        )
        effect = call(op, body=body, id=advert_id)
        return cast(
            "int | None",
            self._runner.run(_call(effect, lambda r: _present(getattr(r.parsed, "total", None)))),
        )

    def check_deposit(
        self,
        advert_id: int,
        amount: int,
        *,
        source: int = 1,
        cashback_sum: int | None = None,
        cashback_percent: int | None = None,
    ) -> dict[str, Any]:
        """The body deposit() would send (`POST /adv/v1/budget/deposit?id=advert_id`), after the
        same checks. Nothing is sent: a dry run (`wbseller campaigns budget deposit --dry-run`)."""
        op = ops.TOP_UP_OF_THE_CAMPAIGN_BUDGET
        check_params(op, {"id": advert_id})
        body: dict[str, Any] = {"sum": amount, "type": source, "return": True}
        if cashback_sum is not None:
            body["cashback_sum"] = cashback_sum
        if cashback_percent is not None:
            body["cashback_percent"] = cashback_percent
        check_body(op, body)
        if amount < BUDGET_MIN:
            raise InvalidRequestError(
                f"sum: {amount} is below the minimum budget {BUDGET_MIN}",
                field="sum",
                value=amount,
                limit=BUDGET_MIN,
            )
        if cashback_sum is not None:
            if cashback_percent is None:  # WB: with cashback_sum, cashback_percent is required
                raise InvalidRequestError(
                    "cashback_percent: required with cashback_sum (the balance's cashback percent)",
                    field="cashback_percent",
                    value=None,
                    limit="required",
                )
            _choice(source, (0, 1), "source")  # promo bonuses pay only these sources
            check_value(
                {"type": "integer", "minimum": 1, "maximum": 100}, cashback_percent, "cashback_percent"
            )
            top = amount * cashback_percent // 100
            check_value({"type": "integer", "minimum": 1, "maximum": top}, cashback_sum, "cashback_sum")
        return body

    def iter_costs(self, from_: DateLike, to: DateLike) -> Pages[CostsHistoryItem | RawItem]:
        """The costs history (CostsHistoryItem: write-offs into campaign budgets) from `from_` to
        `to`, both included (dates, datetimes or "YYYY-MM-DD"; at most MAX_HISTORY_DAYS apart).
        WB answers at most 31 days per request, so a longer range is asked window by window,
        oldest first. WB operation: `GET /adv/v1/upd` (receiving_costs_history)."""
        start, end = _period(from_, to)
        parts = windows(start, end)

        def plan(state: PageState) -> Plan[None]:
            for first, last in parts:
                r = yield from call(ops.RECEIVING_COSTS_HISTORY, from_=first, to=last)
                state.pages += 1
                for item in _list(r.parsed):
                    state.items += 1
                    yield Emit(item)

        return Pages(self._runner, plan)

    def payments(
        self, from_: DateLike | None = None, to: DateLike | None = None
    ) -> list[PaymentItem | RawItem]:
        """The top-ups of the promotion account (PaymentItem), optionally from/to a date
        (both included); [] when there are none. WB operation: `GET /adv/v1/payments`
        (receiving_the_history_of_account_top_ups)."""
        start, end = _interval(from_, to)
        params = {k: v for k, v in (("from_", start), ("to", end)) if v is not None}
        effect = call(ops.RECEIVING_THE_HISTORY_OF_ACCOUNT_TOP_UPS, None, **params)
        return self._runner.run(_call(effect, lambda r: _list(r.parsed)))

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaCampaignExtended")


@_attrs_define
class MediaCampaignExtended:
    """Campaign settings and financial state.

    Attributes:
        reason (str | Unset): Reason for the current status (e.g. pause until the budget is topped up).
        expenses (int | Unset): Expenses.
        from_ (str | Unset): Campaign start time.
        to (str | Unset): Campaign end time.
        updated_at (str | Unset): Last update time.
        price (int | Unset): Price.
        budget (int | Unset): Budget.
        operation (int | Unset): Operation (source of write-off); values not documented.
        contract_id (int | Unset): Contract ID.
    """

    reason: str | Unset = UNSET
    expenses: int | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    price: int | Unset = UNSET
    budget: int | Unset = UNSET
    operation: int | Unset = UNSET
    contract_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        expenses = self.expenses

        from_ = self.from_

        to = self.to

        updated_at = self.updated_at

        price = self.price

        budget = self.budget

        operation = self.operation

        contract_id = self.contract_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if price is not UNSET:
            field_dict["price"] = price
        if budget is not UNSET:
            field_dict["budget"] = budget
        if operation is not UNSET:
            field_dict["operation"] = operation
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        expenses = d.pop("expenses", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        price = d.pop("price", UNSET)

        budget = d.pop("budget", UNSET)

        operation = d.pop("operation", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        media_campaign_extended = cls(
            reason=reason,
            expenses=expenses,
            from_=from_,
            to=to,
            updated_at=updated_at,
            price=price,
            budget=budget,
            operation=operation,
            contract_id=contract_id,
        )

        media_campaign_extended.additional_properties = d
        return media_campaign_extended

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

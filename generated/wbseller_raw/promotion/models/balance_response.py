from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_cashback import BalanceCashback


T = TypeVar("T", bound="BalanceResponse")


@_attrs_define
class BalanceResponse:
    """
    Attributes:
        balance (int | Unset): Balance.
        net (int | Unset): Account (net).
        bonus (int | Unset): Bonuses.
        currency (None | str | Unset): Currency of the amounts (ISO 4217), e.g. RUB; WB sends it today (promotion-
            finances-cashbacks).
        cashbacks (list[BalanceCashback] | None | Unset): Cashbacks of the promotion account; WB sends them today
            (promotion-finances-cashbacks).
    """

    balance: int | Unset = UNSET
    net: int | Unset = UNSET
    bonus: int | Unset = UNSET
    currency: None | str | Unset = UNSET
    cashbacks: list[BalanceCashback] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        net = self.net

        bonus = self.bonus

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        cashbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.cashbacks, Unset):
            cashbacks = UNSET
        elif isinstance(self.cashbacks, list):
            cashbacks = []
            for cashbacks_type_0_item_data in self.cashbacks:
                cashbacks_type_0_item = cashbacks_type_0_item_data.to_dict()
                cashbacks.append(cashbacks_type_0_item)

        else:
            cashbacks = self.cashbacks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if net is not UNSET:
            field_dict["net"] = net
        if bonus is not UNSET:
            field_dict["bonus"] = bonus
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cashbacks is not UNSET:
            field_dict["cashbacks"] = cashbacks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        net = d.pop("net", UNSET)

        bonus = d.pop("bonus", UNSET)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_cashbacks(data: object) -> list[BalanceCashback] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cashbacks_type_0 = []
                _cashbacks_type_0 = data
                for cashbacks_type_0_item_data in _cashbacks_type_0:
                    cashbacks_type_0_item = BalanceCashback.from_dict(
                        cashbacks_type_0_item_data
                    )

                    cashbacks_type_0.append(cashbacks_type_0_item)

                return cashbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BalanceCashback] | None | Unset, data)

        cashbacks = _parse_cashbacks(d.pop("cashbacks", UNSET))

        balance_response = cls(
            balance=balance,
            net=net,
            bonus=bonus,
            currency=currency,
            cashbacks=cashbacks,
        )

        balance_response.additional_properties = d
        return balance_response

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

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.balance_cashback import BalanceCashback

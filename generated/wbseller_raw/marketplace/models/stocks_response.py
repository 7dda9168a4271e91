from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock import Stock


T = TypeVar("T", bound="StocksResponse")


@_attrs_define
class StocksResponse:
    """Stocks of the requested SKUs.

    Attributes:
        stocks (list[Stock] | Unset): Stocks.
    """

    stocks: list[Stock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stocks, Unset):
            stocks = []
            for stocks_item_data in self.stocks:
                stocks_item = stocks_item_data.to_dict()
                stocks.append(stocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stocks is not UNSET:
            field_dict["stocks"] = stocks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _stocks = d.pop("stocks", UNSET)
        stocks: list[Stock] | Unset = UNSET
        if _stocks is not UNSET:
            stocks = []
            for stocks_item_data in _stocks:
                stocks_item = Stock.from_dict(stocks_item_data)

                stocks.append(stocks_item)

        stocks_response = cls(
            stocks=stocks,
        )

        stocks_response.additional_properties = d
        return stocks_response

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
from ..models.stock import Stock

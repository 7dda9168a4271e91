from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stock_update import StockUpdate


T = TypeVar("T", bound="StocksUpdateRequest")


@_attrs_define
class StocksUpdateRequest:
    """New stocks (1 to 1,000 sizes).

    Attributes:
        stocks (list[StockUpdate]): Stocks per size (1 to 1,000 items).
    """

    stocks: list[StockUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stocks = []
        for stocks_item_data in self.stocks:
            stocks_item = stocks_item_data.to_dict()
            stocks.append(stocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stocks": stocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        stocks = []
        _stocks = d.pop("stocks")
        for stocks_item_data in _stocks:
            stocks_item = StockUpdate.from_dict(stocks_item_data)

            stocks.append(stocks_item)

        stocks_update_request = cls(
            stocks=stocks,
        )

        stocks_update_request.additional_properties = d
        return stocks_update_request

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
from ..models.stock_update import StockUpdate

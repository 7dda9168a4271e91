from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock import Stock


T = TypeVar("T", bound="StocksResponse")


@_attrs_define
class StocksResponse:
    """Stocks of the requested sizes.

    Attributes:
        stocks (list[Stock] | None | Unset): Stocks; sizes without a stock in the warehouse are not in it.
    """

    stocks: list[Stock] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.stocks, Unset):
            stocks = UNSET
        elif isinstance(self.stocks, list):
            stocks = []
            for stocks_type_0_item_data in self.stocks:
                stocks_type_0_item = stocks_type_0_item_data.to_dict()
                stocks.append(stocks_type_0_item)

        else:
            stocks = self.stocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stocks is not UNSET:
            field_dict["stocks"] = stocks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_stocks(data: object) -> list[Stock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stocks_type_0 = []
                _stocks_type_0 = data
                for stocks_type_0_item_data in _stocks_type_0:
                    stocks_type_0_item = Stock.from_dict(stocks_type_0_item_data)

                    stocks_type_0.append(stocks_type_0_item)

                return stocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Stock] | None | Unset, data)

        stocks = _parse_stocks(d.pop("stocks", UNSET))

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

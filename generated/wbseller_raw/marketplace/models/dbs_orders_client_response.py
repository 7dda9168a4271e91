from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbs_orders_client_response_orders_type_0_item import (
        DbsOrdersClientResponseOrdersType0Item,
    )


T = TypeVar("T", bound="DbsOrdersClientResponse")


@_attrs_define
class DbsOrdersClientResponse:
    """
    Attributes:
        orders (list[DbsOrdersClientResponseOrdersType0Item] | None | Unset):
    """

    orders: list[DbsOrdersClientResponseOrdersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, list):
            orders = []
            for orders_type_0_item_data in self.orders:
                orders_type_0_item = orders_type_0_item_data.to_dict()
                orders.append(orders_type_0_item)

        else:
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_orders(
            data: object,
        ) -> list[DbsOrdersClientResponseOrdersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                orders_type_0 = []
                _orders_type_0 = data
                for orders_type_0_item_data in _orders_type_0:
                    orders_type_0_item = (
                        DbsOrdersClientResponseOrdersType0Item.from_dict(
                            orders_type_0_item_data
                        )
                    )

                    orders_type_0.append(orders_type_0_item)

                return orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DbsOrdersClientResponseOrdersType0Item] | None | Unset, data
            )

        orders = _parse_orders(d.pop("orders", UNSET))

        dbs_orders_client_response = cls(
            orders=orders,
        )

        dbs_orders_client_response.additional_properties = d
        return dbs_orders_client_response

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
from ..models.dbs_orders_client_response_orders_type_0_item import DbsOrdersClientResponseOrdersType0Item

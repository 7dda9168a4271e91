from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbs_orders_stickers_response_stickers_item import (
        DbsOrdersStickersResponseStickersItem,
    )


T = TypeVar("T", bound="DbsOrdersStickersResponse")


@_attrs_define
class DbsOrdersStickersResponse:
    """
    Attributes:
        stickers (list[DbsOrdersStickersResponseStickersItem] | Unset):
    """

    stickers: list[DbsOrdersStickersResponseStickersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stickers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stickers, Unset):
            stickers = []
            for stickers_item_data in self.stickers:
                stickers_item = stickers_item_data.to_dict()
                stickers.append(stickers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stickers is not UNSET:
            field_dict["stickers"] = stickers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _stickers = d.pop("stickers", UNSET)
        stickers: list[DbsOrdersStickersResponseStickersItem] | Unset = UNSET
        if _stickers is not UNSET:
            stickers = []
            for stickers_item_data in _stickers:
                stickers_item = DbsOrdersStickersResponseStickersItem.from_dict(
                    stickers_item_data
                )

                stickers.append(stickers_item)

        dbs_orders_stickers_response = cls(
            stickers=stickers,
        )

        dbs_orders_stickers_response.additional_properties = d
        return dbs_orders_stickers_response

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
from ..models.dbs_orders_stickers_response_stickers_item import DbsOrdersStickersResponseStickersItem

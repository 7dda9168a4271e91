from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbs_supply_boxes_response_trbxes_item import (
        FbsSupplyBoxesResponseTrbxesItem,
    )


T = TypeVar("T", bound="FbsSupplyBoxesResponse")


@_attrs_define
class FbsSupplyBoxesResponse:
    """
    Attributes:
        trbxes (list[FbsSupplyBoxesResponseTrbxesItem] | Unset):
    """

    trbxes: list[FbsSupplyBoxesResponseTrbxesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trbxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trbxes, Unset):
            trbxes = []
            for trbxes_item_data in self.trbxes:
                trbxes_item = trbxes_item_data.to_dict()
                trbxes.append(trbxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trbxes is not UNSET:
            field_dict["trbxes"] = trbxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _trbxes = d.pop("trbxes", UNSET)
        trbxes: list[FbsSupplyBoxesResponseTrbxesItem] | Unset = UNSET
        if _trbxes is not UNSET:
            trbxes = []
            for trbxes_item_data in _trbxes:
                trbxes_item = FbsSupplyBoxesResponseTrbxesItem.from_dict(
                    trbxes_item_data
                )

                trbxes.append(trbxes_item)

        fbs_supply_boxes_response = cls(
            trbxes=trbxes,
        )

        fbs_supply_boxes_response.additional_properties = d
        return fbs_supply_boxes_response

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
from ..models.fbs_supply_boxes_response_trbxes_item import FbsSupplyBoxesResponseTrbxesItem

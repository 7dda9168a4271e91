from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommendations_set_request_rec_list_item import (
        RecommendationsSetRequestRecListItem,
    )


T = TypeVar("T", bound="RecommendationsSetRequest")


@_attrs_define
class RecommendationsSetRequest:
    """
    Attributes:
        rec_list (list[RecommendationsSetRequestRecListItem]):
        replace (bool | Unset):  Default: False. Example: True.
    """

    rec_list: list[RecommendationsSetRequestRecListItem]
    replace: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rec_list = []
        for rec_list_item_data in self.rec_list:
            rec_list_item = rec_list_item_data.to_dict()
            rec_list.append(rec_list_item)

        replace = self.replace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recList": rec_list,
            }
        )
        if replace is not UNSET:
            field_dict["replace"] = replace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        rec_list = []
        _rec_list = d.pop("recList")
        for rec_list_item_data in _rec_list:
            rec_list_item = RecommendationsSetRequestRecListItem.from_dict(
                rec_list_item_data
            )

            rec_list.append(rec_list_item)

        replace = d.pop("replace", UNSET)

        recommendations_set_request = cls(
            rec_list=rec_list,
            replace=replace,
        )

        recommendations_set_request.additional_properties = d
        return recommendations_set_request

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
from ..models.recommendations_set_request_rec_list_item import RecommendationsSetRequestRecListItem

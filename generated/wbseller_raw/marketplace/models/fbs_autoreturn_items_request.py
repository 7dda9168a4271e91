from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fbs_autoreturn_items_request_chrt_ids import (
        FbsAutoreturnItemsRequestChrtIds,
    )


T = TypeVar("T", bound="FbsAutoreturnItemsRequest")


@_attrs_define
class FbsAutoreturnItemsRequest:
    """
    Attributes:
        chrt_ids (FbsAutoreturnItemsRequestChrtIds):
    """

    chrt_ids: FbsAutoreturnItemsRequestChrtIds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chrt_ids = self.chrt_ids.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chrtIds": chrt_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        chrt_ids = FbsAutoreturnItemsRequestChrtIds.from_dict(d.pop("chrtIds"))

        fbs_autoreturn_items_request = cls(
            chrt_ids=chrt_ids,
        )

        fbs_autoreturn_items_request.additional_properties = d
        return fbs_autoreturn_items_request

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
from ..models.fbs_autoreturn_items_request_chrt_ids import FbsAutoreturnItemsRequestChrtIds

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_options_response_result_item import (
        AcceptanceOptionsResponseResultItem,
    )


T = TypeVar("T", bound="AcceptanceOptionsResponse")


@_attrs_define
class AcceptanceOptionsResponse:
    """
    Attributes:
        result (list[AcceptanceOptionsResponseResultItem] | Unset):
        request_id (str | Unset):
    """

    result: list[AcceptanceOptionsResponseResultItem] | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: list[AcceptanceOptionsResponseResultItem] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = AcceptanceOptionsResponseResultItem.from_dict(
                    result_item_data
                )

                result.append(result_item)

        request_id = d.pop("requestId", UNSET)

        acceptance_options_response = cls(
            result=result,
            request_id=request_id,
        )

        acceptance_options_response.additional_properties = d
        return acceptance_options_response

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
from ..models.acceptance_options_response_result_item import AcceptanceOptionsResponseResultItem

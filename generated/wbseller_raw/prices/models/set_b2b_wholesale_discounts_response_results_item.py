from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_b2b_wholesale_discounts_response_results_item_error import (
        SetB2BWholesaleDiscountsResponseResultsItemError,
    )


T = TypeVar("T", bound="SetB2BWholesaleDiscountsResponseResultsItem")


@_attrs_define
class SetB2BWholesaleDiscountsResponseResultsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 1.
        success (bool | Unset):  Example: False.
        error (SetB2BWholesaleDiscountsResponseResultsItemError | Unset):
    """

    nm_id: int | Unset = UNSET
    success: bool | Unset = UNSET
    error: SetB2BWholesaleDiscountsResponseResultsItemError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        success = self.success

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmId", UNSET)

        success = d.pop("success", UNSET)

        _error = d.pop("error", UNSET)
        error: SetB2BWholesaleDiscountsResponseResultsItemError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = SetB2BWholesaleDiscountsResponseResultsItemError.from_dict(_error)

        set_b2b_wholesale_discounts_response_results_item = cls(
            nm_id=nm_id,
            success=success,
            error=error,
        )

        set_b2b_wholesale_discounts_response_results_item.additional_properties = d
        return set_b2b_wholesale_discounts_response_results_item

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
from ..models.set_b2b_wholesale_discounts_response_results_item_error import SetB2BWholesaleDiscountsResponseResultsItemError

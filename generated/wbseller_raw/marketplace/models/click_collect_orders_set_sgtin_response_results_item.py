from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_collect_orders_set_sgtin_response_results_item_errors_item import (
        ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem,
    )


T = TypeVar("T", bound="ClickCollectOrdersSetSgtinResponseResultsItem")


@_attrs_define
class ClickCollectOrdersSetSgtinResponseResultsItem:
    """
    Attributes:
        order_id (int | Unset):  Example: 123456.
        is_error (bool | Unset):  Example: True.
        errors (list[ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem] | Unset):
    """

    order_id: int | Unset = UNSET
    is_error: bool | Unset = UNSET
    errors: list[ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        is_error = self.is_error

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if is_error is not UNSET:
            field_dict["isError"] = is_error
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        is_error = d.pop("isError", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: (
            list[ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem] | Unset
        ) = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = (
                    ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem.from_dict(
                        errors_item_data
                    )
                )

                errors.append(errors_item)

        click_collect_orders_set_sgtin_response_results_item = cls(
            order_id=order_id,
            is_error=is_error,
            errors=errors,
        )

        click_collect_orders_set_sgtin_response_results_item.additional_properties = d
        return click_collect_orders_set_sgtin_response_results_item

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
from ..models.click_collect_orders_set_sgtin_response_results_item_errors_item import ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem

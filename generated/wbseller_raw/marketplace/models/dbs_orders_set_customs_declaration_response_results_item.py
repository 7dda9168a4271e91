from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbs_orders_set_customs_declaration_response_results_item_errors_item import (
        DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem,
    )


T = TypeVar("T", bound="DbsOrdersSetCustomsDeclarationResponseResultsItem")


@_attrs_define
class DbsOrdersSetCustomsDeclarationResponseResultsItem:
    """
    Attributes:
        errors (list[DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem] | Unset):
        is_error (bool | Unset):  Example: True.
        order_id (int | Unset):  Example: 123456.
    """

    errors: (
        list[DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem] | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        is_error = self.is_error

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if is_error is not UNSET:
            field_dict["isError"] = is_error
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: (
            list[DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem] | Unset
        ) = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        is_error = d.pop("isError", UNSET)

        order_id = d.pop("orderId", UNSET)

        dbs_orders_set_customs_declaration_response_results_item = cls(
            errors=errors,
            is_error=is_error,
            order_id=order_id,
        )

        dbs_orders_set_customs_declaration_response_results_item.additional_properties = d
        return dbs_orders_set_customs_declaration_response_results_item

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
from ..models.dbs_orders_set_customs_declaration_response_results_item_errors_item import DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem

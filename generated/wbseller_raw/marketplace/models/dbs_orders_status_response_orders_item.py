from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbs_orders_status_response_orders_item_errors_item import (
        DbsOrdersStatusResponseOrdersItemErrorsItem,
    )


T = TypeVar("T", bound="DbsOrdersStatusResponseOrdersItem")


@_attrs_define
class DbsOrdersStatusResponseOrdersItem:
    """
    Attributes:
        errors (list[DbsOrdersStatusResponseOrdersItemErrorsItem] | Unset):
        order_id (int | Unset):  Example: 123456.
        supplier_status (str | Unset):  Example: deliver.
        wb_status (str | Unset):  Example: waiting.
    """

    errors: list[DbsOrdersStatusResponseOrdersItemErrorsItem] | Unset = UNSET
    order_id: int | Unset = UNSET
    supplier_status: str | Unset = UNSET
    wb_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        order_id = self.order_id

        supplier_status = self.supplier_status

        wb_status = self.wb_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if supplier_status is not UNSET:
            field_dict["supplierStatus"] = supplier_status
        if wb_status is not UNSET:
            field_dict["wbStatus"] = wb_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[DbsOrdersStatusResponseOrdersItemErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = DbsOrdersStatusResponseOrdersItemErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        order_id = d.pop("orderId", UNSET)

        supplier_status = d.pop("supplierStatus", UNSET)

        wb_status = d.pop("wbStatus", UNSET)

        dbs_orders_status_response_orders_item = cls(
            errors=errors,
            order_id=order_id,
            supplier_status=supplier_status,
            wb_status=wb_status,
        )

        dbs_orders_status_response_orders_item.additional_properties = d
        return dbs_orders_status_response_orders_item

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
from ..models.dbs_orders_status_response_orders_item_errors_item import DbsOrdersStatusResponseOrdersItemErrorsItem

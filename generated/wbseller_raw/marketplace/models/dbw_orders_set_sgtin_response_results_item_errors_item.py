from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbw_orders_set_sgtin_response_results_item_errors_item_meta_details_item import (
        DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem,
    )


T = TypeVar("T", bound="DbwOrdersSetSgtinResponseResultsItemErrorsItem")


@_attrs_define
class DbwOrdersSetSgtinResponseResultsItemErrorsItem:
    """
    Attributes:
        code (int | Unset):  Example: 404.
        detail (str | Unset):  Example: NotFound.
        meta_details (list[DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem] | Unset):
    """

    code: int | Unset = UNSET
    detail: str | Unset = UNSET
    meta_details: (
        list[DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        meta_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_details, Unset):
            meta_details = []
            for meta_details_item_data in self.meta_details:
                meta_details_item = meta_details_item_data.to_dict()
                meta_details.append(meta_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta_details is not UNSET:
            field_dict["metaDetails"] = meta_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        detail = d.pop("detail", UNSET)

        _meta_details = d.pop("metaDetails", UNSET)
        meta_details: (
            list[DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem] | Unset
        ) = UNSET
        if _meta_details is not UNSET:
            meta_details = []
            for meta_details_item_data in _meta_details:
                meta_details_item = DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem.from_dict(
                    meta_details_item_data
                )

                meta_details.append(meta_details_item)

        dbw_orders_set_sgtin_response_results_item_errors_item = cls(
            code=code,
            detail=detail,
            meta_details=meta_details,
        )

        dbw_orders_set_sgtin_response_results_item_errors_item.additional_properties = d
        return dbw_orders_set_sgtin_response_results_item_errors_item

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
from ..models.dbw_orders_set_sgtin_response_results_item_errors_item_meta_details_item import DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem

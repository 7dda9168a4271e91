from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.documents_download_all_request_params_item import (
        DocumentsDownloadAllRequestParamsItem,
    )


T = TypeVar("T", bound="DocumentsDownloadAllRequest")


@_attrs_define
class DocumentsDownloadAllRequest:
    """
    Attributes:
        params (list[DocumentsDownloadAllRequestParamsItem] | Unset):
    """

    params: list[DocumentsDownloadAllRequestParamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _params = d.pop("params", UNSET)
        params: list[DocumentsDownloadAllRequestParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = DocumentsDownloadAllRequestParamsItem.from_dict(
                    params_item_data
                )

                params.append(params_item)

        documents_download_all_request = cls(
            params=params,
        )

        documents_download_all_request.additional_properties = d
        return documents_download_all_request

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
from ..models.documents_download_all_request_params_item import DocumentsDownloadAllRequestParamsItem

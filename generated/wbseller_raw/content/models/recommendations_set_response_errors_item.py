from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationsSetResponseErrorsItem")


@_attrs_define
class RecommendationsSetResponseErrorsItem:
    """
    Attributes:
        main_nm (str | Unset):  Example: 5870243.
        recom_nm (str | Unset):  Example: 5870244.
        message (str | Unset):  Example: The item has no photo.
    """

    main_nm: str | Unset = UNSET
    recom_nm: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_nm = self.main_nm

        recom_nm = self.recom_nm

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_nm is not UNSET:
            field_dict["mainNm"] = main_nm
        if recom_nm is not UNSET:
            field_dict["recomNm"] = recom_nm
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        main_nm = d.pop("mainNm", UNSET)

        recom_nm = d.pop("recomNm", UNSET)

        message = d.pop("message", UNSET)

        recommendations_set_response_errors_item = cls(
            main_nm=main_nm,
            recom_nm=recom_nm,
            message=message,
        )

        recommendations_set_response_errors_item.additional_properties = d
        return recommendations_set_response_errors_item

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

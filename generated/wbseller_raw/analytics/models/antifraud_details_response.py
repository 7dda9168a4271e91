from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.antifraud_details_response_details_item import (
        AntifraudDetailsResponseDetailsItem,
    )


T = TypeVar("T", bound="AntifraudDetailsResponse")


@_attrs_define
class AntifraudDetailsResponse:
    """
    Attributes:
        details (list[AntifraudDetailsResponseDetailsItem] | Unset):
    """

    details: list[AntifraudDetailsResponseDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _details = d.pop("details", UNSET)
        details: list[AntifraudDetailsResponseDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = AntifraudDetailsResponseDetailsItem.from_dict(
                    details_item_data
                )

                details.append(details_item)

        antifraud_details_response = cls(
            details=details,
        )

        antifraud_details_response.additional_properties = d
        return antifraud_details_response

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
from ..models.antifraud_details_response_details_item import AntifraudDetailsResponseDetailsItem

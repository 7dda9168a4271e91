from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.excise_report_request_countries_item import (
    ExciseReportRequestCountriesItem,
    check_excise_report_request_countries_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExciseReportRequest")


@_attrs_define
class ExciseReportRequest:
    """
    Attributes:
        countries (list[ExciseReportRequestCountriesItem] | Unset):
    """

    countries: list[ExciseReportRequestCountriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item: str = countries_item_data
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _countries = d.pop("countries", UNSET)
        countries: list[ExciseReportRequestCountriesItem] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = check_excise_report_request_countries_item(
                    countries_item_data
                )

                countries.append(countries_item)

        excise_report_request = cls(
            countries=countries,
        )

        excise_report_request.additional_properties = d
        return excise_report_request

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

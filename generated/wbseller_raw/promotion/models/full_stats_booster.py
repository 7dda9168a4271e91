from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FullStatsBooster")


@_attrs_define
class FullStatsBooster:
    """
    Attributes:
        avg_position (int | Unset):
        date (str | Unset):
        nm (int | Unset):
    """

    avg_position: int | Unset = UNSET
    date: str | Unset = UNSET
    nm: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_position = self.avg_position

        date = self.date

        nm = self.nm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_position is not UNSET:
            field_dict["avg_position"] = avg_position
        if date is not UNSET:
            field_dict["date"] = date
        if nm is not UNSET:
            field_dict["nm"] = nm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        avg_position = d.pop("avg_position", UNSET)

        date = d.pop("date", UNSET)

        nm = d.pop("nm", UNSET)

        full_stats_booster = cls(
            avg_position=avg_position,
            date=date,
            nm=nm,
        )

        full_stats_booster.additional_properties = d
        return full_stats_booster

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_stats_interval import MediaStatsInterval


T = TypeVar("T", bound="MediaStatsRequestItem")


@_attrs_define
class MediaStatsRequestItem:
    """One campaign's statistics request; `dates` or `interval` (or neither, all time).

    Attributes:
        id (int): Media campaign ID.
        dates (list[str] | Unset): The dates (YYYY-MM-DD) to give statistics for, one by one.
        interval (MediaStatsInterval | Unset):
    """

    id: int
    dates: list[str] | Unset = UNSET
    interval: MediaStatsInterval | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if dates is not UNSET:
            field_dict["dates"] = dates
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id")

        dates = cast(list[str], d.pop("dates", UNSET))

        _interval = d.pop("interval", UNSET)
        interval: MediaStatsInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = MediaStatsInterval.from_dict(_interval)

        media_stats_request_item = cls(
            id=id,
            dates=dates,
            interval=interval,
        )

        media_stats_request_item.additional_properties = d
        return media_stats_request_item

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
from ..models.media_stats_interval import MediaStatsInterval

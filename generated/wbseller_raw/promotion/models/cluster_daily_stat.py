from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_daily_stat_values import ClusterDailyStatValues


T = TypeVar("T", bound="ClusterDailyStat")


@_attrs_define
class ClusterDailyStat:
    """
    Attributes:
        date (str | Unset): The day (YYYY-MM-DD).
        stat (ClusterDailyStatValues | Unset):
    """

    date: str | Unset = UNSET
    stat: ClusterDailyStatValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        stat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stat, Unset):
            stat = self.stat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if stat is not UNSET:
            field_dict["stat"] = stat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _stat = d.pop("stat", UNSET)
        stat: ClusterDailyStatValues | Unset
        if isinstance(_stat, Unset):
            stat = UNSET
        else:
            stat = ClusterDailyStatValues.from_dict(_stat)

        cluster_daily_stat = cls(
            date=date,
            stat=stat,
        )

        cluster_daily_stat.additional_properties = d
        return cluster_daily_stat

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
from ..models.cluster_daily_stat_values import ClusterDailyStatValues

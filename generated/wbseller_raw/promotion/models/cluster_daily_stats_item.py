from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_daily_stat import ClusterDailyStat


T = TypeVar("T", bound="ClusterDailyStatsItem")


@_attrs_define
class ClusterDailyStatsItem:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        daily_stats (list[ClusterDailyStat] | None | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    daily_stats: list[ClusterDailyStat] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        daily_stats: list[dict[str, Any]] | None | Unset
        if isinstance(self.daily_stats, Unset):
            daily_stats = UNSET
        elif isinstance(self.daily_stats, list):
            daily_stats = []
            for daily_stats_type_0_item_data in self.daily_stats:
                daily_stats_type_0_item = daily_stats_type_0_item_data.to_dict()
                daily_stats.append(daily_stats_type_0_item)

        else:
            daily_stats = self.daily_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if daily_stats is not UNSET:
            field_dict["dailyStats"] = daily_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        def _parse_daily_stats(data: object) -> list[ClusterDailyStat] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                daily_stats_type_0 = []
                _daily_stats_type_0 = data
                for daily_stats_type_0_item_data in _daily_stats_type_0:
                    daily_stats_type_0_item = ClusterDailyStat.from_dict(
                        daily_stats_type_0_item_data
                    )

                    daily_stats_type_0.append(daily_stats_type_0_item)

                return daily_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterDailyStat] | None | Unset, data)

        daily_stats = _parse_daily_stats(d.pop("dailyStats", UNSET))

        cluster_daily_stats_item = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            daily_stats=daily_stats,
        )

        cluster_daily_stats_item.additional_properties = d
        return cluster_daily_stats_item

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
from ..models.cluster_daily_stat import ClusterDailyStat

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_stat import ClusterStat


T = TypeVar("T", bound="ClusterStatsItem")


@_attrs_define
class ClusterStatsItem:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        stats (list[ClusterStat] | None | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    stats: list[ClusterStat] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        stats: list[dict[str, Any]] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, list):
            stats = []
            for stats_type_0_item_data in self.stats:
                stats_type_0_item = stats_type_0_item_data.to_dict()
                stats.append(stats_type_0_item)

        else:
            stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advert_id"] = advert_id
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advert_id", UNSET)

        nm_id = d.pop("nm_id", UNSET)

        def _parse_stats(data: object) -> list[ClusterStat] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stats_type_0 = []
                _stats_type_0 = data
                for stats_type_0_item_data in _stats_type_0:
                    stats_type_0_item = ClusterStat.from_dict(stats_type_0_item_data)

                    stats_type_0.append(stats_type_0_item)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterStat] | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        cluster_stats_item = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            stats=stats,
        )

        cluster_stats_item.additional_properties = d
        return cluster_stats_item

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
from ..models.cluster_stat import ClusterStat

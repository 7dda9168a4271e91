from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_banner_stats import MediaBannerStats
    from ..models.media_stats_interval import MediaStatsInterval


T = TypeVar("T", bound="MediaStatsItem")


@_attrs_define
class MediaStatsItem:
    """One campaign's statistics: `interval` or `dates` as asked (neither for all time) and
    `stats` per banner; or `advert_id` and `error` for a campaign WB does not know.

        Attributes:
            interval (MediaStatsInterval | Unset):
            dates (list[str] | None | Unset):
            stats (list[MediaBannerStats] | None | Unset):
            advert_id (int | Unset):
            error (str | Unset):
    """

    interval: MediaStatsInterval | Unset = UNSET
    dates: list[str] | None | Unset = UNSET
    stats: list[MediaBannerStats] | None | Unset = UNSET
    advert_id: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.to_dict()

        dates: list[str] | None | Unset
        if isinstance(self.dates, Unset):
            dates = UNSET
        elif isinstance(self.dates, list):
            dates = self.dates

        else:
            dates = self.dates

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

        advert_id = self.advert_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if dates is not UNSET:
            field_dict["dates"] = dates
        if stats is not UNSET:
            field_dict["stats"] = stats
        if advert_id is not UNSET:
            field_dict["advert_id"] = advert_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _interval = d.pop("interval", UNSET)
        interval: MediaStatsInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = MediaStatsInterval.from_dict(_interval)

        def _parse_dates(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dates_type_0 = cast(list[str], data)

                return dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dates = _parse_dates(d.pop("dates", UNSET))

        def _parse_stats(data: object) -> list[MediaBannerStats] | None | Unset:
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
                    stats_type_0_item = MediaBannerStats.from_dict(
                        stats_type_0_item_data
                    )

                    stats_type_0.append(stats_type_0_item)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MediaBannerStats] | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        advert_id = d.pop("advert_id", UNSET)

        error = d.pop("error", UNSET)

        media_stats_item = cls(
            interval=interval,
            dates=dates,
            stats=stats,
            advert_id=advert_id,
            error=error,
        )

        media_stats_item.additional_properties = d
        return media_stats_item

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
from ..models.media_banner_stats import MediaBannerStats
from ..models.media_stats_interval import MediaStatsInterval

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_app_type_stats import MediaAppTypeStats


T = TypeVar("T", bound="MediaDailyStats")


@_attrs_define
class MediaDailyStats:
    """
    Attributes:
        date (str | Unset):
        app_type_stats (list[MediaAppTypeStats] | None | Unset):
    """

    date: str | Unset = UNSET
    app_type_stats: list[MediaAppTypeStats] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        app_type_stats: list[dict[str, Any]] | None | Unset
        if isinstance(self.app_type_stats, Unset):
            app_type_stats = UNSET
        elif isinstance(self.app_type_stats, list):
            app_type_stats = []
            for app_type_stats_type_0_item_data in self.app_type_stats:
                app_type_stats_type_0_item = app_type_stats_type_0_item_data.to_dict()
                app_type_stats.append(app_type_stats_type_0_item)

        else:
            app_type_stats = self.app_type_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if app_type_stats is not UNSET:
            field_dict["app_type_stats"] = app_type_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        def _parse_app_type_stats(
            data: object,
        ) -> list[MediaAppTypeStats] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                app_type_stats_type_0 = []
                _app_type_stats_type_0 = data
                for app_type_stats_type_0_item_data in _app_type_stats_type_0:
                    app_type_stats_type_0_item = MediaAppTypeStats.from_dict(
                        app_type_stats_type_0_item_data
                    )

                    app_type_stats_type_0.append(app_type_stats_type_0_item)

                return app_type_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MediaAppTypeStats] | None | Unset, data)

        app_type_stats = _parse_app_type_stats(d.pop("app_type_stats", UNSET))

        media_daily_stats = cls(
            date=date,
            app_type_stats=app_type_stats,
        )

        media_daily_stats.additional_properties = d
        return media_daily_stats

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
from ..models.media_app_type_stats import MediaAppTypeStats

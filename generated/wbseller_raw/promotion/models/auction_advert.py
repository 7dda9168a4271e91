from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auction_nm_setting import AuctionNmSetting
    from ..models.auction_settings import AuctionSettings
    from ..models.auction_timestamps import AuctionTimestamps


T = TypeVar("T", bound="AuctionAdvert")


@_attrs_define
class AuctionAdvert:
    """A campaign with custom bid.

    Attributes:
        id (int | Unset): Campaign ID.
        nm_settings (list[AuctionNmSetting] | Unset): Product cards of the campaign and their bids.
        settings (AuctionSettings | Unset): Campaign settings.
        status (int | Unset): Campaign status (-1 being deleted, 4 ready to launch, 7 finished, 8 declined, 9 active, 11
            paused).
        timestamps (AuctionTimestamps | Unset): Campaign timestamps.
    """

    id: int | Unset = UNSET
    nm_settings: list[AuctionNmSetting] | Unset = UNSET
    settings: AuctionSettings | Unset = UNSET
    status: int | Unset = UNSET
    timestamps: AuctionTimestamps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nm_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nm_settings, Unset):
            nm_settings = []
            for nm_settings_item_data in self.nm_settings:
                nm_settings_item = nm_settings_item_data.to_dict()
                nm_settings.append(nm_settings_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        status = self.status

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if nm_settings is not UNSET:
            field_dict["nm_settings"] = nm_settings
        if settings is not UNSET:
            field_dict["settings"] = settings
        if status is not UNSET:
            field_dict["status"] = status
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _nm_settings = d.pop("nm_settings", UNSET)
        nm_settings: list[AuctionNmSetting] | Unset = UNSET
        if _nm_settings is not UNSET:
            nm_settings = []
            for nm_settings_item_data in _nm_settings:
                nm_settings_item = AuctionNmSetting.from_dict(nm_settings_item_data)

                nm_settings.append(nm_settings_item)

        _settings = d.pop("settings", UNSET)
        settings: AuctionSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AuctionSettings.from_dict(_settings)

        status = d.pop("status", UNSET)

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: AuctionTimestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = AuctionTimestamps.from_dict(_timestamps)

        auction_advert = cls(
            id=id,
            nm_settings=nm_settings,
            settings=settings,
            status=status,
            timestamps=timestamps,
        )

        auction_advert.additional_properties = d
        return auction_advert

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
from ..models.auction_nm_setting import AuctionNmSetting
from ..models.auction_settings import AuctionSettings
from ..models.auction_timestamps import AuctionTimestamps

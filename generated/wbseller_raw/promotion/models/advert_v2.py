from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advert_v2_nm_setting import AdvertV2NmSetting
    from ..models.advert_v2_restrictions import AdvertV2Restrictions
    from ..models.advert_v2_settings import AdvertV2Settings
    from ..models.advert_v2_timestamps import AdvertV2Timestamps


T = TypeVar("T", bound="AdvertV2")


@_attrs_define
class AdvertV2:
    """A campaign with unified or manual bid.

    Attributes:
        id (int | Unset): Campaign ID.
        bid_type (str | Unset): Bid type: `unified` (one bid for every placement) or `manual` (per placement).
        currency (str | Unset): Currency of the seller's promotion account (ISO 4217).
        nm_settings (list[AdvertV2NmSetting] | None | Unset): The product cards with their bids.
        settings (AdvertV2Settings | Unset):
        restrictions (AdvertV2Restrictions | Unset):
        status (int | Unset): Campaign status: -1 being deleted (done within 10 minutes), 4 ready to launch,
            7 finished, 8 declined, 9 active, 11 paused.
        timestamps (AdvertV2Timestamps | Unset):
    """

    id: int | Unset = UNSET
    bid_type: str | Unset = UNSET
    currency: str | Unset = UNSET
    nm_settings: list[AdvertV2NmSetting] | None | Unset = UNSET
    settings: AdvertV2Settings | Unset = UNSET
    restrictions: AdvertV2Restrictions | Unset = UNSET
    status: int | Unset = UNSET
    timestamps: AdvertV2Timestamps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bid_type = self.bid_type

        currency = self.currency

        nm_settings: list[dict[str, Any]] | None | Unset
        if isinstance(self.nm_settings, Unset):
            nm_settings = UNSET
        elif isinstance(self.nm_settings, list):
            nm_settings = []
            for nm_settings_type_0_item_data in self.nm_settings:
                nm_settings_type_0_item = nm_settings_type_0_item_data.to_dict()
                nm_settings.append(nm_settings_type_0_item)

        else:
            nm_settings = self.nm_settings

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restrictions, Unset):
            restrictions = self.restrictions.to_dict()

        status = self.status

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bid_type is not UNSET:
            field_dict["bid_type"] = bid_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if nm_settings is not UNSET:
            field_dict["nm_settings"] = nm_settings
        if settings is not UNSET:
            field_dict["settings"] = settings
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if status is not UNSET:
            field_dict["status"] = status
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        bid_type = d.pop("bid_type", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_nm_settings(data: object) -> list[AdvertV2NmSetting] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nm_settings_type_0 = []
                _nm_settings_type_0 = data
                for nm_settings_type_0_item_data in _nm_settings_type_0:
                    nm_settings_type_0_item = AdvertV2NmSetting.from_dict(
                        nm_settings_type_0_item_data
                    )

                    nm_settings_type_0.append(nm_settings_type_0_item)

                return nm_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdvertV2NmSetting] | None | Unset, data)

        nm_settings = _parse_nm_settings(d.pop("nm_settings", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: AdvertV2Settings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AdvertV2Settings.from_dict(_settings)

        _restrictions = d.pop("restrictions", UNSET)
        restrictions: AdvertV2Restrictions | Unset
        if isinstance(_restrictions, Unset):
            restrictions = UNSET
        else:
            restrictions = AdvertV2Restrictions.from_dict(_restrictions)

        status = d.pop("status", UNSET)

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: AdvertV2Timestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = AdvertV2Timestamps.from_dict(_timestamps)

        advert_v2 = cls(
            id=id,
            bid_type=bid_type,
            currency=currency,
            nm_settings=nm_settings,
            settings=settings,
            restrictions=restrictions,
            status=status,
            timestamps=timestamps,
        )

        advert_v2.additional_properties = d
        return advert_v2

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
from ..models.advert_v2_nm_setting import AdvertV2NmSetting
from ..models.advert_v2_restrictions import AdvertV2Restrictions
from ..models.advert_v2_settings import AdvertV2Settings
from ..models.advert_v2_timestamps import AdvertV2Timestamps

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_stats_booster import FullStatsBooster
    from ..models.full_stats_day import FullStatsDay


T = TypeVar("T", bound="FullStatsCampaign")


@_attrs_define
class FullStatsCampaign:
    """A campaign's statistics for the period (sums in base currency units).

    Attributes:
        advert_id (int | Unset):
        atbs (int | Unset):
        booster_stats (list[FullStatsBooster] | None | Unset):
        canceled (int | Unset):
        clicks (int | Unset):
        cpc (float | Unset):
        cr (float | Unset):
        ctr (float | Unset):
        days (list[FullStatsDay] | None | Unset):
        orders (int | Unset):
        shks (int | Unset):
        sum_ (float | Unset):
        sum_price (float | Unset):
        views (int | Unset):
        currency (str | Unset):
    """

    advert_id: int | Unset = UNSET
    atbs: int | Unset = UNSET
    booster_stats: list[FullStatsBooster] | None | Unset = UNSET
    canceled: int | Unset = UNSET
    clicks: int | Unset = UNSET
    cpc: float | Unset = UNSET
    cr: float | Unset = UNSET
    ctr: float | Unset = UNSET
    days: list[FullStatsDay] | None | Unset = UNSET
    orders: int | Unset = UNSET
    shks: int | Unset = UNSET
    sum_: float | Unset = UNSET
    sum_price: float | Unset = UNSET
    views: int | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        atbs = self.atbs

        booster_stats: list[dict[str, Any]] | None | Unset
        if isinstance(self.booster_stats, Unset):
            booster_stats = UNSET
        elif isinstance(self.booster_stats, list):
            booster_stats = []
            for booster_stats_type_0_item_data in self.booster_stats:
                booster_stats_type_0_item = booster_stats_type_0_item_data.to_dict()
                booster_stats.append(booster_stats_type_0_item)

        else:
            booster_stats = self.booster_stats

        canceled = self.canceled

        clicks = self.clicks

        cpc = self.cpc

        cr = self.cr

        ctr = self.ctr

        days: list[dict[str, Any]] | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        elif isinstance(self.days, list):
            days = []
            for days_type_0_item_data in self.days:
                days_type_0_item = days_type_0_item_data.to_dict()
                days.append(days_type_0_item)

        else:
            days = self.days

        orders = self.orders

        shks = self.shks

        sum_ = self.sum_

        sum_price = self.sum_price

        views = self.views

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if atbs is not UNSET:
            field_dict["atbs"] = atbs
        if booster_stats is not UNSET:
            field_dict["boosterStats"] = booster_stats
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if cpc is not UNSET:
            field_dict["cpc"] = cpc
        if cr is not UNSET:
            field_dict["cr"] = cr
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
        if days is not UNSET:
            field_dict["days"] = days
        if orders is not UNSET:
            field_dict["orders"] = orders
        if shks is not UNSET:
            field_dict["shks"] = shks
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if sum_price is not UNSET:
            field_dict["sum_price"] = sum_price
        if views is not UNSET:
            field_dict["views"] = views
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        atbs = d.pop("atbs", UNSET)

        def _parse_booster_stats(data: object) -> list[FullStatsBooster] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                booster_stats_type_0 = []
                _booster_stats_type_0 = data
                for booster_stats_type_0_item_data in _booster_stats_type_0:
                    booster_stats_type_0_item = FullStatsBooster.from_dict(
                        booster_stats_type_0_item_data
                    )

                    booster_stats_type_0.append(booster_stats_type_0_item)

                return booster_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FullStatsBooster] | None | Unset, data)

        booster_stats = _parse_booster_stats(d.pop("boosterStats", UNSET))

        canceled = d.pop("canceled", UNSET)

        clicks = d.pop("clicks", UNSET)

        cpc = d.pop("cpc", UNSET)

        cr = d.pop("cr", UNSET)

        ctr = d.pop("ctr", UNSET)

        def _parse_days(data: object) -> list[FullStatsDay] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                days_type_0 = []
                _days_type_0 = data
                for days_type_0_item_data in _days_type_0:
                    days_type_0_item = FullStatsDay.from_dict(days_type_0_item_data)

                    days_type_0.append(days_type_0_item)

                return days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FullStatsDay] | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))

        orders = d.pop("orders", UNSET)

        shks = d.pop("shks", UNSET)

        sum_ = d.pop("sum", UNSET)

        sum_price = d.pop("sum_price", UNSET)

        views = d.pop("views", UNSET)

        currency = d.pop("currency", UNSET)

        full_stats_campaign = cls(
            advert_id=advert_id,
            atbs=atbs,
            booster_stats=booster_stats,
            canceled=canceled,
            clicks=clicks,
            cpc=cpc,
            cr=cr,
            ctr=ctr,
            days=days,
            orders=orders,
            shks=shks,
            sum_=sum_,
            sum_price=sum_price,
            views=views,
            currency=currency,
        )

        full_stats_campaign.additional_properties = d
        return full_stats_campaign

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
from ..models.full_stats_booster import FullStatsBooster
from ..models.full_stats_day import FullStatsDay

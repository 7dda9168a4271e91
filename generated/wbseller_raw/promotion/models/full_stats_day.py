from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_stats_app import FullStatsApp


T = TypeVar("T", bound="FullStatsDay")


@_attrs_define
class FullStatsDay:
    """
    Attributes:
        apps (list[FullStatsApp] | None | Unset):
        atbs (int | Unset):
        canceled (int | Unset):
        date (str | Unset):
        clicks (int | Unset):
        cpc (float | Unset):
        cr (float | Unset):
        ctr (float | Unset):
        orders (int | Unset):
        shks (int | Unset):
        sum_ (float | Unset):
        sum_price (float | Unset):
        views (int | Unset):
    """

    apps: list[FullStatsApp] | None | Unset = UNSET
    atbs: int | Unset = UNSET
    canceled: int | Unset = UNSET
    date: str | Unset = UNSET
    clicks: int | Unset = UNSET
    cpc: float | Unset = UNSET
    cr: float | Unset = UNSET
    ctr: float | Unset = UNSET
    orders: int | Unset = UNSET
    shks: int | Unset = UNSET
    sum_: float | Unset = UNSET
    sum_price: float | Unset = UNSET
    views: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apps: list[dict[str, Any]] | None | Unset
        if isinstance(self.apps, Unset):
            apps = UNSET
        elif isinstance(self.apps, list):
            apps = []
            for apps_type_0_item_data in self.apps:
                apps_type_0_item = apps_type_0_item_data.to_dict()
                apps.append(apps_type_0_item)

        else:
            apps = self.apps

        atbs = self.atbs

        canceled = self.canceled

        date = self.date

        clicks = self.clicks

        cpc = self.cpc

        cr = self.cr

        ctr = self.ctr

        orders = self.orders

        shks = self.shks

        sum_ = self.sum_

        sum_price = self.sum_price

        views = self.views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apps is not UNSET:
            field_dict["apps"] = apps
        if atbs is not UNSET:
            field_dict["atbs"] = atbs
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if date is not UNSET:
            field_dict["date"] = date
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if cpc is not UNSET:
            field_dict["cpc"] = cpc
        if cr is not UNSET:
            field_dict["cr"] = cr
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_apps(data: object) -> list[FullStatsApp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apps_type_0 = []
                _apps_type_0 = data
                for apps_type_0_item_data in _apps_type_0:
                    apps_type_0_item = FullStatsApp.from_dict(apps_type_0_item_data)

                    apps_type_0.append(apps_type_0_item)

                return apps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FullStatsApp] | None | Unset, data)

        apps = _parse_apps(d.pop("apps", UNSET))

        atbs = d.pop("atbs", UNSET)

        canceled = d.pop("canceled", UNSET)

        date = d.pop("date", UNSET)

        clicks = d.pop("clicks", UNSET)

        cpc = d.pop("cpc", UNSET)

        cr = d.pop("cr", UNSET)

        ctr = d.pop("ctr", UNSET)

        orders = d.pop("orders", UNSET)

        shks = d.pop("shks", UNSET)

        sum_ = d.pop("sum", UNSET)

        sum_price = d.pop("sum_price", UNSET)

        views = d.pop("views", UNSET)

        full_stats_day = cls(
            apps=apps,
            atbs=atbs,
            canceled=canceled,
            date=date,
            clicks=clicks,
            cpc=cpc,
            cr=cr,
            ctr=ctr,
            orders=orders,
            shks=shks,
            sum_=sum_,
            sum_price=sum_price,
            views=views,
        )

        full_stats_day.additional_properties = d
        return full_stats_day

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
from ..models.full_stats_app import FullStatsApp

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_daily_stats import MediaDailyStats


T = TypeVar("T", bound="MediaBannerStats")


@_attrs_define
class MediaBannerStats:
    """
    Attributes:
        item_id (int | Unset): Banner ID.
        item_name (str | Unset): Brand.
        category_name (str | Unset):
        advert_type (int | Unset): 1 placement by days, 2 placement by views.
        place (int | Unset):
        views (int | Unset):
        clicks (int | Unset):
        cr (float | Unset):
        ctr (float | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        subject_name (str | Unset):
        atbs (int | Unset):
        orders (int | Unset):
        price (float | Unset):
        cpc (float | Unset):
        status (int | Unset):
        daily_stats (list[MediaDailyStats] | None | Unset):
        expenses (float | Unset):
        cr1 (float | Unset):
        cr2 (int | Unset): Orders per cart additions (an integer in WB's schema).
    """

    item_id: int | Unset = UNSET
    item_name: str | Unset = UNSET
    category_name: str | Unset = UNSET
    advert_type: int | Unset = UNSET
    place: int | Unset = UNSET
    views: int | Unset = UNSET
    clicks: int | Unset = UNSET
    cr: float | Unset = UNSET
    ctr: float | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    atbs: int | Unset = UNSET
    orders: int | Unset = UNSET
    price: float | Unset = UNSET
    cpc: float | Unset = UNSET
    status: int | Unset = UNSET
    daily_stats: list[MediaDailyStats] | None | Unset = UNSET
    expenses: float | Unset = UNSET
    cr1: float | Unset = UNSET
    cr2: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        item_name = self.item_name

        category_name = self.category_name

        advert_type = self.advert_type

        place = self.place

        views = self.views

        clicks = self.clicks

        cr = self.cr

        ctr = self.ctr

        date_from = self.date_from

        date_to = self.date_to

        subject_name = self.subject_name

        atbs = self.atbs

        orders = self.orders

        price = self.price

        cpc = self.cpc

        status = self.status

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

        expenses = self.expenses

        cr1 = self.cr1

        cr2 = self.cr2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if advert_type is not UNSET:
            field_dict["advert_type"] = advert_type
        if place is not UNSET:
            field_dict["place"] = place
        if views is not UNSET:
            field_dict["views"] = views
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if cr is not UNSET:
            field_dict["cr"] = cr
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if subject_name is not UNSET:
            field_dict["subject_name"] = subject_name
        if atbs is not UNSET:
            field_dict["atbs"] = atbs
        if orders is not UNSET:
            field_dict["orders"] = orders
        if price is not UNSET:
            field_dict["price"] = price
        if cpc is not UNSET:
            field_dict["cpc"] = cpc
        if status is not UNSET:
            field_dict["status"] = status
        if daily_stats is not UNSET:
            field_dict["daily_stats"] = daily_stats
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if cr1 is not UNSET:
            field_dict["cr1"] = cr1
        if cr2 is not UNSET:
            field_dict["cr2"] = cr2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        item_id = d.pop("item_id", UNSET)

        item_name = d.pop("item_name", UNSET)

        category_name = d.pop("category_name", UNSET)

        advert_type = d.pop("advert_type", UNSET)

        place = d.pop("place", UNSET)

        views = d.pop("views", UNSET)

        clicks = d.pop("clicks", UNSET)

        cr = d.pop("cr", UNSET)

        ctr = d.pop("ctr", UNSET)

        date_from = d.pop("date_from", UNSET)

        date_to = d.pop("date_to", UNSET)

        subject_name = d.pop("subject_name", UNSET)

        atbs = d.pop("atbs", UNSET)

        orders = d.pop("orders", UNSET)

        price = d.pop("price", UNSET)

        cpc = d.pop("cpc", UNSET)

        status = d.pop("status", UNSET)

        def _parse_daily_stats(data: object) -> list[MediaDailyStats] | None | Unset:
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
                    daily_stats_type_0_item = MediaDailyStats.from_dict(
                        daily_stats_type_0_item_data
                    )

                    daily_stats_type_0.append(daily_stats_type_0_item)

                return daily_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MediaDailyStats] | None | Unset, data)

        daily_stats = _parse_daily_stats(d.pop("daily_stats", UNSET))

        expenses = d.pop("expenses", UNSET)

        cr1 = d.pop("cr1", UNSET)

        cr2 = d.pop("cr2", UNSET)

        media_banner_stats = cls(
            item_id=item_id,
            item_name=item_name,
            category_name=category_name,
            advert_type=advert_type,
            place=place,
            views=views,
            clicks=clicks,
            cr=cr,
            ctr=ctr,
            date_from=date_from,
            date_to=date_to,
            subject_name=subject_name,
            atbs=atbs,
            orders=orders,
            price=price,
            cpc=cpc,
            status=status,
            daily_stats=daily_stats,
            expenses=expenses,
            cr1=cr1,
            cr2=cr2,
        )

        media_banner_stats.additional_properties = d
        return media_banner_stats

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
from ..models.media_daily_stats import MediaDailyStats

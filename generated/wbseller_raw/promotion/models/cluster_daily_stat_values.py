from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterDailyStatValues")


@_attrs_define
class ClusterDailyStatValues:
    """
    Attributes:
        norm_query (str | Unset):
        views (int | None | Unset):
        clicks (int | Unset):
        atbs (int | Unset):
        orders (int | Unset):
        ctr (float | None | Unset):
        cpc (float | Unset):
        cpm (float | None | Unset):
        avg_pos (float | Unset):
        shks (int | Unset):
        spend (float | Unset):
    """

    norm_query: str | Unset = UNSET
    views: int | None | Unset = UNSET
    clicks: int | Unset = UNSET
    atbs: int | Unset = UNSET
    orders: int | Unset = UNSET
    ctr: float | None | Unset = UNSET
    cpc: float | Unset = UNSET
    cpm: float | None | Unset = UNSET
    avg_pos: float | Unset = UNSET
    shks: int | Unset = UNSET
    spend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        norm_query = self.norm_query

        views: int | None | Unset
        if isinstance(self.views, Unset):
            views = UNSET
        else:
            views = self.views

        clicks = self.clicks

        atbs = self.atbs

        orders = self.orders

        ctr: float | None | Unset
        if isinstance(self.ctr, Unset):
            ctr = UNSET
        else:
            ctr = self.ctr

        cpc = self.cpc

        cpm: float | None | Unset
        if isinstance(self.cpm, Unset):
            cpm = UNSET
        else:
            cpm = self.cpm

        avg_pos = self.avg_pos

        shks = self.shks

        spend = self.spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if norm_query is not UNSET:
            field_dict["normQuery"] = norm_query
        if views is not UNSET:
            field_dict["views"] = views
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if atbs is not UNSET:
            field_dict["atbs"] = atbs
        if orders is not UNSET:
            field_dict["orders"] = orders
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
        if cpc is not UNSET:
            field_dict["cpc"] = cpc
        if cpm is not UNSET:
            field_dict["cpm"] = cpm
        if avg_pos is not UNSET:
            field_dict["avgPos"] = avg_pos
        if shks is not UNSET:
            field_dict["shks"] = shks
        if spend is not UNSET:
            field_dict["spend"] = spend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        norm_query = d.pop("normQuery", UNSET)

        def _parse_views(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        views = _parse_views(d.pop("views", UNSET))

        clicks = d.pop("clicks", UNSET)

        atbs = d.pop("atbs", UNSET)

        orders = d.pop("orders", UNSET)

        def _parse_ctr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ctr = _parse_ctr(d.pop("ctr", UNSET))

        cpc = d.pop("cpc", UNSET)

        def _parse_cpm(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpm = _parse_cpm(d.pop("cpm", UNSET))

        avg_pos = d.pop("avgPos", UNSET)

        shks = d.pop("shks", UNSET)

        spend = d.pop("spend", UNSET)

        cluster_daily_stat_values = cls(
            norm_query=norm_query,
            views=views,
            clicks=clicks,
            atbs=atbs,
            orders=orders,
            ctr=ctr,
            cpc=cpc,
            cpm=cpm,
            avg_pos=avg_pos,
            shks=shks,
            spend=spend,
        )

        cluster_daily_stat_values.additional_properties = d
        return cluster_daily_stat_values

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

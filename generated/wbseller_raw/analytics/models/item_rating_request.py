from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_rating_request_current_period import (
        ItemRatingRequestCurrentPeriod,
    )
    from ..models.item_rating_request_order_by import ItemRatingRequestOrderBy
    from ..models.item_rating_request_past_period import ItemRatingRequestPastPeriod


T = TypeVar("T", bound="ItemRatingRequest")


@_attrs_define
class ItemRatingRequest:
    """
    Attributes:
        current_period (ItemRatingRequestCurrentPeriod):
        order_by (ItemRatingRequestOrderBy):
        offset (int):  Example: 50.
        past_period (ItemRatingRequestPastPeriod | Unset):
        nm_ids (list[int] | Unset):
        subject_ids (list[int] | Unset):
        brand_names (list[str] | Unset):
        tag_ids (list[int] | Unset):
        is_not_include_nms_without_sales (bool | Unset):  Default: False. Example: True.
        only_shadowed_nms (bool | Unset):  Default: False. Example: True.
        limit (int | Unset):  Default: 100. Example: 130.
    """

    current_period: ItemRatingRequestCurrentPeriod
    order_by: ItemRatingRequestOrderBy
    offset: int
    past_period: ItemRatingRequestPastPeriod | Unset = UNSET
    nm_ids: list[int] | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    is_not_include_nms_without_sales: bool | Unset = False
    only_shadowed_nms: bool | Unset = False
    limit: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        order_by = self.order_by.to_dict()

        offset = self.offset

        past_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past_period, Unset):
            past_period = self.past_period.to_dict()

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        subject_ids: list[int] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        is_not_include_nms_without_sales = self.is_not_include_nms_without_sales

        only_shadowed_nms = self.only_shadowed_nms

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "orderBy": order_by,
                "offset": offset,
            }
        )
        if past_period is not UNSET:
            field_dict["pastPeriod"] = past_period
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if is_not_include_nms_without_sales is not UNSET:
            field_dict["isNotIncludeNmsWithoutSales"] = is_not_include_nms_without_sales
        if only_shadowed_nms is not UNSET:
            field_dict["onlyShadowedNms"] = only_shadowed_nms
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = ItemRatingRequestCurrentPeriod.from_dict(
            d.pop("currentPeriod")
        )

        order_by = ItemRatingRequestOrderBy.from_dict(d.pop("orderBy"))

        offset = d.pop("offset")

        _past_period = d.pop("pastPeriod", UNSET)
        past_period: ItemRatingRequestPastPeriod | Unset
        if isinstance(_past_period, Unset):
            past_period = UNSET
        else:
            past_period = ItemRatingRequestPastPeriod.from_dict(_past_period)

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        is_not_include_nms_without_sales = d.pop("isNotIncludeNmsWithoutSales", UNSET)

        only_shadowed_nms = d.pop("onlyShadowedNms", UNSET)

        limit = d.pop("limit", UNSET)

        item_rating_request = cls(
            current_period=current_period,
            order_by=order_by,
            offset=offset,
            past_period=past_period,
            nm_ids=nm_ids,
            subject_ids=subject_ids,
            brand_names=brand_names,
            tag_ids=tag_ids,
            is_not_include_nms_without_sales=is_not_include_nms_without_sales,
            only_shadowed_nms=only_shadowed_nms,
            limit=limit,
        )

        item_rating_request.additional_properties = d
        return item_rating_request

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
from ..models.item_rating_request_current_period import ItemRatingRequestCurrentPeriod
from ..models.item_rating_request_order_by import ItemRatingRequestOrderBy
from ..models.item_rating_request_past_period import ItemRatingRequestPastPeriod

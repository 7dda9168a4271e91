from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_feed_request_pagination import OrderFeedRequestPagination
    from ..models.order_feed_request_selected_period import (
        OrderFeedRequestSelectedPeriod,
    )


T = TypeVar("T", bound="OrderFeedRequest")


@_attrs_define
class OrderFeedRequest:
    """
    Attributes:
        selected_period (OrderFeedRequestSelectedPeriod):
        brand_names (list[str] | Unset):
        nm_ids (list[int] | Unset):
        pagination (OrderFeedRequestPagination | Unset):
        subject_ids (list[int] | Unset):
        tag_ids (list[int] | Unset):
    """

    selected_period: OrderFeedRequestSelectedPeriod
    brand_names: list[str] | Unset = UNSET
    nm_ids: list[int] | Unset = UNSET
    pagination: OrderFeedRequestPagination | Unset = UNSET
    subject_ids: list[int] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_period = self.selected_period.to_dict()

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        subject_ids: list[int] | Unset = UNSET
        if not isinstance(self.subject_ids, Unset):
            subject_ids = self.subject_ids

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selectedPeriod": selected_period,
            }
        )
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if subject_ids is not UNSET:
            field_dict["subjectIds"] = subject_ids
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        selected_period = OrderFeedRequestSelectedPeriod.from_dict(
            d.pop("selectedPeriod")
        )

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        _pagination = d.pop("pagination", UNSET)
        pagination: OrderFeedRequestPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = OrderFeedRequestPagination.from_dict(_pagination)

        subject_ids = cast(list[int], d.pop("subjectIds", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        order_feed_request = cls(
            selected_period=selected_period,
            brand_names=brand_names,
            nm_ids=nm_ids,
            pagination=pagination,
            subject_ids=subject_ids,
            tag_ids=tag_ids,
        )

        order_feed_request.additional_properties = d
        return order_feed_request

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
from ..models.order_feed_request_pagination import OrderFeedRequestPagination
from ..models.order_feed_request_selected_period import OrderFeedRequestSelectedPeriod

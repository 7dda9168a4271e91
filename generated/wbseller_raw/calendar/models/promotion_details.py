from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_ranging import PromotionRanging


T = TypeVar("T", bound="PromotionDetails")


@_attrs_define
class PromotionDetails:
    """Detailed information about a promotion (the docs give no field descriptions).

    Attributes:
        id (int | Unset): Promotion ID.
        name (str | Unset): Promotion name.
        description (str | Unset): Promotion description.
        advantages (list[str] | Unset): Advantages of taking part (badge, banner, top of search…).
        start_date_time (str | Unset): Promotion start (RFC 3339).
        end_date_time (str | Unset): Promotion end (RFC 3339).
        in_promo_action_leftovers (int | Unset): Number of products in the promotion with stock.
        in_promo_action_total (int | Unset): Total number of products in the promotion.
        not_in_promo_action_leftovers (int | Unset): Number of products not in the promotion with stock.
        not_in_promo_action_total (int | Unset): Total number of products not in the promotion.
        participation_percentage (int | Unset): Share of products taking part in the promotion, percent.
        type_ (str | Unset): Promotion type, e.g. "regular" or "auto" (the values the samples show).
        exception_products_count (int | Unset): Number of products excluded from the (auto) promotion.
        ranging (list[PromotionRanging] | Unset): Ranking boosts by participation rate.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    advantages: list[str] | Unset = UNSET
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    in_promo_action_leftovers: int | Unset = UNSET
    in_promo_action_total: int | Unset = UNSET
    not_in_promo_action_leftovers: int | Unset = UNSET
    not_in_promo_action_total: int | Unset = UNSET
    participation_percentage: int | Unset = UNSET
    type_: str | Unset = UNSET
    exception_products_count: int | Unset = UNSET
    ranging: list[PromotionRanging] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        advantages: list[str] | Unset = UNSET
        if not isinstance(self.advantages, Unset):
            advantages = self.advantages

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        in_promo_action_leftovers = self.in_promo_action_leftovers

        in_promo_action_total = self.in_promo_action_total

        not_in_promo_action_leftovers = self.not_in_promo_action_leftovers

        not_in_promo_action_total = self.not_in_promo_action_total

        participation_percentage = self.participation_percentage

        type_ = self.type_

        exception_products_count = self.exception_products_count

        ranging: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ranging, Unset):
            ranging = []
            for ranging_item_data in self.ranging:
                ranging_item = ranging_item_data.to_dict()
                ranging.append(ranging_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if advantages is not UNSET:
            field_dict["advantages"] = advantages
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if in_promo_action_leftovers is not UNSET:
            field_dict["inPromoActionLeftovers"] = in_promo_action_leftovers
        if in_promo_action_total is not UNSET:
            field_dict["inPromoActionTotal"] = in_promo_action_total
        if not_in_promo_action_leftovers is not UNSET:
            field_dict["notInPromoActionLeftovers"] = not_in_promo_action_leftovers
        if not_in_promo_action_total is not UNSET:
            field_dict["notInPromoActionTotal"] = not_in_promo_action_total
        if participation_percentage is not UNSET:
            field_dict["participationPercentage"] = participation_percentage
        if type_ is not UNSET:
            field_dict["type"] = type_
        if exception_products_count is not UNSET:
            field_dict["exceptionProductsCount"] = exception_products_count
        if ranging is not UNSET:
            field_dict["ranging"] = ranging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        advantages = cast(list[str], d.pop("advantages", UNSET))

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        in_promo_action_leftovers = d.pop("inPromoActionLeftovers", UNSET)

        in_promo_action_total = d.pop("inPromoActionTotal", UNSET)

        not_in_promo_action_leftovers = d.pop("notInPromoActionLeftovers", UNSET)

        not_in_promo_action_total = d.pop("notInPromoActionTotal", UNSET)

        participation_percentage = d.pop("participationPercentage", UNSET)

        type_ = d.pop("type", UNSET)

        exception_products_count = d.pop("exceptionProductsCount", UNSET)

        _ranging = d.pop("ranging", UNSET)
        ranging: list[PromotionRanging] | Unset = UNSET
        if _ranging is not UNSET:
            ranging = []
            for ranging_item_data in _ranging:
                ranging_item = PromotionRanging.from_dict(ranging_item_data)

                ranging.append(ranging_item)

        promotion_details = cls(
            id=id,
            name=name,
            description=description,
            advantages=advantages,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            in_promo_action_leftovers=in_promo_action_leftovers,
            in_promo_action_total=in_promo_action_total,
            not_in_promo_action_leftovers=not_in_promo_action_leftovers,
            not_in_promo_action_total=not_in_promo_action_total,
            participation_percentage=participation_percentage,
            type_=type_,
            exception_products_count=exception_products_count,
            ranging=ranging,
        )

        promotion_details.additional_properties = d
        return promotion_details

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
from ..models.promotion_ranging import PromotionRanging

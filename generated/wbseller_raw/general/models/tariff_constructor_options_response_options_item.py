from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariff_constructor_options_response_options_item_promotion import (
        TariffConstructorOptionsResponseOptionsItemPromotion,
    )


T = TypeVar("T", bound="TariffConstructorOptionsResponseOptionsItem")


@_attrs_define
class TariffConstructorOptionsResponseOptionsItem:
    """
    Attributes:
        id (str | Unset):  Example: 4f134ae7-f768-481e-bac1-bf75d2fdc6f7.
        slug (str | Unset):  Example: pinReview.
        name (str | Unset):  Example: Закрепление отзывов и видео из Wibes.
        status (str | Unset):  Example: active.
        activated_at (str | Unset):  Example: 2006-01-02T15:04:05.999+03:00.
        expires_at (str | Unset):  Example: 2006-01-02T15:04:05.999+03:00.
        commission_rate (float | Unset):  Example: 2.1.
        period_duration (float | Unset):  Example: 90.
        promotion (TariffConstructorOptionsResponseOptionsItemPromotion | Unset):
    """

    id: str | Unset = UNSET
    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    activated_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    commission_rate: float | Unset = UNSET
    period_duration: float | Unset = UNSET
    promotion: TariffConstructorOptionsResponseOptionsItemPromotion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        status = self.status

        activated_at = self.activated_at

        expires_at = self.expires_at

        commission_rate = self.commission_rate

        period_duration = self.period_duration

        promotion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion, Unset):
            promotion = self.promotion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if commission_rate is not UNSET:
            field_dict["commissionRate"] = commission_rate
        if period_duration is not UNSET:
            field_dict["periodDuration"] = period_duration
        if promotion is not UNSET:
            field_dict["promotion"] = promotion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        activated_at = d.pop("activatedAt", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        commission_rate = d.pop("commissionRate", UNSET)

        period_duration = d.pop("periodDuration", UNSET)

        _promotion = d.pop("promotion", UNSET)
        promotion: TariffConstructorOptionsResponseOptionsItemPromotion | Unset
        if isinstance(_promotion, Unset):
            promotion = UNSET
        else:
            promotion = TariffConstructorOptionsResponseOptionsItemPromotion.from_dict(
                _promotion
            )

        tariff_constructor_options_response_options_item = cls(
            id=id,
            slug=slug,
            name=name,
            status=status,
            activated_at=activated_at,
            expires_at=expires_at,
            commission_rate=commission_rate,
            period_duration=period_duration,
            promotion=promotion,
        )

        tariff_constructor_options_response_options_item.additional_properties = d
        return tariff_constructor_options_response_options_item

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
from ..models.tariff_constructor_options_response_options_item_promotion import TariffConstructorOptionsResponseOptionsItemPromotion

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pinned_feedbacks_limits_response_data_subscription_type_0 import (
        PinnedFeedbacksLimitsResponseDataSubscriptionType0,
    )
    from ..models.pinned_feedbacks_limits_response_data_tariff_type_0 import (
        PinnedFeedbacksLimitsResponseDataTariffType0,
    )


T = TypeVar("T", bound="PinnedFeedbacksLimitsResponseData")


@_attrs_define
class PinnedFeedbacksLimitsResponseData:
    """
    Attributes:
        subscription (None | PinnedFeedbacksLimitsResponseDataSubscriptionType0 | Unset):
        tariff (None | PinnedFeedbacksLimitsResponseDataTariffType0 | Unset):
    """

    subscription: None | PinnedFeedbacksLimitsResponseDataSubscriptionType0 | Unset = (
        UNSET
    )
    tariff: None | PinnedFeedbacksLimitsResponseDataTariffType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(
            self.subscription, PinnedFeedbacksLimitsResponseDataSubscriptionType0
        ):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        tariff: dict[str, Any] | None | Unset
        if isinstance(self.tariff, Unset):
            tariff = UNSET
        elif isinstance(self.tariff, PinnedFeedbacksLimitsResponseDataTariffType0):
            tariff = self.tariff.to_dict()
        else:
            tariff = self.tariff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if tariff is not UNSET:
            field_dict["tariff"] = tariff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_subscription(
            data: object,
        ) -> None | PinnedFeedbacksLimitsResponseDataSubscriptionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = (
                    PinnedFeedbacksLimitsResponseDataSubscriptionType0.from_dict(data)
                )

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PinnedFeedbacksLimitsResponseDataSubscriptionType0 | Unset, data
            )

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_tariff(
            data: object,
        ) -> None | PinnedFeedbacksLimitsResponseDataTariffType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_type_0 = PinnedFeedbacksLimitsResponseDataTariffType0.from_dict(
                    data
                )

                return tariff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PinnedFeedbacksLimitsResponseDataTariffType0 | Unset, data
            )

        tariff = _parse_tariff(d.pop("tariff", UNSET))

        pinned_feedbacks_limits_response_data = cls(
            subscription=subscription,
            tariff=tariff,
        )

        pinned_feedbacks_limits_response_data.additional_properties = d
        return pinned_feedbacks_limits_response_data

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
from ..models.pinned_feedbacks_limits_response_data_subscription_type_0 import PinnedFeedbacksLimitsResponseDataSubscriptionType0
from ..models.pinned_feedbacks_limits_response_data_tariff_type_0 import PinnedFeedbacksLimitsResponseDataTariffType0

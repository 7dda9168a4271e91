from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_params import AutoParams


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """Campaign information (the docs' sample is a campaign with standard bid, type 8).

    Attributes:
        end_time (str | Unset): Campaign end time.
        create_time (str | Unset): Campaign creation time.
        change_time (str | Unset): Time of the last change of the campaign.
        start_time (str | Unset): Campaign start time.
        auto_params (AutoParams | Unset): Parameters of a campaign with standard bid (automatic, type 8).
        name (str | Unset): Campaign name.
        daily_budget (int | Unset): Daily budget.
        advert_id (int | Unset): Campaign ID.
        status (int | Unset): Campaign status (-1 being deleted, 4 ready to launch, 7 finished, 8 declined, 9 active, 11
            paused).
        type_ (int | Unset): Campaign type (4 catalog, 5 product card, 6 search, 7 recommendations, 8 standard bid, 9
            custom bid).
        payment_type (str | Unset): Payment type, "cpm" (per thousand views) or "cpc" (per click).
    """

    end_time: str | Unset = UNSET
    create_time: str | Unset = UNSET
    change_time: str | Unset = UNSET
    start_time: str | Unset = UNSET
    auto_params: AutoParams | Unset = UNSET
    name: str | Unset = UNSET
    daily_budget: int | Unset = UNSET
    advert_id: int | Unset = UNSET
    status: int | Unset = UNSET
    type_: int | Unset = UNSET
    payment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time

        create_time = self.create_time

        change_time = self.change_time

        start_time = self.start_time

        auto_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_params, Unset):
            auto_params = self.auto_params.to_dict()

        name = self.name

        daily_budget = self.daily_budget

        advert_id = self.advert_id

        status = self.status

        type_ = self.type_

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if change_time is not UNSET:
            field_dict["changeTime"] = change_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if auto_params is not UNSET:
            field_dict["autoParams"] = auto_params
        if name is not UNSET:
            field_dict["name"] = name
        if daily_budget is not UNSET:
            field_dict["dailyBudget"] = daily_budget
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        end_time = d.pop("endTime", UNSET)

        create_time = d.pop("createTime", UNSET)

        change_time = d.pop("changeTime", UNSET)

        start_time = d.pop("startTime", UNSET)

        _auto_params = d.pop("autoParams", UNSET)
        auto_params: AutoParams | Unset
        if isinstance(_auto_params, Unset):
            auto_params = UNSET
        else:
            auto_params = AutoParams.from_dict(_auto_params)

        name = d.pop("name", UNSET)

        daily_budget = d.pop("dailyBudget", UNSET)

        advert_id = d.pop("advertId", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        campaign = cls(
            end_time=end_time,
            create_time=create_time,
            change_time=change_time,
            start_time=start_time,
            auto_params=auto_params,
            name=name,
            daily_budget=daily_budget,
            advert_id=advert_id,
            status=status,
            type_=type_,
            payment_type=payment_type,
        )

        campaign.additional_properties = d
        return campaign

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
from ..models.auto_params import AutoParams

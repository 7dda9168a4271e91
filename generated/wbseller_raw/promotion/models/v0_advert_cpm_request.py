from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0_advert_cpm_request_type import (
    V0AdvertCpmRequestType,
    check_v0_advert_cpm_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="V0AdvertCpmRequest")


@_attrs_define
class V0AdvertCpmRequest:
    """
    Attributes:
        advert_id (int): ID of the campaign whose bid changes. Example: 789.
        type_ (V0AdvertCpmRequestType): Campaign type (5 product card, 6 search, 7 recommendations, 8 standard bid, 9
            custom bid). Example: 5.
        cpm (int): New bid value. Example: 456.
        param (int): The parameter the change is made for (the docs' sentence is cut off after "is the value of").
             Example: 23.
        instrument (int | Unset): Campaign type for a bid change in a campaign with custom bid. Example: 4.
    """

    advert_id: int
    type_: V0AdvertCpmRequestType
    cpm: int
    param: int
    instrument: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        type_: int = self.type_

        cpm = self.cpm

        param = self.param

        instrument = self.instrument

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advertId": advert_id,
                "type": type_,
                "cpm": cpm,
                "param": param,
            }
        )
        if instrument is not UNSET:
            field_dict["instrument"] = instrument

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advert_id = d.pop("advertId")

        type_ = check_v0_advert_cpm_request_type(d.pop("type"))

        cpm = d.pop("cpm")

        param = d.pop("param")

        instrument = d.pop("instrument", UNSET)

        v0_advert_cpm_request = cls(
            advert_id=advert_id,
            type_=type_,
            cpm=cpm,
            param=param,
            instrument=instrument,
        )

        v0_advert_cpm_request.additional_properties = d
        return v0_advert_cpm_request

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

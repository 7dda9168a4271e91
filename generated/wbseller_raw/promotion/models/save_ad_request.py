from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveAdRequest")


@_attrs_define
class SaveAdRequest:
    """
    Attributes:
        type_ (int | Unset): Campaign type. The docs' value list for this field is lost in the rendering; the sample
            sends 8 (campaign with standard bid).
             Example: 8.
        name (str | Unset): Campaign name (at most 128 characters). Example: Парашюты.
        subject_id (int | Unset): ID of the subject the campaign is created for. Example: 270.
        sum_ (int | Unset): Top-up amount. Example: 500.
        btype (int | Unset): Write-off (top-up source) type. The docs' value list for this field is lost in the
            rendering; the sample sends 1.
             Example: 1.
        on_pause (bool | Unset): Whether the campaign stays paused after creation. The docs' description is lost in the
            rendering; the sample sends true.
             Example: True.
        nms (list[int] | Unset): WB articles (see max_auto_nms in the configuration values).
        cpm (int | Unset): Bid. Example: 10.
    """

    type_: int | Unset = UNSET
    name: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    sum_: int | Unset = UNSET
    btype: int | Unset = UNSET
    on_pause: bool | Unset = UNSET
    nms: list[int] | Unset = UNSET
    cpm: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        subject_id = self.subject_id

        sum_ = self.sum_

        btype = self.btype

        on_pause = self.on_pause

        nms: list[int] | Unset = UNSET
        if not isinstance(self.nms, Unset):
            nms = self.nms

        cpm = self.cpm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if btype is not UNSET:
            field_dict["btype"] = btype
        if on_pause is not UNSET:
            field_dict["on_pause"] = on_pause
        if nms is not UNSET:
            field_dict["nms"] = nms
        if cpm is not UNSET:
            field_dict["cpm"] = cpm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        sum_ = d.pop("sum", UNSET)

        btype = d.pop("btype", UNSET)

        on_pause = d.pop("on_pause", UNSET)

        nms = cast(list[int], d.pop("nms", UNSET))

        cpm = d.pop("cpm", UNSET)

        save_ad_request = cls(
            type_=type_,
            name=name,
            subject_id=subject_id,
            sum_=sum_,
            btype=btype,
            on_pause=on_pause,
            nms=nms,
            cpm=cpm,
        )

        save_ad_request.additional_properties = d
        return save_ad_request

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

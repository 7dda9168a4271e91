from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advert_v2_bids_kopecks import AdvertV2BidsKopecks
    from ..models.advert_v2_subject import AdvertV2Subject


T = TypeVar("T", bound="AdvertV2NmSetting")


@_attrs_define
class AdvertV2NmSetting:
    """
    Attributes:
        bids_kopecks (AdvertV2BidsKopecks | Unset): The card's bids in kopecks (0.01 of the account's base currency).
        subject (AdvertV2Subject | Unset):
        nm_id (int | Unset): WB article (nmID).
    """

    bids_kopecks: AdvertV2BidsKopecks | Unset = UNSET
    subject: AdvertV2Subject | Unset = UNSET
    nm_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bids_kopecks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bids_kopecks, Unset):
            bids_kopecks = self.bids_kopecks.to_dict()

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        nm_id = self.nm_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bids_kopecks is not UNSET:
            field_dict["bids_kopecks"] = bids_kopecks
        if subject is not UNSET:
            field_dict["subject"] = subject
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _bids_kopecks = d.pop("bids_kopecks", UNSET)
        bids_kopecks: AdvertV2BidsKopecks | Unset
        if isinstance(_bids_kopecks, Unset):
            bids_kopecks = UNSET
        else:
            bids_kopecks = AdvertV2BidsKopecks.from_dict(_bids_kopecks)

        _subject = d.pop("subject", UNSET)
        subject: AdvertV2Subject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = AdvertV2Subject.from_dict(_subject)

        nm_id = d.pop("nm_id", UNSET)

        advert_v2_nm_setting = cls(
            bids_kopecks=bids_kopecks,
            subject=subject,
            nm_id=nm_id,
        )

        advert_v2_nm_setting.additional_properties = d
        return advert_v2_nm_setting

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
from ..models.advert_v2_bids_kopecks import AdvertV2BidsKopecks
from ..models.advert_v2_subject import AdvertV2Subject

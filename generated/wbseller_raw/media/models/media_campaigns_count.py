from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_campaigns_group import MediaCampaignsGroup


T = TypeVar("T", bound="MediaCampaignsCount")


@_attrs_define
class MediaCampaignsCount:
    """Number of the seller's media campaigns.

    Attributes:
        all_ (int | Unset): Total number of media campaigns.
        adverts (MediaCampaignsGroup | Unset): Number of media campaigns of one type and status.
    """

    all_: int | Unset = UNSET
    adverts: MediaCampaignsGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        adverts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adverts, Unset):
            adverts = self.adverts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if adverts is not UNSET:
            field_dict["adverts"] = adverts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        all_ = d.pop("all", UNSET)

        _adverts = d.pop("adverts", UNSET)
        adverts: MediaCampaignsGroup | Unset
        if isinstance(_adverts, Unset):
            adverts = UNSET
        else:
            adverts = MediaCampaignsGroup.from_dict(_adverts)

        media_campaigns_count = cls(
            all_=all_,
            adverts=adverts,
        )

        media_campaigns_count.additional_properties = d
        return media_campaigns_count

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
from ..models.media_campaigns_group import MediaCampaignsGroup

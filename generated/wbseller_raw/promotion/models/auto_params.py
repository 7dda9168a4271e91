from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_params_active import AutoParamsActive
    from ..models.auto_params_nm_cpm import AutoParamsNmCpm
    from ..models.auto_params_set import AutoParamsSet
    from ..models.auto_params_subject import AutoParamsSubject


T = TypeVar("T", bound="AutoParams")


@_attrs_define
class AutoParams:
    """Parameters of a campaign with standard bid (automatic, type 8).

    Attributes:
        subject (AutoParamsSubject | Unset): Subject of the campaign.
        sets (list[AutoParamsSet] | Unset): Sets (subject sets) of the campaign.
        nms (list[int] | Unset): WB articles in the campaign.
        active (AutoParamsActive | Unset): Active placement zones of the campaign.
        nm_cpm (list[AutoParamsNmCpm] | Unset): Bids per WB article.
    """

    subject: AutoParamsSubject | Unset = UNSET
    sets: list[AutoParamsSet] | Unset = UNSET
    nms: list[int] | Unset = UNSET
    active: AutoParamsActive | Unset = UNSET
    nm_cpm: list[AutoParamsNmCpm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        sets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sets, Unset):
            sets = []
            for sets_item_data in self.sets:
                sets_item = sets_item_data.to_dict()
                sets.append(sets_item)

        nms: list[int] | Unset = UNSET
        if not isinstance(self.nms, Unset):
            nms = self.nms

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        nm_cpm: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nm_cpm, Unset):
            nm_cpm = []
            for nm_cpm_item_data in self.nm_cpm:
                nm_cpm_item = nm_cpm_item_data.to_dict()
                nm_cpm.append(nm_cpm_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if sets is not UNSET:
            field_dict["sets"] = sets
        if nms is not UNSET:
            field_dict["nms"] = nms
        if active is not UNSET:
            field_dict["active"] = active
        if nm_cpm is not UNSET:
            field_dict["nmCPM"] = nm_cpm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _subject = d.pop("subject", UNSET)
        subject: AutoParamsSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = AutoParamsSubject.from_dict(_subject)

        _sets = d.pop("sets", UNSET)
        sets: list[AutoParamsSet] | Unset = UNSET
        if _sets is not UNSET:
            sets = []
            for sets_item_data in _sets:
                sets_item = AutoParamsSet.from_dict(sets_item_data)

                sets.append(sets_item)

        nms = cast(list[int], d.pop("nms", UNSET))

        _active = d.pop("active", UNSET)
        active: AutoParamsActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = AutoParamsActive.from_dict(_active)

        _nm_cpm = d.pop("nmCPM", UNSET)
        nm_cpm: list[AutoParamsNmCpm] | Unset = UNSET
        if _nm_cpm is not UNSET:
            nm_cpm = []
            for nm_cpm_item_data in _nm_cpm:
                nm_cpm_item = AutoParamsNmCpm.from_dict(nm_cpm_item_data)

                nm_cpm.append(nm_cpm_item)

        auto_params = cls(
            subject=subject,
            sets=sets,
            nms=nms,
            active=active,
            nm_cpm=nm_cpm,
        )

        auto_params.additional_properties = d
        return auto_params

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
from ..models.auto_params_active import AutoParamsActive
from ..models.auto_params_nm_cpm import AutoParamsNmCpm
from ..models.auto_params_set import AutoParamsSet
from ..models.auto_params_subject import AutoParamsSubject

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trash_list_settings import TrashListSettings


T = TypeVar("T", bound="TrashListRequest")


@_attrs_define
class TrashListRequest:
    """`settings` is optional in WB's current reference (cards-lists-2026-08): without it WB
    answers the first page with its defaults (10 cards).

        Attributes:
            settings (TrashListSettings | Unset): Settings: cursor, and optionally search and sorting (WB's current
                reference: each optional,
                `cursor.limit` defaulting to 10; cards-lists-2026-08).
    """

    settings: TrashListSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _settings = d.pop("settings", UNSET)
        settings: TrashListSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = TrashListSettings.from_dict(_settings)

        trash_list_request = cls(
            settings=settings,
        )

        trash_list_request.additional_properties = d
        return trash_list_request

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
from ..models.trash_list_settings import TrashListSettings

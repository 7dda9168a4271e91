from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IllustrationResponse")


@_attrs_define
class IllustrationResponse:
    """
    Attributes:
        uris (list[str] | None | Unset): URIs of the cover's renditions (e.g. vol6/529/…/480.jpg, …/1280.jpg,
            …/1920.jpg).
        user_id (int | Unset): Seller (user) ID.
    """

    uris: list[str] | None | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uris: list[str] | None | Unset
        if isinstance(self.uris, Unset):
            uris = UNSET
        elif isinstance(self.uris, list):
            uris = self.uris

        else:
            uris = self.uris

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uris is not UNSET:
            field_dict["uris"] = uris
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_uris(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                uris_type_0 = cast(list[str], data)

                return uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        uris = _parse_uris(d.pop("uris", UNSET))

        user_id = d.pop("userId", UNSET)

        illustration_response = cls(
            uris=uris,
            user_id=user_id,
        )

        illustration_response.additional_properties = d
        return illustration_response

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

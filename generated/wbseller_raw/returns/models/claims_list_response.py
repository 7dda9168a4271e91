from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claims_list_response_claims_item import ClaimsListResponseClaimsItem


T = TypeVar("T", bound="ClaimsListResponse")


@_attrs_define
class ClaimsListResponse:
    """
    Attributes:
        claims (list[ClaimsListResponseClaimsItem] | Unset):
        total (int | Unset):
    """

    claims: list[ClaimsListResponseClaimsItem] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = []
            for claims_item_data in self.claims:
                claims_item = claims_item_data.to_dict()
                claims.append(claims_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if claims is not UNSET:
            field_dict["claims"] = claims
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _claims = d.pop("claims", UNSET)
        claims: list[ClaimsListResponseClaimsItem] | Unset = UNSET
        if _claims is not UNSET:
            claims = []
            for claims_item_data in _claims:
                claims_item = ClaimsListResponseClaimsItem.from_dict(claims_item_data)

                claims.append(claims_item)

        total = d.pop("total", UNSET)

        claims_list_response = cls(
            claims=claims,
            total=total,
        )

        claims_list_response.additional_properties = d
        return claims_list_response

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
from ..models.claims_list_response_claims_item import ClaimsListResponseClaimsItem

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advert_v2 import AdvertV2


T = TypeVar("T", bound="AdvertsV2Response")


@_attrs_define
class AdvertsV2Response:
    """Campaigns of `campaigns_information_v2`.

    Attributes:
        adverts (list[AdvertV2] | None | Unset):
    """

    adverts: list[AdvertV2] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adverts: list[dict[str, Any]] | None | Unset
        if isinstance(self.adverts, Unset):
            adverts = UNSET
        elif isinstance(self.adverts, list):
            adverts = []
            for adverts_type_0_item_data in self.adverts:
                adverts_type_0_item = adverts_type_0_item_data.to_dict()
                adverts.append(adverts_type_0_item)

        else:
            adverts = self.adverts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adverts is not UNSET:
            field_dict["adverts"] = adverts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_adverts(data: object) -> list[AdvertV2] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                adverts_type_0 = []
                _adverts_type_0 = data
                for adverts_type_0_item_data in _adverts_type_0:
                    adverts_type_0_item = AdvertV2.from_dict(adverts_type_0_item_data)

                    adverts_type_0.append(adverts_type_0_item)

                return adverts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdvertV2] | None | Unset, data)

        adverts = _parse_adverts(d.pop("adverts", UNSET))

        adverts_v2_response = cls(
            adverts=adverts,
        )

        adverts_v2_response.additional_properties = d
        return adverts_v2_response

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
from ..models.advert_v2 import AdvertV2

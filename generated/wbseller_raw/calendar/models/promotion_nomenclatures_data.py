from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_nomenclature import PromotionNomenclature


T = TypeVar("T", bound="PromotionNomenclaturesData")


@_attrs_define
class PromotionNomenclaturesData:
    """
    Attributes:
        nomenclatures (list[PromotionNomenclature] | Unset):
    """

    nomenclatures: list[PromotionNomenclature] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nomenclatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nomenclatures, Unset):
            nomenclatures = []
            for nomenclatures_item_data in self.nomenclatures:
                nomenclatures_item = nomenclatures_item_data.to_dict()
                nomenclatures.append(nomenclatures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nomenclatures is not UNSET:
            field_dict["nomenclatures"] = nomenclatures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _nomenclatures = d.pop("nomenclatures", UNSET)
        nomenclatures: list[PromotionNomenclature] | Unset = UNSET
        if _nomenclatures is not UNSET:
            nomenclatures = []
            for nomenclatures_item_data in _nomenclatures:
                nomenclatures_item = PromotionNomenclature.from_dict(
                    nomenclatures_item_data
                )

                nomenclatures.append(nomenclatures_item)

        promotion_nomenclatures_data = cls(
            nomenclatures=nomenclatures,
        )

        promotion_nomenclatures_data.additional_properties = d
        return promotion_nomenclatures_data

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
from ..models.promotion_nomenclature import PromotionNomenclature

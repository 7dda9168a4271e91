from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_variant import CardVariant


T = TypeVar("T", bound="CardsUploadAddRequest")


@_attrs_define
class CardsUploadAddRequest:
    """Product cards to create in the existing card imtID.

    Attributes:
        imt_id (int | Unset): imtID of the card to add the product cards to.
        cards_to_add (list[CardVariant] | Unset): The product cards (nmID) to create in the card, 1 to 29 (WB's current
            reference,
            cards-write-fields-2026-08; a card holds at most 30 product cards, the target has at
            least one). The products page gave 3000 (the update's limit).
    """

    imt_id: int | Unset = UNSET
    cards_to_add: list[CardVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imt_id = self.imt_id

        cards_to_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards_to_add, Unset):
            cards_to_add = []
            for cards_to_add_item_data in self.cards_to_add:
                cards_to_add_item = cards_to_add_item_data.to_dict()
                cards_to_add.append(cards_to_add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imt_id is not UNSET:
            field_dict["imtID"] = imt_id
        if cards_to_add is not UNSET:
            field_dict["cardsToAdd"] = cards_to_add

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        imt_id = d.pop("imtID", UNSET)

        _cards_to_add = d.pop("cardsToAdd", UNSET)
        cards_to_add: list[CardVariant] | Unset = UNSET
        if _cards_to_add is not UNSET:
            cards_to_add = []
            for cards_to_add_item_data in _cards_to_add:
                cards_to_add_item = CardVariant.from_dict(cards_to_add_item_data)

                cards_to_add.append(cards_to_add_item)

        cards_upload_add_request = cls(
            imt_id=imt_id,
            cards_to_add=cards_to_add,
        )

        cards_upload_add_request.additional_properties = d
        return cards_upload_add_request

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
from ..models.card_variant import CardVariant

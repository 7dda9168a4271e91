from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cards_error_list_cursor_request import CardsErrorListCursorRequest
    from ..models.cards_error_list_order import CardsErrorListOrder


T = TypeVar("T", bound="CardsErrorListRequest")


@_attrs_define
class CardsErrorListRequest:
    """The body of the current (POST) failed-cards list (cards-error-list-batches): where the page
    starts and the order of the batches. Both parts are optional.

        Attributes:
            cursor (CardsErrorListCursorRequest | Unset): Pagination. The first request sends only `limit`; the next ones
                copy `updatedAt` and
                `batchUUID` from the previous answer's cursor.
            order (CardsErrorListOrder | Unset): The order in which the batches are returned (by their update time).
    """

    cursor: CardsErrorListCursorRequest | Unset = UNSET
    order: CardsErrorListOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursor, Unset):
            cursor = self.cursor.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _cursor = d.pop("cursor", UNSET)
        cursor: CardsErrorListCursorRequest | Unset
        if isinstance(_cursor, Unset):
            cursor = UNSET
        else:
            cursor = CardsErrorListCursorRequest.from_dict(_cursor)

        _order = d.pop("order", UNSET)
        order: CardsErrorListOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = CardsErrorListOrder.from_dict(_order)

        cards_error_list_request = cls(
            cursor=cursor,
            order=order,
        )

        cards_error_list_request.additional_properties = d
        return cards_error_list_request

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
from ..models.cards_error_list_cursor_request import CardsErrorListCursorRequest
from ..models.cards_error_list_order import CardsErrorListOrder

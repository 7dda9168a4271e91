from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_dbw_warehouse_contacts_request_contacts_item import (
        UpdateDbwWarehouseContactsRequestContactsItem,
    )


T = TypeVar("T", bound="UpdateDbwWarehouseContactsRequest")


@_attrs_define
class UpdateDbwWarehouseContactsRequest:
    """
    Attributes:
        contacts (list[UpdateDbwWarehouseContactsRequestContactsItem] | Unset):
    """

    contacts: list[UpdateDbwWarehouseContactsRequestContactsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _contacts = d.pop("contacts", UNSET)
        contacts: list[UpdateDbwWarehouseContactsRequestContactsItem] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = UpdateDbwWarehouseContactsRequestContactsItem.from_dict(
                    contacts_item_data
                )

                contacts.append(contacts_item)

        update_dbw_warehouse_contacts_request = cls(
            contacts=contacts,
        )

        update_dbw_warehouse_contacts_request.additional_properties = d
        return update_dbw_warehouse_contacts_request

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
from ..models.update_dbw_warehouse_contacts_request_contacts_item import UpdateDbwWarehouseContactsRequestContactsItem

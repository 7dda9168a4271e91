from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbwSuppliesListItem")


@_attrs_define
class FbwSuppliesListItem:
    """
    Attributes:
        phone (str | Unset):
        supply_id (int | None | Unset):
        preorder_id (int | Unset):
        create_date (str | Unset):
        supply_date (None | str | Unset):
        fact_date (None | str | Unset):
        updated_date (None | str | Unset):
        status_id (int | Unset):
        box_type_id (Any | Unset):
        is_box_on_pallet (bool | Unset):
    """

    phone: str | Unset = UNSET
    supply_id: int | None | Unset = UNSET
    preorder_id: int | Unset = UNSET
    create_date: str | Unset = UNSET
    supply_date: None | str | Unset = UNSET
    fact_date: None | str | Unset = UNSET
    updated_date: None | str | Unset = UNSET
    status_id: int | Unset = UNSET
    box_type_id: Any | Unset = UNSET
    is_box_on_pallet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        supply_id: int | None | Unset
        if isinstance(self.supply_id, Unset):
            supply_id = UNSET
        else:
            supply_id = self.supply_id

        preorder_id = self.preorder_id

        create_date = self.create_date

        supply_date: None | str | Unset
        if isinstance(self.supply_date, Unset):
            supply_date = UNSET
        else:
            supply_date = self.supply_date

        fact_date: None | str | Unset
        if isinstance(self.fact_date, Unset):
            fact_date = UNSET
        else:
            fact_date = self.fact_date

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = self.updated_date

        status_id = self.status_id

        box_type_id = self.box_type_id

        is_box_on_pallet = self.is_box_on_pallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if supply_id is not UNSET:
            field_dict["supplyID"] = supply_id
        if preorder_id is not UNSET:
            field_dict["preorderID"] = preorder_id
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if supply_date is not UNSET:
            field_dict["supplyDate"] = supply_date
        if fact_date is not UNSET:
            field_dict["factDate"] = fact_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if status_id is not UNSET:
            field_dict["statusID"] = status_id
        if box_type_id is not UNSET:
            field_dict["boxTypeID"] = box_type_id
        if is_box_on_pallet is not UNSET:
            field_dict["isBoxOnPallet"] = is_box_on_pallet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        def _parse_supply_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supply_id = _parse_supply_id(d.pop("supplyID", UNSET))

        preorder_id = d.pop("preorderID", UNSET)

        create_date = d.pop("createDate", UNSET)

        def _parse_supply_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supply_date = _parse_supply_date(d.pop("supplyDate", UNSET))

        def _parse_fact_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fact_date = _parse_fact_date(d.pop("factDate", UNSET))

        def _parse_updated_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_date = _parse_updated_date(d.pop("updatedDate", UNSET))

        status_id = d.pop("statusID", UNSET)

        box_type_id = d.pop("boxTypeID", UNSET)

        is_box_on_pallet = d.pop("isBoxOnPallet", UNSET)

        fbw_supplies_list_item = cls(
            phone=phone,
            supply_id=supply_id,
            preorder_id=preorder_id,
            create_date=create_date,
            supply_date=supply_date,
            fact_date=fact_date,
            updated_date=updated_date,
            status_id=status_id,
            box_type_id=box_type_id,
            is_box_on_pallet=is_box_on_pallet,
        )

        fbw_supplies_list_item.additional_properties = d
        return fbw_supplies_list_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FbsSupplyDetailsResponse")


@_attrs_define
class FbsSupplyDetailsResponse:
    """
    Attributes:
        id (str | Unset):  Example: WB-GI-1234567.
        is_b2_b (bool | None | Unset):
        is_pickup_point_shipment_allowed (bool | Unset):  Example: True.
        done (bool | Unset):
        created_at (str | Unset):  Example: 2022-05-04T07:56:29Z.
        closed_at (None | str | Unset):  Example: 2022-05-04T07:56:29Z.
        scan_dt (None | str | Unset):  Example: 2022-05-04T07:56:29Z.
        name (str | Unset):
        cargo_type (int | Unset):
        cross_border_type (int | None | Unset):  Example: 1.
        destination_office_id (int | None | Unset):  Example: 123.
        recommended_wh_id (int | Unset):  Example: 123569.
    """

    id: str | Unset = UNSET
    is_b2_b: bool | None | Unset = UNSET
    is_pickup_point_shipment_allowed: bool | Unset = UNSET
    done: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    closed_at: None | str | Unset = UNSET
    scan_dt: None | str | Unset = UNSET
    name: str | Unset = UNSET
    cargo_type: int | Unset = UNSET
    cross_border_type: int | None | Unset = UNSET
    destination_office_id: int | None | Unset = UNSET
    recommended_wh_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_b2_b: bool | None | Unset
        if isinstance(self.is_b2_b, Unset):
            is_b2_b = UNSET
        else:
            is_b2_b = self.is_b2_b

        is_pickup_point_shipment_allowed = self.is_pickup_point_shipment_allowed

        done = self.done

        created_at = self.created_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        scan_dt: None | str | Unset
        if isinstance(self.scan_dt, Unset):
            scan_dt = UNSET
        else:
            scan_dt = self.scan_dt

        name = self.name

        cargo_type = self.cargo_type

        cross_border_type: int | None | Unset
        if isinstance(self.cross_border_type, Unset):
            cross_border_type = UNSET
        else:
            cross_border_type = self.cross_border_type

        destination_office_id: int | None | Unset
        if isinstance(self.destination_office_id, Unset):
            destination_office_id = UNSET
        else:
            destination_office_id = self.destination_office_id

        recommended_wh_id = self.recommended_wh_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_b2_b is not UNSET:
            field_dict["isB2b"] = is_b2_b
        if is_pickup_point_shipment_allowed is not UNSET:
            field_dict["isPickupPointShipmentAllowed"] = (
                is_pickup_point_shipment_allowed
            )
        if done is not UNSET:
            field_dict["done"] = done
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if closed_at is not UNSET:
            field_dict["closedAt"] = closed_at
        if scan_dt is not UNSET:
            field_dict["scanDt"] = scan_dt
        if name is not UNSET:
            field_dict["name"] = name
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if cross_border_type is not UNSET:
            field_dict["crossBorderType"] = cross_border_type
        if destination_office_id is not UNSET:
            field_dict["destinationOfficeId"] = destination_office_id
        if recommended_wh_id is not UNSET:
            field_dict["recommendedWhId"] = recommended_wh_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_is_b2_b(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_b2_b = _parse_is_b2_b(d.pop("isB2b", UNSET))

        is_pickup_point_shipment_allowed = d.pop("isPickupPointShipmentAllowed", UNSET)

        done = d.pop("done", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closedAt", UNSET))

        def _parse_scan_dt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scan_dt = _parse_scan_dt(d.pop("scanDt", UNSET))

        name = d.pop("name", UNSET)

        cargo_type = d.pop("cargoType", UNSET)

        def _parse_cross_border_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cross_border_type = _parse_cross_border_type(d.pop("crossBorderType", UNSET))

        def _parse_destination_office_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        destination_office_id = _parse_destination_office_id(
            d.pop("destinationOfficeId", UNSET)
        )

        recommended_wh_id = d.pop("recommendedWhId", UNSET)

        fbs_supply_details_response = cls(
            id=id,
            is_b2_b=is_b2_b,
            is_pickup_point_shipment_allowed=is_pickup_point_shipment_allowed,
            done=done,
            created_at=created_at,
            closed_at=closed_at,
            scan_dt=scan_dt,
            name=name,
            cargo_type=cargo_type,
            cross_border_type=cross_border_type,
            destination_office_id=destination_office_id,
            recommended_wh_id=recommended_wh_id,
        )

        fbs_supply_details_response.additional_properties = d
        return fbs_supply_details_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsReturnResponseReportItem")


@_attrs_define
class GoodsReturnResponseReportItem:
    """
    Attributes:
        barcode (str | Unset):  Example: 1680063403480.
        brand (str | Unset):  Example: dub.
        completed_dt (None | str | Unset):  Example: 2025-03-31T11:33:53.
        dst_office_address (str | Unset):
        dst_office_id (int | Unset):  Example: 310105.
        expired_dt (None | str | Unset):  Example: 2025-03-31T11:33:53.
        is_status_active (int | Unset):  Example: 0.
        nm_id (int | Unset):  Example: 12862181.
        order_dt (str | Unset):  Example: 2024-08-26.
        order_id (int | Unset):  Example: 2034240826.
        ready_to_return_dt (None | str | Unset):  Example: 2025-01-31T08:33:50.
        reason (str | Unset):
        return_type (str | Unset):
        shk_id (int | Unset):  Example: 23411783472.
        srid (str | Unset):  Example: ad3817664d3046c5a8d55054d8be96d6.
        status (str | Unset):
        sticker_id (str | Unset):  Example: 33811984302.
        subject_name (str | Unset):
        tech_size (str | Unset):  Example: 0.
    """

    barcode: str | Unset = UNSET
    brand: str | Unset = UNSET
    completed_dt: None | str | Unset = UNSET
    dst_office_address: str | Unset = UNSET
    dst_office_id: int | Unset = UNSET
    expired_dt: None | str | Unset = UNSET
    is_status_active: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    order_dt: str | Unset = UNSET
    order_id: int | Unset = UNSET
    ready_to_return_dt: None | str | Unset = UNSET
    reason: str | Unset = UNSET
    return_type: str | Unset = UNSET
    shk_id: int | Unset = UNSET
    srid: str | Unset = UNSET
    status: str | Unset = UNSET
    sticker_id: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    tech_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode = self.barcode

        brand = self.brand

        completed_dt: None | str | Unset
        if isinstance(self.completed_dt, Unset):
            completed_dt = UNSET
        else:
            completed_dt = self.completed_dt

        dst_office_address = self.dst_office_address

        dst_office_id = self.dst_office_id

        expired_dt: None | str | Unset
        if isinstance(self.expired_dt, Unset):
            expired_dt = UNSET
        else:
            expired_dt = self.expired_dt

        is_status_active = self.is_status_active

        nm_id = self.nm_id

        order_dt = self.order_dt

        order_id = self.order_id

        ready_to_return_dt: None | str | Unset
        if isinstance(self.ready_to_return_dt, Unset):
            ready_to_return_dt = UNSET
        else:
            ready_to_return_dt = self.ready_to_return_dt

        reason = self.reason

        return_type = self.return_type

        shk_id = self.shk_id

        srid = self.srid

        status = self.status

        sticker_id = self.sticker_id

        subject_name = self.subject_name

        tech_size = self.tech_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if brand is not UNSET:
            field_dict["brand"] = brand
        if completed_dt is not UNSET:
            field_dict["completedDt"] = completed_dt
        if dst_office_address is not UNSET:
            field_dict["dstOfficeAddress"] = dst_office_address
        if dst_office_id is not UNSET:
            field_dict["dstOfficeId"] = dst_office_id
        if expired_dt is not UNSET:
            field_dict["expiredDt"] = expired_dt
        if is_status_active is not UNSET:
            field_dict["isStatusActive"] = is_status_active
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if order_dt is not UNSET:
            field_dict["orderDt"] = order_dt
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if ready_to_return_dt is not UNSET:
            field_dict["readyToReturnDt"] = ready_to_return_dt
        if reason is not UNSET:
            field_dict["reason"] = reason
        if return_type is not UNSET:
            field_dict["returnType"] = return_type
        if shk_id is not UNSET:
            field_dict["shkId"] = shk_id
        if srid is not UNSET:
            field_dict["srid"] = srid
        if status is not UNSET:
            field_dict["status"] = status
        if sticker_id is not UNSET:
            field_dict["stickerId"] = sticker_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if tech_size is not UNSET:
            field_dict["techSize"] = tech_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        barcode = d.pop("barcode", UNSET)

        brand = d.pop("brand", UNSET)

        def _parse_completed_dt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_dt = _parse_completed_dt(d.pop("completedDt", UNSET))

        dst_office_address = d.pop("dstOfficeAddress", UNSET)

        dst_office_id = d.pop("dstOfficeId", UNSET)

        def _parse_expired_dt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_dt = _parse_expired_dt(d.pop("expiredDt", UNSET))

        is_status_active = d.pop("isStatusActive", UNSET)

        nm_id = d.pop("nmId", UNSET)

        order_dt = d.pop("orderDt", UNSET)

        order_id = d.pop("orderId", UNSET)

        def _parse_ready_to_return_dt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ready_to_return_dt = _parse_ready_to_return_dt(d.pop("readyToReturnDt", UNSET))

        reason = d.pop("reason", UNSET)

        return_type = d.pop("returnType", UNSET)

        shk_id = d.pop("shkId", UNSET)

        srid = d.pop("srid", UNSET)

        status = d.pop("status", UNSET)

        sticker_id = d.pop("stickerId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        tech_size = d.pop("techSize", UNSET)

        goods_return_response_report_item = cls(
            barcode=barcode,
            brand=brand,
            completed_dt=completed_dt,
            dst_office_address=dst_office_address,
            dst_office_id=dst_office_id,
            expired_dt=expired_dt,
            is_status_active=is_status_active,
            nm_id=nm_id,
            order_dt=order_dt,
            order_id=order_id,
            ready_to_return_dt=ready_to_return_dt,
            reason=reason,
            return_type=return_type,
            shk_id=shk_id,
            srid=srid,
            status=status,
            sticker_id=sticker_id,
            subject_name=subject_name,
            tech_size=tech_size,
        )

        goods_return_response_report_item.additional_properties = d
        return goods_return_response_report_item

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

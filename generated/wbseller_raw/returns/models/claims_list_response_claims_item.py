from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClaimsListResponseClaimsItem")


@_attrs_define
class ClaimsListResponseClaimsItem:
    """
    Attributes:
        id (str | Unset):
        claim_type (int | Unset):
        status (int | Unset):
        status_ex (int | Unset):
        nm_id (int | Unset):
        user_comment (str | Unset):
        wb_comment (None | str | Unset):
        dt (str | Unset):
        imt_name (None | str | Unset):
        order_dt (str | Unset):
        dt_update (str | Unset):
        photos (list[str] | Unset):
        video_paths (list[str] | Unset):
        actions (list[str] | Unset):
        price (float | Unset):
        currency_code (str | Unset):
        srid (str | Unset):
        origin_id_info (None | str | Unset):
        delivery_dt (str | Unset):
    """

    id: str | Unset = UNSET
    claim_type: int | Unset = UNSET
    status: int | Unset = UNSET
    status_ex: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    user_comment: str | Unset = UNSET
    wb_comment: None | str | Unset = UNSET
    dt: str | Unset = UNSET
    imt_name: None | str | Unset = UNSET
    order_dt: str | Unset = UNSET
    dt_update: str | Unset = UNSET
    photos: list[str] | Unset = UNSET
    video_paths: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    price: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    srid: str | Unset = UNSET
    origin_id_info: None | str | Unset = UNSET
    delivery_dt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        claim_type = self.claim_type

        status = self.status

        status_ex = self.status_ex

        nm_id = self.nm_id

        user_comment = self.user_comment

        wb_comment: None | str | Unset
        if isinstance(self.wb_comment, Unset):
            wb_comment = UNSET
        else:
            wb_comment = self.wb_comment

        dt = self.dt

        imt_name: None | str | Unset
        if isinstance(self.imt_name, Unset):
            imt_name = UNSET
        else:
            imt_name = self.imt_name

        order_dt = self.order_dt

        dt_update = self.dt_update

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        video_paths: list[str] | Unset = UNSET
        if not isinstance(self.video_paths, Unset):
            video_paths = self.video_paths

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        price = self.price

        currency_code = self.currency_code

        srid = self.srid

        origin_id_info: None | str | Unset
        if isinstance(self.origin_id_info, Unset):
            origin_id_info = UNSET
        else:
            origin_id_info = self.origin_id_info

        delivery_dt = self.delivery_dt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if claim_type is not UNSET:
            field_dict["claim_type"] = claim_type
        if status is not UNSET:
            field_dict["status"] = status
        if status_ex is not UNSET:
            field_dict["status_ex"] = status_ex
        if nm_id is not UNSET:
            field_dict["nm_id"] = nm_id
        if user_comment is not UNSET:
            field_dict["user_comment"] = user_comment
        if wb_comment is not UNSET:
            field_dict["wb_comment"] = wb_comment
        if dt is not UNSET:
            field_dict["dt"] = dt
        if imt_name is not UNSET:
            field_dict["imt_name"] = imt_name
        if order_dt is not UNSET:
            field_dict["order_dt"] = order_dt
        if dt_update is not UNSET:
            field_dict["dt_update"] = dt_update
        if photos is not UNSET:
            field_dict["photos"] = photos
        if video_paths is not UNSET:
            field_dict["video_paths"] = video_paths
        if actions is not UNSET:
            field_dict["actions"] = actions
        if price is not UNSET:
            field_dict["price"] = price
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if srid is not UNSET:
            field_dict["srid"] = srid
        if origin_id_info is not UNSET:
            field_dict["origin_id_info"] = origin_id_info
        if delivery_dt is not UNSET:
            field_dict["delivery_dt"] = delivery_dt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        claim_type = d.pop("claim_type", UNSET)

        status = d.pop("status", UNSET)

        status_ex = d.pop("status_ex", UNSET)

        nm_id = d.pop("nm_id", UNSET)

        user_comment = d.pop("user_comment", UNSET)

        def _parse_wb_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wb_comment = _parse_wb_comment(d.pop("wb_comment", UNSET))

        dt = d.pop("dt", UNSET)

        def _parse_imt_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imt_name = _parse_imt_name(d.pop("imt_name", UNSET))

        order_dt = d.pop("order_dt", UNSET)

        dt_update = d.pop("dt_update", UNSET)

        photos = cast(list[str], d.pop("photos", UNSET))

        video_paths = cast(list[str], d.pop("video_paths", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        price = d.pop("price", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        srid = d.pop("srid", UNSET)

        def _parse_origin_id_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_id_info = _parse_origin_id_info(d.pop("origin_id_info", UNSET))

        delivery_dt = d.pop("delivery_dt", UNSET)

        claims_list_response_claims_item = cls(
            id=id,
            claim_type=claim_type,
            status=status,
            status_ex=status_ex,
            nm_id=nm_id,
            user_comment=user_comment,
            wb_comment=wb_comment,
            dt=dt,
            imt_name=imt_name,
            order_dt=order_dt,
            dt_update=dt_update,
            photos=photos,
            video_paths=video_paths,
            actions=actions,
            price=price,
            currency_code=currency_code,
            srid=srid,
            origin_id_info=origin_id_info,
            delivery_dt=delivery_dt,
        )

        claims_list_response_claims_item.additional_properties = d
        return claims_list_response_claims_item

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

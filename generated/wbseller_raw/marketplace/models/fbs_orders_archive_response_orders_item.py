from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbs_orders_archive_response_orders_item_cross_border_type_0 import (
        FbsOrdersArchiveResponseOrdersItemCrossBorderType0,
    )
    from ..models.fbs_orders_archive_response_orders_item_meta_details_item import (
        FbsOrdersArchiveResponseOrdersItemMetaDetailsItem,
    )
    from ..models.fbs_orders_archive_response_orders_item_options import (
        FbsOrdersArchiveResponseOrdersItemOptions,
    )
    from ..models.fbs_orders_archive_response_orders_item_price_info import (
        FbsOrdersArchiveResponseOrdersItemPriceInfo,
    )
    from ..models.fbs_orders_archive_response_orders_item_product import (
        FbsOrdersArchiveResponseOrdersItemProduct,
    )
    from ..models.fbs_orders_archive_response_orders_item_status import (
        FbsOrdersArchiveResponseOrdersItemStatus,
    )


T = TypeVar("T", bound="FbsOrdersArchiveResponseOrdersItem")


@_attrs_define
class FbsOrdersArchiveResponseOrdersItem:
    """
    Attributes:
        cargo_type (str | Unset):  Example: mgt.
        color_code (None | str | Unset):
        created_at (str | Unset):  Example: 2022-05-04.
        cross_border (FbsOrdersArchiveResponseOrdersItemCrossBorderType0 | None | Unset):
        cross_border_type (str | Unset):  Example: crossBorder.
        id (int | Unset):  Example: 1234567890.
        is_zero_order (bool | Unset):  Example: False.
        meta_details (list[FbsOrdersArchiveResponseOrdersItemMetaDetailsItem] | Unset):
        options (FbsOrdersArchiveResponseOrdersItemOptions | Unset):
        order_uid (str | Unset):
        price_info (FbsOrdersArchiveResponseOrdersItemPriceInfo | Unset):
        product (FbsOrdersArchiveResponseOrdersItemProduct | Unset):
        rid (str | Unset):  Example: f884001e44e511edb8780242ac120002.
        scan_price (int | None | Unset):  Example: 5200.
        status (FbsOrdersArchiveResponseOrdersItemStatus | Unset):
        sticker_id (int | Unset):  Example: 33811984302.
        supply_id (None | str | Unset):  Example: WB-GI-1234588.
        warehouse_id (int | Unset):  Example: 55684681.
    """

    cargo_type: str | Unset = UNSET
    color_code: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    cross_border: FbsOrdersArchiveResponseOrdersItemCrossBorderType0 | None | Unset = (
        UNSET
    )
    cross_border_type: str | Unset = UNSET
    id: int | Unset = UNSET
    is_zero_order: bool | Unset = UNSET
    meta_details: list[FbsOrdersArchiveResponseOrdersItemMetaDetailsItem] | Unset = (
        UNSET
    )
    options: FbsOrdersArchiveResponseOrdersItemOptions | Unset = UNSET
    order_uid: str | Unset = UNSET
    price_info: FbsOrdersArchiveResponseOrdersItemPriceInfo | Unset = UNSET
    product: FbsOrdersArchiveResponseOrdersItemProduct | Unset = UNSET
    rid: str | Unset = UNSET
    scan_price: int | None | Unset = UNSET
    status: FbsOrdersArchiveResponseOrdersItemStatus | Unset = UNSET
    sticker_id: int | Unset = UNSET
    supply_id: None | str | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        cargo_type = self.cargo_type

        color_code: None | str | Unset
        if isinstance(self.color_code, Unset):
            color_code = UNSET
        else:
            color_code = self.color_code

        created_at = self.created_at

        cross_border: dict[str, Any] | None | Unset
        if isinstance(self.cross_border, Unset):
            cross_border = UNSET
        elif isinstance(
            self.cross_border, FbsOrdersArchiveResponseOrdersItemCrossBorderType0
        ):
            cross_border = self.cross_border.to_dict()
        else:
            cross_border = self.cross_border

        cross_border_type = self.cross_border_type

        id = self.id

        is_zero_order = self.is_zero_order

        meta_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_details, Unset):
            meta_details = []
            for meta_details_item_data in self.meta_details:
                meta_details_item = meta_details_item_data.to_dict()
                meta_details.append(meta_details_item)

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        order_uid = self.order_uid

        price_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_info, Unset):
            price_info = self.price_info.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        rid = self.rid

        scan_price: int | None | Unset
        if isinstance(self.scan_price, Unset):
            scan_price = UNSET
        else:
            scan_price = self.scan_price

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        sticker_id = self.sticker_id

        supply_id: None | str | Unset
        if isinstance(self.supply_id, Unset):
            supply_id = UNSET
        else:
            supply_id = self.supply_id

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cargo_type is not UNSET:
            field_dict["cargoType"] = cargo_type
        if color_code is not UNSET:
            field_dict["colorCode"] = color_code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if cross_border is not UNSET:
            field_dict["crossBorder"] = cross_border
        if cross_border_type is not UNSET:
            field_dict["crossBorderType"] = cross_border_type
        if id is not UNSET:
            field_dict["id"] = id
        if is_zero_order is not UNSET:
            field_dict["isZeroOrder"] = is_zero_order
        if meta_details is not UNSET:
            field_dict["metaDetails"] = meta_details
        if options is not UNSET:
            field_dict["options"] = options
        if order_uid is not UNSET:
            field_dict["orderUid"] = order_uid
        if price_info is not UNSET:
            field_dict["priceInfo"] = price_info
        if product is not UNSET:
            field_dict["product"] = product
        if rid is not UNSET:
            field_dict["rid"] = rid
        if scan_price is not UNSET:
            field_dict["scanPrice"] = scan_price
        if status is not UNSET:
            field_dict["status"] = status
        if sticker_id is not UNSET:
            field_dict["stickerId"] = sticker_id
        if supply_id is not UNSET:
            field_dict["supplyId"] = supply_id
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        cargo_type = d.pop("cargoType", UNSET)

        def _parse_color_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color_code = _parse_color_code(d.pop("colorCode", UNSET))

        created_at = d.pop("createdAt", UNSET)

        def _parse_cross_border(
            data: object,
        ) -> FbsOrdersArchiveResponseOrdersItemCrossBorderType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cross_border_type_0 = (
                    FbsOrdersArchiveResponseOrdersItemCrossBorderType0.from_dict(data)
                )

                return cross_border_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FbsOrdersArchiveResponseOrdersItemCrossBorderType0 | None | Unset, data
            )

        cross_border = _parse_cross_border(d.pop("crossBorder", UNSET))

        cross_border_type = d.pop("crossBorderType", UNSET)

        id = d.pop("id", UNSET)

        is_zero_order = d.pop("isZeroOrder", UNSET)

        _meta_details = d.pop("metaDetails", UNSET)
        meta_details: (
            list[FbsOrdersArchiveResponseOrdersItemMetaDetailsItem] | Unset
        ) = UNSET
        if _meta_details is not UNSET:
            meta_details = []
            for meta_details_item_data in _meta_details:
                meta_details_item = (
                    FbsOrdersArchiveResponseOrdersItemMetaDetailsItem.from_dict(
                        meta_details_item_data
                    )
                )

                meta_details.append(meta_details_item)

        _options = d.pop("options", UNSET)
        options: FbsOrdersArchiveResponseOrdersItemOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = FbsOrdersArchiveResponseOrdersItemOptions.from_dict(_options)

        order_uid = d.pop("orderUid", UNSET)

        _price_info = d.pop("priceInfo", UNSET)
        price_info: FbsOrdersArchiveResponseOrdersItemPriceInfo | Unset
        if isinstance(_price_info, Unset):
            price_info = UNSET
        else:
            price_info = FbsOrdersArchiveResponseOrdersItemPriceInfo.from_dict(
                _price_info
            )

        _product = d.pop("product", UNSET)
        product: FbsOrdersArchiveResponseOrdersItemProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = FbsOrdersArchiveResponseOrdersItemProduct.from_dict(_product)

        rid = d.pop("rid", UNSET)

        def _parse_scan_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scan_price = _parse_scan_price(d.pop("scanPrice", UNSET))

        _status = d.pop("status", UNSET)
        status: FbsOrdersArchiveResponseOrdersItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FbsOrdersArchiveResponseOrdersItemStatus.from_dict(_status)

        sticker_id = d.pop("stickerId", UNSET)

        def _parse_supply_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supply_id = _parse_supply_id(d.pop("supplyId", UNSET))

        warehouse_id = d.pop("warehouseId", UNSET)

        fbs_orders_archive_response_orders_item = cls(
            cargo_type=cargo_type,
            color_code=color_code,
            created_at=created_at,
            cross_border=cross_border,
            cross_border_type=cross_border_type,
            id=id,
            is_zero_order=is_zero_order,
            meta_details=meta_details,
            options=options,
            order_uid=order_uid,
            price_info=price_info,
            product=product,
            rid=rid,
            scan_price=scan_price,
            status=status,
            sticker_id=sticker_id,
            supply_id=supply_id,
            warehouse_id=warehouse_id,
        )

        fbs_orders_archive_response_orders_item.additional_properties = d
        return fbs_orders_archive_response_orders_item

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
from ..models.fbs_orders_archive_response_orders_item_cross_border_type_0 import FbsOrdersArchiveResponseOrdersItemCrossBorderType0
from ..models.fbs_orders_archive_response_orders_item_meta_details_item import FbsOrdersArchiveResponseOrdersItemMetaDetailsItem
from ..models.fbs_orders_archive_response_orders_item_options import FbsOrdersArchiveResponseOrdersItemOptions
from ..models.fbs_orders_archive_response_orders_item_price_info import FbsOrdersArchiveResponseOrdersItemPriceInfo
from ..models.fbs_orders_archive_response_orders_item_product import FbsOrdersArchiveResponseOrdersItemProduct
from ..models.fbs_orders_archive_response_orders_item_status import FbsOrdersArchiveResponseOrdersItemStatus

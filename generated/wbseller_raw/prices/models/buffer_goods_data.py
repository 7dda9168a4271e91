from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_buffer import GoodBuffer


T = TypeVar("T", bound="BufferGoodsData")


@_attrs_define
class BufferGoodsData:
    """
    Attributes:
        upload_id (int | Unset): Upload ID.
        buffer_goods (list[GoodBuffer] | None | Unset): Products of the upload being processed.
    """

    upload_id: int | Unset = UNSET
    buffer_goods: list[GoodBuffer] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        buffer_goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.buffer_goods, Unset):
            buffer_goods = UNSET
        elif isinstance(self.buffer_goods, list):
            buffer_goods = []
            for buffer_goods_type_0_item_data in self.buffer_goods:
                buffer_goods_type_0_item = buffer_goods_type_0_item_data.to_dict()
                buffer_goods.append(buffer_goods_type_0_item)

        else:
            buffer_goods = self.buffer_goods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["uploadID"] = upload_id
        if buffer_goods is not UNSET:
            field_dict["bufferGoods"] = buffer_goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        upload_id = d.pop("uploadID", UNSET)

        def _parse_buffer_goods(data: object) -> list[GoodBuffer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                buffer_goods_type_0 = []
                _buffer_goods_type_0 = data
                for buffer_goods_type_0_item_data in _buffer_goods_type_0:
                    buffer_goods_type_0_item = GoodBuffer.from_dict(
                        buffer_goods_type_0_item_data
                    )

                    buffer_goods_type_0.append(buffer_goods_type_0_item)

                return buffer_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoodBuffer] | None | Unset, data)

        buffer_goods = _parse_buffer_goods(d.pop("bufferGoods", UNSET))

        buffer_goods_data = cls(
            upload_id=upload_id,
            buffer_goods=buffer_goods,
        )

        buffer_goods_data.additional_properties = d
        return buffer_goods_data

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
from ..models.good_buffer import GoodBuffer

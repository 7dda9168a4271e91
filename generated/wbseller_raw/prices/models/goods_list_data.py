from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_list import GoodsList


T = TypeVar("T", bound="GoodsListData")


@_attrs_define
class GoodsListData:
    """
    Attributes:
        list_goods (list[GoodsList] | None | Unset): Products; an empty array ends the pagination.
    """

    list_goods: list[GoodsList] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.list_goods, Unset):
            list_goods = UNSET
        elif isinstance(self.list_goods, list):
            list_goods = []
            for list_goods_type_0_item_data in self.list_goods:
                list_goods_type_0_item = list_goods_type_0_item_data.to_dict()
                list_goods.append(list_goods_type_0_item)

        else:
            list_goods = self.list_goods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_goods is not UNSET:
            field_dict["listGoods"] = list_goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_list_goods(data: object) -> list[GoodsList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_goods_type_0 = []
                _list_goods_type_0 = data
                for list_goods_type_0_item_data in _list_goods_type_0:
                    list_goods_type_0_item = GoodsList.from_dict(
                        list_goods_type_0_item_data
                    )

                    list_goods_type_0.append(list_goods_type_0_item)

                return list_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoodsList] | None | Unset, data)

        list_goods = _parse_list_goods(d.pop("listGoods", UNSET))

        goods_list_data = cls(
            list_goods=list_goods,
        )

        goods_list_data.additional_properties = d
        return goods_list_data

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
from ..models.goods_list import GoodsList

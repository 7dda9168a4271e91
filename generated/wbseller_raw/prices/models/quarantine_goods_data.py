from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quarantine_goods import QuarantineGoods


T = TypeVar("T", bound="QuarantineGoodsData")


@_attrs_define
class QuarantineGoodsData:
    """
    Attributes:
        quarantine_goods (list[QuarantineGoods] | None | Unset): Products in quarantine.
    """

    quarantine_goods: list[QuarantineGoods] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quarantine_goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.quarantine_goods, Unset):
            quarantine_goods = UNSET
        elif isinstance(self.quarantine_goods, list):
            quarantine_goods = []
            for quarantine_goods_type_0_item_data in self.quarantine_goods:
                quarantine_goods_type_0_item = (
                    quarantine_goods_type_0_item_data.to_dict()
                )
                quarantine_goods.append(quarantine_goods_type_0_item)

        else:
            quarantine_goods = self.quarantine_goods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quarantine_goods is not UNSET:
            field_dict["quarantineGoods"] = quarantine_goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_quarantine_goods(
            data: object,
        ) -> list[QuarantineGoods] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quarantine_goods_type_0 = []
                _quarantine_goods_type_0 = data
                for quarantine_goods_type_0_item_data in _quarantine_goods_type_0:
                    quarantine_goods_type_0_item = QuarantineGoods.from_dict(
                        quarantine_goods_type_0_item_data
                    )

                    quarantine_goods_type_0.append(quarantine_goods_type_0_item)

                return quarantine_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuarantineGoods] | None | Unset, data)

        quarantine_goods = _parse_quarantine_goods(d.pop("quarantineGoods", UNSET))

        quarantine_goods_data = cls(
            quarantine_goods=quarantine_goods,
        )

        quarantine_goods_data.additional_properties = d
        return quarantine_goods_data

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
from ..models.quarantine_goods import QuarantineGoods

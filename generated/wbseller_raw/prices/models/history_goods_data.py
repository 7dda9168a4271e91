from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_history import GoodHistory


T = TypeVar("T", bound="HistoryGoodsData")


@_attrs_define
class HistoryGoodsData:
    """
    Attributes:
        upload_id (int | Unset): Upload ID.
        history_goods (list[GoodHistory] | None | Unset): Products of the processed upload.
    """

    upload_id: int | Unset = UNSET
    history_goods: list[GoodHistory] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        history_goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.history_goods, Unset):
            history_goods = UNSET
        elif isinstance(self.history_goods, list):
            history_goods = []
            for history_goods_type_0_item_data in self.history_goods:
                history_goods_type_0_item = history_goods_type_0_item_data.to_dict()
                history_goods.append(history_goods_type_0_item)

        else:
            history_goods = self.history_goods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["uploadID"] = upload_id
        if history_goods is not UNSET:
            field_dict["historyGoods"] = history_goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        upload_id = d.pop("uploadID", UNSET)

        def _parse_history_goods(data: object) -> list[GoodHistory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                history_goods_type_0 = []
                _history_goods_type_0 = data
                for history_goods_type_0_item_data in _history_goods_type_0:
                    history_goods_type_0_item = GoodHistory.from_dict(
                        history_goods_type_0_item_data
                    )

                    history_goods_type_0.append(history_goods_type_0_item)

                return history_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoodHistory] | None | Unset, data)

        history_goods = _parse_history_goods(d.pop("historyGoods", UNSET))

        history_goods_data = cls(
            upload_id=upload_id,
            history_goods=history_goods,
        )

        history_goods_data.additional_properties = d
        return history_goods_data

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
from ..models.good_history import GoodHistory

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_goods_data import HistoryGoodsData


T = TypeVar("T", bound="HistoryGoodsResponse")


@_attrs_define
class HistoryGoodsResponse:
    """Answer of Processed upload details: `data` only (WB's reference of 2026-07-23 has no
    `error`/`errorText` in this answer, unlike the section's other answers; an error comes as
    a 4xx: specs/changes/2026-12-06-wb-contracts.yaml, prices-history-goods-data-only).

        Attributes:
            data (HistoryGoodsData | None | Unset): The upload's products.
    """

    data: HistoryGoodsData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, HistoryGoodsData):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_data(data: object) -> HistoryGoodsData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = HistoryGoodsData.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryGoodsData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        history_goods_response = cls(
            data=data,
        )

        history_goods_response.additional_properties = d
        return history_goods_response

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
from ..models.history_goods_data import HistoryGoodsData

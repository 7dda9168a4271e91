from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MoveNmSeparateRequest")


@_attrs_define
class MoveNmSeparateRequest:
    """Separate the product cards from their cards (no targetIMT): they get one new imtID together.

    Attributes:
        nm_i_ds (list[int]): nmIDs to separate, 1 to 30.
    """

    nm_i_ds: list[int]

    def to_dict(self) -> dict[str, Any]:
        nm_i_ds = self.nm_i_ds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nmIDs": nm_i_ds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nm_i_ds = cast(list[int], d.pop("nmIDs"))

        move_nm_separate_request = cls(
            nm_i_ds=nm_i_ds,
        )

        return move_nm_separate_request

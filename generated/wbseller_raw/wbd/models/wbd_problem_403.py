from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WbdProblem403")


@_attrs_define
class WbdProblem403:
    """WBD's 403 body (no `detail`).

    Attributes:
        status (int | Unset): HTTP status code.
        title (str | Unset): Short error title (always sent).
        code (str | Unset): Internal error code.
        request_id (str | Unset): Unique request ID (always sent).
        origin (str | Unset): ID of the WB internal service that answered.
    """

    status: int | Unset = UNSET
    title: str | Unset = UNSET
    code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        code = self.code

        request_id = self.request_id

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if code is not UNSET:
            field_dict["code"] = code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        code = d.pop("code", UNSET)

        request_id = d.pop("requestId", UNSET)

        origin = d.pop("origin", UNSET)

        wbd_problem_403 = cls(
            status=status,
            title=title,
            code=code,
            request_id=request_id,
            origin=origin,
        )

        wbd_problem_403.additional_properties = d
        return wbd_problem_403

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

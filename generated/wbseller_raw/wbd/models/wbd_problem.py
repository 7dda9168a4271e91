from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WbdProblem")


@_attrs_define
class WbdProblem:
    """WBD's error body (WB's `ProblemDetails`), as its 401 and 404 answers carry it: `title` and
    `requestId` are always sent (WB's reference; not `required` here, as in every answer we
    parse). `statusText` and `timestamp` of the older docs' samples are gone
    (specs/changes/2026-12-06-wbd-current.yaml, wbd-error-bodies).

        Attributes:
            status (int | Unset): HTTP status code.
            title (str | Unset): Short error title (always sent).
            detail (str | Unset): Error details.
            code (str | Unset): Internal error code.
            request_id (str | Unset): Unique request ID (always sent).
            origin (str | Unset): ID of the WB internal service that answered.
    """

    status: int | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

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
        if detail is not UNSET:
            field_dict["detail"] = detail
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

        detail = d.pop("detail", UNSET)

        code = d.pop("code", UNSET)

        request_id = d.pop("requestId", UNSET)

        origin = d.pop("origin", UNSET)

        wbd_problem = cls(
            status=status,
            title=title,
            detail=detail,
            code=code,
            request_id=request_id,
            origin=origin,
        )

        wbd_problem.additional_properties = d
        return wbd_problem

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

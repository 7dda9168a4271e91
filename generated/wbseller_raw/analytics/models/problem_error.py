from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemError")


@_attrs_define
class ProblemError:
    """WB's problem-style error (application/json or application/problem+json).

    Attributes:
        title (str | Unset): Short error title.
        detail (str | Unset): Error details.
        code (str | Unset): Internal error code.
        request_id (str | Unset): Unique request ID.
        origin (str | Unset): ID of the WB internal service that answered.
        status (int | Unset): HTTP status code.
        status_text (str | Unset): HTTP status text.
        timestamp (str | Unset): Request time (RFC 3339).
    """

    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    status: int | Unset = UNSET
    status_text: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        detail = self.detail

        code = self.code

        request_id = self.request_id

        origin = self.origin

        status = self.status

        status_text = self.status_text

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if status is not UNSET:
            field_dict["status"] = status
        if status_text is not UNSET:
            field_dict["statusText"] = status_text
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        code = d.pop("code", UNSET)

        request_id = d.pop("requestId", UNSET)

        origin = d.pop("origin", UNSET)

        status = d.pop("status", UNSET)

        status_text = d.pop("statusText", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        problem_error = cls(
            title=title,
            detail=detail,
            code=code,
            request_id=request_id,
            origin=origin,
            status=status,
            status_text=status_text,
            timestamp=timestamp,
        )

        problem_error.additional_properties = d
        return problem_error

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

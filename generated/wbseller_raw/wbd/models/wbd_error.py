from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WbdError")


@_attrs_define
class WbdError:
    """The WBD error: WB's problem-style error (status, title, detail, code, requestId, origin) plus an
    `errors` list.

        Attributes:
            title (str | Unset): Short error title.
            detail (str | Unset): Error details.
            code (str | Unset): Internal error code.
            request_id (str | Unset): Unique request ID.
            origin (str | Unset): ID of the WB internal service that answered.
            status (int | Unset): HTTP status code.
            status_text (str | Unset): HTTP status text.
            timestamp (str | Unset): Request time (RFC 3339).
            errors (list[Any] | None | Unset): Further errors (collapsed in the docs' samples).
    """

    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    status: int | Unset = UNSET
    status_text: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    errors: list[Any] | None | Unset = UNSET
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

        errors: list[Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

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
        if errors is not UNSET:
            field_dict["errors"] = errors

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

        def _parse_errors(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[Any], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        wbd_error = cls(
            title=title,
            detail=detail,
            code=code,
            request_id=request_id,
            origin=origin,
            status=status,
            status_text=status_text,
            timestamp=timestamp,
            errors=errors,
        )

        wbd_error.additional_properties = d
        return wbd_error

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WbdProblem400")


@_attrs_define
class WbdProblem400:
    """WBD's 400 body; `errors` holds nested problems of the same shape.

    Attributes:
        status (int | Unset): HTTP status code.
        title (str | Unset): Short error title (always sent).
        detail (str | Unset): Error details.
        code (str | Unset): Internal error code.
        errors (list[WbdProblem400] | None | Unset): Nested problems (of the same shape).
        request_id (str | Unset): Unique request ID (always sent).
        origin (str | Unset): ID of the WB internal service that answered.
    """

    status: int | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    errors: list[WbdProblem400] | None | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

        code = self.code

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

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
        if errors is not UNSET:
            field_dict["errors"] = errors
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

        def _parse_errors(data: object) -> list[WbdProblem400] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = WbdProblem400.from_dict(
                        errors_type_0_item_data
                    )

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WbdProblem400] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        request_id = d.pop("requestId", UNSET)

        origin = d.pop("origin", UNSET)

        wbd_problem_400 = cls(
            status=status,
            title=title,
            detail=detail,
            code=code,
            errors=errors,
            request_id=request_id,
            origin=origin,
        )

        wbd_problem_400.additional_properties = d
        return wbd_problem_400

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_problem_error_item import PromotionProblemErrorItem


T = TypeVar("T", bound="PromotionProblemError")


@_attrs_define
class PromotionProblemError:
    """Problem-style error of the newer promotion methods (/adv/v0/bids, /adv/v0/auction/*): snake_case
    `request_id` and a list of per-field errors.

        Attributes:
            title (str | Unset): Short error title, e.g. "invalid payload".
            detail (str | Unset): Error details.
            status (int | Unset): HTTP status code.
            type_ (str | Unset): HTTP status text, e.g. "Bad Request".
            request_id (str | Unset): Unique request ID.
            origin (str | Unset): ID of the WB internal service that answered.
            errors (list[PromotionProblemErrorItem] | Unset): Per-field errors.
    """

    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    status: int | Unset = UNSET
    type_: str | Unset = UNSET
    request_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    errors: list[PromotionProblemErrorItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        detail = self.detail

        status = self.status

        type_ = self.type_

        request_id = self.request_id

        origin = self.origin

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        request_id = d.pop("request_id", UNSET)

        origin = d.pop("origin", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[PromotionProblemErrorItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = PromotionProblemErrorItem.from_dict(errors_item_data)

                errors.append(errors_item)

        promotion_problem_error = cls(
            title=title,
            detail=detail,
            status=status,
            type_=type_,
            request_id=request_id,
            origin=origin,
            errors=errors,
        )

        promotion_problem_error.additional_properties = d
        return promotion_problem_error

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
from ..models.promotion_problem_error_item import PromotionProblemErrorItem

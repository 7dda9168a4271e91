from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questions_unanswered_count_response_data import (
        QuestionsUnansweredCountResponseData,
    )


T = TypeVar("T", bound="QuestionsUnansweredCountResponse")


@_attrs_define
class QuestionsUnansweredCountResponse:
    """
    Attributes:
        data (QuestionsUnansweredCountResponseData | Unset):
        error (bool | Unset):  Example: False.
        error_text (str | Unset):
        additional_errors (list[str] | None | Unset):
    """

    data: QuestionsUnansweredCountResponseData | Unset = UNSET
    error: bool | Unset = UNSET
    error_text: str | Unset = UNSET
    additional_errors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        error = self.error

        error_text = self.error_text

        additional_errors: list[str] | None | Unset
        if isinstance(self.additional_errors, Unset):
            additional_errors = UNSET
        elif isinstance(self.additional_errors, list):
            additional_errors = self.additional_errors

        else:
            additional_errors = self.additional_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if additional_errors is not UNSET:
            field_dict["additionalErrors"] = additional_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: QuestionsUnansweredCountResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = QuestionsUnansweredCountResponseData.from_dict(_data)

        error = d.pop("error", UNSET)

        error_text = d.pop("errorText", UNSET)

        def _parse_additional_errors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_errors_type_0 = cast(list[str], data)

                return additional_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        additional_errors = _parse_additional_errors(d.pop("additionalErrors", UNSET))

        questions_unanswered_count_response = cls(
            data=data,
            error=error,
            error_text=error_text,
            additional_errors=additional_errors,
        )

        questions_unanswered_count_response.additional_properties = d
        return questions_unanswered_count_response

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
from ..models.questions_unanswered_count_response_data import QuestionsUnansweredCountResponseData

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariffs_return_response_response import TariffsReturnResponseResponse


T = TypeVar("T", bound="TariffsReturnResponse")


@_attrs_define
class TariffsReturnResponse:
    """
    Attributes:
        response (TariffsReturnResponseResponse | Unset):
    """

    response: TariffsReturnResponseResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _response = d.pop("response", UNSET)
        response: TariffsReturnResponseResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = TariffsReturnResponseResponse.from_dict(_response)

        tariffs_return_response = cls(
            response=response,
        )

        tariffs_return_response.additional_properties = d
        return tariffs_return_response

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
from ..models.tariffs_return_response_response import TariffsReturnResponseResponse

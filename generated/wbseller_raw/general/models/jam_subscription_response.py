from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JamSubscriptionResponse")


@_attrs_define
class JamSubscriptionResponse:
    """
    Attributes:
        state (str | Unset):  Example: active.
        activation_source (str | Unset):  Example: jam.
        level (str | Unset):  Example: premium.
        since (str | Unset):  Example: 2026-03-16T08:38:08.056406Z.
        till (str | Unset):  Example: 2026-04-25T14:44:28.393587Z.
    """

    state: str | Unset = UNSET
    activation_source: str | Unset = UNSET
    level: str | Unset = UNSET
    since: str | Unset = UNSET
    till: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        activation_source = self.activation_source

        level = self.level

        since = self.since

        till = self.till

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if activation_source is not UNSET:
            field_dict["activationSource"] = activation_source
        if level is not UNSET:
            field_dict["level"] = level
        if since is not UNSET:
            field_dict["since"] = since
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = d.pop("state", UNSET)

        activation_source = d.pop("activationSource", UNSET)

        level = d.pop("level", UNSET)

        since = d.pop("since", UNSET)

        till = d.pop("till", UNSET)

        jam_subscription_response = cls(
            state=state,
            activation_source=activation_source,
            level=level,
            since=since,
            till=till,
        )

        jam_subscription_response.additional_properties = d
        return jam_subscription_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNormQueries")


@_attrs_define
class ClusterNormQueries:
    """
    Attributes:
        active (list[str] | None | Unset):
        excluded (list[str] | None | Unset):
        archived (list[str] | None | Unset):
    """

    active: list[str] | None | Unset = UNSET
    excluded: list[str] | None | Unset = UNSET
    archived: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: list[str] | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, list):
            active = self.active

        else:
            active = self.active

        excluded: list[str] | None | Unset
        if isinstance(self.excluded, Unset):
            excluded = UNSET
        elif isinstance(self.excluded, list):
            excluded = self.excluded

        else:
            excluded = self.excluded

        archived: list[str] | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, list):
            archived = self.archived

        else:
            archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_active(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                active_type_0 = cast(list[str], data)

                return active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_excluded(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_type_0 = cast(list[str], data)

                return excluded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        excluded = _parse_excluded(d.pop("excluded", UNSET))

        def _parse_archived(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                archived_type_0 = cast(list[str], data)

                return archived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        cluster_norm_queries = cls(
            active=active,
            excluded=excluded,
            archived=archived,
        )

        cluster_norm_queries.additional_properties = d
        return cluster_norm_queries

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

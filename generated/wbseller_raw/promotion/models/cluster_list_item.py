from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_norm_queries import ClusterNormQueries


T = TypeVar("T", bound="ClusterListItem")


@_attrs_define
class ClusterListItem:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        norm_queries (ClusterNormQueries | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    norm_queries: ClusterNormQueries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        norm_queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.norm_queries, Unset):
            norm_queries = self.norm_queries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if norm_queries is not UNSET:
            field_dict["normQueries"] = norm_queries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        _norm_queries = d.pop("normQueries", UNSET)
        norm_queries: ClusterNormQueries | Unset
        if isinstance(_norm_queries, Unset):
            norm_queries = UNSET
        else:
            norm_queries = ClusterNormQueries.from_dict(_norm_queries)

        cluster_list_item = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            norm_queries=norm_queries,
        )

        cluster_list_item.additional_properties = d
        return cluster_list_item

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
from ..models.cluster_norm_queries import ClusterNormQueries

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommended_base import RecommendedBase
    from ..models.recommended_cluster_bids import RecommendedClusterBids


T = TypeVar("T", bound="RecommendedBidsResponse")


@_attrs_define
class RecommendedBidsResponse:
    """
    Attributes:
        advert_id (int | Unset):
        nm_id (int | Unset):
        base (RecommendedBase | Unset):
        norm_queries (list[RecommendedClusterBids] | None | Unset):
    """

    advert_id: int | Unset = UNSET
    nm_id: int | Unset = UNSET
    base: RecommendedBase | Unset = UNSET
    norm_queries: list[RecommendedClusterBids] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advert_id = self.advert_id

        nm_id = self.nm_id

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        norm_queries: list[dict[str, Any]] | None | Unset
        if isinstance(self.norm_queries, Unset):
            norm_queries = UNSET
        elif isinstance(self.norm_queries, list):
            norm_queries = []
            for norm_queries_type_0_item_data in self.norm_queries:
                norm_queries_type_0_item = norm_queries_type_0_item_data.to_dict()
                norm_queries.append(norm_queries_type_0_item)

        else:
            norm_queries = self.norm_queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advert_id is not UNSET:
            field_dict["advertId"] = advert_id
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if base is not UNSET:
            field_dict["base"] = base
        if norm_queries is not UNSET:
            field_dict["normQueries"] = norm_queries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        advert_id = d.pop("advertId", UNSET)

        nm_id = d.pop("nmId", UNSET)

        _base = d.pop("base", UNSET)
        base: RecommendedBase | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = RecommendedBase.from_dict(_base)

        def _parse_norm_queries(
            data: object,
        ) -> list[RecommendedClusterBids] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                norm_queries_type_0 = []
                _norm_queries_type_0 = data
                for norm_queries_type_0_item_data in _norm_queries_type_0:
                    norm_queries_type_0_item = RecommendedClusterBids.from_dict(
                        norm_queries_type_0_item_data
                    )

                    norm_queries_type_0.append(norm_queries_type_0_item)

                return norm_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecommendedClusterBids] | None | Unset, data)

        norm_queries = _parse_norm_queries(d.pop("normQueries", UNSET))

        recommended_bids_response = cls(
            advert_id=advert_id,
            nm_id=nm_id,
            base=base,
            norm_queries=norm_queries,
        )

        recommended_bids_response.additional_properties = d
        return recommended_bids_response

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
from ..models.recommended_base import RecommendedBase
from ..models.recommended_cluster_bids import RecommendedClusterBids

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_collect_orders_reject_response_results_item import (
        ClickCollectOrdersRejectResponseResultsItem,
    )


T = TypeVar("T", bound="ClickCollectOrdersRejectResponse")


@_attrs_define
class ClickCollectOrdersRejectResponse:
    """
    Attributes:
        request_id (Any | Unset):
        results (list[ClickCollectOrdersRejectResponseResultsItem] | Unset):
    """

    request_id: Any | Unset = UNSET
    results: list[ClickCollectOrdersRejectResponseResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        _results = d.pop("results", UNSET)
        results: list[ClickCollectOrdersRejectResponseResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ClickCollectOrdersRejectResponseResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

        click_collect_orders_reject_response = cls(
            request_id=request_id,
            results=results,
        )

        click_collect_orders_reject_response.additional_properties = d
        return click_collect_orders_reject_response

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
from ..models.click_collect_orders_reject_response_results_item import ClickCollectOrdersRejectResponseResultsItem

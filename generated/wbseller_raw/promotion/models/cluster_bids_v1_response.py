from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_bid_v1_failed import ClusterBidV1Failed
    from ..models.cluster_bid_v1_success import ClusterBidV1Success


T = TypeVar("T", bound="ClusterBidsV1Response")


@_attrs_define
class ClusterBidsV1Response:
    """
    Attributes:
        success (list[ClusterBidV1Success] | None | Unset):
        failed (list[ClusterBidV1Failed] | None | Unset):
    """

    success: list[ClusterBidV1Success] | None | Unset = UNSET
    failed: list[ClusterBidV1Failed] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: list[dict[str, Any]] | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        elif isinstance(self.success, list):
            success = []
            for success_type_0_item_data in self.success:
                success_type_0_item = success_type_0_item_data.to_dict()
                success.append(success_type_0_item)

        else:
            success = self.success

        failed: list[dict[str, Any]] | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        elif isinstance(self.failed, list):
            failed = []
            for failed_type_0_item_data in self.failed:
                failed_type_0_item = failed_type_0_item_data.to_dict()
                failed.append(failed_type_0_item)

        else:
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_success(data: object) -> list[ClusterBidV1Success] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                success_type_0 = []
                _success_type_0 = data
                for success_type_0_item_data in _success_type_0:
                    success_type_0_item = ClusterBidV1Success.from_dict(
                        success_type_0_item_data
                    )

                    success_type_0.append(success_type_0_item)

                return success_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterBidV1Success] | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_failed(data: object) -> list[ClusterBidV1Failed] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failed_type_0 = []
                _failed_type_0 = data
                for failed_type_0_item_data in _failed_type_0:
                    failed_type_0_item = ClusterBidV1Failed.from_dict(
                        failed_type_0_item_data
                    )

                    failed_type_0.append(failed_type_0_item)

                return failed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClusterBidV1Failed] | None | Unset, data)

        failed = _parse_failed(d.pop("failed", UNSET))

        cluster_bids_v1_response = cls(
            success=success,
            failed=failed,
        )

        cluster_bids_v1_response.additional_properties = d
        return cluster_bids_v1_response

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
from ..models.cluster_bid_v1_failed import ClusterBidV1Failed
from ..models.cluster_bid_v1_success import ClusterBidV1Success

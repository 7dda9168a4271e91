from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nm_report_download_create_request_variant_3_params_position_cluster import (
    NmReportDownloadCreateRequestVariant3ParamsPositionCluster,
    check_nm_report_download_create_request_variant_3_params_position_cluster,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nm_report_download_create_request_variant_3_params_current_period import (
        NmReportDownloadCreateRequestVariant3ParamsCurrentPeriod,
    )
    from ..models.nm_report_download_create_request_variant_3_params_order_by import (
        NmReportDownloadCreateRequestVariant3ParamsOrderBy,
    )
    from ..models.nm_report_download_create_request_variant_3_params_past_period import (
        NmReportDownloadCreateRequestVariant3ParamsPastPeriod,
    )


T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant3Params")


@_attrs_define
class NmReportDownloadCreateRequestVariant3Params:
    """
    Attributes:
        current_period (NmReportDownloadCreateRequestVariant3ParamsCurrentPeriod):
        subject_ids (list[int]):
        order_by (NmReportDownloadCreateRequestVariant3ParamsOrderBy):
        position_cluster (NmReportDownloadCreateRequestVariant3ParamsPositionCluster):  Example: all.
        past_period (NmReportDownloadCreateRequestVariant3ParamsPastPeriod | Unset):
        nm_ids (list[int] | Unset):
        brand_names (list[str] | Unset):
        tag_ids (list[int] | Unset):
        include_substituted_sk_us (bool | Unset):  Default: True. Example: True.
        include_search_texts (bool | Unset):  Default: True. Example: False.
    """

    current_period: NmReportDownloadCreateRequestVariant3ParamsCurrentPeriod
    subject_ids: list[int]
    order_by: NmReportDownloadCreateRequestVariant3ParamsOrderBy
    position_cluster: NmReportDownloadCreateRequestVariant3ParamsPositionCluster
    past_period: NmReportDownloadCreateRequestVariant3ParamsPastPeriod | Unset = UNSET
    nm_ids: list[int] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    tag_ids: list[int] | Unset = UNSET
    include_substituted_sk_us: bool | Unset = True
    include_search_texts: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        subject_ids = self.subject_ids

        order_by = self.order_by.to_dict()

        position_cluster: str = self.position_cluster

        past_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past_period, Unset):
            past_period = self.past_period.to_dict()

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        tag_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        include_substituted_sk_us = self.include_substituted_sk_us

        include_search_texts = self.include_search_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "subjectIds": subject_ids,
                "orderBy": order_by,
                "positionCluster": position_cluster,
            }
        )
        if past_period is not UNSET:
            field_dict["pastPeriod"] = past_period
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if include_substituted_sk_us is not UNSET:
            field_dict["includeSubstitutedSKUs"] = include_substituted_sk_us
        if include_search_texts is not UNSET:
            field_dict["includeSearchTexts"] = include_search_texts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = (
            NmReportDownloadCreateRequestVariant3ParamsCurrentPeriod.from_dict(
                d.pop("currentPeriod")
            )
        )

        subject_ids = cast(list[int], d.pop("subjectIds"))

        order_by = NmReportDownloadCreateRequestVariant3ParamsOrderBy.from_dict(
            d.pop("orderBy")
        )

        position_cluster = (
            check_nm_report_download_create_request_variant_3_params_position_cluster(
                d.pop("positionCluster")
            )
        )

        _past_period = d.pop("pastPeriod", UNSET)
        past_period: NmReportDownloadCreateRequestVariant3ParamsPastPeriod | Unset
        if isinstance(_past_period, Unset):
            past_period = UNSET
        else:
            past_period = (
                NmReportDownloadCreateRequestVariant3ParamsPastPeriod.from_dict(
                    _past_period
                )
            )

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        tag_ids = cast(list[int], d.pop("tagIds", UNSET))

        include_substituted_sk_us = d.pop("includeSubstitutedSKUs", UNSET)

        include_search_texts = d.pop("includeSearchTexts", UNSET)

        nm_report_download_create_request_variant_3_params = cls(
            current_period=current_period,
            subject_ids=subject_ids,
            order_by=order_by,
            position_cluster=position_cluster,
            past_period=past_period,
            nm_ids=nm_ids,
            brand_names=brand_names,
            tag_ids=tag_ids,
            include_substituted_sk_us=include_substituted_sk_us,
            include_search_texts=include_search_texts,
        )

        nm_report_download_create_request_variant_3_params.additional_properties = d
        return nm_report_download_create_request_variant_3_params

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
from ..models.nm_report_download_create_request_variant_3_params_current_period import NmReportDownloadCreateRequestVariant3ParamsCurrentPeriod
from ..models.nm_report_download_create_request_variant_3_params_order_by import NmReportDownloadCreateRequestVariant3ParamsOrderBy
from ..models.nm_report_download_create_request_variant_3_params_past_period import NmReportDownloadCreateRequestVariant3ParamsPastPeriod

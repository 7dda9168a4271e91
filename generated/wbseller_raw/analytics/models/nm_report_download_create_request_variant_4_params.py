from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nm_report_download_create_request_variant_4_params_position_cluster import (
    NmReportDownloadCreateRequestVariant4ParamsPositionCluster,
    check_nm_report_download_create_request_variant_4_params_position_cluster,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nm_report_download_create_request_variant_4_params_current_period import (
        NmReportDownloadCreateRequestVariant4ParamsCurrentPeriod,
    )
    from ..models.nm_report_download_create_request_variant_4_params_order_by import (
        NmReportDownloadCreateRequestVariant4ParamsOrderBy,
    )
    from ..models.nm_report_download_create_request_variant_4_params_past_period import (
        NmReportDownloadCreateRequestVariant4ParamsPastPeriod,
    )


T = TypeVar("T", bound="NmReportDownloadCreateRequestVariant4Params")


@_attrs_define
class NmReportDownloadCreateRequestVariant4Params:
    """
    Attributes:
        current_period (NmReportDownloadCreateRequestVariant4ParamsCurrentPeriod):
        position_cluster (NmReportDownloadCreateRequestVariant4ParamsPositionCluster):  Example: all.
        order_by (NmReportDownloadCreateRequestVariant4ParamsOrderBy):
        past_period (NmReportDownloadCreateRequestVariant4ParamsPastPeriod | Unset):
        subject_id (int | Unset):  Example: 132.
        brand_name (str | Unset):  Example: Abikas.
        tag_id (int | Unset):  Example: 3.
        nm_ids (list[int] | Unset):
        include_substituted_sk_us (bool | Unset):  Default: True. Example: True.
        include_search_texts (bool | Unset):  Default: True. Example: False.
    """

    current_period: NmReportDownloadCreateRequestVariant4ParamsCurrentPeriod
    position_cluster: NmReportDownloadCreateRequestVariant4ParamsPositionCluster
    order_by: NmReportDownloadCreateRequestVariant4ParamsOrderBy
    past_period: NmReportDownloadCreateRequestVariant4ParamsPastPeriod | Unset = UNSET
    subject_id: int | Unset = UNSET
    brand_name: str | Unset = UNSET
    tag_id: int | Unset = UNSET
    nm_ids: list[int] | Unset = UNSET
    include_substituted_sk_us: bool | Unset = True
    include_search_texts: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        position_cluster: str = self.position_cluster

        order_by = self.order_by.to_dict()

        past_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past_period, Unset):
            past_period = self.past_period.to_dict()

        subject_id = self.subject_id

        brand_name = self.brand_name

        tag_id = self.tag_id

        nm_ids: list[int] | Unset = UNSET
        if not isinstance(self.nm_ids, Unset):
            nm_ids = self.nm_ids

        include_substituted_sk_us = self.include_substituted_sk_us

        include_search_texts = self.include_search_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "positionCluster": position_cluster,
                "orderBy": order_by,
            }
        )
        if past_period is not UNSET:
            field_dict["pastPeriod"] = past_period
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if tag_id is not UNSET:
            field_dict["tagId"] = tag_id
        if nm_ids is not UNSET:
            field_dict["nmIds"] = nm_ids
        if include_substituted_sk_us is not UNSET:
            field_dict["includeSubstitutedSKUs"] = include_substituted_sk_us
        if include_search_texts is not UNSET:
            field_dict["includeSearchTexts"] = include_search_texts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = (
            NmReportDownloadCreateRequestVariant4ParamsCurrentPeriod.from_dict(
                d.pop("currentPeriod")
            )
        )

        position_cluster = (
            check_nm_report_download_create_request_variant_4_params_position_cluster(
                d.pop("positionCluster")
            )
        )

        order_by = NmReportDownloadCreateRequestVariant4ParamsOrderBy.from_dict(
            d.pop("orderBy")
        )

        _past_period = d.pop("pastPeriod", UNSET)
        past_period: NmReportDownloadCreateRequestVariant4ParamsPastPeriod | Unset
        if isinstance(_past_period, Unset):
            past_period = UNSET
        else:
            past_period = (
                NmReportDownloadCreateRequestVariant4ParamsPastPeriod.from_dict(
                    _past_period
                )
            )

        subject_id = d.pop("subjectId", UNSET)

        brand_name = d.pop("brandName", UNSET)

        tag_id = d.pop("tagId", UNSET)

        nm_ids = cast(list[int], d.pop("nmIds", UNSET))

        include_substituted_sk_us = d.pop("includeSubstitutedSKUs", UNSET)

        include_search_texts = d.pop("includeSearchTexts", UNSET)

        nm_report_download_create_request_variant_4_params = cls(
            current_period=current_period,
            position_cluster=position_cluster,
            order_by=order_by,
            past_period=past_period,
            subject_id=subject_id,
            brand_name=brand_name,
            tag_id=tag_id,
            nm_ids=nm_ids,
            include_substituted_sk_us=include_substituted_sk_us,
            include_search_texts=include_search_texts,
        )

        nm_report_download_create_request_variant_4_params.additional_properties = d
        return nm_report_download_create_request_variant_4_params

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
from ..models.nm_report_download_create_request_variant_4_params_current_period import NmReportDownloadCreateRequestVariant4ParamsCurrentPeriod
from ..models.nm_report_download_create_request_variant_4_params_order_by import NmReportDownloadCreateRequestVariant4ParamsOrderBy
from ..models.nm_report_download_create_request_variant_4_params_past_period import NmReportDownloadCreateRequestVariant4ParamsPastPeriod

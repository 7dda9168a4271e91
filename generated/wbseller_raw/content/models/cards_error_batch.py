from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_brands import BatchBrands
    from ..models.batch_errors import BatchErrors
    from ..models.batch_subjects import BatchSubjects


T = TypeVar("T", bound="CardsErrorBatch")


@_attrs_define
class CardsErrorBatch:
    """One batch of failed product cards: the product cards of one `variants` array of a create
    request, or of one create-with-merge or update request, with their errors.

        Attributes:
            batch_uuid (str | Unset): Batch ID (a UUID).
            updated_at (str | Unset): Time the batch was processed (RFC 3339).
            vendor_codes (list[str] | None | Unset): The seller's articles of the batch.
            errors (BatchErrors | None | Unset):
            subjects (BatchSubjects | None | Unset):
            brands (BatchBrands | None | Unset):
    """

    batch_uuid: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    vendor_codes: list[str] | None | Unset = UNSET
    errors: BatchErrors | None | Unset = UNSET
    subjects: BatchSubjects | None | Unset = UNSET
    brands: BatchBrands | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        batch_uuid = self.batch_uuid

        updated_at = self.updated_at

        vendor_codes: list[str] | None | Unset
        if isinstance(self.vendor_codes, Unset):
            vendor_codes = UNSET
        elif isinstance(self.vendor_codes, list):
            vendor_codes = self.vendor_codes

        else:
            vendor_codes = self.vendor_codes

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, BatchErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        subjects: dict[str, Any] | None | Unset
        if isinstance(self.subjects, Unset):
            subjects = UNSET
        elif isinstance(self.subjects, BatchSubjects):
            subjects = self.subjects.to_dict()
        else:
            subjects = self.subjects

        brands: dict[str, Any] | None | Unset
        if isinstance(self.brands, Unset):
            brands = UNSET
        elif isinstance(self.brands, BatchBrands):
            brands = self.brands.to_dict()
        else:
            brands = self.brands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_uuid is not UNSET:
            field_dict["batchUUID"] = batch_uuid
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if vendor_codes is not UNSET:
            field_dict["vendorCodes"] = vendor_codes
        if errors is not UNSET:
            field_dict["errors"] = errors
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if brands is not UNSET:
            field_dict["brands"] = brands

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        batch_uuid = d.pop("batchUUID", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        def _parse_vendor_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vendor_codes_type_0 = cast(list[str], data)

                return vendor_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        vendor_codes = _parse_vendor_codes(d.pop("vendorCodes", UNSET))

        def _parse_errors(data: object) -> BatchErrors | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_1 = BatchErrors.from_dict(data)

                return errors_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchErrors | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_subjects(data: object) -> BatchSubjects | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subjects_type_1 = BatchSubjects.from_dict(data)

                return subjects_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchSubjects | None | Unset, data)

        subjects = _parse_subjects(d.pop("subjects", UNSET))

        def _parse_brands(data: object) -> BatchBrands | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                brands_type_1 = BatchBrands.from_dict(data)

                return brands_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchBrands | None | Unset, data)

        brands = _parse_brands(d.pop("brands", UNSET))

        cards_error_batch = cls(
            batch_uuid=batch_uuid,
            updated_at=updated_at,
            vendor_codes=vendor_codes,
            errors=errors,
            subjects=subjects,
            brands=brands,
        )

        cards_error_batch.additional_properties = d
        return cards_error_batch

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
from ..models.batch_brands import BatchBrands
from ..models.batch_errors import BatchErrors
from ..models.batch_subjects import BatchSubjects

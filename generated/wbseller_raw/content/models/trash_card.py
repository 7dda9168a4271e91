from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_characteristic import CardCharacteristic
    from ..models.card_dimensions import CardDimensions
    from ..models.card_photo import CardPhoto
    from ..models.card_size import CardSize
    from ..models.card_wholesale import CardWholesale


T = TypeVar("T", bound="TrashCard")


@_attrs_define
class TrashCard:
    """A product card in the trash.

    Attributes:
        nm_id (int | Unset): WB article.
        vendor_code (str | Unset): Seller's article.
        subject_id (int | Unset): Subject ID.
        subject_name (str | Unset): Subject name.
        photos (list[CardPhoto] | None | Unset): Photos of the product card.
        video (str | Unset): Link to the video.
        sizes (list[CardSize] | None | Unset): Product sizes.
        dimensions (CardDimensions | None | Unset):
        characteristics (list[CardCharacteristic] | None | Unset): Product characteristics.
        kiz_marked (bool | None | Unset): Whether the product is marked with marking codes (KIZ) (cards-lists-2026-08).
        wholesale (CardWholesale | None | Unset): Wholesale sale settings of the card (cards-lists-2026-08).
        created_at (str | Unset): Creation time.
        trashed_at (str | Unset): Time the product card was moved to the trash.
    """

    nm_id: int | Unset = UNSET
    vendor_code: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    photos: list[CardPhoto] | None | Unset = UNSET
    video: str | Unset = UNSET
    sizes: list[CardSize] | None | Unset = UNSET
    dimensions: CardDimensions | None | Unset = UNSET
    characteristics: list[CardCharacteristic] | None | Unset = UNSET
    kiz_marked: bool | None | Unset = UNSET
    wholesale: CardWholesale | None | Unset = UNSET
    created_at: str | Unset = UNSET
    trashed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        nm_id = self.nm_id

        vendor_code = self.vendor_code

        subject_id = self.subject_id

        subject_name = self.subject_name

        photos: list[dict[str, Any]] | None | Unset
        if isinstance(self.photos, Unset):
            photos = UNSET
        elif isinstance(self.photos, list):
            photos = []
            for photos_type_0_item_data in self.photos:
                photos_type_0_item = photos_type_0_item_data.to_dict()
                photos.append(photos_type_0_item)

        else:
            photos = self.photos

        video = self.video

        sizes: list[dict[str, Any]] | None | Unset
        if isinstance(self.sizes, Unset):
            sizes = UNSET
        elif isinstance(self.sizes, list):
            sizes = []
            for sizes_type_0_item_data in self.sizes:
                sizes_type_0_item = sizes_type_0_item_data.to_dict()
                sizes.append(sizes_type_0_item)

        else:
            sizes = self.sizes

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, CardDimensions):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        characteristics: list[dict[str, Any]] | None | Unset
        if isinstance(self.characteristics, Unset):
            characteristics = UNSET
        elif isinstance(self.characteristics, list):
            characteristics = []
            for characteristics_type_0_item_data in self.characteristics:
                characteristics_type_0_item = characteristics_type_0_item_data.to_dict()
                characteristics.append(characteristics_type_0_item)

        else:
            characteristics = self.characteristics

        kiz_marked: bool | None | Unset
        if isinstance(self.kiz_marked, Unset):
            kiz_marked = UNSET
        else:
            kiz_marked = self.kiz_marked

        wholesale: dict[str, Any] | None | Unset
        if isinstance(self.wholesale, Unset):
            wholesale = UNSET
        elif isinstance(self.wholesale, CardWholesale):
            wholesale = self.wholesale.to_dict()
        else:
            wholesale = self.wholesale

        created_at = self.created_at

        trashed_at = self.trashed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if subject_id is not UNSET:
            field_dict["subjectID"] = subject_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if photos is not UNSET:
            field_dict["photos"] = photos
        if video is not UNSET:
            field_dict["video"] = video
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if characteristics is not UNSET:
            field_dict["characteristics"] = characteristics
        if kiz_marked is not UNSET:
            field_dict["kizMarked"] = kiz_marked
        if wholesale is not UNSET:
            field_dict["wholesale"] = wholesale
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if trashed_at is not UNSET:
            field_dict["trashedAt"] = trashed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        subject_id = d.pop("subjectID", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        def _parse_photos(data: object) -> list[CardPhoto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                photos_type_0 = []
                _photos_type_0 = data
                for photos_type_0_item_data in _photos_type_0:
                    photos_type_0_item = CardPhoto.from_dict(photos_type_0_item_data)

                    photos_type_0.append(photos_type_0_item)

                return photos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardPhoto] | None | Unset, data)

        photos = _parse_photos(d.pop("photos", UNSET))

        video = d.pop("video", UNSET)

        def _parse_sizes(data: object) -> list[CardSize] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sizes_type_0 = []
                _sizes_type_0 = data
                for sizes_type_0_item_data in _sizes_type_0:
                    sizes_type_0_item = CardSize.from_dict(sizes_type_0_item_data)

                    sizes_type_0.append(sizes_type_0_item)

                return sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardSize] | None | Unset, data)

        sizes = _parse_sizes(d.pop("sizes", UNSET))

        def _parse_dimensions(data: object) -> CardDimensions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dimensions_type_1 = CardDimensions.from_dict(data)

                return dimensions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardDimensions | None | Unset, data)

        dimensions = _parse_dimensions(d.pop("dimensions", UNSET))

        def _parse_characteristics(
            data: object,
        ) -> list[CardCharacteristic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                characteristics_type_0 = []
                _characteristics_type_0 = data
                for characteristics_type_0_item_data in _characteristics_type_0:
                    characteristics_type_0_item = CardCharacteristic.from_dict(
                        characteristics_type_0_item_data
                    )

                    characteristics_type_0.append(characteristics_type_0_item)

                return characteristics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardCharacteristic] | None | Unset, data)

        characteristics = _parse_characteristics(d.pop("characteristics", UNSET))

        def _parse_kiz_marked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        kiz_marked = _parse_kiz_marked(d.pop("kizMarked", UNSET))

        def _parse_wholesale(data: object) -> CardWholesale | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wholesale_type_1 = CardWholesale.from_dict(data)

                return wholesale_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardWholesale | None | Unset, data)

        wholesale = _parse_wholesale(d.pop("wholesale", UNSET))

        created_at = d.pop("createdAt", UNSET)

        trashed_at = d.pop("trashedAt", UNSET)

        trash_card = cls(
            nm_id=nm_id,
            vendor_code=vendor_code,
            subject_id=subject_id,
            subject_name=subject_name,
            photos=photos,
            video=video,
            sizes=sizes,
            dimensions=dimensions,
            characteristics=characteristics,
            kiz_marked=kiz_marked,
            wholesale=wholesale,
            created_at=created_at,
            trashed_at=trashed_at,
        )

        trash_card.additional_properties = d
        return trash_card

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
from ..models.card_characteristic import CardCharacteristic
from ..models.card_dimensions import CardDimensions
from ..models.card_photo import CardPhoto
from ..models.card_size import CardSize
from ..models.card_wholesale import CardWholesale

"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_or_update_offer_cover_x_content_type import AddOrUpdateOfferCoverXContentType
    from .age_rating import AgeRating
    from .catalog import Catalog
    from .catalog_node import CatalogNode
    from .chunk_part import ChunkPart
    from .chunk_upload_response import ChunkUploadResponse
    from .content_delete_request import ContentDeleteRequest
    from .content_edit_request import ContentEditRequest
    from .content_file import ContentFile
    from .content_info import ContentInfo
    from .content_init_request import ContentInitRequest
    from .content_init_request_catalog_id import ContentInitRequestCatalogId
    from .content_init_request_content_type import ContentInitRequestContentType
    from .content_init_response import ContentInitResponse
    from .content_list import ContentList
    from .content_meta import ContentMeta
    from .content_meta_rating import ContentMetaRating
    from .gallery_upload_request import GalleryUploadRequest
    from .gallery_upload_response import GalleryUploadResponse
    from .get_a_list_of_your_content_category import GetAListOfYourContentCategory
    from .get_a_list_of_your_content_sort import GetAListOfYourContentSort
    from .get_a_list_of_your_content_sort_dir import GetAListOfYourContentSortDir
    from .get_a_list_of_your_content_status import GetAListOfYourContentStatus
    from .get_a_list_of_your_offers_category import GetAListOfYourOffersCategory
    from .get_a_list_of_your_offers_sort import GetAListOfYourOffersSort
    from .get_a_list_of_your_offers_sort_dir import GetAListOfYourOffersSortDir
    from .get_a_list_of_your_offers_status import GetAListOfYourOffersStatus
    from .illustration_response import IllustrationResponse
    from .key_delete_status import KeyDeleteStatus
    from .keys_add_request import KeysAddRequest
    from .keys_delete_response import KeysDeleteResponse
    from .offer import Offer
    from .offer_content_item import OfferContentItem
    from .offer_create_content import OfferCreateContent
    from .offer_create_request import OfferCreateRequest
    from .offer_create_request_status import OfferCreateRequestStatus
    from .offer_edit_request import OfferEditRequest
    from .offer_edit_status import OfferEditStatus
    from .offer_key import OfferKey
    from .offer_key_list import OfferKeyList
    from .offer_keys_count import OfferKeysCount
    from .offer_list import OfferList
    from .offer_meta_request import OfferMetaRequest
    from .offer_price_request import OfferPriceRequest
    from .offer_section import OfferSection
    from .offer_status_request import OfferStatusRequest
    from .offer_tag import OfferTag
    from .redeemed_key import RedeemedKey
    from .redeemed_key_list import RedeemedKeyList
    from .upload_content_cover_x_content_type import UploadContentCoverXContentType
    from .upload_content_file_x_content_type import UploadContentFileXContentType
    from .wbd_problem import WbdProblem
    from .wbd_problem_400 import WbdProblem400
    from .wbd_problem_403 import WbdProblem403
    from .wbd_problem_500 import WbdProblem500

_MODULES = {
    "AddOrUpdateOfferCoverXContentType": "add_or_update_offer_cover_x_content_type",
    "AgeRating": "age_rating",
    "Catalog": "catalog",
    "CatalogNode": "catalog_node",
    "ChunkPart": "chunk_part",
    "ChunkUploadResponse": "chunk_upload_response",
    "ContentDeleteRequest": "content_delete_request",
    "ContentEditRequest": "content_edit_request",
    "ContentFile": "content_file",
    "ContentInfo": "content_info",
    "ContentInitRequest": "content_init_request",
    "ContentInitRequestCatalogId": "content_init_request_catalog_id",
    "ContentInitRequestContentType": "content_init_request_content_type",
    "ContentInitResponse": "content_init_response",
    "ContentList": "content_list",
    "ContentMeta": "content_meta",
    "ContentMetaRating": "content_meta_rating",
    "GalleryUploadRequest": "gallery_upload_request",
    "GalleryUploadResponse": "gallery_upload_response",
    "GetAListOfYourContentCategory": "get_a_list_of_your_content_category",
    "GetAListOfYourContentSort": "get_a_list_of_your_content_sort",
    "GetAListOfYourContentSortDir": "get_a_list_of_your_content_sort_dir",
    "GetAListOfYourContentStatus": "get_a_list_of_your_content_status",
    "GetAListOfYourOffersCategory": "get_a_list_of_your_offers_category",
    "GetAListOfYourOffersSort": "get_a_list_of_your_offers_sort",
    "GetAListOfYourOffersSortDir": "get_a_list_of_your_offers_sort_dir",
    "GetAListOfYourOffersStatus": "get_a_list_of_your_offers_status",
    "IllustrationResponse": "illustration_response",
    "KeyDeleteStatus": "key_delete_status",
    "KeysAddRequest": "keys_add_request",
    "KeysDeleteResponse": "keys_delete_response",
    "Offer": "offer",
    "OfferContentItem": "offer_content_item",
    "OfferCreateContent": "offer_create_content",
    "OfferCreateRequest": "offer_create_request",
    "OfferCreateRequestStatus": "offer_create_request_status",
    "OfferEditRequest": "offer_edit_request",
    "OfferEditStatus": "offer_edit_status",
    "OfferKey": "offer_key",
    "OfferKeyList": "offer_key_list",
    "OfferKeysCount": "offer_keys_count",
    "OfferList": "offer_list",
    "OfferMetaRequest": "offer_meta_request",
    "OfferPriceRequest": "offer_price_request",
    "OfferSection": "offer_section",
    "OfferStatusRequest": "offer_status_request",
    "OfferTag": "offer_tag",
    "RedeemedKey": "redeemed_key",
    "RedeemedKeyList": "redeemed_key_list",
    "UploadContentCoverXContentType": "upload_content_cover_x_content_type",
    "UploadContentFileXContentType": "upload_content_file_x_content_type",
    "WbdProblem": "wbd_problem",
    "WbdProblem400": "wbd_problem_400",
    "WbdProblem403": "wbd_problem_403",
    "WbdProblem500": "wbd_problem_500",
}

__all__ = (
    "AddOrUpdateOfferCoverXContentType",
    "AgeRating",
    "Catalog",
    "CatalogNode",
    "ChunkPart",
    "ChunkUploadResponse",
    "ContentDeleteRequest",
    "ContentEditRequest",
    "ContentFile",
    "ContentInfo",
    "ContentInitRequest",
    "ContentInitRequestCatalogId",
    "ContentInitRequestContentType",
    "ContentInitResponse",
    "ContentList",
    "ContentMeta",
    "ContentMetaRating",
    "GalleryUploadRequest",
    "GalleryUploadResponse",
    "GetAListOfYourContentCategory",
    "GetAListOfYourContentSort",
    "GetAListOfYourContentSortDir",
    "GetAListOfYourContentStatus",
    "GetAListOfYourOffersCategory",
    "GetAListOfYourOffersSort",
    "GetAListOfYourOffersSortDir",
    "GetAListOfYourOffersStatus",
    "IllustrationResponse",
    "KeyDeleteStatus",
    "KeysAddRequest",
    "KeysDeleteResponse",
    "Offer",
    "OfferContentItem",
    "OfferCreateContent",
    "OfferCreateRequest",
    "OfferCreateRequestStatus",
    "OfferEditRequest",
    "OfferEditStatus",
    "OfferKey",
    "OfferKeyList",
    "OfferKeysCount",
    "OfferList",
    "OfferMetaRequest",
    "OfferPriceRequest",
    "OfferSection",
    "OfferStatusRequest",
    "OfferTag",
    "RedeemedKey",
    "RedeemedKeyList",
    "UploadContentCoverXContentType",
    "UploadContentFileXContentType",
    "WbdProblem",
    "WbdProblem400",
    "WbdProblem403",
    "WbdProblem500",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])

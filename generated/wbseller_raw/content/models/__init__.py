"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_errors import AdditionalErrors
    from .barcodes_request import BarcodesRequest
    from .barcodes_response import BarcodesResponse
    from .batch_brands import BatchBrands
    from .batch_errors import BatchErrors
    from .batch_subjects import BatchSubjects
    from .brands_list_response import BrandsListResponse
    from .brands_list_response_brands_item import BrandsListResponseBrandsItem
    from .card import Card
    from .card_characteristic import CardCharacteristic
    from .card_characteristic_request import CardCharacteristicRequest
    from .card_dimensions import CardDimensions
    from .card_dimensions_request import CardDimensionsRequest
    from .card_photo import CardPhoto
    from .card_size import CardSize
    from .card_size_request import CardSizeRequest
    from .card_size_update import CardSizeUpdate
    from .card_update import CardUpdate
    from .card_upload import CardUpload
    from .card_variant import CardVariant
    from .card_wholesale import CardWholesale
    from .card_wholesale_request import CardWholesaleRequest
    from .cards_error_batch import CardsErrorBatch
    from .cards_error_batches import CardsErrorBatches
    from .cards_error_batches_response import CardsErrorBatchesResponse
    from .cards_error_list_cursor import CardsErrorListCursor
    from .cards_error_list_cursor_request import CardsErrorListCursorRequest
    from .cards_error_list_order import CardsErrorListOrder
    from .cards_error_list_request import CardsErrorListRequest
    from .cards_error_list_response import CardsErrorListResponse
    from .cards_limits import CardsLimits
    from .cards_limits_response import CardsLimitsResponse
    from .cards_list_cursor import CardsListCursor
    from .cards_list_cursor_request import CardsListCursorRequest
    from .cards_list_filter import CardsListFilter
    from .cards_list_filter_with_photo import CardsListFilterWithPhoto
    from .cards_list_request import CardsListRequest
    from .cards_list_response import CardsListResponse
    from .cards_list_settings import CardsListSettings
    from .cards_sort import CardsSort
    from .cards_upload_add_request import CardsUploadAddRequest
    from .color import Color
    from .colors_response import ColorsResponse
    from .content_error import ContentError
    from .content_error_additional_errors_type_0 import ContentErrorAdditionalErrorsType0
    from .content_error_data_type_0 import ContentErrorDataType0
    from .content_response import ContentResponse
    from .content_response_data_type_0 import ContentResponseDataType0
    from .countries_response import CountriesResponse
    from .country import Country
    from .failed_card import FailedCard
    from .kinds_response import KindsResponse
    from .locale import Locale
    from .media_file_upload import MediaFileUpload
    from .media_save_request import MediaSaveRequest
    from .move_nm_merge_request import MoveNmMergeRequest
    from .move_nm_separate_request import MoveNmSeparateRequest
    from .nm_id_list_request import NmIdListRequest
    from .parent_categories_response import ParentCategoriesResponse
    from .parent_category import ParentCategory
    from .ping_response import PingResponse
    from .problem_error import ProblemError
    from .recommendations_list_request import RecommendationsListRequest
    from .recommendations_list_response import RecommendationsListResponse
    from .recommendations_list_response_data_item import RecommendationsListResponseDataItem
    from .recommendations_set_208_response import RecommendationsSet208Response
    from .recommendations_set_request import RecommendationsSetRequest
    from .recommendations_set_request_rec_list_item import RecommendationsSetRequestRecListItem
    from .recommendations_set_request_rec_list_item_recommendations_item import RecommendationsSetRequestRecListItemRecommendationsItem
    from .recommendations_set_response import RecommendationsSetResponse
    from .recommendations_set_response_errors_item import RecommendationsSetResponseErrorsItem
    from .seasons_response import SeasonsResponse
    from .subject import Subject
    from .subject_characteristic import SubjectCharacteristic
    from .subject_characteristics_response import SubjectCharacteristicsResponse
    from .subjects_response import SubjectsResponse
    from .tag import Tag
    from .tag_link_request import TagLinkRequest
    from .tag_request import TagRequest
    from .tag_request_color import TagRequestColor
    from .tags_response import TagsResponse
    from .tnved import Tnved
    from .tnved_response import TnvedResponse
    from .trash_card import TrashCard
    from .trash_list_cursor import TrashListCursor
    from .trash_list_cursor_request import TrashListCursorRequest
    from .trash_list_filter import TrashListFilter
    from .trash_list_request import TrashListRequest
    from .trash_list_response import TrashListResponse
    from .trash_list_settings import TrashListSettings
    from .vat_response import VatResponse

_MODULES = {
    "AdditionalErrors": "additional_errors",
    "BarcodesRequest": "barcodes_request",
    "BarcodesResponse": "barcodes_response",
    "BatchBrands": "batch_brands",
    "BatchErrors": "batch_errors",
    "BatchSubjects": "batch_subjects",
    "BrandsListResponse": "brands_list_response",
    "BrandsListResponseBrandsItem": "brands_list_response_brands_item",
    "Card": "card",
    "CardCharacteristic": "card_characteristic",
    "CardCharacteristicRequest": "card_characteristic_request",
    "CardDimensions": "card_dimensions",
    "CardDimensionsRequest": "card_dimensions_request",
    "CardPhoto": "card_photo",
    "CardSize": "card_size",
    "CardSizeRequest": "card_size_request",
    "CardSizeUpdate": "card_size_update",
    "CardUpdate": "card_update",
    "CardUpload": "card_upload",
    "CardVariant": "card_variant",
    "CardWholesale": "card_wholesale",
    "CardWholesaleRequest": "card_wholesale_request",
    "CardsErrorBatch": "cards_error_batch",
    "CardsErrorBatches": "cards_error_batches",
    "CardsErrorBatchesResponse": "cards_error_batches_response",
    "CardsErrorListCursor": "cards_error_list_cursor",
    "CardsErrorListCursorRequest": "cards_error_list_cursor_request",
    "CardsErrorListOrder": "cards_error_list_order",
    "CardsErrorListRequest": "cards_error_list_request",
    "CardsErrorListResponse": "cards_error_list_response",
    "CardsLimits": "cards_limits",
    "CardsLimitsResponse": "cards_limits_response",
    "CardsListCursor": "cards_list_cursor",
    "CardsListCursorRequest": "cards_list_cursor_request",
    "CardsListFilter": "cards_list_filter",
    "CardsListFilterWithPhoto": "cards_list_filter_with_photo",
    "CardsListRequest": "cards_list_request",
    "CardsListResponse": "cards_list_response",
    "CardsListSettings": "cards_list_settings",
    "CardsSort": "cards_sort",
    "CardsUploadAddRequest": "cards_upload_add_request",
    "Color": "color",
    "ColorsResponse": "colors_response",
    "ContentError": "content_error",
    "ContentErrorAdditionalErrorsType0": "content_error_additional_errors_type_0",
    "ContentErrorDataType0": "content_error_data_type_0",
    "ContentResponse": "content_response",
    "ContentResponseDataType0": "content_response_data_type_0",
    "CountriesResponse": "countries_response",
    "Country": "country",
    "FailedCard": "failed_card",
    "KindsResponse": "kinds_response",
    "Locale": "locale",
    "MediaFileUpload": "media_file_upload",
    "MediaSaveRequest": "media_save_request",
    "MoveNmMergeRequest": "move_nm_merge_request",
    "MoveNmSeparateRequest": "move_nm_separate_request",
    "NmIdListRequest": "nm_id_list_request",
    "ParentCategoriesResponse": "parent_categories_response",
    "ParentCategory": "parent_category",
    "PingResponse": "ping_response",
    "ProblemError": "problem_error",
    "RecommendationsListRequest": "recommendations_list_request",
    "RecommendationsListResponse": "recommendations_list_response",
    "RecommendationsListResponseDataItem": "recommendations_list_response_data_item",
    "RecommendationsSet208Response": "recommendations_set_208_response",
    "RecommendationsSetRequest": "recommendations_set_request",
    "RecommendationsSetRequestRecListItem": "recommendations_set_request_rec_list_item",
    "RecommendationsSetRequestRecListItemRecommendationsItem": "recommendations_set_request_rec_list_item_recommendations_item",
    "RecommendationsSetResponse": "recommendations_set_response",
    "RecommendationsSetResponseErrorsItem": "recommendations_set_response_errors_item",
    "SeasonsResponse": "seasons_response",
    "Subject": "subject",
    "SubjectCharacteristic": "subject_characteristic",
    "SubjectCharacteristicsResponse": "subject_characteristics_response",
    "SubjectsResponse": "subjects_response",
    "Tag": "tag",
    "TagLinkRequest": "tag_link_request",
    "TagRequest": "tag_request",
    "TagRequestColor": "tag_request_color",
    "TagsResponse": "tags_response",
    "Tnved": "tnved",
    "TnvedResponse": "tnved_response",
    "TrashCard": "trash_card",
    "TrashListCursor": "trash_list_cursor",
    "TrashListCursorRequest": "trash_list_cursor_request",
    "TrashListFilter": "trash_list_filter",
    "TrashListRequest": "trash_list_request",
    "TrashListResponse": "trash_list_response",
    "TrashListSettings": "trash_list_settings",
    "VatResponse": "vat_response",
}

__all__ = (
    "AdditionalErrors",
    "BarcodesRequest",
    "BarcodesResponse",
    "BatchBrands",
    "BatchErrors",
    "BatchSubjects",
    "BrandsListResponse",
    "BrandsListResponseBrandsItem",
    "Card",
    "CardCharacteristic",
    "CardCharacteristicRequest",
    "CardDimensions",
    "CardDimensionsRequest",
    "CardPhoto",
    "CardSize",
    "CardSizeRequest",
    "CardSizeUpdate",
    "CardUpdate",
    "CardUpload",
    "CardVariant",
    "CardWholesale",
    "CardWholesaleRequest",
    "CardsErrorBatch",
    "CardsErrorBatches",
    "CardsErrorBatchesResponse",
    "CardsErrorListCursor",
    "CardsErrorListCursorRequest",
    "CardsErrorListOrder",
    "CardsErrorListRequest",
    "CardsErrorListResponse",
    "CardsLimits",
    "CardsLimitsResponse",
    "CardsListCursor",
    "CardsListCursorRequest",
    "CardsListFilter",
    "CardsListFilterWithPhoto",
    "CardsListRequest",
    "CardsListResponse",
    "CardsListSettings",
    "CardsSort",
    "CardsUploadAddRequest",
    "Color",
    "ColorsResponse",
    "ContentError",
    "ContentErrorAdditionalErrorsType0",
    "ContentErrorDataType0",
    "ContentResponse",
    "ContentResponseDataType0",
    "CountriesResponse",
    "Country",
    "FailedCard",
    "KindsResponse",
    "Locale",
    "MediaFileUpload",
    "MediaSaveRequest",
    "MoveNmMergeRequest",
    "MoveNmSeparateRequest",
    "NmIdListRequest",
    "ParentCategoriesResponse",
    "ParentCategory",
    "PingResponse",
    "ProblemError",
    "RecommendationsListRequest",
    "RecommendationsListResponse",
    "RecommendationsListResponseDataItem",
    "RecommendationsSet208Response",
    "RecommendationsSetRequest",
    "RecommendationsSetRequestRecListItem",
    "RecommendationsSetRequestRecListItemRecommendationsItem",
    "RecommendationsSetResponse",
    "RecommendationsSetResponseErrorsItem",
    "SeasonsResponse",
    "Subject",
    "SubjectCharacteristic",
    "SubjectCharacteristicsResponse",
    "SubjectsResponse",
    "Tag",
    "TagLinkRequest",
    "TagRequest",
    "TagRequestColor",
    "TagsResponse",
    "Tnved",
    "TnvedResponse",
    "TrashCard",
    "TrashListCursor",
    "TrashListCursorRequest",
    "TrashListFilter",
    "TrashListRequest",
    "TrashListResponse",
    "TrashListSettings",
    "VatResponse",
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

"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .calendar_error import CalendarError
    from .problem_error import ProblemError
    from .promotion_details import PromotionDetails
    from .promotion_list_item import PromotionListItem
    from .promotion_nomenclature import PromotionNomenclature
    from .promotion_nomenclatures_data import PromotionNomenclaturesData
    from .promotion_nomenclatures_response import PromotionNomenclaturesResponse
    from .promotion_ranging import PromotionRanging
    from .promotion_upload_data import PromotionUploadData
    from .promotion_upload_request import PromotionUploadRequest
    from .promotion_upload_response import PromotionUploadResponse
    from .promotion_upload_result import PromotionUploadResult
    from .promotions_details_data import PromotionsDetailsData
    from .promotions_details_response import PromotionsDetailsResponse
    from .promotions_list_data import PromotionsListData
    from .promotions_list_response import PromotionsListResponse

_MODULES = {
    "CalendarError": "calendar_error",
    "ProblemError": "problem_error",
    "PromotionDetails": "promotion_details",
    "PromotionListItem": "promotion_list_item",
    "PromotionNomenclature": "promotion_nomenclature",
    "PromotionNomenclaturesData": "promotion_nomenclatures_data",
    "PromotionNomenclaturesResponse": "promotion_nomenclatures_response",
    "PromotionRanging": "promotion_ranging",
    "PromotionUploadData": "promotion_upload_data",
    "PromotionUploadRequest": "promotion_upload_request",
    "PromotionUploadResponse": "promotion_upload_response",
    "PromotionUploadResult": "promotion_upload_result",
    "PromotionsDetailsData": "promotions_details_data",
    "PromotionsDetailsResponse": "promotions_details_response",
    "PromotionsListData": "promotions_list_data",
    "PromotionsListResponse": "promotions_list_response",
}

__all__ = (
    "CalendarError",
    "ProblemError",
    "PromotionDetails",
    "PromotionListItem",
    "PromotionNomenclature",
    "PromotionNomenclaturesData",
    "PromotionNomenclaturesResponse",
    "PromotionRanging",
    "PromotionUploadData",
    "PromotionUploadRequest",
    "PromotionUploadResponse",
    "PromotionUploadResult",
    "PromotionsDetailsData",
    "PromotionsDetailsResponse",
    "PromotionsListData",
    "PromotionsListResponse",
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

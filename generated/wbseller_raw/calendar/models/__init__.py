"""Contains all the data models used in inputs/outputs"""

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

__all__ = (
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

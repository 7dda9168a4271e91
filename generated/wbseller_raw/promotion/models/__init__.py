"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .advert_placements import AdvertPlacements
    from .auction_advert import AuctionAdvert
    from .auction_advert_bids import AuctionAdvertBids
    from .auction_advert_bids_request import AuctionAdvertBidsRequest
    from .auction_advert_nms_change import AuctionAdvertNmsChange
    from .auction_advert_nms_result import AuctionAdvertNmsResult
    from .auction_adverts_response import AuctionAdvertsResponse
    from .auction_bids_request import AuctionBidsRequest
    from .auction_bids_response import AuctionBidsResponse
    from .auction_nm_bid import AuctionNmBid
    from .auction_nm_bid_request import AuctionNmBidRequest
    from .auction_nm_bid_request_placement import AuctionNmBidRequestPlacement
    from .auction_nm_placement_bids import AuctionNmPlacementBids
    from .auction_nm_setting import AuctionNmSetting
    from .auction_nms_change import AuctionNmsChange
    from .auction_nms_request import AuctionNmsRequest
    from .auction_nms_response import AuctionNmsResponse
    from .auction_nms_result import AuctionNmsResult
    from .auction_placements import AuctionPlacements
    from .auction_settings import AuctionSettings
    from .auction_subject import AuctionSubject
    from .auction_timestamps import AuctionTimestamps
    from .auto_params import AutoParams
    from .auto_params_active import AutoParamsActive
    from .auto_params_nm_cpm import AutoParamsNmCpm
    from .auto_params_set import AutoParamsSet
    from .auto_params_subject import AutoParamsSubject
    from .auto_set_excluded_request import AutoSetExcludedRequest
    from .balance_cashback import BalanceCashback
    from .balance_response import BalanceResponse
    from .bids_request import BidsRequest
    from .budget_response import BudgetResponse
    from .campaign import Campaign
    from .campaigns_information_direction import CampaignsInformationDirection
    from .campaigns_information_order import CampaignsInformationOrder
    from .campaigns_information_status import CampaignsInformationStatus
    from .campaigns_information_type import CampaignsInformationType
    from .campaigns_lists_group import CampaignsListsGroup
    from .campaigns_lists_item import CampaignsListsItem
    from .campaigns_lists_response import CampaignsListsResponse
    from .config_category import ConfigCategory
    from .config_response import ConfigResponse
    from .config_value import ConfigValue
    from .costs_history_item import CostsHistoryItem
    from .custom_bid_campaigns_information_payment_type import CustomBidCampaignsInformationPaymentType
    from .deposit_request import DepositRequest
    from .deposit_response import DepositResponse
    from .payment_item import PaymentItem
    from .ping_response import PingResponse
    from .placements_request import PlacementsRequest
    from .problem_error import ProblemError
    from .promotion_error import PromotionError
    from .promotion_problem_error import PromotionProblemError
    from .promotion_problem_error_item import PromotionProblemErrorItem
    from .rename_request import RenameRequest
    from .save_ad_request import SaveAdRequest
    from .seacat_save_ad_request import SeacatSaveAdRequest
    from .seacat_save_ad_request_bid_type import SeacatSaveAdRequestBidType
    from .seacat_save_ad_request_payment_type import SeacatSaveAdRequestPaymentType
    from .seacat_save_ad_request_placement_types_item import SeacatSaveAdRequestPlacementTypesItem
    from .set_excluded_request import SetExcludedRequest
    from .set_phrase_request import SetPhraseRequest
    from .set_plus_request import SetPlusRequest
    from .set_strong_request import SetStrongRequest
    from .supplier_nm import SupplierNm
    from .supplier_subject import SupplierSubject
    from .update_nm_request import UpdateNmRequest
    from .v0_advert_cpm_request import V0AdvertCpmRequest
    from .v0_advert_cpm_request_type import V0AdvertCpmRequestType
    from .v0_advert_multibid import V0AdvertMultibid
    from .v0_nm_bid import V0NmBid

_MODULES = {
    "AdvertPlacements": "advert_placements",
    "AuctionAdvert": "auction_advert",
    "AuctionAdvertBids": "auction_advert_bids",
    "AuctionAdvertBidsRequest": "auction_advert_bids_request",
    "AuctionAdvertNmsChange": "auction_advert_nms_change",
    "AuctionAdvertNmsResult": "auction_advert_nms_result",
    "AuctionAdvertsResponse": "auction_adverts_response",
    "AuctionBidsRequest": "auction_bids_request",
    "AuctionBidsResponse": "auction_bids_response",
    "AuctionNmBid": "auction_nm_bid",
    "AuctionNmBidRequest": "auction_nm_bid_request",
    "AuctionNmBidRequestPlacement": "auction_nm_bid_request_placement",
    "AuctionNmPlacementBids": "auction_nm_placement_bids",
    "AuctionNmSetting": "auction_nm_setting",
    "AuctionNmsChange": "auction_nms_change",
    "AuctionNmsRequest": "auction_nms_request",
    "AuctionNmsResponse": "auction_nms_response",
    "AuctionNmsResult": "auction_nms_result",
    "AuctionPlacements": "auction_placements",
    "AuctionSettings": "auction_settings",
    "AuctionSubject": "auction_subject",
    "AuctionTimestamps": "auction_timestamps",
    "AutoParams": "auto_params",
    "AutoParamsActive": "auto_params_active",
    "AutoParamsNmCpm": "auto_params_nm_cpm",
    "AutoParamsSet": "auto_params_set",
    "AutoParamsSubject": "auto_params_subject",
    "AutoSetExcludedRequest": "auto_set_excluded_request",
    "BalanceCashback": "balance_cashback",
    "BalanceResponse": "balance_response",
    "BidsRequest": "bids_request",
    "BudgetResponse": "budget_response",
    "Campaign": "campaign",
    "CampaignsInformationDirection": "campaigns_information_direction",
    "CampaignsInformationOrder": "campaigns_information_order",
    "CampaignsInformationStatus": "campaigns_information_status",
    "CampaignsInformationType": "campaigns_information_type",
    "CampaignsListsGroup": "campaigns_lists_group",
    "CampaignsListsItem": "campaigns_lists_item",
    "CampaignsListsResponse": "campaigns_lists_response",
    "ConfigCategory": "config_category",
    "ConfigResponse": "config_response",
    "ConfigValue": "config_value",
    "CostsHistoryItem": "costs_history_item",
    "CustomBidCampaignsInformationPaymentType": "custom_bid_campaigns_information_payment_type",
    "DepositRequest": "deposit_request",
    "DepositResponse": "deposit_response",
    "PaymentItem": "payment_item",
    "PingResponse": "ping_response",
    "PlacementsRequest": "placements_request",
    "ProblemError": "problem_error",
    "PromotionError": "promotion_error",
    "PromotionProblemError": "promotion_problem_error",
    "PromotionProblemErrorItem": "promotion_problem_error_item",
    "RenameRequest": "rename_request",
    "SaveAdRequest": "save_ad_request",
    "SeacatSaveAdRequest": "seacat_save_ad_request",
    "SeacatSaveAdRequestBidType": "seacat_save_ad_request_bid_type",
    "SeacatSaveAdRequestPaymentType": "seacat_save_ad_request_payment_type",
    "SeacatSaveAdRequestPlacementTypesItem": "seacat_save_ad_request_placement_types_item",
    "SetExcludedRequest": "set_excluded_request",
    "SetPhraseRequest": "set_phrase_request",
    "SetPlusRequest": "set_plus_request",
    "SetStrongRequest": "set_strong_request",
    "SupplierNm": "supplier_nm",
    "SupplierSubject": "supplier_subject",
    "UpdateNmRequest": "update_nm_request",
    "V0AdvertCpmRequest": "v0_advert_cpm_request",
    "V0AdvertCpmRequestType": "v0_advert_cpm_request_type",
    "V0AdvertMultibid": "v0_advert_multibid",
    "V0NmBid": "v0_nm_bid",
}

__all__ = (
    "AdvertPlacements",
    "AuctionAdvert",
    "AuctionAdvertBids",
    "AuctionAdvertBidsRequest",
    "AuctionAdvertNmsChange",
    "AuctionAdvertNmsResult",
    "AuctionAdvertsResponse",
    "AuctionBidsRequest",
    "AuctionBidsResponse",
    "AuctionNmBid",
    "AuctionNmBidRequest",
    "AuctionNmBidRequestPlacement",
    "AuctionNmPlacementBids",
    "AuctionNmSetting",
    "AuctionNmsChange",
    "AuctionNmsRequest",
    "AuctionNmsResponse",
    "AuctionNmsResult",
    "AuctionPlacements",
    "AuctionSettings",
    "AuctionSubject",
    "AuctionTimestamps",
    "AutoParams",
    "AutoParamsActive",
    "AutoParamsNmCpm",
    "AutoParamsSet",
    "AutoParamsSubject",
    "AutoSetExcludedRequest",
    "BalanceCashback",
    "BalanceResponse",
    "BidsRequest",
    "BudgetResponse",
    "Campaign",
    "CampaignsInformationDirection",
    "CampaignsInformationOrder",
    "CampaignsInformationStatus",
    "CampaignsInformationType",
    "CampaignsListsGroup",
    "CampaignsListsItem",
    "CampaignsListsResponse",
    "ConfigCategory",
    "ConfigResponse",
    "ConfigValue",
    "CostsHistoryItem",
    "CustomBidCampaignsInformationPaymentType",
    "DepositRequest",
    "DepositResponse",
    "PaymentItem",
    "PingResponse",
    "PlacementsRequest",
    "ProblemError",
    "PromotionError",
    "PromotionProblemError",
    "PromotionProblemErrorItem",
    "RenameRequest",
    "SaveAdRequest",
    "SeacatSaveAdRequest",
    "SeacatSaveAdRequestBidType",
    "SeacatSaveAdRequestPaymentType",
    "SeacatSaveAdRequestPlacementTypesItem",
    "SetExcludedRequest",
    "SetPhraseRequest",
    "SetPlusRequest",
    "SetStrongRequest",
    "SupplierNm",
    "SupplierSubject",
    "UpdateNmRequest",
    "V0AdvertCpmRequest",
    "V0AdvertCpmRequestType",
    "V0AdvertMultibid",
    "V0NmBid",
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

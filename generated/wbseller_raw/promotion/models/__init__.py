"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .advert_config_v1 import AdvertConfigV1
    from .advert_placements import AdvertPlacements
    from .advert_v2 import AdvertV2
    from .advert_v2_bids_kopecks import AdvertV2BidsKopecks
    from .advert_v2_nm_setting import AdvertV2NmSetting
    from .advert_v2_placements import AdvertV2Placements
    from .advert_v2_restrictions import AdvertV2Restrictions
    from .advert_v2_settings import AdvertV2Settings
    from .advert_v2_subject import AdvertV2Subject
    from .advert_v2_timestamps import AdvertV2Timestamps
    from .adverts_v2_response import AdvertsV2Response
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
    from .auction_placements_request import AuctionPlacementsRequest
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
    from .bid_kopecks import BidKopecks
    from .bids_request import BidsRequest
    from .bids_v1_advert import BidsV1Advert
    from .bids_v1_advert_request import BidsV1AdvertRequest
    from .bids_v1_nm_bid import BidsV1NmBid
    from .bids_v1_nm_bid_request import BidsV1NmBidRequest
    from .bids_v1_nm_bid_request_placement import BidsV1NmBidRequestPlacement
    from .bids_v1_request import BidsV1Request
    from .bids_v1_response import BidsV1Response
    from .budget_response import BudgetResponse
    from .campaign import Campaign
    from .campaigns_information_direction import CampaignsInformationDirection
    from .campaigns_information_order import CampaignsInformationOrder
    from .campaigns_information_status import CampaignsInformationStatus
    from .campaigns_information_type import CampaignsInformationType
    from .campaigns_information_v2_payment_type import CampaignsInformationV2PaymentType
    from .campaigns_lists_group import CampaignsListsGroup
    from .campaigns_lists_item import CampaignsListsItem
    from .campaigns_lists_response import CampaignsListsResponse
    from .cluster_bid import ClusterBid
    from .cluster_bid_ref import ClusterBidRef
    from .cluster_bid_set import ClusterBidSet
    from .cluster_bid_v1 import ClusterBidV1
    from .cluster_bid_v1_failed import ClusterBidV1Failed
    from .cluster_bid_v1_success import ClusterBidV1Success
    from .cluster_bids_delete_request import ClusterBidsDeleteRequest
    from .cluster_bids_response import ClusterBidsResponse
    from .cluster_bids_set_request import ClusterBidsSetRequest
    from .cluster_bids_v1_request import ClusterBidsV1Request
    from .cluster_bids_v1_response import ClusterBidsV1Response
    from .cluster_daily_stat import ClusterDailyStat
    from .cluster_daily_stat_values import ClusterDailyStatValues
    from .cluster_daily_stats_item import ClusterDailyStatsItem
    from .cluster_daily_stats_request import ClusterDailyStatsRequest
    from .cluster_daily_stats_response import ClusterDailyStatsResponse
    from .cluster_list_item import ClusterListItem
    from .cluster_list_pair import ClusterListPair
    from .cluster_list_request import ClusterListRequest
    from .cluster_list_response import ClusterListResponse
    from .cluster_norm_queries import ClusterNormQueries
    from .cluster_pair import ClusterPair
    from .cluster_pairs_request import ClusterPairsRequest
    from .cluster_stat import ClusterStat
    from .cluster_stats_item import ClusterStatsItem
    from .cluster_stats_request import ClusterStatsRequest
    from .cluster_stats_response import ClusterStatsResponse
    from .config_category import ConfigCategory
    from .config_response import ConfigResponse
    from .config_value import ConfigValue
    from .costs_history_item import CostsHistoryItem
    from .custom_bid_campaigns_information_payment_type import CustomBidCampaignsInformationPaymentType
    from .deposit_request import DepositRequest
    from .deposit_response import DepositResponse
    from .full_stats_app import FullStatsApp
    from .full_stats_booster import FullStatsBooster
    from .full_stats_campaign import FullStatsCampaign
    from .full_stats_day import FullStatsDay
    from .full_stats_nm import FullStatsNm
    from .min_bid import MinBid
    from .min_bids_nm import MinBidsNm
    from .min_bids_request import MinBidsRequest
    from .min_bids_request_payment_type import MinBidsRequestPaymentType
    from .min_bids_request_placement_types_item import MinBidsRequestPlacementTypesItem
    from .min_bids_response import MinBidsResponse
    from .minus_phrases_item import MinusPhrasesItem
    from .minus_phrases_response import MinusPhrasesResponse
    from .payment_item import PaymentItem
    from .ping_response import PingResponse
    from .placements_request import PlacementsRequest
    from .problem_error import ProblemError
    from .promotion_error import PromotionError
    from .promotion_problem_error import PromotionProblemError
    from .promotion_problem_error_item import PromotionProblemErrorItem
    from .reach_bid import ReachBid
    from .recommended_base import RecommendedBase
    from .recommended_bids_response import RecommendedBidsResponse
    from .recommended_cluster_bids import RecommendedClusterBids
    from .rename_request import RenameRequest
    from .save_ad_request import SaveAdRequest
    from .seacat_save_ad_request import SeacatSaveAdRequest
    from .seacat_save_ad_request_bid_type import SeacatSaveAdRequestBidType
    from .seacat_save_ad_request_payment_type import SeacatSaveAdRequestPaymentType
    from .seacat_save_ad_request_placement_types_item import SeacatSaveAdRequestPlacementTypesItem
    from .set_excluded_request import SetExcludedRequest
    from .set_minus_request import SetMinusRequest
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
    "AdvertConfigV1": "advert_config_v1",
    "AdvertPlacements": "advert_placements",
    "AdvertV2": "advert_v2",
    "AdvertV2BidsKopecks": "advert_v2_bids_kopecks",
    "AdvertV2NmSetting": "advert_v2_nm_setting",
    "AdvertV2Placements": "advert_v2_placements",
    "AdvertV2Restrictions": "advert_v2_restrictions",
    "AdvertV2Settings": "advert_v2_settings",
    "AdvertV2Subject": "advert_v2_subject",
    "AdvertV2Timestamps": "advert_v2_timestamps",
    "AdvertsV2Response": "adverts_v2_response",
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
    "AuctionPlacementsRequest": "auction_placements_request",
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
    "BidKopecks": "bid_kopecks",
    "BidsRequest": "bids_request",
    "BidsV1Advert": "bids_v1_advert",
    "BidsV1AdvertRequest": "bids_v1_advert_request",
    "BidsV1NmBid": "bids_v1_nm_bid",
    "BidsV1NmBidRequest": "bids_v1_nm_bid_request",
    "BidsV1NmBidRequestPlacement": "bids_v1_nm_bid_request_placement",
    "BidsV1Request": "bids_v1_request",
    "BidsV1Response": "bids_v1_response",
    "BudgetResponse": "budget_response",
    "Campaign": "campaign",
    "CampaignsInformationDirection": "campaigns_information_direction",
    "CampaignsInformationOrder": "campaigns_information_order",
    "CampaignsInformationStatus": "campaigns_information_status",
    "CampaignsInformationType": "campaigns_information_type",
    "CampaignsInformationV2PaymentType": "campaigns_information_v2_payment_type",
    "CampaignsListsGroup": "campaigns_lists_group",
    "CampaignsListsItem": "campaigns_lists_item",
    "CampaignsListsResponse": "campaigns_lists_response",
    "ClusterBid": "cluster_bid",
    "ClusterBidRef": "cluster_bid_ref",
    "ClusterBidSet": "cluster_bid_set",
    "ClusterBidV1": "cluster_bid_v1",
    "ClusterBidV1Failed": "cluster_bid_v1_failed",
    "ClusterBidV1Success": "cluster_bid_v1_success",
    "ClusterBidsDeleteRequest": "cluster_bids_delete_request",
    "ClusterBidsResponse": "cluster_bids_response",
    "ClusterBidsSetRequest": "cluster_bids_set_request",
    "ClusterBidsV1Request": "cluster_bids_v1_request",
    "ClusterBidsV1Response": "cluster_bids_v1_response",
    "ClusterDailyStat": "cluster_daily_stat",
    "ClusterDailyStatValues": "cluster_daily_stat_values",
    "ClusterDailyStatsItem": "cluster_daily_stats_item",
    "ClusterDailyStatsRequest": "cluster_daily_stats_request",
    "ClusterDailyStatsResponse": "cluster_daily_stats_response",
    "ClusterListItem": "cluster_list_item",
    "ClusterListPair": "cluster_list_pair",
    "ClusterListRequest": "cluster_list_request",
    "ClusterListResponse": "cluster_list_response",
    "ClusterNormQueries": "cluster_norm_queries",
    "ClusterPair": "cluster_pair",
    "ClusterPairsRequest": "cluster_pairs_request",
    "ClusterStat": "cluster_stat",
    "ClusterStatsItem": "cluster_stats_item",
    "ClusterStatsRequest": "cluster_stats_request",
    "ClusterStatsResponse": "cluster_stats_response",
    "ConfigCategory": "config_category",
    "ConfigResponse": "config_response",
    "ConfigValue": "config_value",
    "CostsHistoryItem": "costs_history_item",
    "CustomBidCampaignsInformationPaymentType": "custom_bid_campaigns_information_payment_type",
    "DepositRequest": "deposit_request",
    "DepositResponse": "deposit_response",
    "FullStatsApp": "full_stats_app",
    "FullStatsBooster": "full_stats_booster",
    "FullStatsCampaign": "full_stats_campaign",
    "FullStatsDay": "full_stats_day",
    "FullStatsNm": "full_stats_nm",
    "MinBid": "min_bid",
    "MinBidsNm": "min_bids_nm",
    "MinBidsRequest": "min_bids_request",
    "MinBidsRequestPaymentType": "min_bids_request_payment_type",
    "MinBidsRequestPlacementTypesItem": "min_bids_request_placement_types_item",
    "MinBidsResponse": "min_bids_response",
    "MinusPhrasesItem": "minus_phrases_item",
    "MinusPhrasesResponse": "minus_phrases_response",
    "PaymentItem": "payment_item",
    "PingResponse": "ping_response",
    "PlacementsRequest": "placements_request",
    "ProblemError": "problem_error",
    "PromotionError": "promotion_error",
    "PromotionProblemError": "promotion_problem_error",
    "PromotionProblemErrorItem": "promotion_problem_error_item",
    "ReachBid": "reach_bid",
    "RecommendedBase": "recommended_base",
    "RecommendedBidsResponse": "recommended_bids_response",
    "RecommendedClusterBids": "recommended_cluster_bids",
    "RenameRequest": "rename_request",
    "SaveAdRequest": "save_ad_request",
    "SeacatSaveAdRequest": "seacat_save_ad_request",
    "SeacatSaveAdRequestBidType": "seacat_save_ad_request_bid_type",
    "SeacatSaveAdRequestPaymentType": "seacat_save_ad_request_payment_type",
    "SeacatSaveAdRequestPlacementTypesItem": "seacat_save_ad_request_placement_types_item",
    "SetExcludedRequest": "set_excluded_request",
    "SetMinusRequest": "set_minus_request",
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
    "AdvertConfigV1",
    "AdvertPlacements",
    "AdvertV2",
    "AdvertV2BidsKopecks",
    "AdvertV2NmSetting",
    "AdvertV2Placements",
    "AdvertV2Restrictions",
    "AdvertV2Settings",
    "AdvertV2Subject",
    "AdvertV2Timestamps",
    "AdvertsV2Response",
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
    "AuctionPlacementsRequest",
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
    "BidKopecks",
    "BidsRequest",
    "BidsV1Advert",
    "BidsV1AdvertRequest",
    "BidsV1NmBid",
    "BidsV1NmBidRequest",
    "BidsV1NmBidRequestPlacement",
    "BidsV1Request",
    "BidsV1Response",
    "BudgetResponse",
    "Campaign",
    "CampaignsInformationDirection",
    "CampaignsInformationOrder",
    "CampaignsInformationStatus",
    "CampaignsInformationType",
    "CampaignsInformationV2PaymentType",
    "CampaignsListsGroup",
    "CampaignsListsItem",
    "CampaignsListsResponse",
    "ClusterBid",
    "ClusterBidRef",
    "ClusterBidSet",
    "ClusterBidV1",
    "ClusterBidV1Failed",
    "ClusterBidV1Success",
    "ClusterBidsDeleteRequest",
    "ClusterBidsResponse",
    "ClusterBidsSetRequest",
    "ClusterBidsV1Request",
    "ClusterBidsV1Response",
    "ClusterDailyStat",
    "ClusterDailyStatValues",
    "ClusterDailyStatsItem",
    "ClusterDailyStatsRequest",
    "ClusterDailyStatsResponse",
    "ClusterListItem",
    "ClusterListPair",
    "ClusterListRequest",
    "ClusterListResponse",
    "ClusterNormQueries",
    "ClusterPair",
    "ClusterPairsRequest",
    "ClusterStat",
    "ClusterStatsItem",
    "ClusterStatsRequest",
    "ClusterStatsResponse",
    "ConfigCategory",
    "ConfigResponse",
    "ConfigValue",
    "CostsHistoryItem",
    "CustomBidCampaignsInformationPaymentType",
    "DepositRequest",
    "DepositResponse",
    "FullStatsApp",
    "FullStatsBooster",
    "FullStatsCampaign",
    "FullStatsDay",
    "FullStatsNm",
    "MinBid",
    "MinBidsNm",
    "MinBidsRequest",
    "MinBidsRequestPaymentType",
    "MinBidsRequestPlacementTypesItem",
    "MinBidsResponse",
    "MinusPhrasesItem",
    "MinusPhrasesResponse",
    "PaymentItem",
    "PingResponse",
    "PlacementsRequest",
    "ProblemError",
    "PromotionError",
    "PromotionProblemError",
    "PromotionProblemErrorItem",
    "ReachBid",
    "RecommendedBase",
    "RecommendedBidsResponse",
    "RecommendedClusterBids",
    "RenameRequest",
    "SaveAdRequest",
    "SeacatSaveAdRequest",
    "SeacatSaveAdRequestBidType",
    "SeacatSaveAdRequestPaymentType",
    "SeacatSaveAdRequestPlacementTypesItem",
    "SetExcludedRequest",
    "SetMinusRequest",
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

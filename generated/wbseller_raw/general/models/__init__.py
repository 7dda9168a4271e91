"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_connectivity_check_response_200 import ApiConnectivityCheckResponse200
    from .jam_subscription_response import JamSubscriptionResponse
    from .news_item import NewsItem
    from .news_response import NewsResponse
    from .news_tag import NewsTag
    from .ping_response import PingResponse
    from .problem_error import ProblemError
    from .seller_info_response import SellerInfoResponse
    from .seller_rating_response import SellerRatingResponse
    from .tariff_constructor_options_locale import TariffConstructorOptionsLocale
    from .tariff_constructor_options_response import TariffConstructorOptionsResponse
    from .tariff_constructor_options_response_options_item import TariffConstructorOptionsResponseOptionsItem
    from .tariff_constructor_options_response_options_item_promotion import TariffConstructorOptionsResponseOptionsItemPromotion
    from .tariff_constructor_options_response_packages_item import TariffConstructorOptionsResponsePackagesItem
    from .tariff_constructor_options_response_packages_item_options_item import TariffConstructorOptionsResponsePackagesItemOptionsItem
    from .tariffs_acceptance_coefficients_item import TariffsAcceptanceCoefficientsItem
    from .tariffs_box_response import TariffsBoxResponse
    from .tariffs_box_response_response import TariffsBoxResponseResponse
    from .tariffs_box_response_response_data import TariffsBoxResponseResponseData
    from .tariffs_box_response_response_data_warehouse_list_type_0_item import TariffsBoxResponseResponseDataWarehouseListType0Item
    from .tariffs_commission_response import TariffsCommissionResponse
    from .tariffs_commission_response_report_item import TariffsCommissionResponseReportItem
    from .tariffs_pallet_response import TariffsPalletResponse
    from .tariffs_pallet_response_response import TariffsPalletResponseResponse
    from .tariffs_pallet_response_response_data import TariffsPalletResponseResponseData
    from .tariffs_pallet_response_response_data_warehouse_list_type_0_item import TariffsPalletResponseResponseDataWarehouseListType0Item
    from .tariffs_return_response import TariffsReturnResponse
    from .tariffs_return_response_response import TariffsReturnResponseResponse
    from .tariffs_return_response_response_data import TariffsReturnResponseResponseData
    from .tariffs_return_response_response_data_warehouse_list_type_0_item import TariffsReturnResponseResponseDataWarehouseListType0Item
    from .user_invite_request import UserInviteRequest
    from .user_invite_request_access_item import UserInviteRequestAccessItem
    from .user_invite_request_access_item_code import UserInviteRequestAccessItemCode
    from .user_invite_request_invite import UserInviteRequestInvite
    from .user_invite_response import UserInviteResponse
    from .users_access_update_request import UsersAccessUpdateRequest
    from .users_access_update_request_users_accesses_item import UsersAccessUpdateRequestUsersAccessesItem
    from .users_access_update_request_users_accesses_item_access_item import UsersAccessUpdateRequestUsersAccessesItemAccessItem
    from .users_access_update_request_users_accesses_item_access_item_code import UsersAccessUpdateRequestUsersAccessesItemAccessItemCode
    from .users_list_response import UsersListResponse
    from .users_list_response_users_item import UsersListResponseUsersItem
    from .users_list_response_users_item_access_item import UsersListResponseUsersItemAccessItem
    from .users_list_response_users_item_invitee_info_type_0 import UsersListResponseUsersItemInviteeInfoType0

_MODULES = {
    "ApiConnectivityCheckResponse200": "api_connectivity_check_response_200",
    "JamSubscriptionResponse": "jam_subscription_response",
    "NewsItem": "news_item",
    "NewsResponse": "news_response",
    "NewsTag": "news_tag",
    "PingResponse": "ping_response",
    "ProblemError": "problem_error",
    "SellerInfoResponse": "seller_info_response",
    "SellerRatingResponse": "seller_rating_response",
    "TariffConstructorOptionsLocale": "tariff_constructor_options_locale",
    "TariffConstructorOptionsResponse": "tariff_constructor_options_response",
    "TariffConstructorOptionsResponseOptionsItem": "tariff_constructor_options_response_options_item",
    "TariffConstructorOptionsResponseOptionsItemPromotion": "tariff_constructor_options_response_options_item_promotion",
    "TariffConstructorOptionsResponsePackagesItem": "tariff_constructor_options_response_packages_item",
    "TariffConstructorOptionsResponsePackagesItemOptionsItem": "tariff_constructor_options_response_packages_item_options_item",
    "TariffsAcceptanceCoefficientsItem": "tariffs_acceptance_coefficients_item",
    "TariffsBoxResponse": "tariffs_box_response",
    "TariffsBoxResponseResponse": "tariffs_box_response_response",
    "TariffsBoxResponseResponseData": "tariffs_box_response_response_data",
    "TariffsBoxResponseResponseDataWarehouseListType0Item": "tariffs_box_response_response_data_warehouse_list_type_0_item",
    "TariffsCommissionResponse": "tariffs_commission_response",
    "TariffsCommissionResponseReportItem": "tariffs_commission_response_report_item",
    "TariffsPalletResponse": "tariffs_pallet_response",
    "TariffsPalletResponseResponse": "tariffs_pallet_response_response",
    "TariffsPalletResponseResponseData": "tariffs_pallet_response_response_data",
    "TariffsPalletResponseResponseDataWarehouseListType0Item": "tariffs_pallet_response_response_data_warehouse_list_type_0_item",
    "TariffsReturnResponse": "tariffs_return_response",
    "TariffsReturnResponseResponse": "tariffs_return_response_response",
    "TariffsReturnResponseResponseData": "tariffs_return_response_response_data",
    "TariffsReturnResponseResponseDataWarehouseListType0Item": "tariffs_return_response_response_data_warehouse_list_type_0_item",
    "UserInviteRequest": "user_invite_request",
    "UserInviteRequestAccessItem": "user_invite_request_access_item",
    "UserInviteRequestAccessItemCode": "user_invite_request_access_item_code",
    "UserInviteRequestInvite": "user_invite_request_invite",
    "UserInviteResponse": "user_invite_response",
    "UsersAccessUpdateRequest": "users_access_update_request",
    "UsersAccessUpdateRequestUsersAccessesItem": "users_access_update_request_users_accesses_item",
    "UsersAccessUpdateRequestUsersAccessesItemAccessItem": "users_access_update_request_users_accesses_item_access_item",
    "UsersAccessUpdateRequestUsersAccessesItemAccessItemCode": "users_access_update_request_users_accesses_item_access_item_code",
    "UsersListResponse": "users_list_response",
    "UsersListResponseUsersItem": "users_list_response_users_item",
    "UsersListResponseUsersItemAccessItem": "users_list_response_users_item_access_item",
    "UsersListResponseUsersItemInviteeInfoType0": "users_list_response_users_item_invitee_info_type_0",
}

__all__ = (
    "ApiConnectivityCheckResponse200",
    "JamSubscriptionResponse",
    "NewsItem",
    "NewsResponse",
    "NewsTag",
    "PingResponse",
    "ProblemError",
    "SellerInfoResponse",
    "SellerRatingResponse",
    "TariffConstructorOptionsLocale",
    "TariffConstructorOptionsResponse",
    "TariffConstructorOptionsResponseOptionsItem",
    "TariffConstructorOptionsResponseOptionsItemPromotion",
    "TariffConstructorOptionsResponsePackagesItem",
    "TariffConstructorOptionsResponsePackagesItemOptionsItem",
    "TariffsAcceptanceCoefficientsItem",
    "TariffsBoxResponse",
    "TariffsBoxResponseResponse",
    "TariffsBoxResponseResponseData",
    "TariffsBoxResponseResponseDataWarehouseListType0Item",
    "TariffsCommissionResponse",
    "TariffsCommissionResponseReportItem",
    "TariffsPalletResponse",
    "TariffsPalletResponseResponse",
    "TariffsPalletResponseResponseData",
    "TariffsPalletResponseResponseDataWarehouseListType0Item",
    "TariffsReturnResponse",
    "TariffsReturnResponseResponse",
    "TariffsReturnResponseResponseData",
    "TariffsReturnResponseResponseDataWarehouseListType0Item",
    "UserInviteRequest",
    "UserInviteRequestAccessItem",
    "UserInviteRequestAccessItemCode",
    "UserInviteRequestInvite",
    "UserInviteResponse",
    "UsersAccessUpdateRequest",
    "UsersAccessUpdateRequestUsersAccessesItem",
    "UsersAccessUpdateRequestUsersAccessesItemAccessItem",
    "UsersAccessUpdateRequestUsersAccessesItemAccessItemCode",
    "UsersListResponse",
    "UsersListResponseUsersItem",
    "UsersListResponseUsersItemAccessItem",
    "UsersListResponseUsersItemInviteeInfoType0",
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

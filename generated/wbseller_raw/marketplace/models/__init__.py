"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chrt_ids_request import ChrtIdsRequest
    from .click_collect_client_identity_request import ClickCollectClientIdentityRequest
    from .click_collect_client_identity_response import ClickCollectClientIdentityResponse
    from .click_collect_orders_cancel_request import ClickCollectOrdersCancelRequest
    from .click_collect_orders_cancel_response import ClickCollectOrdersCancelResponse
    from .click_collect_orders_cancel_response_results_item import ClickCollectOrdersCancelResponseResultsItem
    from .click_collect_orders_cancel_response_results_item_errors_item import ClickCollectOrdersCancelResponseResultsItemErrorsItem
    from .click_collect_orders_client_request import ClickCollectOrdersClientRequest
    from .click_collect_orders_client_response import ClickCollectOrdersClientResponse
    from .click_collect_orders_client_response_orders_item import ClickCollectOrdersClientResponseOrdersItem
    from .click_collect_orders_confirm_request import ClickCollectOrdersConfirmRequest
    from .click_collect_orders_confirm_response import ClickCollectOrdersConfirmResponse
    from .click_collect_orders_confirm_response_results_item import ClickCollectOrdersConfirmResponseResultsItem
    from .click_collect_orders_confirm_response_results_item_errors_item import ClickCollectOrdersConfirmResponseResultsItemErrorsItem
    from .click_collect_orders_delete_meta_request import ClickCollectOrdersDeleteMetaRequest
    from .click_collect_orders_delete_meta_request_key import ClickCollectOrdersDeleteMetaRequestKey
    from .click_collect_orders_delete_meta_response import ClickCollectOrdersDeleteMetaResponse
    from .click_collect_orders_delete_meta_response_results_item import ClickCollectOrdersDeleteMetaResponseResultsItem
    from .click_collect_orders_delete_meta_response_results_item_errors_item import ClickCollectOrdersDeleteMetaResponseResultsItemErrorsItem
    from .click_collect_orders_final_price_request import ClickCollectOrdersFinalPriceRequest
    from .click_collect_orders_final_price_response import ClickCollectOrdersFinalPriceResponse
    from .click_collect_orders_final_price_response_results_item import ClickCollectOrdersFinalPriceResponseResultsItem
    from .click_collect_orders_final_price_response_results_item_data import ClickCollectOrdersFinalPriceResponseResultsItemData
    from .click_collect_orders_final_price_response_results_item_errors_item import ClickCollectOrdersFinalPriceResponseResultsItemErrorsItem
    from .click_collect_orders_list_response import ClickCollectOrdersListResponse
    from .click_collect_orders_list_response_orders_item import ClickCollectOrdersListResponseOrdersItem
    from .click_collect_orders_list_response_orders_item_options import ClickCollectOrdersListResponseOrdersItemOptions
    from .click_collect_orders_meta_request import ClickCollectOrdersMetaRequest
    from .click_collect_orders_meta_response import ClickCollectOrdersMetaResponse
    from .click_collect_orders_meta_response_orders_item import ClickCollectOrdersMetaResponseOrdersItem
    from .click_collect_orders_meta_response_orders_item_errors_item import ClickCollectOrdersMetaResponseOrdersItemErrorsItem
    from .click_collect_orders_meta_response_orders_item_meta_details_item import ClickCollectOrdersMetaResponseOrdersItemMetaDetailsItem
    from .click_collect_orders_new_response import ClickCollectOrdersNewResponse
    from .click_collect_orders_new_response_orders_item import ClickCollectOrdersNewResponseOrdersItem
    from .click_collect_orders_new_response_orders_item_options import ClickCollectOrdersNewResponseOrdersItemOptions
    from .click_collect_orders_prepare_request import ClickCollectOrdersPrepareRequest
    from .click_collect_orders_prepare_response import ClickCollectOrdersPrepareResponse
    from .click_collect_orders_receive_request import ClickCollectOrdersReceiveRequest
    from .click_collect_orders_receive_response import ClickCollectOrdersReceiveResponse
    from .click_collect_orders_receive_response_results_item import ClickCollectOrdersReceiveResponseResultsItem
    from .click_collect_orders_receive_response_results_item_errors_item import ClickCollectOrdersReceiveResponseResultsItemErrorsItem
    from .click_collect_orders_reject_request import ClickCollectOrdersRejectRequest
    from .click_collect_orders_reject_response import ClickCollectOrdersRejectResponse
    from .click_collect_orders_reject_response_results_item import ClickCollectOrdersRejectResponseResultsItem
    from .click_collect_orders_reject_response_results_item_errors_item import ClickCollectOrdersRejectResponseResultsItemErrorsItem
    from .click_collect_orders_set_customs_declaration_request import ClickCollectOrdersSetCustomsDeclarationRequest
    from .click_collect_orders_set_customs_declaration_request_orders_item import ClickCollectOrdersSetCustomsDeclarationRequestOrdersItem
    from .click_collect_orders_set_customs_declaration_response import ClickCollectOrdersSetCustomsDeclarationResponse
    from .click_collect_orders_set_customs_declaration_response_results_item import ClickCollectOrdersSetCustomsDeclarationResponseResultsItem
    from .click_collect_orders_set_customs_declaration_response_results_item_errors_item import ClickCollectOrdersSetCustomsDeclarationResponseResultsItemErrorsItem
    from .click_collect_orders_set_gtin_request import ClickCollectOrdersSetGtinRequest
    from .click_collect_orders_set_gtin_request_orders_item import ClickCollectOrdersSetGtinRequestOrdersItem
    from .click_collect_orders_set_gtin_response import ClickCollectOrdersSetGtinResponse
    from .click_collect_orders_set_gtin_response_results_item import ClickCollectOrdersSetGtinResponseResultsItem
    from .click_collect_orders_set_gtin_response_results_item_errors_item import ClickCollectOrdersSetGtinResponseResultsItemErrorsItem
    from .click_collect_orders_set_imei_request import ClickCollectOrdersSetImeiRequest
    from .click_collect_orders_set_imei_request_orders_item import ClickCollectOrdersSetImeiRequestOrdersItem
    from .click_collect_orders_set_imei_response import ClickCollectOrdersSetImeiResponse
    from .click_collect_orders_set_imei_response_results_item import ClickCollectOrdersSetImeiResponseResultsItem
    from .click_collect_orders_set_imei_response_results_item_errors_item import ClickCollectOrdersSetImeiResponseResultsItemErrorsItem
    from .click_collect_orders_set_sgtin_request import ClickCollectOrdersSetSgtinRequest
    from .click_collect_orders_set_sgtin_request_orders_item import ClickCollectOrdersSetSgtinRequestOrdersItem
    from .click_collect_orders_set_sgtin_response import ClickCollectOrdersSetSgtinResponse
    from .click_collect_orders_set_sgtin_response_results_item import ClickCollectOrdersSetSgtinResponseResultsItem
    from .click_collect_orders_set_sgtin_response_results_item_errors_item import ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem
    from .click_collect_orders_set_uin_request import ClickCollectOrdersSetUinRequest
    from .click_collect_orders_set_uin_request_orders_item import ClickCollectOrdersSetUinRequestOrdersItem
    from .click_collect_orders_set_uin_response import ClickCollectOrdersSetUinResponse
    from .click_collect_orders_set_uin_response_results_item import ClickCollectOrdersSetUinResponseResultsItem
    from .click_collect_orders_set_uin_response_results_item_errors_item import ClickCollectOrdersSetUinResponseResultsItemErrorsItem
    from .click_collect_orders_status_request import ClickCollectOrdersStatusRequest
    from .click_collect_orders_status_response import ClickCollectOrdersStatusResponse
    from .click_collect_orders_status_response_orders_item import ClickCollectOrdersStatusResponseOrdersItem
    from .click_collect_orders_status_response_orders_item_errors_item import ClickCollectOrdersStatusResponseOrdersItemErrorsItem
    from .dbs_groups_info_item import DbsGroupsInfoItem
    from .dbs_groups_info_request import DbsGroupsInfoRequest
    from .dbs_orders_b2b_info_request import DbsOrdersB2BInfoRequest
    from .dbs_orders_b2b_info_response import DbsOrdersB2BInfoResponse
    from .dbs_orders_b2b_info_response_results_item import DbsOrdersB2BInfoResponseResultsItem
    from .dbs_orders_b2b_info_response_results_item_data import DbsOrdersB2BInfoResponseResultsItemData
    from .dbs_orders_b2b_info_response_results_item_errors_item import DbsOrdersB2BInfoResponseResultsItemErrorsItem
    from .dbs_orders_cancel_request import DbsOrdersCancelRequest
    from .dbs_orders_cancel_response import DbsOrdersCancelResponse
    from .dbs_orders_cancel_response_results_item import DbsOrdersCancelResponseResultsItem
    from .dbs_orders_cancel_response_results_item_errors_item import DbsOrdersCancelResponseResultsItemErrorsItem
    from .dbs_orders_client_request import DbsOrdersClientRequest
    from .dbs_orders_client_response import DbsOrdersClientResponse
    from .dbs_orders_client_response_orders_type_0_item import DbsOrdersClientResponseOrdersType0Item
    from .dbs_orders_confirm_request import DbsOrdersConfirmRequest
    from .dbs_orders_confirm_response import DbsOrdersConfirmResponse
    from .dbs_orders_confirm_response_results_item import DbsOrdersConfirmResponseResultsItem
    from .dbs_orders_confirm_response_results_item_errors_item import DbsOrdersConfirmResponseResultsItemErrorsItem
    from .dbs_orders_delete_meta_request import DbsOrdersDeleteMetaRequest
    from .dbs_orders_delete_meta_request_key import DbsOrdersDeleteMetaRequestKey
    from .dbs_orders_delete_meta_response import DbsOrdersDeleteMetaResponse
    from .dbs_orders_delete_meta_response_results_item import DbsOrdersDeleteMetaResponseResultsItem
    from .dbs_orders_delete_meta_response_results_item_errors_item import DbsOrdersDeleteMetaResponseResultsItemErrorsItem
    from .dbs_orders_deliver_request import DbsOrdersDeliverRequest
    from .dbs_orders_deliver_response import DbsOrdersDeliverResponse
    from .dbs_orders_deliver_response_results_item import DbsOrdersDeliverResponseResultsItem
    from .dbs_orders_deliver_response_results_item_errors_item import DbsOrdersDeliverResponseResultsItemErrorsItem
    from .dbs_orders_deliver_response_results_item_errors_item_meta_details_item import DbsOrdersDeliverResponseResultsItemErrorsItemMetaDetailsItem
    from .dbs_orders_delivery_date_request import DbsOrdersDeliveryDateRequest
    from .dbs_orders_delivery_date_response import DbsOrdersDeliveryDateResponse
    from .dbs_orders_delivery_date_response_orders_item import DbsOrdersDeliveryDateResponseOrdersItem
    from .dbs_orders_final_price_request import DbsOrdersFinalPriceRequest
    from .dbs_orders_final_price_response import DbsOrdersFinalPriceResponse
    from .dbs_orders_final_price_response_results_item import DbsOrdersFinalPriceResponseResultsItem
    from .dbs_orders_final_price_response_results_item_data import DbsOrdersFinalPriceResponseResultsItemData
    from .dbs_orders_final_price_response_results_item_errors_item import DbsOrdersFinalPriceResponseResultsItemErrorsItem
    from .dbs_orders_list_response import DbsOrdersListResponse
    from .dbs_orders_list_response_orders_item import DbsOrdersListResponseOrdersItem
    from .dbs_orders_list_response_orders_item_address_type_0 import DbsOrdersListResponseOrdersItemAddressType0
    from .dbs_orders_list_response_orders_item_options import DbsOrdersListResponseOrdersItemOptions
    from .dbs_orders_meta_request import DbsOrdersMetaRequest
    from .dbs_orders_meta_response import DbsOrdersMetaResponse
    from .dbs_orders_meta_response_orders_item import DbsOrdersMetaResponseOrdersItem
    from .dbs_orders_meta_response_orders_item_errors_item import DbsOrdersMetaResponseOrdersItemErrorsItem
    from .dbs_orders_meta_response_orders_item_meta_details_item import DbsOrdersMetaResponseOrdersItemMetaDetailsItem
    from .dbs_orders_new_response import DbsOrdersNewResponse
    from .dbs_orders_new_response_orders_item import DbsOrdersNewResponseOrdersItem
    from .dbs_orders_new_response_orders_item_address import DbsOrdersNewResponseOrdersItemAddress
    from .dbs_orders_new_response_orders_item_options import DbsOrdersNewResponseOrdersItemOptions
    from .dbs_orders_receive_request import DbsOrdersReceiveRequest
    from .dbs_orders_receive_request_orders_item import DbsOrdersReceiveRequestOrdersItem
    from .dbs_orders_receive_response import DbsOrdersReceiveResponse
    from .dbs_orders_receive_response_results_item import DbsOrdersReceiveResponseResultsItem
    from .dbs_orders_receive_response_results_item_errors_item import DbsOrdersReceiveResponseResultsItemErrorsItem
    from .dbs_orders_reject_request import DbsOrdersRejectRequest
    from .dbs_orders_reject_request_orders_item import DbsOrdersRejectRequestOrdersItem
    from .dbs_orders_reject_response import DbsOrdersRejectResponse
    from .dbs_orders_reject_response_results_item import DbsOrdersRejectResponseResultsItem
    from .dbs_orders_reject_response_results_item_errors_item import DbsOrdersRejectResponseResultsItemErrorsItem
    from .dbs_orders_set_customs_declaration_request import DbsOrdersSetCustomsDeclarationRequest
    from .dbs_orders_set_customs_declaration_request_orders_item import DbsOrdersSetCustomsDeclarationRequestOrdersItem
    from .dbs_orders_set_customs_declaration_response import DbsOrdersSetCustomsDeclarationResponse
    from .dbs_orders_set_customs_declaration_response_results_item import DbsOrdersSetCustomsDeclarationResponseResultsItem
    from .dbs_orders_set_customs_declaration_response_results_item_errors_item import DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem
    from .dbs_orders_set_gtin_request import DbsOrdersSetGtinRequest
    from .dbs_orders_set_gtin_request_orders_item import DbsOrdersSetGtinRequestOrdersItem
    from .dbs_orders_set_gtin_response import DbsOrdersSetGtinResponse
    from .dbs_orders_set_gtin_response_results_item import DbsOrdersSetGtinResponseResultsItem
    from .dbs_orders_set_gtin_response_results_item_errors_item import DbsOrdersSetGtinResponseResultsItemErrorsItem
    from .dbs_orders_set_imei_request import DbsOrdersSetImeiRequest
    from .dbs_orders_set_imei_request_orders_item import DbsOrdersSetImeiRequestOrdersItem
    from .dbs_orders_set_imei_response import DbsOrdersSetImeiResponse
    from .dbs_orders_set_imei_response_results_item import DbsOrdersSetImeiResponseResultsItem
    from .dbs_orders_set_imei_response_results_item_errors_item import DbsOrdersSetImeiResponseResultsItemErrorsItem
    from .dbs_orders_set_sgtin_request import DbsOrdersSetSgtinRequest
    from .dbs_orders_set_sgtin_request_orders_item import DbsOrdersSetSgtinRequestOrdersItem
    from .dbs_orders_set_sgtin_response import DbsOrdersSetSgtinResponse
    from .dbs_orders_set_sgtin_response_results_item import DbsOrdersSetSgtinResponseResultsItem
    from .dbs_orders_set_sgtin_response_results_item_errors_item import DbsOrdersSetSgtinResponseResultsItemErrorsItem
    from .dbs_orders_set_uin_request import DbsOrdersSetUinRequest
    from .dbs_orders_set_uin_request_orders_item import DbsOrdersSetUinRequestOrdersItem
    from .dbs_orders_set_uin_response import DbsOrdersSetUinResponse
    from .dbs_orders_set_uin_response_results_item import DbsOrdersSetUinResponseResultsItem
    from .dbs_orders_set_uin_response_results_item_errors_item import DbsOrdersSetUinResponseResultsItemErrorsItem
    from .dbs_orders_status_request import DbsOrdersStatusRequest
    from .dbs_orders_status_response import DbsOrdersStatusResponse
    from .dbs_orders_status_response_orders_item import DbsOrdersStatusResponseOrdersItem
    from .dbs_orders_status_response_orders_item_errors_item import DbsOrdersStatusResponseOrdersItemErrorsItem
    from .dbs_orders_stickers_height import DbsOrdersStickersHeight
    from .dbs_orders_stickers_request import DbsOrdersStickersRequest
    from .dbs_orders_stickers_response import DbsOrdersStickersResponse
    from .dbs_orders_stickers_response_stickers_item import DbsOrdersStickersResponseStickersItem
    from .dbs_orders_stickers_type import DbsOrdersStickersType
    from .dbs_orders_stickers_width import DbsOrdersStickersWidth
    from .dbw_order_set_gtin_request import DbwOrderSetGtinRequest
    from .dbw_order_set_imei_request import DbwOrderSetImeiRequest
    from .dbw_order_set_uin_request import DbwOrderSetUinRequest
    from .dbw_orders_client_request import DbwOrdersClientRequest
    from .dbw_orders_client_response import DbwOrdersClientResponse
    from .dbw_orders_client_response_orders_item import DbwOrdersClientResponseOrdersItem
    from .dbw_orders_courier_request import DbwOrdersCourierRequest
    from .dbw_orders_courier_response import DbwOrdersCourierResponse
    from .dbw_orders_courier_response_orders_item import DbwOrdersCourierResponseOrdersItem
    from .dbw_orders_courier_response_orders_item_courier_info import DbwOrdersCourierResponseOrdersItemCourierInfo
    from .dbw_orders_courier_response_orders_item_courier_info_contacts_type_0 import DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0
    from .dbw_orders_delete_meta_request import DbwOrdersDeleteMetaRequest
    from .dbw_orders_delete_meta_request_key import DbwOrdersDeleteMetaRequestKey
    from .dbw_orders_delete_meta_response import DbwOrdersDeleteMetaResponse
    from .dbw_orders_delete_meta_response_results_item import DbwOrdersDeleteMetaResponseResultsItem
    from .dbw_orders_delete_meta_response_results_item_errors_item import DbwOrdersDeleteMetaResponseResultsItemErrorsItem
    from .dbw_orders_deliver_request import DbwOrdersDeliverRequest
    from .dbw_orders_deliver_response import DbwOrdersDeliverResponse
    from .dbw_orders_deliver_response_results_item import DbwOrdersDeliverResponseResultsItem
    from .dbw_orders_deliver_response_results_item_errors_item import DbwOrdersDeliverResponseResultsItemErrorsItem
    from .dbw_orders_deliver_response_results_item_errors_item_meta_details_item import DbwOrdersDeliverResponseResultsItemErrorsItemMetaDetailsItem
    from .dbw_orders_delivery_date_request import DbwOrdersDeliveryDateRequest
    from .dbw_orders_delivery_date_response import DbwOrdersDeliveryDateResponse
    from .dbw_orders_delivery_date_response_orders_item import DbwOrdersDeliveryDateResponseOrdersItem
    from .dbw_orders_list_response import DbwOrdersListResponse
    from .dbw_orders_list_response_orders_item import DbwOrdersListResponseOrdersItem
    from .dbw_orders_list_response_orders_item_address_type_0 import DbwOrdersListResponseOrdersItemAddressType0
    from .dbw_orders_list_response_orders_item_options import DbwOrdersListResponseOrdersItemOptions
    from .dbw_orders_meta_request import DbwOrdersMetaRequest
    from .dbw_orders_meta_response import DbwOrdersMetaResponse
    from .dbw_orders_meta_response_orders_item import DbwOrdersMetaResponseOrdersItem
    from .dbw_orders_meta_response_orders_item_errors_item import DbwOrdersMetaResponseOrdersItemErrorsItem
    from .dbw_orders_meta_response_orders_item_meta_details_item import DbwOrdersMetaResponseOrdersItemMetaDetailsItem
    from .dbw_orders_new_response import DbwOrdersNewResponse
    from .dbw_orders_new_response_orders_item import DbwOrdersNewResponseOrdersItem
    from .dbw_orders_new_response_orders_item_address_type_0 import DbwOrdersNewResponseOrdersItemAddressType0
    from .dbw_orders_new_response_orders_item_options import DbwOrdersNewResponseOrdersItemOptions
    from .dbw_orders_set_sgtin_request import DbwOrdersSetSgtinRequest
    from .dbw_orders_set_sgtin_request_orders_item import DbwOrdersSetSgtinRequestOrdersItem
    from .dbw_orders_set_sgtin_response import DbwOrdersSetSgtinResponse
    from .dbw_orders_set_sgtin_response_results_item import DbwOrdersSetSgtinResponseResultsItem
    from .dbw_orders_set_sgtin_response_results_item_errors_item import DbwOrdersSetSgtinResponseResultsItemErrorsItem
    from .dbw_orders_set_sgtin_response_results_item_errors_item_meta_details_item import DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem
    from .dbw_orders_status_request import DbwOrdersStatusRequest
    from .dbw_orders_status_response import DbwOrdersStatusResponse
    from .dbw_orders_status_response_orders_item import DbwOrdersStatusResponseOrdersItem
    from .dbw_orders_stickers_height import DbwOrdersStickersHeight
    from .dbw_orders_stickers_request import DbwOrdersStickersRequest
    from .dbw_orders_stickers_response import DbwOrdersStickersResponse
    from .dbw_orders_stickers_response_stickers_item import DbwOrdersStickersResponseStickersItem
    from .dbw_orders_stickers_type import DbwOrdersStickersType
    from .dbw_orders_stickers_width import DbwOrdersStickersWidth
    from .fbs_autoreturn_items_request import FbsAutoreturnItemsRequest
    from .fbs_autoreturn_items_request_chrt_ids import FbsAutoreturnItemsRequestChrtIds
    from .fbs_autoreturn_items_response_200 import FbsAutoreturnItemsResponse200
    from .fbs_autoreturn_items_update_request import FbsAutoreturnItemsUpdateRequest
    from .fbs_autoreturn_items_update_request_chrt_ids import FbsAutoreturnItemsUpdateRequestChrtIds
    from .fbs_autoreturn_items_update_request_type import FbsAutoreturnItemsUpdateRequestType
    from .fbs_autoreturn_items_update_response_200 import FbsAutoreturnItemsUpdateResponse200
    from .fbs_autoreturn_restricted_subcategories_response_200 import FbsAutoreturnRestrictedSubcategoriesResponse200
    from .fbs_autoreturn_settings_response_200 import FbsAutoreturnSettingsResponse200
    from .fbs_autoreturn_settings_update_request import FbsAutoreturnSettingsUpdateRequest
    from .fbs_autoreturn_settings_update_request_type import FbsAutoreturnSettingsUpdateRequestType
    from .fbs_order_delete_meta_key import FbsOrderDeleteMetaKey
    from .fbs_order_set_customs_declaration_request import FbsOrderSetCustomsDeclarationRequest
    from .fbs_order_set_expiration_request import FbsOrderSetExpirationRequest
    from .fbs_order_set_gtin_request import FbsOrderSetGtinRequest
    from .fbs_order_set_imei_request import FbsOrderSetImeiRequest
    from .fbs_order_set_sgtin_request import FbsOrderSetSgtinRequest
    from .fbs_order_set_uin_request import FbsOrderSetUinRequest
    from .fbs_orders_archive_response import FbsOrdersArchiveResponse
    from .fbs_orders_archive_response_orders_item import FbsOrdersArchiveResponseOrdersItem
    from .fbs_orders_archive_response_orders_item_cross_border_type_0 import FbsOrdersArchiveResponseOrdersItemCrossBorderType0
    from .fbs_orders_archive_response_orders_item_meta_details_item import FbsOrdersArchiveResponseOrdersItemMetaDetailsItem
    from .fbs_orders_archive_response_orders_item_options import FbsOrdersArchiveResponseOrdersItemOptions
    from .fbs_orders_archive_response_orders_item_price_info import FbsOrdersArchiveResponseOrdersItemPriceInfo
    from .fbs_orders_archive_response_orders_item_product import FbsOrdersArchiveResponseOrdersItemProduct
    from .fbs_orders_archive_response_orders_item_status import FbsOrdersArchiveResponseOrdersItemStatus
    from .fbs_orders_client_request import FbsOrdersClientRequest
    from .fbs_orders_client_response import FbsOrdersClientResponse
    from .fbs_orders_client_response_orders_item import FbsOrdersClientResponseOrdersItem
    from .fbs_orders_list_response import FbsOrdersListResponse
    from .fbs_orders_list_response_orders_item import FbsOrdersListResponseOrdersItem
    from .fbs_orders_list_response_orders_item_address_type_0 import FbsOrdersListResponseOrdersItemAddressType0
    from .fbs_orders_list_response_orders_item_options import FbsOrdersListResponseOrdersItemOptions
    from .fbs_orders_meta_request import FbsOrdersMetaRequest
    from .fbs_orders_meta_response import FbsOrdersMetaResponse
    from .fbs_orders_meta_response_orders_item import FbsOrdersMetaResponseOrdersItem
    from .fbs_orders_meta_response_orders_item_meta_details_item import FbsOrdersMetaResponseOrdersItemMetaDetailsItem
    from .fbs_orders_new_response import FbsOrdersNewResponse
    from .fbs_orders_new_response_orders_item import FbsOrdersNewResponseOrdersItem
    from .fbs_orders_new_response_orders_item_address_type_0 import FbsOrdersNewResponseOrdersItemAddressType0
    from .fbs_orders_new_response_orders_item_options import FbsOrdersNewResponseOrdersItemOptions
    from .fbs_orders_status_history_request import FbsOrdersStatusHistoryRequest
    from .fbs_orders_status_history_response import FbsOrdersStatusHistoryResponse
    from .fbs_orders_status_history_response_orders_item import FbsOrdersStatusHistoryResponseOrdersItem
    from .fbs_orders_status_history_response_orders_item_statuses_item import FbsOrdersStatusHistoryResponseOrdersItemStatusesItem
    from .fbs_orders_status_request import FbsOrdersStatusRequest
    from .fbs_orders_status_response import FbsOrdersStatusResponse
    from .fbs_orders_status_response_orders_item import FbsOrdersStatusResponseOrdersItem
    from .fbs_orders_stickers_cross_border_request import FbsOrdersStickersCrossBorderRequest
    from .fbs_orders_stickers_cross_border_response import FbsOrdersStickersCrossBorderResponse
    from .fbs_orders_stickers_cross_border_response_stickers_item import FbsOrdersStickersCrossBorderResponseStickersItem
    from .fbs_orders_stickers_height import FbsOrdersStickersHeight
    from .fbs_orders_stickers_request import FbsOrdersStickersRequest
    from .fbs_orders_stickers_response import FbsOrdersStickersResponse
    from .fbs_orders_stickers_response_stickers_item import FbsOrdersStickersResponseStickersItem
    from .fbs_orders_stickers_type import FbsOrdersStickersType
    from .fbs_orders_stickers_width import FbsOrdersStickersWidth
    from .fbs_pass_create_201_response import FbsPassCreate201Response
    from .fbs_pass_create_request import FbsPassCreateRequest
    from .fbs_pass_offices_item import FbsPassOfficesItem
    from .fbs_pass_update_request import FbsPassUpdateRequest
    from .fbs_passes_list_item import FbsPassesListItem
    from .fbs_reshipment_orders_response import FbsReshipmentOrdersResponse
    from .fbs_reshipment_orders_response_orders_item import FbsReshipmentOrdersResponseOrdersItem
    from .fbs_supplies_list_response import FbsSuppliesListResponse
    from .fbs_supplies_list_response_supplies_item import FbsSuppliesListResponseSuppliesItem
    from .fbs_supply_add_orders_request import FbsSupplyAddOrdersRequest
    from .fbs_supply_barcode_response import FbsSupplyBarcodeResponse
    from .fbs_supply_barcode_type import FbsSupplyBarcodeType
    from .fbs_supply_boxes_add_201_response import FbsSupplyBoxesAdd201Response
    from .fbs_supply_boxes_add_request import FbsSupplyBoxesAddRequest
    from .fbs_supply_boxes_delete_request import FbsSupplyBoxesDeleteRequest
    from .fbs_supply_boxes_response import FbsSupplyBoxesResponse
    from .fbs_supply_boxes_response_trbxes_item import FbsSupplyBoxesResponseTrbxesItem
    from .fbs_supply_boxes_stickers_request import FbsSupplyBoxesStickersRequest
    from .fbs_supply_boxes_stickers_response import FbsSupplyBoxesStickersResponse
    from .fbs_supply_boxes_stickers_response_stickers_item import FbsSupplyBoxesStickersResponseStickersItem
    from .fbs_supply_boxes_stickers_type import FbsSupplyBoxesStickersType
    from .fbs_supply_create_201_response import FbsSupplyCreate201Response
    from .fbs_supply_create_request import FbsSupplyCreateRequest
    from .fbs_supply_details_response import FbsSupplyDetailsResponse
    from .fbs_supply_order_ids_response import FbsSupplyOrderIdsResponse
    from .get_dbw_warehouse_contacts_response import GetDbwWarehouseContactsResponse
    from .get_dbw_warehouse_contacts_response_contacts_item import GetDbwWarehouseContactsResponseContactsItem
    from .inventory_read_request import InventoryReadRequest
    from .marketplace_error import MarketplaceError
    from .marketplace_error_data_type_0 import MarketplaceErrorDataType0
    from .office import Office
    from .ping_response import PingResponse
    from .problem_error import ProblemError
    from .stock import Stock
    from .stock_update import StockUpdate
    from .stocks_error import StocksError
    from .stocks_error_item import StocksErrorItem
    from .stocks_response import StocksResponse
    from .stocks_update_request import StocksUpdateRequest
    from .update_dbw_warehouse_contacts_request import UpdateDbwWarehouseContactsRequest
    from .update_dbw_warehouse_contacts_request_contacts_item import UpdateDbwWarehouseContactsRequestContactsItem
    from .warehouse import Warehouse
    from .warehouse_created import WarehouseCreated
    from .warehouse_request import WarehouseRequest

_MODULES = {
    "ChrtIdsRequest": "chrt_ids_request",
    "ClickCollectClientIdentityRequest": "click_collect_client_identity_request",
    "ClickCollectClientIdentityResponse": "click_collect_client_identity_response",
    "ClickCollectOrdersCancelRequest": "click_collect_orders_cancel_request",
    "ClickCollectOrdersCancelResponse": "click_collect_orders_cancel_response",
    "ClickCollectOrdersCancelResponseResultsItem": "click_collect_orders_cancel_response_results_item",
    "ClickCollectOrdersCancelResponseResultsItemErrorsItem": "click_collect_orders_cancel_response_results_item_errors_item",
    "ClickCollectOrdersClientRequest": "click_collect_orders_client_request",
    "ClickCollectOrdersClientResponse": "click_collect_orders_client_response",
    "ClickCollectOrdersClientResponseOrdersItem": "click_collect_orders_client_response_orders_item",
    "ClickCollectOrdersConfirmRequest": "click_collect_orders_confirm_request",
    "ClickCollectOrdersConfirmResponse": "click_collect_orders_confirm_response",
    "ClickCollectOrdersConfirmResponseResultsItem": "click_collect_orders_confirm_response_results_item",
    "ClickCollectOrdersConfirmResponseResultsItemErrorsItem": "click_collect_orders_confirm_response_results_item_errors_item",
    "ClickCollectOrdersDeleteMetaRequest": "click_collect_orders_delete_meta_request",
    "ClickCollectOrdersDeleteMetaRequestKey": "click_collect_orders_delete_meta_request_key",
    "ClickCollectOrdersDeleteMetaResponse": "click_collect_orders_delete_meta_response",
    "ClickCollectOrdersDeleteMetaResponseResultsItem": "click_collect_orders_delete_meta_response_results_item",
    "ClickCollectOrdersDeleteMetaResponseResultsItemErrorsItem": "click_collect_orders_delete_meta_response_results_item_errors_item",
    "ClickCollectOrdersFinalPriceRequest": "click_collect_orders_final_price_request",
    "ClickCollectOrdersFinalPriceResponse": "click_collect_orders_final_price_response",
    "ClickCollectOrdersFinalPriceResponseResultsItem": "click_collect_orders_final_price_response_results_item",
    "ClickCollectOrdersFinalPriceResponseResultsItemData": "click_collect_orders_final_price_response_results_item_data",
    "ClickCollectOrdersFinalPriceResponseResultsItemErrorsItem": "click_collect_orders_final_price_response_results_item_errors_item",
    "ClickCollectOrdersListResponse": "click_collect_orders_list_response",
    "ClickCollectOrdersListResponseOrdersItem": "click_collect_orders_list_response_orders_item",
    "ClickCollectOrdersListResponseOrdersItemOptions": "click_collect_orders_list_response_orders_item_options",
    "ClickCollectOrdersMetaRequest": "click_collect_orders_meta_request",
    "ClickCollectOrdersMetaResponse": "click_collect_orders_meta_response",
    "ClickCollectOrdersMetaResponseOrdersItem": "click_collect_orders_meta_response_orders_item",
    "ClickCollectOrdersMetaResponseOrdersItemErrorsItem": "click_collect_orders_meta_response_orders_item_errors_item",
    "ClickCollectOrdersMetaResponseOrdersItemMetaDetailsItem": "click_collect_orders_meta_response_orders_item_meta_details_item",
    "ClickCollectOrdersNewResponse": "click_collect_orders_new_response",
    "ClickCollectOrdersNewResponseOrdersItem": "click_collect_orders_new_response_orders_item",
    "ClickCollectOrdersNewResponseOrdersItemOptions": "click_collect_orders_new_response_orders_item_options",
    "ClickCollectOrdersPrepareRequest": "click_collect_orders_prepare_request",
    "ClickCollectOrdersPrepareResponse": "click_collect_orders_prepare_response",
    "ClickCollectOrdersReceiveRequest": "click_collect_orders_receive_request",
    "ClickCollectOrdersReceiveResponse": "click_collect_orders_receive_response",
    "ClickCollectOrdersReceiveResponseResultsItem": "click_collect_orders_receive_response_results_item",
    "ClickCollectOrdersReceiveResponseResultsItemErrorsItem": "click_collect_orders_receive_response_results_item_errors_item",
    "ClickCollectOrdersRejectRequest": "click_collect_orders_reject_request",
    "ClickCollectOrdersRejectResponse": "click_collect_orders_reject_response",
    "ClickCollectOrdersRejectResponseResultsItem": "click_collect_orders_reject_response_results_item",
    "ClickCollectOrdersRejectResponseResultsItemErrorsItem": "click_collect_orders_reject_response_results_item_errors_item",
    "ClickCollectOrdersSetCustomsDeclarationRequest": "click_collect_orders_set_customs_declaration_request",
    "ClickCollectOrdersSetCustomsDeclarationRequestOrdersItem": "click_collect_orders_set_customs_declaration_request_orders_item",
    "ClickCollectOrdersSetCustomsDeclarationResponse": "click_collect_orders_set_customs_declaration_response",
    "ClickCollectOrdersSetCustomsDeclarationResponseResultsItem": "click_collect_orders_set_customs_declaration_response_results_item",
    "ClickCollectOrdersSetCustomsDeclarationResponseResultsItemErrorsItem": "click_collect_orders_set_customs_declaration_response_results_item_errors_item",
    "ClickCollectOrdersSetGtinRequest": "click_collect_orders_set_gtin_request",
    "ClickCollectOrdersSetGtinRequestOrdersItem": "click_collect_orders_set_gtin_request_orders_item",
    "ClickCollectOrdersSetGtinResponse": "click_collect_orders_set_gtin_response",
    "ClickCollectOrdersSetGtinResponseResultsItem": "click_collect_orders_set_gtin_response_results_item",
    "ClickCollectOrdersSetGtinResponseResultsItemErrorsItem": "click_collect_orders_set_gtin_response_results_item_errors_item",
    "ClickCollectOrdersSetImeiRequest": "click_collect_orders_set_imei_request",
    "ClickCollectOrdersSetImeiRequestOrdersItem": "click_collect_orders_set_imei_request_orders_item",
    "ClickCollectOrdersSetImeiResponse": "click_collect_orders_set_imei_response",
    "ClickCollectOrdersSetImeiResponseResultsItem": "click_collect_orders_set_imei_response_results_item",
    "ClickCollectOrdersSetImeiResponseResultsItemErrorsItem": "click_collect_orders_set_imei_response_results_item_errors_item",
    "ClickCollectOrdersSetSgtinRequest": "click_collect_orders_set_sgtin_request",
    "ClickCollectOrdersSetSgtinRequestOrdersItem": "click_collect_orders_set_sgtin_request_orders_item",
    "ClickCollectOrdersSetSgtinResponse": "click_collect_orders_set_sgtin_response",
    "ClickCollectOrdersSetSgtinResponseResultsItem": "click_collect_orders_set_sgtin_response_results_item",
    "ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem": "click_collect_orders_set_sgtin_response_results_item_errors_item",
    "ClickCollectOrdersSetUinRequest": "click_collect_orders_set_uin_request",
    "ClickCollectOrdersSetUinRequestOrdersItem": "click_collect_orders_set_uin_request_orders_item",
    "ClickCollectOrdersSetUinResponse": "click_collect_orders_set_uin_response",
    "ClickCollectOrdersSetUinResponseResultsItem": "click_collect_orders_set_uin_response_results_item",
    "ClickCollectOrdersSetUinResponseResultsItemErrorsItem": "click_collect_orders_set_uin_response_results_item_errors_item",
    "ClickCollectOrdersStatusRequest": "click_collect_orders_status_request",
    "ClickCollectOrdersStatusResponse": "click_collect_orders_status_response",
    "ClickCollectOrdersStatusResponseOrdersItem": "click_collect_orders_status_response_orders_item",
    "ClickCollectOrdersStatusResponseOrdersItemErrorsItem": "click_collect_orders_status_response_orders_item_errors_item",
    "DbsGroupsInfoItem": "dbs_groups_info_item",
    "DbsGroupsInfoRequest": "dbs_groups_info_request",
    "DbsOrdersB2BInfoRequest": "dbs_orders_b2b_info_request",
    "DbsOrdersB2BInfoResponse": "dbs_orders_b2b_info_response",
    "DbsOrdersB2BInfoResponseResultsItem": "dbs_orders_b2b_info_response_results_item",
    "DbsOrdersB2BInfoResponseResultsItemData": "dbs_orders_b2b_info_response_results_item_data",
    "DbsOrdersB2BInfoResponseResultsItemErrorsItem": "dbs_orders_b2b_info_response_results_item_errors_item",
    "DbsOrdersCancelRequest": "dbs_orders_cancel_request",
    "DbsOrdersCancelResponse": "dbs_orders_cancel_response",
    "DbsOrdersCancelResponseResultsItem": "dbs_orders_cancel_response_results_item",
    "DbsOrdersCancelResponseResultsItemErrorsItem": "dbs_orders_cancel_response_results_item_errors_item",
    "DbsOrdersClientRequest": "dbs_orders_client_request",
    "DbsOrdersClientResponse": "dbs_orders_client_response",
    "DbsOrdersClientResponseOrdersType0Item": "dbs_orders_client_response_orders_type_0_item",
    "DbsOrdersConfirmRequest": "dbs_orders_confirm_request",
    "DbsOrdersConfirmResponse": "dbs_orders_confirm_response",
    "DbsOrdersConfirmResponseResultsItem": "dbs_orders_confirm_response_results_item",
    "DbsOrdersConfirmResponseResultsItemErrorsItem": "dbs_orders_confirm_response_results_item_errors_item",
    "DbsOrdersDeleteMetaRequest": "dbs_orders_delete_meta_request",
    "DbsOrdersDeleteMetaRequestKey": "dbs_orders_delete_meta_request_key",
    "DbsOrdersDeleteMetaResponse": "dbs_orders_delete_meta_response",
    "DbsOrdersDeleteMetaResponseResultsItem": "dbs_orders_delete_meta_response_results_item",
    "DbsOrdersDeleteMetaResponseResultsItemErrorsItem": "dbs_orders_delete_meta_response_results_item_errors_item",
    "DbsOrdersDeliverRequest": "dbs_orders_deliver_request",
    "DbsOrdersDeliverResponse": "dbs_orders_deliver_response",
    "DbsOrdersDeliverResponseResultsItem": "dbs_orders_deliver_response_results_item",
    "DbsOrdersDeliverResponseResultsItemErrorsItem": "dbs_orders_deliver_response_results_item_errors_item",
    "DbsOrdersDeliverResponseResultsItemErrorsItemMetaDetailsItem": "dbs_orders_deliver_response_results_item_errors_item_meta_details_item",
    "DbsOrdersDeliveryDateRequest": "dbs_orders_delivery_date_request",
    "DbsOrdersDeliveryDateResponse": "dbs_orders_delivery_date_response",
    "DbsOrdersDeliveryDateResponseOrdersItem": "dbs_orders_delivery_date_response_orders_item",
    "DbsOrdersFinalPriceRequest": "dbs_orders_final_price_request",
    "DbsOrdersFinalPriceResponse": "dbs_orders_final_price_response",
    "DbsOrdersFinalPriceResponseResultsItem": "dbs_orders_final_price_response_results_item",
    "DbsOrdersFinalPriceResponseResultsItemData": "dbs_orders_final_price_response_results_item_data",
    "DbsOrdersFinalPriceResponseResultsItemErrorsItem": "dbs_orders_final_price_response_results_item_errors_item",
    "DbsOrdersListResponse": "dbs_orders_list_response",
    "DbsOrdersListResponseOrdersItem": "dbs_orders_list_response_orders_item",
    "DbsOrdersListResponseOrdersItemAddressType0": "dbs_orders_list_response_orders_item_address_type_0",
    "DbsOrdersListResponseOrdersItemOptions": "dbs_orders_list_response_orders_item_options",
    "DbsOrdersMetaRequest": "dbs_orders_meta_request",
    "DbsOrdersMetaResponse": "dbs_orders_meta_response",
    "DbsOrdersMetaResponseOrdersItem": "dbs_orders_meta_response_orders_item",
    "DbsOrdersMetaResponseOrdersItemErrorsItem": "dbs_orders_meta_response_orders_item_errors_item",
    "DbsOrdersMetaResponseOrdersItemMetaDetailsItem": "dbs_orders_meta_response_orders_item_meta_details_item",
    "DbsOrdersNewResponse": "dbs_orders_new_response",
    "DbsOrdersNewResponseOrdersItem": "dbs_orders_new_response_orders_item",
    "DbsOrdersNewResponseOrdersItemAddress": "dbs_orders_new_response_orders_item_address",
    "DbsOrdersNewResponseOrdersItemOptions": "dbs_orders_new_response_orders_item_options",
    "DbsOrdersReceiveRequest": "dbs_orders_receive_request",
    "DbsOrdersReceiveRequestOrdersItem": "dbs_orders_receive_request_orders_item",
    "DbsOrdersReceiveResponse": "dbs_orders_receive_response",
    "DbsOrdersReceiveResponseResultsItem": "dbs_orders_receive_response_results_item",
    "DbsOrdersReceiveResponseResultsItemErrorsItem": "dbs_orders_receive_response_results_item_errors_item",
    "DbsOrdersRejectRequest": "dbs_orders_reject_request",
    "DbsOrdersRejectRequestOrdersItem": "dbs_orders_reject_request_orders_item",
    "DbsOrdersRejectResponse": "dbs_orders_reject_response",
    "DbsOrdersRejectResponseResultsItem": "dbs_orders_reject_response_results_item",
    "DbsOrdersRejectResponseResultsItemErrorsItem": "dbs_orders_reject_response_results_item_errors_item",
    "DbsOrdersSetCustomsDeclarationRequest": "dbs_orders_set_customs_declaration_request",
    "DbsOrdersSetCustomsDeclarationRequestOrdersItem": "dbs_orders_set_customs_declaration_request_orders_item",
    "DbsOrdersSetCustomsDeclarationResponse": "dbs_orders_set_customs_declaration_response",
    "DbsOrdersSetCustomsDeclarationResponseResultsItem": "dbs_orders_set_customs_declaration_response_results_item",
    "DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem": "dbs_orders_set_customs_declaration_response_results_item_errors_item",
    "DbsOrdersSetGtinRequest": "dbs_orders_set_gtin_request",
    "DbsOrdersSetGtinRequestOrdersItem": "dbs_orders_set_gtin_request_orders_item",
    "DbsOrdersSetGtinResponse": "dbs_orders_set_gtin_response",
    "DbsOrdersSetGtinResponseResultsItem": "dbs_orders_set_gtin_response_results_item",
    "DbsOrdersSetGtinResponseResultsItemErrorsItem": "dbs_orders_set_gtin_response_results_item_errors_item",
    "DbsOrdersSetImeiRequest": "dbs_orders_set_imei_request",
    "DbsOrdersSetImeiRequestOrdersItem": "dbs_orders_set_imei_request_orders_item",
    "DbsOrdersSetImeiResponse": "dbs_orders_set_imei_response",
    "DbsOrdersSetImeiResponseResultsItem": "dbs_orders_set_imei_response_results_item",
    "DbsOrdersSetImeiResponseResultsItemErrorsItem": "dbs_orders_set_imei_response_results_item_errors_item",
    "DbsOrdersSetSgtinRequest": "dbs_orders_set_sgtin_request",
    "DbsOrdersSetSgtinRequestOrdersItem": "dbs_orders_set_sgtin_request_orders_item",
    "DbsOrdersSetSgtinResponse": "dbs_orders_set_sgtin_response",
    "DbsOrdersSetSgtinResponseResultsItem": "dbs_orders_set_sgtin_response_results_item",
    "DbsOrdersSetSgtinResponseResultsItemErrorsItem": "dbs_orders_set_sgtin_response_results_item_errors_item",
    "DbsOrdersSetUinRequest": "dbs_orders_set_uin_request",
    "DbsOrdersSetUinRequestOrdersItem": "dbs_orders_set_uin_request_orders_item",
    "DbsOrdersSetUinResponse": "dbs_orders_set_uin_response",
    "DbsOrdersSetUinResponseResultsItem": "dbs_orders_set_uin_response_results_item",
    "DbsOrdersSetUinResponseResultsItemErrorsItem": "dbs_orders_set_uin_response_results_item_errors_item",
    "DbsOrdersStatusRequest": "dbs_orders_status_request",
    "DbsOrdersStatusResponse": "dbs_orders_status_response",
    "DbsOrdersStatusResponseOrdersItem": "dbs_orders_status_response_orders_item",
    "DbsOrdersStatusResponseOrdersItemErrorsItem": "dbs_orders_status_response_orders_item_errors_item",
    "DbsOrdersStickersHeight": "dbs_orders_stickers_height",
    "DbsOrdersStickersRequest": "dbs_orders_stickers_request",
    "DbsOrdersStickersResponse": "dbs_orders_stickers_response",
    "DbsOrdersStickersResponseStickersItem": "dbs_orders_stickers_response_stickers_item",
    "DbsOrdersStickersType": "dbs_orders_stickers_type",
    "DbsOrdersStickersWidth": "dbs_orders_stickers_width",
    "DbwOrderSetGtinRequest": "dbw_order_set_gtin_request",
    "DbwOrderSetImeiRequest": "dbw_order_set_imei_request",
    "DbwOrderSetUinRequest": "dbw_order_set_uin_request",
    "DbwOrdersClientRequest": "dbw_orders_client_request",
    "DbwOrdersClientResponse": "dbw_orders_client_response",
    "DbwOrdersClientResponseOrdersItem": "dbw_orders_client_response_orders_item",
    "DbwOrdersCourierRequest": "dbw_orders_courier_request",
    "DbwOrdersCourierResponse": "dbw_orders_courier_response",
    "DbwOrdersCourierResponseOrdersItem": "dbw_orders_courier_response_orders_item",
    "DbwOrdersCourierResponseOrdersItemCourierInfo": "dbw_orders_courier_response_orders_item_courier_info",
    "DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0": "dbw_orders_courier_response_orders_item_courier_info_contacts_type_0",
    "DbwOrdersDeleteMetaRequest": "dbw_orders_delete_meta_request",
    "DbwOrdersDeleteMetaRequestKey": "dbw_orders_delete_meta_request_key",
    "DbwOrdersDeleteMetaResponse": "dbw_orders_delete_meta_response",
    "DbwOrdersDeleteMetaResponseResultsItem": "dbw_orders_delete_meta_response_results_item",
    "DbwOrdersDeleteMetaResponseResultsItemErrorsItem": "dbw_orders_delete_meta_response_results_item_errors_item",
    "DbwOrdersDeliverRequest": "dbw_orders_deliver_request",
    "DbwOrdersDeliverResponse": "dbw_orders_deliver_response",
    "DbwOrdersDeliverResponseResultsItem": "dbw_orders_deliver_response_results_item",
    "DbwOrdersDeliverResponseResultsItemErrorsItem": "dbw_orders_deliver_response_results_item_errors_item",
    "DbwOrdersDeliverResponseResultsItemErrorsItemMetaDetailsItem": "dbw_orders_deliver_response_results_item_errors_item_meta_details_item",
    "DbwOrdersDeliveryDateRequest": "dbw_orders_delivery_date_request",
    "DbwOrdersDeliveryDateResponse": "dbw_orders_delivery_date_response",
    "DbwOrdersDeliveryDateResponseOrdersItem": "dbw_orders_delivery_date_response_orders_item",
    "DbwOrdersListResponse": "dbw_orders_list_response",
    "DbwOrdersListResponseOrdersItem": "dbw_orders_list_response_orders_item",
    "DbwOrdersListResponseOrdersItemAddressType0": "dbw_orders_list_response_orders_item_address_type_0",
    "DbwOrdersListResponseOrdersItemOptions": "dbw_orders_list_response_orders_item_options",
    "DbwOrdersMetaRequest": "dbw_orders_meta_request",
    "DbwOrdersMetaResponse": "dbw_orders_meta_response",
    "DbwOrdersMetaResponseOrdersItem": "dbw_orders_meta_response_orders_item",
    "DbwOrdersMetaResponseOrdersItemErrorsItem": "dbw_orders_meta_response_orders_item_errors_item",
    "DbwOrdersMetaResponseOrdersItemMetaDetailsItem": "dbw_orders_meta_response_orders_item_meta_details_item",
    "DbwOrdersNewResponse": "dbw_orders_new_response",
    "DbwOrdersNewResponseOrdersItem": "dbw_orders_new_response_orders_item",
    "DbwOrdersNewResponseOrdersItemAddressType0": "dbw_orders_new_response_orders_item_address_type_0",
    "DbwOrdersNewResponseOrdersItemOptions": "dbw_orders_new_response_orders_item_options",
    "DbwOrdersSetSgtinRequest": "dbw_orders_set_sgtin_request",
    "DbwOrdersSetSgtinRequestOrdersItem": "dbw_orders_set_sgtin_request_orders_item",
    "DbwOrdersSetSgtinResponse": "dbw_orders_set_sgtin_response",
    "DbwOrdersSetSgtinResponseResultsItem": "dbw_orders_set_sgtin_response_results_item",
    "DbwOrdersSetSgtinResponseResultsItemErrorsItem": "dbw_orders_set_sgtin_response_results_item_errors_item",
    "DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem": "dbw_orders_set_sgtin_response_results_item_errors_item_meta_details_item",
    "DbwOrdersStatusRequest": "dbw_orders_status_request",
    "DbwOrdersStatusResponse": "dbw_orders_status_response",
    "DbwOrdersStatusResponseOrdersItem": "dbw_orders_status_response_orders_item",
    "DbwOrdersStickersHeight": "dbw_orders_stickers_height",
    "DbwOrdersStickersRequest": "dbw_orders_stickers_request",
    "DbwOrdersStickersResponse": "dbw_orders_stickers_response",
    "DbwOrdersStickersResponseStickersItem": "dbw_orders_stickers_response_stickers_item",
    "DbwOrdersStickersType": "dbw_orders_stickers_type",
    "DbwOrdersStickersWidth": "dbw_orders_stickers_width",
    "FbsAutoreturnItemsRequest": "fbs_autoreturn_items_request",
    "FbsAutoreturnItemsRequestChrtIds": "fbs_autoreturn_items_request_chrt_ids",
    "FbsAutoreturnItemsResponse200": "fbs_autoreturn_items_response_200",
    "FbsAutoreturnItemsUpdateRequest": "fbs_autoreturn_items_update_request",
    "FbsAutoreturnItemsUpdateRequestChrtIds": "fbs_autoreturn_items_update_request_chrt_ids",
    "FbsAutoreturnItemsUpdateRequestType": "fbs_autoreturn_items_update_request_type",
    "FbsAutoreturnItemsUpdateResponse200": "fbs_autoreturn_items_update_response_200",
    "FbsAutoreturnRestrictedSubcategoriesResponse200": "fbs_autoreturn_restricted_subcategories_response_200",
    "FbsAutoreturnSettingsResponse200": "fbs_autoreturn_settings_response_200",
    "FbsAutoreturnSettingsUpdateRequest": "fbs_autoreturn_settings_update_request",
    "FbsAutoreturnSettingsUpdateRequestType": "fbs_autoreturn_settings_update_request_type",
    "FbsOrderDeleteMetaKey": "fbs_order_delete_meta_key",
    "FbsOrderSetCustomsDeclarationRequest": "fbs_order_set_customs_declaration_request",
    "FbsOrderSetExpirationRequest": "fbs_order_set_expiration_request",
    "FbsOrderSetGtinRequest": "fbs_order_set_gtin_request",
    "FbsOrderSetImeiRequest": "fbs_order_set_imei_request",
    "FbsOrderSetSgtinRequest": "fbs_order_set_sgtin_request",
    "FbsOrderSetUinRequest": "fbs_order_set_uin_request",
    "FbsOrdersArchiveResponse": "fbs_orders_archive_response",
    "FbsOrdersArchiveResponseOrdersItem": "fbs_orders_archive_response_orders_item",
    "FbsOrdersArchiveResponseOrdersItemCrossBorderType0": "fbs_orders_archive_response_orders_item_cross_border_type_0",
    "FbsOrdersArchiveResponseOrdersItemMetaDetailsItem": "fbs_orders_archive_response_orders_item_meta_details_item",
    "FbsOrdersArchiveResponseOrdersItemOptions": "fbs_orders_archive_response_orders_item_options",
    "FbsOrdersArchiveResponseOrdersItemPriceInfo": "fbs_orders_archive_response_orders_item_price_info",
    "FbsOrdersArchiveResponseOrdersItemProduct": "fbs_orders_archive_response_orders_item_product",
    "FbsOrdersArchiveResponseOrdersItemStatus": "fbs_orders_archive_response_orders_item_status",
    "FbsOrdersClientRequest": "fbs_orders_client_request",
    "FbsOrdersClientResponse": "fbs_orders_client_response",
    "FbsOrdersClientResponseOrdersItem": "fbs_orders_client_response_orders_item",
    "FbsOrdersListResponse": "fbs_orders_list_response",
    "FbsOrdersListResponseOrdersItem": "fbs_orders_list_response_orders_item",
    "FbsOrdersListResponseOrdersItemAddressType0": "fbs_orders_list_response_orders_item_address_type_0",
    "FbsOrdersListResponseOrdersItemOptions": "fbs_orders_list_response_orders_item_options",
    "FbsOrdersMetaRequest": "fbs_orders_meta_request",
    "FbsOrdersMetaResponse": "fbs_orders_meta_response",
    "FbsOrdersMetaResponseOrdersItem": "fbs_orders_meta_response_orders_item",
    "FbsOrdersMetaResponseOrdersItemMetaDetailsItem": "fbs_orders_meta_response_orders_item_meta_details_item",
    "FbsOrdersNewResponse": "fbs_orders_new_response",
    "FbsOrdersNewResponseOrdersItem": "fbs_orders_new_response_orders_item",
    "FbsOrdersNewResponseOrdersItemAddressType0": "fbs_orders_new_response_orders_item_address_type_0",
    "FbsOrdersNewResponseOrdersItemOptions": "fbs_orders_new_response_orders_item_options",
    "FbsOrdersStatusHistoryRequest": "fbs_orders_status_history_request",
    "FbsOrdersStatusHistoryResponse": "fbs_orders_status_history_response",
    "FbsOrdersStatusHistoryResponseOrdersItem": "fbs_orders_status_history_response_orders_item",
    "FbsOrdersStatusHistoryResponseOrdersItemStatusesItem": "fbs_orders_status_history_response_orders_item_statuses_item",
    "FbsOrdersStatusRequest": "fbs_orders_status_request",
    "FbsOrdersStatusResponse": "fbs_orders_status_response",
    "FbsOrdersStatusResponseOrdersItem": "fbs_orders_status_response_orders_item",
    "FbsOrdersStickersCrossBorderRequest": "fbs_orders_stickers_cross_border_request",
    "FbsOrdersStickersCrossBorderResponse": "fbs_orders_stickers_cross_border_response",
    "FbsOrdersStickersCrossBorderResponseStickersItem": "fbs_orders_stickers_cross_border_response_stickers_item",
    "FbsOrdersStickersHeight": "fbs_orders_stickers_height",
    "FbsOrdersStickersRequest": "fbs_orders_stickers_request",
    "FbsOrdersStickersResponse": "fbs_orders_stickers_response",
    "FbsOrdersStickersResponseStickersItem": "fbs_orders_stickers_response_stickers_item",
    "FbsOrdersStickersType": "fbs_orders_stickers_type",
    "FbsOrdersStickersWidth": "fbs_orders_stickers_width",
    "FbsPassCreate201Response": "fbs_pass_create_201_response",
    "FbsPassCreateRequest": "fbs_pass_create_request",
    "FbsPassOfficesItem": "fbs_pass_offices_item",
    "FbsPassUpdateRequest": "fbs_pass_update_request",
    "FbsPassesListItem": "fbs_passes_list_item",
    "FbsReshipmentOrdersResponse": "fbs_reshipment_orders_response",
    "FbsReshipmentOrdersResponseOrdersItem": "fbs_reshipment_orders_response_orders_item",
    "FbsSuppliesListResponse": "fbs_supplies_list_response",
    "FbsSuppliesListResponseSuppliesItem": "fbs_supplies_list_response_supplies_item",
    "FbsSupplyAddOrdersRequest": "fbs_supply_add_orders_request",
    "FbsSupplyBarcodeResponse": "fbs_supply_barcode_response",
    "FbsSupplyBarcodeType": "fbs_supply_barcode_type",
    "FbsSupplyBoxesAdd201Response": "fbs_supply_boxes_add_201_response",
    "FbsSupplyBoxesAddRequest": "fbs_supply_boxes_add_request",
    "FbsSupplyBoxesDeleteRequest": "fbs_supply_boxes_delete_request",
    "FbsSupplyBoxesResponse": "fbs_supply_boxes_response",
    "FbsSupplyBoxesResponseTrbxesItem": "fbs_supply_boxes_response_trbxes_item",
    "FbsSupplyBoxesStickersRequest": "fbs_supply_boxes_stickers_request",
    "FbsSupplyBoxesStickersResponse": "fbs_supply_boxes_stickers_response",
    "FbsSupplyBoxesStickersResponseStickersItem": "fbs_supply_boxes_stickers_response_stickers_item",
    "FbsSupplyBoxesStickersType": "fbs_supply_boxes_stickers_type",
    "FbsSupplyCreate201Response": "fbs_supply_create_201_response",
    "FbsSupplyCreateRequest": "fbs_supply_create_request",
    "FbsSupplyDetailsResponse": "fbs_supply_details_response",
    "FbsSupplyOrderIdsResponse": "fbs_supply_order_ids_response",
    "GetDbwWarehouseContactsResponse": "get_dbw_warehouse_contacts_response",
    "GetDbwWarehouseContactsResponseContactsItem": "get_dbw_warehouse_contacts_response_contacts_item",
    "InventoryReadRequest": "inventory_read_request",
    "MarketplaceError": "marketplace_error",
    "MarketplaceErrorDataType0": "marketplace_error_data_type_0",
    "Office": "office",
    "PingResponse": "ping_response",
    "ProblemError": "problem_error",
    "Stock": "stock",
    "StockUpdate": "stock_update",
    "StocksError": "stocks_error",
    "StocksErrorItem": "stocks_error_item",
    "StocksResponse": "stocks_response",
    "StocksUpdateRequest": "stocks_update_request",
    "UpdateDbwWarehouseContactsRequest": "update_dbw_warehouse_contacts_request",
    "UpdateDbwWarehouseContactsRequestContactsItem": "update_dbw_warehouse_contacts_request_contacts_item",
    "Warehouse": "warehouse",
    "WarehouseCreated": "warehouse_created",
    "WarehouseRequest": "warehouse_request",
}

__all__ = (
    "ChrtIdsRequest",
    "ClickCollectClientIdentityRequest",
    "ClickCollectClientIdentityResponse",
    "ClickCollectOrdersCancelRequest",
    "ClickCollectOrdersCancelResponse",
    "ClickCollectOrdersCancelResponseResultsItem",
    "ClickCollectOrdersCancelResponseResultsItemErrorsItem",
    "ClickCollectOrdersClientRequest",
    "ClickCollectOrdersClientResponse",
    "ClickCollectOrdersClientResponseOrdersItem",
    "ClickCollectOrdersConfirmRequest",
    "ClickCollectOrdersConfirmResponse",
    "ClickCollectOrdersConfirmResponseResultsItem",
    "ClickCollectOrdersConfirmResponseResultsItemErrorsItem",
    "ClickCollectOrdersDeleteMetaRequest",
    "ClickCollectOrdersDeleteMetaRequestKey",
    "ClickCollectOrdersDeleteMetaResponse",
    "ClickCollectOrdersDeleteMetaResponseResultsItem",
    "ClickCollectOrdersDeleteMetaResponseResultsItemErrorsItem",
    "ClickCollectOrdersFinalPriceRequest",
    "ClickCollectOrdersFinalPriceResponse",
    "ClickCollectOrdersFinalPriceResponseResultsItem",
    "ClickCollectOrdersFinalPriceResponseResultsItemData",
    "ClickCollectOrdersFinalPriceResponseResultsItemErrorsItem",
    "ClickCollectOrdersListResponse",
    "ClickCollectOrdersListResponseOrdersItem",
    "ClickCollectOrdersListResponseOrdersItemOptions",
    "ClickCollectOrdersMetaRequest",
    "ClickCollectOrdersMetaResponse",
    "ClickCollectOrdersMetaResponseOrdersItem",
    "ClickCollectOrdersMetaResponseOrdersItemErrorsItem",
    "ClickCollectOrdersMetaResponseOrdersItemMetaDetailsItem",
    "ClickCollectOrdersNewResponse",
    "ClickCollectOrdersNewResponseOrdersItem",
    "ClickCollectOrdersNewResponseOrdersItemOptions",
    "ClickCollectOrdersPrepareRequest",
    "ClickCollectOrdersPrepareResponse",
    "ClickCollectOrdersReceiveRequest",
    "ClickCollectOrdersReceiveResponse",
    "ClickCollectOrdersReceiveResponseResultsItem",
    "ClickCollectOrdersReceiveResponseResultsItemErrorsItem",
    "ClickCollectOrdersRejectRequest",
    "ClickCollectOrdersRejectResponse",
    "ClickCollectOrdersRejectResponseResultsItem",
    "ClickCollectOrdersRejectResponseResultsItemErrorsItem",
    "ClickCollectOrdersSetCustomsDeclarationRequest",
    "ClickCollectOrdersSetCustomsDeclarationRequestOrdersItem",
    "ClickCollectOrdersSetCustomsDeclarationResponse",
    "ClickCollectOrdersSetCustomsDeclarationResponseResultsItem",
    "ClickCollectOrdersSetCustomsDeclarationResponseResultsItemErrorsItem",
    "ClickCollectOrdersSetGtinRequest",
    "ClickCollectOrdersSetGtinRequestOrdersItem",
    "ClickCollectOrdersSetGtinResponse",
    "ClickCollectOrdersSetGtinResponseResultsItem",
    "ClickCollectOrdersSetGtinResponseResultsItemErrorsItem",
    "ClickCollectOrdersSetImeiRequest",
    "ClickCollectOrdersSetImeiRequestOrdersItem",
    "ClickCollectOrdersSetImeiResponse",
    "ClickCollectOrdersSetImeiResponseResultsItem",
    "ClickCollectOrdersSetImeiResponseResultsItemErrorsItem",
    "ClickCollectOrdersSetSgtinRequest",
    "ClickCollectOrdersSetSgtinRequestOrdersItem",
    "ClickCollectOrdersSetSgtinResponse",
    "ClickCollectOrdersSetSgtinResponseResultsItem",
    "ClickCollectOrdersSetSgtinResponseResultsItemErrorsItem",
    "ClickCollectOrdersSetUinRequest",
    "ClickCollectOrdersSetUinRequestOrdersItem",
    "ClickCollectOrdersSetUinResponse",
    "ClickCollectOrdersSetUinResponseResultsItem",
    "ClickCollectOrdersSetUinResponseResultsItemErrorsItem",
    "ClickCollectOrdersStatusRequest",
    "ClickCollectOrdersStatusResponse",
    "ClickCollectOrdersStatusResponseOrdersItem",
    "ClickCollectOrdersStatusResponseOrdersItemErrorsItem",
    "DbsGroupsInfoItem",
    "DbsGroupsInfoRequest",
    "DbsOrdersB2BInfoRequest",
    "DbsOrdersB2BInfoResponse",
    "DbsOrdersB2BInfoResponseResultsItem",
    "DbsOrdersB2BInfoResponseResultsItemData",
    "DbsOrdersB2BInfoResponseResultsItemErrorsItem",
    "DbsOrdersCancelRequest",
    "DbsOrdersCancelResponse",
    "DbsOrdersCancelResponseResultsItem",
    "DbsOrdersCancelResponseResultsItemErrorsItem",
    "DbsOrdersClientRequest",
    "DbsOrdersClientResponse",
    "DbsOrdersClientResponseOrdersType0Item",
    "DbsOrdersConfirmRequest",
    "DbsOrdersConfirmResponse",
    "DbsOrdersConfirmResponseResultsItem",
    "DbsOrdersConfirmResponseResultsItemErrorsItem",
    "DbsOrdersDeleteMetaRequest",
    "DbsOrdersDeleteMetaRequestKey",
    "DbsOrdersDeleteMetaResponse",
    "DbsOrdersDeleteMetaResponseResultsItem",
    "DbsOrdersDeleteMetaResponseResultsItemErrorsItem",
    "DbsOrdersDeliverRequest",
    "DbsOrdersDeliverResponse",
    "DbsOrdersDeliverResponseResultsItem",
    "DbsOrdersDeliverResponseResultsItemErrorsItem",
    "DbsOrdersDeliverResponseResultsItemErrorsItemMetaDetailsItem",
    "DbsOrdersDeliveryDateRequest",
    "DbsOrdersDeliveryDateResponse",
    "DbsOrdersDeliveryDateResponseOrdersItem",
    "DbsOrdersFinalPriceRequest",
    "DbsOrdersFinalPriceResponse",
    "DbsOrdersFinalPriceResponseResultsItem",
    "DbsOrdersFinalPriceResponseResultsItemData",
    "DbsOrdersFinalPriceResponseResultsItemErrorsItem",
    "DbsOrdersListResponse",
    "DbsOrdersListResponseOrdersItem",
    "DbsOrdersListResponseOrdersItemAddressType0",
    "DbsOrdersListResponseOrdersItemOptions",
    "DbsOrdersMetaRequest",
    "DbsOrdersMetaResponse",
    "DbsOrdersMetaResponseOrdersItem",
    "DbsOrdersMetaResponseOrdersItemErrorsItem",
    "DbsOrdersMetaResponseOrdersItemMetaDetailsItem",
    "DbsOrdersNewResponse",
    "DbsOrdersNewResponseOrdersItem",
    "DbsOrdersNewResponseOrdersItemAddress",
    "DbsOrdersNewResponseOrdersItemOptions",
    "DbsOrdersReceiveRequest",
    "DbsOrdersReceiveRequestOrdersItem",
    "DbsOrdersReceiveResponse",
    "DbsOrdersReceiveResponseResultsItem",
    "DbsOrdersReceiveResponseResultsItemErrorsItem",
    "DbsOrdersRejectRequest",
    "DbsOrdersRejectRequestOrdersItem",
    "DbsOrdersRejectResponse",
    "DbsOrdersRejectResponseResultsItem",
    "DbsOrdersRejectResponseResultsItemErrorsItem",
    "DbsOrdersSetCustomsDeclarationRequest",
    "DbsOrdersSetCustomsDeclarationRequestOrdersItem",
    "DbsOrdersSetCustomsDeclarationResponse",
    "DbsOrdersSetCustomsDeclarationResponseResultsItem",
    "DbsOrdersSetCustomsDeclarationResponseResultsItemErrorsItem",
    "DbsOrdersSetGtinRequest",
    "DbsOrdersSetGtinRequestOrdersItem",
    "DbsOrdersSetGtinResponse",
    "DbsOrdersSetGtinResponseResultsItem",
    "DbsOrdersSetGtinResponseResultsItemErrorsItem",
    "DbsOrdersSetImeiRequest",
    "DbsOrdersSetImeiRequestOrdersItem",
    "DbsOrdersSetImeiResponse",
    "DbsOrdersSetImeiResponseResultsItem",
    "DbsOrdersSetImeiResponseResultsItemErrorsItem",
    "DbsOrdersSetSgtinRequest",
    "DbsOrdersSetSgtinRequestOrdersItem",
    "DbsOrdersSetSgtinResponse",
    "DbsOrdersSetSgtinResponseResultsItem",
    "DbsOrdersSetSgtinResponseResultsItemErrorsItem",
    "DbsOrdersSetUinRequest",
    "DbsOrdersSetUinRequestOrdersItem",
    "DbsOrdersSetUinResponse",
    "DbsOrdersSetUinResponseResultsItem",
    "DbsOrdersSetUinResponseResultsItemErrorsItem",
    "DbsOrdersStatusRequest",
    "DbsOrdersStatusResponse",
    "DbsOrdersStatusResponseOrdersItem",
    "DbsOrdersStatusResponseOrdersItemErrorsItem",
    "DbsOrdersStickersHeight",
    "DbsOrdersStickersRequest",
    "DbsOrdersStickersResponse",
    "DbsOrdersStickersResponseStickersItem",
    "DbsOrdersStickersType",
    "DbsOrdersStickersWidth",
    "DbwOrderSetGtinRequest",
    "DbwOrderSetImeiRequest",
    "DbwOrderSetUinRequest",
    "DbwOrdersClientRequest",
    "DbwOrdersClientResponse",
    "DbwOrdersClientResponseOrdersItem",
    "DbwOrdersCourierRequest",
    "DbwOrdersCourierResponse",
    "DbwOrdersCourierResponseOrdersItem",
    "DbwOrdersCourierResponseOrdersItemCourierInfo",
    "DbwOrdersCourierResponseOrdersItemCourierInfoContactsType0",
    "DbwOrdersDeleteMetaRequest",
    "DbwOrdersDeleteMetaRequestKey",
    "DbwOrdersDeleteMetaResponse",
    "DbwOrdersDeleteMetaResponseResultsItem",
    "DbwOrdersDeleteMetaResponseResultsItemErrorsItem",
    "DbwOrdersDeliverRequest",
    "DbwOrdersDeliverResponse",
    "DbwOrdersDeliverResponseResultsItem",
    "DbwOrdersDeliverResponseResultsItemErrorsItem",
    "DbwOrdersDeliverResponseResultsItemErrorsItemMetaDetailsItem",
    "DbwOrdersDeliveryDateRequest",
    "DbwOrdersDeliveryDateResponse",
    "DbwOrdersDeliveryDateResponseOrdersItem",
    "DbwOrdersListResponse",
    "DbwOrdersListResponseOrdersItem",
    "DbwOrdersListResponseOrdersItemAddressType0",
    "DbwOrdersListResponseOrdersItemOptions",
    "DbwOrdersMetaRequest",
    "DbwOrdersMetaResponse",
    "DbwOrdersMetaResponseOrdersItem",
    "DbwOrdersMetaResponseOrdersItemErrorsItem",
    "DbwOrdersMetaResponseOrdersItemMetaDetailsItem",
    "DbwOrdersNewResponse",
    "DbwOrdersNewResponseOrdersItem",
    "DbwOrdersNewResponseOrdersItemAddressType0",
    "DbwOrdersNewResponseOrdersItemOptions",
    "DbwOrdersSetSgtinRequest",
    "DbwOrdersSetSgtinRequestOrdersItem",
    "DbwOrdersSetSgtinResponse",
    "DbwOrdersSetSgtinResponseResultsItem",
    "DbwOrdersSetSgtinResponseResultsItemErrorsItem",
    "DbwOrdersSetSgtinResponseResultsItemErrorsItemMetaDetailsItem",
    "DbwOrdersStatusRequest",
    "DbwOrdersStatusResponse",
    "DbwOrdersStatusResponseOrdersItem",
    "DbwOrdersStickersHeight",
    "DbwOrdersStickersRequest",
    "DbwOrdersStickersResponse",
    "DbwOrdersStickersResponseStickersItem",
    "DbwOrdersStickersType",
    "DbwOrdersStickersWidth",
    "FbsAutoreturnItemsRequest",
    "FbsAutoreturnItemsRequestChrtIds",
    "FbsAutoreturnItemsResponse200",
    "FbsAutoreturnItemsUpdateRequest",
    "FbsAutoreturnItemsUpdateRequestChrtIds",
    "FbsAutoreturnItemsUpdateRequestType",
    "FbsAutoreturnItemsUpdateResponse200",
    "FbsAutoreturnRestrictedSubcategoriesResponse200",
    "FbsAutoreturnSettingsResponse200",
    "FbsAutoreturnSettingsUpdateRequest",
    "FbsAutoreturnSettingsUpdateRequestType",
    "FbsOrderDeleteMetaKey",
    "FbsOrderSetCustomsDeclarationRequest",
    "FbsOrderSetExpirationRequest",
    "FbsOrderSetGtinRequest",
    "FbsOrderSetImeiRequest",
    "FbsOrderSetSgtinRequest",
    "FbsOrderSetUinRequest",
    "FbsOrdersArchiveResponse",
    "FbsOrdersArchiveResponseOrdersItem",
    "FbsOrdersArchiveResponseOrdersItemCrossBorderType0",
    "FbsOrdersArchiveResponseOrdersItemMetaDetailsItem",
    "FbsOrdersArchiveResponseOrdersItemOptions",
    "FbsOrdersArchiveResponseOrdersItemPriceInfo",
    "FbsOrdersArchiveResponseOrdersItemProduct",
    "FbsOrdersArchiveResponseOrdersItemStatus",
    "FbsOrdersClientRequest",
    "FbsOrdersClientResponse",
    "FbsOrdersClientResponseOrdersItem",
    "FbsOrdersListResponse",
    "FbsOrdersListResponseOrdersItem",
    "FbsOrdersListResponseOrdersItemAddressType0",
    "FbsOrdersListResponseOrdersItemOptions",
    "FbsOrdersMetaRequest",
    "FbsOrdersMetaResponse",
    "FbsOrdersMetaResponseOrdersItem",
    "FbsOrdersMetaResponseOrdersItemMetaDetailsItem",
    "FbsOrdersNewResponse",
    "FbsOrdersNewResponseOrdersItem",
    "FbsOrdersNewResponseOrdersItemAddressType0",
    "FbsOrdersNewResponseOrdersItemOptions",
    "FbsOrdersStatusHistoryRequest",
    "FbsOrdersStatusHistoryResponse",
    "FbsOrdersStatusHistoryResponseOrdersItem",
    "FbsOrdersStatusHistoryResponseOrdersItemStatusesItem",
    "FbsOrdersStatusRequest",
    "FbsOrdersStatusResponse",
    "FbsOrdersStatusResponseOrdersItem",
    "FbsOrdersStickersCrossBorderRequest",
    "FbsOrdersStickersCrossBorderResponse",
    "FbsOrdersStickersCrossBorderResponseStickersItem",
    "FbsOrdersStickersHeight",
    "FbsOrdersStickersRequest",
    "FbsOrdersStickersResponse",
    "FbsOrdersStickersResponseStickersItem",
    "FbsOrdersStickersType",
    "FbsOrdersStickersWidth",
    "FbsPassCreate201Response",
    "FbsPassCreateRequest",
    "FbsPassOfficesItem",
    "FbsPassUpdateRequest",
    "FbsPassesListItem",
    "FbsReshipmentOrdersResponse",
    "FbsReshipmentOrdersResponseOrdersItem",
    "FbsSuppliesListResponse",
    "FbsSuppliesListResponseSuppliesItem",
    "FbsSupplyAddOrdersRequest",
    "FbsSupplyBarcodeResponse",
    "FbsSupplyBarcodeType",
    "FbsSupplyBoxesAdd201Response",
    "FbsSupplyBoxesAddRequest",
    "FbsSupplyBoxesDeleteRequest",
    "FbsSupplyBoxesResponse",
    "FbsSupplyBoxesResponseTrbxesItem",
    "FbsSupplyBoxesStickersRequest",
    "FbsSupplyBoxesStickersResponse",
    "FbsSupplyBoxesStickersResponseStickersItem",
    "FbsSupplyBoxesStickersType",
    "FbsSupplyCreate201Response",
    "FbsSupplyCreateRequest",
    "FbsSupplyDetailsResponse",
    "FbsSupplyOrderIdsResponse",
    "GetDbwWarehouseContactsResponse",
    "GetDbwWarehouseContactsResponseContactsItem",
    "InventoryReadRequest",
    "MarketplaceError",
    "MarketplaceErrorDataType0",
    "Office",
    "PingResponse",
    "ProblemError",
    "Stock",
    "StockUpdate",
    "StocksError",
    "StocksErrorItem",
    "StocksResponse",
    "StocksUpdateRequest",
    "UpdateDbwWarehouseContactsRequest",
    "UpdateDbwWarehouseContactsRequestContactsItem",
    "Warehouse",
    "WarehouseCreated",
    "WarehouseRequest",
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

"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acceptance_options_request_item import AcceptanceOptionsRequestItem
    from .acceptance_options_response import AcceptanceOptionsResponse
    from .acceptance_options_response_result_item import AcceptanceOptionsResponseResultItem
    from .acceptance_options_response_result_item_error import AcceptanceOptionsResponseResultItemError
    from .acceptance_options_response_result_item_warehouses_type_0_item import AcceptanceOptionsResponseResultItemWarehousesType0Item
    from .fbw_supplies_list_item import FbwSuppliesListItem
    from .fbw_supplies_list_request import FbwSuppliesListRequest
    from .fbw_supplies_list_request_dates_item import FbwSuppliesListRequestDatesItem
    from .fbw_supplies_list_request_dates_item_type import FbwSuppliesListRequestDatesItemType
    from .fbw_supplies_list_request_status_i_ds_item import FbwSuppliesListRequestStatusIDsItem
    from .fbw_supply_details_response import FbwSupplyDetailsResponse
    from .fbw_supply_goods_item import FbwSupplyGoodsItem
    from .fbw_supply_packages_item import FbwSupplyPackagesItem
    from .fbw_supply_packages_item_barcodes_item import FbwSupplyPackagesItemBarcodesItem
    from .fbw_warehouses_item import FbwWarehousesItem
    from .problem_error import ProblemError
    from .transit_tariffs_item import TransitTariffsItem
    from .transit_tariffs_item_box_tariff_type_0_item import TransitTariffsItemBoxTariffType0Item

_MODULES = {
    "AcceptanceOptionsRequestItem": "acceptance_options_request_item",
    "AcceptanceOptionsResponse": "acceptance_options_response",
    "AcceptanceOptionsResponseResultItem": "acceptance_options_response_result_item",
    "AcceptanceOptionsResponseResultItemError": "acceptance_options_response_result_item_error",
    "AcceptanceOptionsResponseResultItemWarehousesType0Item": "acceptance_options_response_result_item_warehouses_type_0_item",
    "FbwSuppliesListItem": "fbw_supplies_list_item",
    "FbwSuppliesListRequest": "fbw_supplies_list_request",
    "FbwSuppliesListRequestDatesItem": "fbw_supplies_list_request_dates_item",
    "FbwSuppliesListRequestDatesItemType": "fbw_supplies_list_request_dates_item_type",
    "FbwSuppliesListRequestStatusIDsItem": "fbw_supplies_list_request_status_i_ds_item",
    "FbwSupplyDetailsResponse": "fbw_supply_details_response",
    "FbwSupplyGoodsItem": "fbw_supply_goods_item",
    "FbwSupplyPackagesItem": "fbw_supply_packages_item",
    "FbwSupplyPackagesItemBarcodesItem": "fbw_supply_packages_item_barcodes_item",
    "FbwWarehousesItem": "fbw_warehouses_item",
    "ProblemError": "problem_error",
    "TransitTariffsItem": "transit_tariffs_item",
    "TransitTariffsItemBoxTariffType0Item": "transit_tariffs_item_box_tariff_type_0_item",
}

__all__ = (
    "AcceptanceOptionsRequestItem",
    "AcceptanceOptionsResponse",
    "AcceptanceOptionsResponseResultItem",
    "AcceptanceOptionsResponseResultItemError",
    "AcceptanceOptionsResponseResultItemWarehousesType0Item",
    "FbwSuppliesListItem",
    "FbwSuppliesListRequest",
    "FbwSuppliesListRequestDatesItem",
    "FbwSuppliesListRequestDatesItemType",
    "FbwSuppliesListRequestStatusIDsItem",
    "FbwSupplyDetailsResponse",
    "FbwSupplyGoodsItem",
    "FbwSupplyPackagesItem",
    "FbwSupplyPackagesItemBarcodesItem",
    "FbwWarehousesItem",
    "ProblemError",
    "TransitTariffsItem",
    "TransitTariffsItemBoxTariffType0Item",
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

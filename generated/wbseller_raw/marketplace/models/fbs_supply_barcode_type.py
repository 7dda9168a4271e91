from typing import Literal

FbsSupplyBarcodeType = Literal["png", "svg", "zplh", "zplv"]

FBS_SUPPLY_BARCODE_TYPE_VALUES: set[FbsSupplyBarcodeType] = {
    "png",
    "svg",
    "zplh",
    "zplv",
}


def check_fbs_supply_barcode_type(value: str) -> FbsSupplyBarcodeType:
    if value in FBS_SUPPLY_BARCODE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBS_SUPPLY_BARCODE_TYPE_VALUES!r}"
    )

from typing import Literal

SeacatSaveAdRequestPaymentType = Literal["cpc", "cpm"]

SEACAT_SAVE_AD_REQUEST_PAYMENT_TYPE_VALUES: set[SeacatSaveAdRequestPaymentType] = {
    "cpc",
    "cpm",
}


def check_seacat_save_ad_request_payment_type(
    value: str,
) -> SeacatSaveAdRequestPaymentType:
    if value in SEACAT_SAVE_AD_REQUEST_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEACAT_SAVE_AD_REQUEST_PAYMENT_TYPE_VALUES!r}"
    )

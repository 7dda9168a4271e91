from typing import Literal

CampaignsInformationV2PaymentType = Literal["cpc", "cpm"]

CAMPAIGNS_INFORMATION_V2_PAYMENT_TYPE_VALUES: set[CampaignsInformationV2PaymentType] = {
    "cpc",
    "cpm",
}


def check_campaigns_information_v2_payment_type(
    value: str,
) -> CampaignsInformationV2PaymentType:
    if value in CAMPAIGNS_INFORMATION_V2_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGNS_INFORMATION_V2_PAYMENT_TYPE_VALUES!r}"
    )

from typing import Literal

CustomBidCampaignsInformationPaymentType = Literal["cpc", "cpm"]

CUSTOM_BID_CAMPAIGNS_INFORMATION_PAYMENT_TYPE_VALUES: set[
    CustomBidCampaignsInformationPaymentType
] = {
    "cpc",
    "cpm",
}


def check_custom_bid_campaigns_information_payment_type(
    value: str,
) -> CustomBidCampaignsInformationPaymentType:
    if value in CUSTOM_BID_CAMPAIGNS_INFORMATION_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_BID_CAMPAIGNS_INFORMATION_PAYMENT_TYPE_VALUES!r}"
    )

from typing import Literal

CampaignsInformationOrder = Literal["change", "create", "id"]

CAMPAIGNS_INFORMATION_ORDER_VALUES: set[CampaignsInformationOrder] = {
    "change",
    "create",
    "id",
}


def check_campaigns_information_order(value: str) -> CampaignsInformationOrder:
    if value in CAMPAIGNS_INFORMATION_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGNS_INFORMATION_ORDER_VALUES!r}"
    )

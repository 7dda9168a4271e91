from typing import Literal

CampaignsInformationStatus = Literal[-1, 4, 7, 8, 9, 11]

CAMPAIGNS_INFORMATION_STATUS_VALUES: set[CampaignsInformationStatus] = {
    -1,
    4,
    7,
    8,
    9,
    11,
}


def check_campaigns_information_status(value: int) -> CampaignsInformationStatus:
    if value in CAMPAIGNS_INFORMATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGNS_INFORMATION_STATUS_VALUES!r}"
    )

from typing import Literal

CampaignsInformationType = Literal[4, 5, 6, 7, 8]

CAMPAIGNS_INFORMATION_TYPE_VALUES: set[CampaignsInformationType] = {
    4,
    5,
    6,
    7,
    8,
}


def check_campaigns_information_type(value: int) -> CampaignsInformationType:
    if value in CAMPAIGNS_INFORMATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGNS_INFORMATION_TYPE_VALUES!r}"
    )

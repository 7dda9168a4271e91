from typing import Literal

CampaignsInformationDirection = Literal["asc", "desc"]

CAMPAIGNS_INFORMATION_DIRECTION_VALUES: set[CampaignsInformationDirection] = {
    "asc",
    "desc",
}


def check_campaigns_information_direction(value: str) -> CampaignsInformationDirection:
    if value in CAMPAIGNS_INFORMATION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGNS_INFORMATION_DIRECTION_VALUES!r}"
    )

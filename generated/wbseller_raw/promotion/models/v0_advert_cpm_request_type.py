from typing import Literal

V0AdvertCpmRequestType = Literal[5, 6, 7, 8, 9]

V0_ADVERT_CPM_REQUEST_TYPE_VALUES: set[V0AdvertCpmRequestType] = {
    5,
    6,
    7,
    8,
    9,
}


def check_v0_advert_cpm_request_type(value: int) -> V0AdvertCpmRequestType:
    if value in V0_ADVERT_CPM_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V0_ADVERT_CPM_REQUEST_TYPE_VALUES!r}"
    )

from typing import Literal

FbsOrdersStickersType = Literal["png", "svg", "zplh", "zplv"]

FBS_ORDERS_STICKERS_TYPE_VALUES: set[FbsOrdersStickersType] = {
    "png",
    "svg",
    "zplh",
    "zplv",
}


def check_fbs_orders_stickers_type(value: str) -> FbsOrdersStickersType:
    if value in FBS_ORDERS_STICKERS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBS_ORDERS_STICKERS_TYPE_VALUES!r}"
    )

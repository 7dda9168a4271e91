from typing import Literal

FbsOrdersStickersHeight = Literal[30, 40]

FBS_ORDERS_STICKERS_HEIGHT_VALUES: set[FbsOrdersStickersHeight] = {
    30,
    40,
}


def check_fbs_orders_stickers_height(value: int) -> FbsOrdersStickersHeight:
    if value in FBS_ORDERS_STICKERS_HEIGHT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBS_ORDERS_STICKERS_HEIGHT_VALUES!r}"
    )

from typing import Literal

FbsOrdersStickersWidth = Literal[40, 58]

FBS_ORDERS_STICKERS_WIDTH_VALUES: set[FbsOrdersStickersWidth] = {
    40,
    58,
}


def check_fbs_orders_stickers_width(value: int) -> FbsOrdersStickersWidth:
    if value in FBS_ORDERS_STICKERS_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBS_ORDERS_STICKERS_WIDTH_VALUES!r}"
    )

from typing import Literal

DbwOrdersStickersWidth = Literal[40, 58]

DBW_ORDERS_STICKERS_WIDTH_VALUES: set[DbwOrdersStickersWidth] = {
    40,
    58,
}


def check_dbw_orders_stickers_width(value: int) -> DbwOrdersStickersWidth:
    if value in DBW_ORDERS_STICKERS_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBW_ORDERS_STICKERS_WIDTH_VALUES!r}"
    )

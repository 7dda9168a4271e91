from typing import Literal

DbwOrdersStickersHeight = Literal[30, 40]

DBW_ORDERS_STICKERS_HEIGHT_VALUES: set[DbwOrdersStickersHeight] = {
    30,
    40,
}


def check_dbw_orders_stickers_height(value: int) -> DbwOrdersStickersHeight:
    if value in DBW_ORDERS_STICKERS_HEIGHT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBW_ORDERS_STICKERS_HEIGHT_VALUES!r}"
    )

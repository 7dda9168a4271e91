from typing import Literal

DbsOrdersStickersHeight = Literal[40]

DBS_ORDERS_STICKERS_HEIGHT_VALUES: set[DbsOrdersStickersHeight] = {
    40,
}


def check_dbs_orders_stickers_height(value: int) -> DbsOrdersStickersHeight:
    if value in DBS_ORDERS_STICKERS_HEIGHT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBS_ORDERS_STICKERS_HEIGHT_VALUES!r}"
    )

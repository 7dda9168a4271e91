from typing import Literal

DbsOrdersStickersWidth = Literal[58]

DBS_ORDERS_STICKERS_WIDTH_VALUES: set[DbsOrdersStickersWidth] = {
    58,
}


def check_dbs_orders_stickers_width(value: int) -> DbsOrdersStickersWidth:
    if value in DBS_ORDERS_STICKERS_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBS_ORDERS_STICKERS_WIDTH_VALUES!r}"
    )

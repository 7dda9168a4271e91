from typing import Literal

DbwOrdersStickersType = Literal["png", "svg", "zplh", "zplv"]

DBW_ORDERS_STICKERS_TYPE_VALUES: set[DbwOrdersStickersType] = {
    "png",
    "svg",
    "zplh",
    "zplv",
}


def check_dbw_orders_stickers_type(value: str) -> DbwOrdersStickersType:
    if value in DBW_ORDERS_STICKERS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBW_ORDERS_STICKERS_TYPE_VALUES!r}"
    )

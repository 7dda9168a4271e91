from typing import Literal

DbsOrdersStickersType = Literal["pdf"]

DBS_ORDERS_STICKERS_TYPE_VALUES: set[DbsOrdersStickersType] = {
    "pdf",
}


def check_dbs_orders_stickers_type(value: str) -> DbsOrdersStickersType:
    if value in DBS_ORDERS_STICKERS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBS_ORDERS_STICKERS_TYPE_VALUES!r}"
    )

from typing import Literal

DbwOrdersDeleteMetaRequestKey = Literal["gtin", "imei", "sgtin", "uin"]

DBW_ORDERS_DELETE_META_REQUEST_KEY_VALUES: set[DbwOrdersDeleteMetaRequestKey] = {
    "gtin",
    "imei",
    "sgtin",
    "uin",
}


def check_dbw_orders_delete_meta_request_key(
    value: str,
) -> DbwOrdersDeleteMetaRequestKey:
    if value in DBW_ORDERS_DELETE_META_REQUEST_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBW_ORDERS_DELETE_META_REQUEST_KEY_VALUES!r}"
    )

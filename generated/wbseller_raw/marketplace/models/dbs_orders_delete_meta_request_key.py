from typing import Literal

DbsOrdersDeleteMetaRequestKey = Literal[
    "customsDeclaration", "gtin", "imei", "sgtin", "uin"
]

DBS_ORDERS_DELETE_META_REQUEST_KEY_VALUES: set[DbsOrdersDeleteMetaRequestKey] = {
    "customsDeclaration",
    "gtin",
    "imei",
    "sgtin",
    "uin",
}


def check_dbs_orders_delete_meta_request_key(
    value: str,
) -> DbsOrdersDeleteMetaRequestKey:
    if value in DBS_ORDERS_DELETE_META_REQUEST_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBS_ORDERS_DELETE_META_REQUEST_KEY_VALUES!r}"
    )

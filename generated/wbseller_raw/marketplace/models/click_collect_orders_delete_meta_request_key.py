from typing import Literal

ClickCollectOrdersDeleteMetaRequestKey = Literal[
    "customsDeclaration", "gtin", "imei", "sgtin", "uin"
]

CLICK_COLLECT_ORDERS_DELETE_META_REQUEST_KEY_VALUES: set[
    ClickCollectOrdersDeleteMetaRequestKey
] = {
    "customsDeclaration",
    "gtin",
    "imei",
    "sgtin",
    "uin",
}


def check_click_collect_orders_delete_meta_request_key(
    value: str,
) -> ClickCollectOrdersDeleteMetaRequestKey:
    if value in CLICK_COLLECT_ORDERS_DELETE_META_REQUEST_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLICK_COLLECT_ORDERS_DELETE_META_REQUEST_KEY_VALUES!r}"
    )

from typing import Literal

FbsOrderDeleteMetaKey = Literal["customsDeclaration", "gtin", "imei", "sgtin", "uin"]

FBS_ORDER_DELETE_META_KEY_VALUES: set[FbsOrderDeleteMetaKey] = {
    "customsDeclaration",
    "gtin",
    "imei",
    "sgtin",
    "uin",
}


def check_fbs_order_delete_meta_key(value: str) -> FbsOrderDeleteMetaKey:
    if value in FBS_ORDER_DELETE_META_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBS_ORDER_DELETE_META_KEY_VALUES!r}"
    )

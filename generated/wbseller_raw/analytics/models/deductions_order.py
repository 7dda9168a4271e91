from typing import Literal

DeductionsOrder = Literal["asc", "desc"]

DEDUCTIONS_ORDER_VALUES: set[DeductionsOrder] = {
    "asc",
    "desc",
}


def check_deductions_order(value: str) -> DeductionsOrder:
    if value in DEDUCTIONS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEDUCTIONS_ORDER_VALUES!r}"
    )

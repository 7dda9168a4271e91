from typing import Literal

DeductionsSort = Literal["bonusSumm", "dtBonus", "nmId"]

DEDUCTIONS_SORT_VALUES: set[DeductionsSort] = {
    "bonusSumm",
    "dtBonus",
    "nmId",
}


def check_deductions_sort(value: str) -> DeductionsSort:
    if value in DEDUCTIONS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEDUCTIONS_SORT_VALUES!r}"
    )

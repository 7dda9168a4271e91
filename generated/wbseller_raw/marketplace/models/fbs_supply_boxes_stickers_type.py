from typing import Literal

FbsSupplyBoxesStickersType = Literal["png", "svg", "zplh", "zplv"]

FBS_SUPPLY_BOXES_STICKERS_TYPE_VALUES: set[FbsSupplyBoxesStickersType] = {
    "png",
    "svg",
    "zplh",
    "zplv",
}


def check_fbs_supply_boxes_stickers_type(value: str) -> FbsSupplyBoxesStickersType:
    if value in FBS_SUPPLY_BOXES_STICKERS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FBS_SUPPLY_BOXES_STICKERS_TYPE_VALUES!r}"
    )

from typing import Literal

Locale = Literal["en", "ru", "zh"]

LOCALE_VALUES: set[Locale] = {
    "en",
    "ru",
    "zh",
}


def check_locale(value: str) -> Locale:
    if value in LOCALE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCALE_VALUES!r}")

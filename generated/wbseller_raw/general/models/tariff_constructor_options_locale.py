from typing import Literal

TariffConstructorOptionsLocale = Literal["en", "ru"]

TARIFF_CONSTRUCTOR_OPTIONS_LOCALE_VALUES: set[TariffConstructorOptionsLocale] = {
    "en",
    "ru",
}


def check_tariff_constructor_options_locale(
    value: str,
) -> TariffConstructorOptionsLocale:
    if value in TARIFF_CONSTRUCTOR_OPTIONS_LOCALE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TARIFF_CONSTRUCTOR_OPTIONS_LOCALE_VALUES!r}"
    )

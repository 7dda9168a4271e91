from typing import Literal

ExciseReportRequestCountriesItem = Literal["AM", "BY", "KG", "KZ", "RU", "UZ"]

EXCISE_REPORT_REQUEST_COUNTRIES_ITEM_VALUES: set[ExciseReportRequestCountriesItem] = {
    "AM",
    "BY",
    "KG",
    "KZ",
    "RU",
    "UZ",
}


def check_excise_report_request_countries_item(
    value: str,
) -> ExciseReportRequestCountriesItem:
    if value in EXCISE_REPORT_REQUEST_COUNTRIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCISE_REPORT_REQUEST_COUNTRIES_ITEM_VALUES!r}"
    )

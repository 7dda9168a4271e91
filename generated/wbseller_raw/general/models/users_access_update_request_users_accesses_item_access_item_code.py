from typing import Literal

UsersAccessUpdateRequestUsersAccessesItemAccessItemCode = Literal[
    "balance",
    "brands",
    "brandsFlow",
    "brandzone",
    "brandzoneSubscribe",
    "changeJam",
    "copyrightComplaints",
    "discountPrice",
    "feedbacks",
    "finance",
    "marketplace",
    "oldAnalyticsReports",
    "pinFeedbacks",
    "pointsForReviews",
    "pretrialClaims",
    "questions",
    "sellersChat",
    "showcase",
    "suppliersDocuments",
    "supply",
]

USERS_ACCESS_UPDATE_REQUEST_USERS_ACCESSES_ITEM_ACCESS_ITEM_CODE_VALUES: set[
    UsersAccessUpdateRequestUsersAccessesItemAccessItemCode
] = {
    "balance",
    "brands",
    "brandsFlow",
    "brandzone",
    "brandzoneSubscribe",
    "changeJam",
    "copyrightComplaints",
    "discountPrice",
    "feedbacks",
    "finance",
    "marketplace",
    "oldAnalyticsReports",
    "pinFeedbacks",
    "pointsForReviews",
    "pretrialClaims",
    "questions",
    "sellersChat",
    "showcase",
    "suppliersDocuments",
    "supply",
}


def check_users_access_update_request_users_accesses_item_access_item_code(
    value: str,
) -> UsersAccessUpdateRequestUsersAccessesItemAccessItemCode:
    if value in USERS_ACCESS_UPDATE_REQUEST_USERS_ACCESSES_ITEM_ACCESS_ITEM_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERS_ACCESS_UPDATE_REQUEST_USERS_ACCESSES_ITEM_ACCESS_ITEM_CODE_VALUES!r}"
    )

from typing import Literal

UserInviteRequestAccessItemCode = Literal[
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

USER_INVITE_REQUEST_ACCESS_ITEM_CODE_VALUES: set[UserInviteRequestAccessItemCode] = {
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


def check_user_invite_request_access_item_code(
    value: str,
) -> UserInviteRequestAccessItemCode:
    if value in USER_INVITE_REQUEST_ACCESS_ITEM_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_INVITE_REQUEST_ACCESS_ITEM_CODE_VALUES!r}"
    )

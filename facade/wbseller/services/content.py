"""Content: the cards list and trash with their cursor, the list of failed cards, and card
writes you can wait on.

for card in wb.content.iter_cards(text_search="shirt"):
    ...
upload = wb.content.create_cards([{"subjectID": 105, "variants": [...]}])
result = upload.wait(timeout=300)        # each vendorCode -> its nmID or WB's errors for it
result.raise_for_errors()
"""

from __future__ import annotations

from .content_brands import ContentBrandsOps
from .content_lists import ALL_CARDS, WITH_PHOTO, WITHOUT_PHOTO, ContentListsOps
from .content_upload import CardOutcome, CardsResult, CardsUpload
from .content_writes import CardWritesOps


class ContentOps(ContentListsOps, CardWritesOps, ContentBrandsOps):
    """Content operations shared by the sync and async content services."""


__all__ = [
    "ALL_CARDS",
    "WITHOUT_PHOTO",
    "WITH_PHOTO",
    "CardOutcome",
    "CardsResult",
    "CardsUpload",
    "ContentOps",
]

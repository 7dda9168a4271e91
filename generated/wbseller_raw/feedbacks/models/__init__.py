"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .feedback_answer_edit_request import FeedbackAnswerEditRequest
    from .feedback_answer_request import FeedbackAnswerRequest
    from .feedback_by_id_response import FeedbackByIdResponse
    from .feedback_by_id_response_data import FeedbackByIdResponseData
    from .feedback_by_id_response_data_answer_type_0 import FeedbackByIdResponseDataAnswerType0
    from .feedback_by_id_response_data_photo_links_type_0_item import FeedbackByIdResponseDataPhotoLinksType0Item
    from .feedback_by_id_response_data_product_details import FeedbackByIdResponseDataProductDetails
    from .feedback_by_id_response_data_video_type_0 import FeedbackByIdResponseDataVideoType0
    from .feedback_order_return_request import FeedbackOrderReturnRequest
    from .feedback_order_return_response import FeedbackOrderReturnResponse
    from .feedback_order_return_response_data_type_0 import FeedbackOrderReturnResponseDataType0
    from .feedbacks_archive_list_order import FeedbacksArchiveListOrder
    from .feedbacks_archive_list_response import FeedbacksArchiveListResponse
    from .feedbacks_archive_list_response_data import FeedbacksArchiveListResponseData
    from .feedbacks_archive_list_response_data_feedbacks_item import FeedbacksArchiveListResponseDataFeedbacksItem
    from .feedbacks_archive_list_response_data_feedbacks_item_answer_type_0 import FeedbacksArchiveListResponseDataFeedbacksItemAnswerType0
    from .feedbacks_archive_list_response_data_feedbacks_item_photo_links_type_0_item import FeedbacksArchiveListResponseDataFeedbacksItemPhotoLinksType0Item
    from .feedbacks_archive_list_response_data_feedbacks_item_product_details import FeedbacksArchiveListResponseDataFeedbacksItemProductDetails
    from .feedbacks_archive_list_response_data_feedbacks_item_video_type_0 import FeedbacksArchiveListResponseDataFeedbacksItemVideoType0
    from .feedbacks_count_response import FeedbacksCountResponse
    from .feedbacks_list_order import FeedbacksListOrder
    from .feedbacks_list_response import FeedbacksListResponse
    from .feedbacks_list_response_data import FeedbacksListResponseData
    from .feedbacks_list_response_data_feedbacks_item import FeedbacksListResponseDataFeedbacksItem
    from .feedbacks_list_response_data_feedbacks_item_answer_type_0 import FeedbacksListResponseDataFeedbacksItemAnswerType0
    from .feedbacks_list_response_data_feedbacks_item_photo_links_type_0_item import FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item
    from .feedbacks_list_response_data_feedbacks_item_product_details import FeedbacksListResponseDataFeedbacksItemProductDetails
    from .feedbacks_list_response_data_feedbacks_item_video_type_0 import FeedbacksListResponseDataFeedbacksItemVideoType0
    from .feedbacks_unanswered_count_response import FeedbacksUnansweredCountResponse
    from .feedbacks_unanswered_count_response_data import FeedbacksUnansweredCountResponseData
    from .new_feedbacks_questions_response import NewFeedbacksQuestionsResponse
    from .new_feedbacks_questions_response_data import NewFeedbacksQuestionsResponseData
    from .pin_feedbacks_request_item import PinFeedbacksRequestItem
    from .pin_feedbacks_request_item_pin_method import PinFeedbacksRequestItemPinMethod
    from .pin_feedbacks_request_item_pin_on import PinFeedbacksRequestItemPinOn
    from .pin_feedbacks_response import PinFeedbacksResponse
    from .pin_feedbacks_response_data_item import PinFeedbacksResponseDataItem
    from .pin_feedbacks_response_data_item_errors_item import PinFeedbacksResponseDataItemErrorsItem
    from .pinned_feedbacks_count_pin_on import PinnedFeedbacksCountPinOn
    from .pinned_feedbacks_count_response import PinnedFeedbacksCountResponse
    from .pinned_feedbacks_count_state import PinnedFeedbacksCountState
    from .pinned_feedbacks_limits_response import PinnedFeedbacksLimitsResponse
    from .pinned_feedbacks_limits_response_data import PinnedFeedbacksLimitsResponseData
    from .pinned_feedbacks_limits_response_data_subscription_type_0 import PinnedFeedbacksLimitsResponseDataSubscriptionType0
    from .pinned_feedbacks_limits_response_data_tariff_type_0 import PinnedFeedbacksLimitsResponseDataTariffType0
    from .pinned_feedbacks_list_pin_on import PinnedFeedbacksListPinOn
    from .pinned_feedbacks_list_response import PinnedFeedbacksListResponse
    from .pinned_feedbacks_list_response_data_item import PinnedFeedbacksListResponseDataItem
    from .pinned_feedbacks_list_state import PinnedFeedbacksListState
    from .problem_error import ProblemError
    from .question_by_id_response import QuestionByIdResponse
    from .question_by_id_response_data import QuestionByIdResponseData
    from .question_by_id_response_data_answer_type_0 import QuestionByIdResponseDataAnswerType0
    from .question_by_id_response_data_product_details import QuestionByIdResponseDataProductDetails
    from .question_update_request_variant_1 import QuestionUpdateRequestVariant1
    from .question_update_request_variant_2 import QuestionUpdateRequestVariant2
    from .question_update_request_variant_2_answer import QuestionUpdateRequestVariant2Answer
    from .question_update_response import QuestionUpdateResponse
    from .question_update_response_data_type_0 import QuestionUpdateResponseDataType0
    from .questions_count_response import QuestionsCountResponse
    from .questions_list_response import QuestionsListResponse
    from .questions_list_response_data import QuestionsListResponseData
    from .questions_list_response_data_questions_item import QuestionsListResponseDataQuestionsItem
    from .questions_list_response_data_questions_item_answer_type_0 import QuestionsListResponseDataQuestionsItemAnswerType0
    from .questions_list_response_data_questions_item_product_details import QuestionsListResponseDataQuestionsItemProductDetails
    from .questions_unanswered_count_response import QuestionsUnansweredCountResponse
    from .questions_unanswered_count_response_data import QuestionsUnansweredCountResponseData
    from .unpin_feedbacks_response import UnpinFeedbacksResponse

_MODULES = {
    "FeedbackAnswerEditRequest": "feedback_answer_edit_request",
    "FeedbackAnswerRequest": "feedback_answer_request",
    "FeedbackByIdResponse": "feedback_by_id_response",
    "FeedbackByIdResponseData": "feedback_by_id_response_data",
    "FeedbackByIdResponseDataAnswerType0": "feedback_by_id_response_data_answer_type_0",
    "FeedbackByIdResponseDataPhotoLinksType0Item": "feedback_by_id_response_data_photo_links_type_0_item",
    "FeedbackByIdResponseDataProductDetails": "feedback_by_id_response_data_product_details",
    "FeedbackByIdResponseDataVideoType0": "feedback_by_id_response_data_video_type_0",
    "FeedbackOrderReturnRequest": "feedback_order_return_request",
    "FeedbackOrderReturnResponse": "feedback_order_return_response",
    "FeedbackOrderReturnResponseDataType0": "feedback_order_return_response_data_type_0",
    "FeedbacksArchiveListOrder": "feedbacks_archive_list_order",
    "FeedbacksArchiveListResponse": "feedbacks_archive_list_response",
    "FeedbacksArchiveListResponseData": "feedbacks_archive_list_response_data",
    "FeedbacksArchiveListResponseDataFeedbacksItem": "feedbacks_archive_list_response_data_feedbacks_item",
    "FeedbacksArchiveListResponseDataFeedbacksItemAnswerType0": "feedbacks_archive_list_response_data_feedbacks_item_answer_type_0",
    "FeedbacksArchiveListResponseDataFeedbacksItemPhotoLinksType0Item": "feedbacks_archive_list_response_data_feedbacks_item_photo_links_type_0_item",
    "FeedbacksArchiveListResponseDataFeedbacksItemProductDetails": "feedbacks_archive_list_response_data_feedbacks_item_product_details",
    "FeedbacksArchiveListResponseDataFeedbacksItemVideoType0": "feedbacks_archive_list_response_data_feedbacks_item_video_type_0",
    "FeedbacksCountResponse": "feedbacks_count_response",
    "FeedbacksListOrder": "feedbacks_list_order",
    "FeedbacksListResponse": "feedbacks_list_response",
    "FeedbacksListResponseData": "feedbacks_list_response_data",
    "FeedbacksListResponseDataFeedbacksItem": "feedbacks_list_response_data_feedbacks_item",
    "FeedbacksListResponseDataFeedbacksItemAnswerType0": "feedbacks_list_response_data_feedbacks_item_answer_type_0",
    "FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item": "feedbacks_list_response_data_feedbacks_item_photo_links_type_0_item",
    "FeedbacksListResponseDataFeedbacksItemProductDetails": "feedbacks_list_response_data_feedbacks_item_product_details",
    "FeedbacksListResponseDataFeedbacksItemVideoType0": "feedbacks_list_response_data_feedbacks_item_video_type_0",
    "FeedbacksUnansweredCountResponse": "feedbacks_unanswered_count_response",
    "FeedbacksUnansweredCountResponseData": "feedbacks_unanswered_count_response_data",
    "NewFeedbacksQuestionsResponse": "new_feedbacks_questions_response",
    "NewFeedbacksQuestionsResponseData": "new_feedbacks_questions_response_data",
    "PinFeedbacksRequestItem": "pin_feedbacks_request_item",
    "PinFeedbacksRequestItemPinMethod": "pin_feedbacks_request_item_pin_method",
    "PinFeedbacksRequestItemPinOn": "pin_feedbacks_request_item_pin_on",
    "PinFeedbacksResponse": "pin_feedbacks_response",
    "PinFeedbacksResponseDataItem": "pin_feedbacks_response_data_item",
    "PinFeedbacksResponseDataItemErrorsItem": "pin_feedbacks_response_data_item_errors_item",
    "PinnedFeedbacksCountPinOn": "pinned_feedbacks_count_pin_on",
    "PinnedFeedbacksCountResponse": "pinned_feedbacks_count_response",
    "PinnedFeedbacksCountState": "pinned_feedbacks_count_state",
    "PinnedFeedbacksLimitsResponse": "pinned_feedbacks_limits_response",
    "PinnedFeedbacksLimitsResponseData": "pinned_feedbacks_limits_response_data",
    "PinnedFeedbacksLimitsResponseDataSubscriptionType0": "pinned_feedbacks_limits_response_data_subscription_type_0",
    "PinnedFeedbacksLimitsResponseDataTariffType0": "pinned_feedbacks_limits_response_data_tariff_type_0",
    "PinnedFeedbacksListPinOn": "pinned_feedbacks_list_pin_on",
    "PinnedFeedbacksListResponse": "pinned_feedbacks_list_response",
    "PinnedFeedbacksListResponseDataItem": "pinned_feedbacks_list_response_data_item",
    "PinnedFeedbacksListState": "pinned_feedbacks_list_state",
    "ProblemError": "problem_error",
    "QuestionByIdResponse": "question_by_id_response",
    "QuestionByIdResponseData": "question_by_id_response_data",
    "QuestionByIdResponseDataAnswerType0": "question_by_id_response_data_answer_type_0",
    "QuestionByIdResponseDataProductDetails": "question_by_id_response_data_product_details",
    "QuestionUpdateRequestVariant1": "question_update_request_variant_1",
    "QuestionUpdateRequestVariant2": "question_update_request_variant_2",
    "QuestionUpdateRequestVariant2Answer": "question_update_request_variant_2_answer",
    "QuestionUpdateResponse": "question_update_response",
    "QuestionUpdateResponseDataType0": "question_update_response_data_type_0",
    "QuestionsCountResponse": "questions_count_response",
    "QuestionsListResponse": "questions_list_response",
    "QuestionsListResponseData": "questions_list_response_data",
    "QuestionsListResponseDataQuestionsItem": "questions_list_response_data_questions_item",
    "QuestionsListResponseDataQuestionsItemAnswerType0": "questions_list_response_data_questions_item_answer_type_0",
    "QuestionsListResponseDataQuestionsItemProductDetails": "questions_list_response_data_questions_item_product_details",
    "QuestionsUnansweredCountResponse": "questions_unanswered_count_response",
    "QuestionsUnansweredCountResponseData": "questions_unanswered_count_response_data",
    "UnpinFeedbacksResponse": "unpin_feedbacks_response",
}

__all__ = (
    "FeedbackAnswerEditRequest",
    "FeedbackAnswerRequest",
    "FeedbackByIdResponse",
    "FeedbackByIdResponseData",
    "FeedbackByIdResponseDataAnswerType0",
    "FeedbackByIdResponseDataPhotoLinksType0Item",
    "FeedbackByIdResponseDataProductDetails",
    "FeedbackByIdResponseDataVideoType0",
    "FeedbackOrderReturnRequest",
    "FeedbackOrderReturnResponse",
    "FeedbackOrderReturnResponseDataType0",
    "FeedbacksArchiveListOrder",
    "FeedbacksArchiveListResponse",
    "FeedbacksArchiveListResponseData",
    "FeedbacksArchiveListResponseDataFeedbacksItem",
    "FeedbacksArchiveListResponseDataFeedbacksItemAnswerType0",
    "FeedbacksArchiveListResponseDataFeedbacksItemPhotoLinksType0Item",
    "FeedbacksArchiveListResponseDataFeedbacksItemProductDetails",
    "FeedbacksArchiveListResponseDataFeedbacksItemVideoType0",
    "FeedbacksCountResponse",
    "FeedbacksListOrder",
    "FeedbacksListResponse",
    "FeedbacksListResponseData",
    "FeedbacksListResponseDataFeedbacksItem",
    "FeedbacksListResponseDataFeedbacksItemAnswerType0",
    "FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item",
    "FeedbacksListResponseDataFeedbacksItemProductDetails",
    "FeedbacksListResponseDataFeedbacksItemVideoType0",
    "FeedbacksUnansweredCountResponse",
    "FeedbacksUnansweredCountResponseData",
    "NewFeedbacksQuestionsResponse",
    "NewFeedbacksQuestionsResponseData",
    "PinFeedbacksRequestItem",
    "PinFeedbacksRequestItemPinMethod",
    "PinFeedbacksRequestItemPinOn",
    "PinFeedbacksResponse",
    "PinFeedbacksResponseDataItem",
    "PinFeedbacksResponseDataItemErrorsItem",
    "PinnedFeedbacksCountPinOn",
    "PinnedFeedbacksCountResponse",
    "PinnedFeedbacksCountState",
    "PinnedFeedbacksLimitsResponse",
    "PinnedFeedbacksLimitsResponseData",
    "PinnedFeedbacksLimitsResponseDataSubscriptionType0",
    "PinnedFeedbacksLimitsResponseDataTariffType0",
    "PinnedFeedbacksListPinOn",
    "PinnedFeedbacksListResponse",
    "PinnedFeedbacksListResponseDataItem",
    "PinnedFeedbacksListState",
    "ProblemError",
    "QuestionByIdResponse",
    "QuestionByIdResponseData",
    "QuestionByIdResponseDataAnswerType0",
    "QuestionByIdResponseDataProductDetails",
    "QuestionUpdateRequestVariant1",
    "QuestionUpdateRequestVariant2",
    "QuestionUpdateRequestVariant2Answer",
    "QuestionUpdateResponse",
    "QuestionUpdateResponseDataType0",
    "QuestionsCountResponse",
    "QuestionsListResponse",
    "QuestionsListResponseData",
    "QuestionsListResponseDataQuestionsItem",
    "QuestionsListResponseDataQuestionsItemAnswerType0",
    "QuestionsListResponseDataQuestionsItemProductDetails",
    "QuestionsUnansweredCountResponse",
    "QuestionsUnansweredCountResponseData",
    "UnpinFeedbacksResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])

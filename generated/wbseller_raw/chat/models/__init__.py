"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat_attachment_download_202_response import ChatAttachmentDownload202Response
    from .chat_events_response import ChatEventsResponse
    from .chat_events_response_result import ChatEventsResponseResult
    from .chat_events_response_result_events_item import ChatEventsResponseResultEventsItem
    from .chat_events_response_result_events_item_message import ChatEventsResponseResultEventsItemMessage
    from .chat_events_response_result_events_item_message_attachments import ChatEventsResponseResultEventsItemMessageAttachments
    from .chat_events_response_result_events_item_message_attachments_files_item import ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem
    from .chat_events_response_result_events_item_message_attachments_good_card import ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard
    from .chat_events_response_result_events_item_message_attachments_images_item import ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem
    from .chat_send_message_request import ChatSendMessageRequest
    from .chat_send_message_response import ChatSendMessageResponse
    from .chat_send_message_response_result import ChatSendMessageResponseResult
    from .chats_list_response import ChatsListResponse
    from .chats_list_response_result_item import ChatsListResponseResultItem
    from .chats_list_response_result_item_good_card import ChatsListResponseResultItemGoodCard
    from .chats_list_response_result_item_last_message import ChatsListResponseResultItemLastMessage
    from .problem_error import ProblemError

_MODULES = {
    "ChatAttachmentDownload202Response": "chat_attachment_download_202_response",
    "ChatEventsResponse": "chat_events_response",
    "ChatEventsResponseResult": "chat_events_response_result",
    "ChatEventsResponseResultEventsItem": "chat_events_response_result_events_item",
    "ChatEventsResponseResultEventsItemMessage": "chat_events_response_result_events_item_message",
    "ChatEventsResponseResultEventsItemMessageAttachments": "chat_events_response_result_events_item_message_attachments",
    "ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem": "chat_events_response_result_events_item_message_attachments_files_item",
    "ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard": "chat_events_response_result_events_item_message_attachments_good_card",
    "ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem": "chat_events_response_result_events_item_message_attachments_images_item",
    "ChatSendMessageRequest": "chat_send_message_request",
    "ChatSendMessageResponse": "chat_send_message_response",
    "ChatSendMessageResponseResult": "chat_send_message_response_result",
    "ChatsListResponse": "chats_list_response",
    "ChatsListResponseResultItem": "chats_list_response_result_item",
    "ChatsListResponseResultItemGoodCard": "chats_list_response_result_item_good_card",
    "ChatsListResponseResultItemLastMessage": "chats_list_response_result_item_last_message",
    "ProblemError": "problem_error",
}

__all__ = (
    "ChatAttachmentDownload202Response",
    "ChatEventsResponse",
    "ChatEventsResponseResult",
    "ChatEventsResponseResultEventsItem",
    "ChatEventsResponseResultEventsItemMessage",
    "ChatEventsResponseResultEventsItemMessageAttachments",
    "ChatEventsResponseResultEventsItemMessageAttachmentsFilesItem",
    "ChatEventsResponseResultEventsItemMessageAttachmentsGoodCard",
    "ChatEventsResponseResultEventsItemMessageAttachmentsImagesItem",
    "ChatSendMessageRequest",
    "ChatSendMessageResponse",
    "ChatSendMessageResponseResult",
    "ChatsListResponse",
    "ChatsListResponseResultItem",
    "ChatsListResponseResultItemGoodCard",
    "ChatsListResponseResultItemLastMessage",
    "ProblemError",
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

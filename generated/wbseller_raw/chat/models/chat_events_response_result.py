from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_events_response_result_events_item import (
        ChatEventsResponseResultEventsItem,
    )


T = TypeVar("T", bound="ChatEventsResponseResult")


@_attrs_define
class ChatEventsResponseResult:
    """
    Attributes:
        next_ (int | Unset):
        newest_event_time (str | Unset):
        oldest_event_time (str | Unset):
        total_events (int | Unset):
        events (list[ChatEventsResponseResultEventsItem] | Unset):
    """

    next_: int | Unset = UNSET
    newest_event_time: str | Unset = UNSET
    oldest_event_time: str | Unset = UNSET
    total_events: int | Unset = UNSET
    events: list[ChatEventsResponseResultEventsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        newest_event_time = self.newest_event_time

        oldest_event_time = self.oldest_event_time

        total_events = self.total_events

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if newest_event_time is not UNSET:
            field_dict["newestEventTime"] = newest_event_time
        if oldest_event_time is not UNSET:
            field_dict["oldestEventTime"] = oldest_event_time
        if total_events is not UNSET:
            field_dict["totalEvents"] = total_events
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        newest_event_time = d.pop("newestEventTime", UNSET)

        oldest_event_time = d.pop("oldestEventTime", UNSET)

        total_events = d.pop("totalEvents", UNSET)

        _events = d.pop("events", UNSET)
        events: list[ChatEventsResponseResultEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = ChatEventsResponseResultEventsItem.from_dict(
                    events_item_data
                )

                events.append(events_item)

        chat_events_response_result = cls(
            next_=next_,
            newest_event_time=newest_event_time,
            oldest_event_time=oldest_event_time,
            total_events=total_events,
            events=events,
        )

        chat_events_response_result.additional_properties = d
        return chat_events_response_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.chat_events_response_result_events_item import ChatEventsResponseResultEventsItem

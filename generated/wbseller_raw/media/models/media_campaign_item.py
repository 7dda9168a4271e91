from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_show_hours import MediaShowHours


T = TypeVar("T", bound="MediaCampaignItem")


@_attrs_define
class MediaCampaignItem:
    """An item (banner, mailing…) of a media campaign.

    Attributes:
        id (int | Unset): Item ID.
        name (str | Unset): Item name.
        status (int | Unset): Item status.
        place (int | Unset): Position of the item.
        budget (int | Unset): Budget.
        daily_limit (int | Unset): Daily limit.
        category_name (str | Unset): Category (page) where the item is shown, e.g. "Главная".
        cpm (int | Unset): Cost per thousand views.
        url (None | str | Unset): The page a click on the banner leads to (WB's reference; media-item-url).
        advert_type (int | Unset): Item type.
        created_at (str | Unset): Creation time.
        updated_at (str | Unset): Last update time.
        date_from (str | Unset): Start of showing.
        date_to (str | Unset): End of showing.
        nms (list[int] | Unset): WB articles (nmID) advertised by the item.
        bottom_text_1 (str | Unset): First line of the bottom text.
        bottom_text_2 (str | Unset): Second line of the bottom text.
        message (str | Unset): Message text.
        additional_settings (int | Unset): Additional settings.
        receivers_count (int | Unset): Number of receivers.
        subject_id (int | Unset): Subject ID.
        subject_name (str | Unset): Subject name.
        action_name (str | Unset): Name of the promotion (sale) the item belongs to.
        show_hours (list[MediaShowHours] | Unset): Hours of showing.
        erid (str | Unset): Advertising marker (erid).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: int | Unset = UNSET
    place: int | Unset = UNSET
    budget: int | Unset = UNSET
    daily_limit: int | Unset = UNSET
    category_name: str | Unset = UNSET
    cpm: int | Unset = UNSET
    url: None | str | Unset = UNSET
    advert_type: int | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    nms: list[int] | Unset = UNSET
    bottom_text_1: str | Unset = UNSET
    bottom_text_2: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_settings: int | Unset = UNSET
    receivers_count: int | Unset = UNSET
    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    action_name: str | Unset = UNSET
    show_hours: list[MediaShowHours] | Unset = UNSET
    erid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        place = self.place

        budget = self.budget

        daily_limit = self.daily_limit

        category_name = self.category_name

        cpm = self.cpm

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        advert_type = self.advert_type

        created_at = self.created_at

        updated_at = self.updated_at

        date_from = self.date_from

        date_to = self.date_to

        nms: list[int] | Unset = UNSET
        if not isinstance(self.nms, Unset):
            nms = self.nms

        bottom_text_1 = self.bottom_text_1

        bottom_text_2 = self.bottom_text_2

        message = self.message

        additional_settings = self.additional_settings

        receivers_count = self.receivers_count

        subject_id = self.subject_id

        subject_name = self.subject_name

        action_name = self.action_name

        show_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.show_hours, Unset):
            show_hours = []
            for show_hours_item_data in self.show_hours:
                show_hours_item = show_hours_item_data.to_dict()
                show_hours.append(show_hours_item)

        erid = self.erid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if place is not UNSET:
            field_dict["place"] = place
        if budget is not UNSET:
            field_dict["budget"] = budget
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if cpm is not UNSET:
            field_dict["cpm"] = cpm
        if url is not UNSET:
            field_dict["url"] = url
        if advert_type is not UNSET:
            field_dict["advert_type"] = advert_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if nms is not UNSET:
            field_dict["nms"] = nms
        if bottom_text_1 is not UNSET:
            field_dict["bottomText1"] = bottom_text_1
        if bottom_text_2 is not UNSET:
            field_dict["bottomText2"] = bottom_text_2
        if message is not UNSET:
            field_dict["message"] = message
        if additional_settings is not UNSET:
            field_dict["additionalSettings"] = additional_settings
        if receivers_count is not UNSET:
            field_dict["receiversCount"] = receivers_count
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if subject_name is not UNSET:
            field_dict["subject_name"] = subject_name
        if action_name is not UNSET:
            field_dict["action_name"] = action_name
        if show_hours is not UNSET:
            field_dict["show_hours"] = show_hours
        if erid is not UNSET:
            field_dict["Erid"] = erid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        place = d.pop("place", UNSET)

        budget = d.pop("budget", UNSET)

        daily_limit = d.pop("daily_limit", UNSET)

        category_name = d.pop("category_name", UNSET)

        cpm = d.pop("cpm", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        advert_type = d.pop("advert_type", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        date_from = d.pop("date_from", UNSET)

        date_to = d.pop("date_to", UNSET)

        nms = cast(list[int], d.pop("nms", UNSET))

        bottom_text_1 = d.pop("bottomText1", UNSET)

        bottom_text_2 = d.pop("bottomText2", UNSET)

        message = d.pop("message", UNSET)

        additional_settings = d.pop("additionalSettings", UNSET)

        receivers_count = d.pop("receiversCount", UNSET)

        subject_id = d.pop("subject_id", UNSET)

        subject_name = d.pop("subject_name", UNSET)

        action_name = d.pop("action_name", UNSET)

        _show_hours = d.pop("show_hours", UNSET)
        show_hours: list[MediaShowHours] | Unset = UNSET
        if _show_hours is not UNSET:
            show_hours = []
            for show_hours_item_data in _show_hours:
                show_hours_item = MediaShowHours.from_dict(show_hours_item_data)

                show_hours.append(show_hours_item)

        erid = d.pop("Erid", UNSET)

        media_campaign_item = cls(
            id=id,
            name=name,
            status=status,
            place=place,
            budget=budget,
            daily_limit=daily_limit,
            category_name=category_name,
            cpm=cpm,
            url=url,
            advert_type=advert_type,
            created_at=created_at,
            updated_at=updated_at,
            date_from=date_from,
            date_to=date_to,
            nms=nms,
            bottom_text_1=bottom_text_1,
            bottom_text_2=bottom_text_2,
            message=message,
            additional_settings=additional_settings,
            receivers_count=receivers_count,
            subject_id=subject_id,
            subject_name=subject_name,
            action_name=action_name,
            show_hours=show_hours,
            erid=erid,
        )

        media_campaign_item.additional_properties = d
        return media_campaign_item

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
from ..models.media_show_hours import MediaShowHours

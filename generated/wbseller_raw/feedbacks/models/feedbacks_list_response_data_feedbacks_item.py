from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedbacks_list_response_data_feedbacks_item_answer_type_0 import (
        FeedbacksListResponseDataFeedbacksItemAnswerType0,
    )
    from ..models.feedbacks_list_response_data_feedbacks_item_photo_links_type_0_item import (
        FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item,
    )
    from ..models.feedbacks_list_response_data_feedbacks_item_product_details import (
        FeedbacksListResponseDataFeedbacksItemProductDetails,
    )
    from ..models.feedbacks_list_response_data_feedbacks_item_video_type_0 import (
        FeedbacksListResponseDataFeedbacksItemVideoType0,
    )


T = TypeVar("T", bound="FeedbacksListResponseDataFeedbacksItem")


@_attrs_define
class FeedbacksListResponseDataFeedbacksItem:
    """
    Attributes:
        id (str | Unset):
        text (str | Unset):
        pros (str | Unset):
        cons (str | Unset):
        product_valuation (int | Unset):
        created_date (str | Unset):
        answer (FeedbacksListResponseDataFeedbacksItemAnswerType0 | None | Unset):
        state (str | Unset):
        product_details (FeedbacksListResponseDataFeedbacksItemProductDetails | Unset):
        photo_links (list[FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item] | None | Unset):
        video (FeedbacksListResponseDataFeedbacksItemVideoType0 | None | Unset):
        was_viewed (bool | Unset):
        user_name (str | Unset):
        order_status (str | Unset):
        matching_size (str | Unset):
        is_able_supplier_feedback_valuation (bool | Unset):
        supplier_feedback_valuation (int | Unset):
        is_able_supplier_product_valuation (bool | Unset):
        supplier_product_valuation (int | Unset):
        is_able_return_product_orders (bool | Unset):
        return_product_orders_date (None | str | Unset):
        bables (list[str] | None | Unset):
        last_order_shk_id (int | Unset):
        last_order_created_at (str | Unset):
        color (str | Unset):
        subject_id (int | Unset):
        subject_name (str | Unset):
        parent_feedback_id (None | str | Unset):
        child_feedback_id (None | str | Unset):
    """

    id: str | Unset = UNSET
    text: str | Unset = UNSET
    pros: str | Unset = UNSET
    cons: str | Unset = UNSET
    product_valuation: int | Unset = UNSET
    created_date: str | Unset = UNSET
    answer: FeedbacksListResponseDataFeedbacksItemAnswerType0 | None | Unset = UNSET
    state: str | Unset = UNSET
    product_details: FeedbacksListResponseDataFeedbacksItemProductDetails | Unset = (
        UNSET
    )
    photo_links: (
        list[FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item] | None | Unset
    ) = UNSET
    video: FeedbacksListResponseDataFeedbacksItemVideoType0 | None | Unset = UNSET
    was_viewed: bool | Unset = UNSET
    user_name: str | Unset = UNSET
    order_status: str | Unset = UNSET
    matching_size: str | Unset = UNSET
    is_able_supplier_feedback_valuation: bool | Unset = UNSET
    supplier_feedback_valuation: int | Unset = UNSET
    is_able_supplier_product_valuation: bool | Unset = UNSET
    supplier_product_valuation: int | Unset = UNSET
    is_able_return_product_orders: bool | Unset = UNSET
    return_product_orders_date: None | str | Unset = UNSET
    bables: list[str] | None | Unset = UNSET
    last_order_shk_id: int | Unset = UNSET
    last_order_created_at: str | Unset = UNSET
    color: str | Unset = UNSET
    subject_id: int | Unset = UNSET
    subject_name: str | Unset = UNSET
    parent_feedback_id: None | str | Unset = UNSET
    child_feedback_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        text = self.text

        pros = self.pros

        cons = self.cons

        product_valuation = self.product_valuation

        created_date = self.created_date

        answer: dict[str, Any] | None | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, FeedbacksListResponseDataFeedbacksItemAnswerType0):
            answer = self.answer.to_dict()
        else:
            answer = self.answer

        state = self.state

        product_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = self.product_details.to_dict()

        photo_links: list[dict[str, Any]] | None | Unset
        if isinstance(self.photo_links, Unset):
            photo_links = UNSET
        elif isinstance(self.photo_links, list):
            photo_links = []
            for photo_links_type_0_item_data in self.photo_links:
                photo_links_type_0_item = photo_links_type_0_item_data.to_dict()
                photo_links.append(photo_links_type_0_item)

        else:
            photo_links = self.photo_links

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, FeedbacksListResponseDataFeedbacksItemVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        was_viewed = self.was_viewed

        user_name = self.user_name

        order_status = self.order_status

        matching_size = self.matching_size

        is_able_supplier_feedback_valuation = self.is_able_supplier_feedback_valuation

        supplier_feedback_valuation = self.supplier_feedback_valuation

        is_able_supplier_product_valuation = self.is_able_supplier_product_valuation

        supplier_product_valuation = self.supplier_product_valuation

        is_able_return_product_orders = self.is_able_return_product_orders

        return_product_orders_date: None | str | Unset
        if isinstance(self.return_product_orders_date, Unset):
            return_product_orders_date = UNSET
        else:
            return_product_orders_date = self.return_product_orders_date

        bables: list[str] | None | Unset
        if isinstance(self.bables, Unset):
            bables = UNSET
        elif isinstance(self.bables, list):
            bables = self.bables

        else:
            bables = self.bables

        last_order_shk_id = self.last_order_shk_id

        last_order_created_at = self.last_order_created_at

        color = self.color

        subject_id = self.subject_id

        subject_name = self.subject_name

        parent_feedback_id: None | str | Unset
        if isinstance(self.parent_feedback_id, Unset):
            parent_feedback_id = UNSET
        else:
            parent_feedback_id = self.parent_feedback_id

        child_feedback_id: None | str | Unset
        if isinstance(self.child_feedback_id, Unset):
            child_feedback_id = UNSET
        else:
            child_feedback_id = self.child_feedback_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if pros is not UNSET:
            field_dict["pros"] = pros
        if cons is not UNSET:
            field_dict["cons"] = cons
        if product_valuation is not UNSET:
            field_dict["productValuation"] = product_valuation
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if answer is not UNSET:
            field_dict["answer"] = answer
        if state is not UNSET:
            field_dict["state"] = state
        if product_details is not UNSET:
            field_dict["productDetails"] = product_details
        if photo_links is not UNSET:
            field_dict["photoLinks"] = photo_links
        if video is not UNSET:
            field_dict["video"] = video
        if was_viewed is not UNSET:
            field_dict["wasViewed"] = was_viewed
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if matching_size is not UNSET:
            field_dict["matchingSize"] = matching_size
        if is_able_supplier_feedback_valuation is not UNSET:
            field_dict["isAbleSupplierFeedbackValuation"] = (
                is_able_supplier_feedback_valuation
            )
        if supplier_feedback_valuation is not UNSET:
            field_dict["supplierFeedbackValuation"] = supplier_feedback_valuation
        if is_able_supplier_product_valuation is not UNSET:
            field_dict["isAbleSupplierProductValuation"] = (
                is_able_supplier_product_valuation
            )
        if supplier_product_valuation is not UNSET:
            field_dict["supplierProductValuation"] = supplier_product_valuation
        if is_able_return_product_orders is not UNSET:
            field_dict["isAbleReturnProductOrders"] = is_able_return_product_orders
        if return_product_orders_date is not UNSET:
            field_dict["returnProductOrdersDate"] = return_product_orders_date
        if bables is not UNSET:
            field_dict["bables"] = bables
        if last_order_shk_id is not UNSET:
            field_dict["lastOrderShkId"] = last_order_shk_id
        if last_order_created_at is not UNSET:
            field_dict["lastOrderCreatedAt"] = last_order_created_at
        if color is not UNSET:
            field_dict["color"] = color
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if parent_feedback_id is not UNSET:
            field_dict["parentFeedbackId"] = parent_feedback_id
        if child_feedback_id is not UNSET:
            field_dict["childFeedbackId"] = child_feedback_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        pros = d.pop("pros", UNSET)

        cons = d.pop("cons", UNSET)

        product_valuation = d.pop("productValuation", UNSET)

        created_date = d.pop("createdDate", UNSET)

        def _parse_answer(
            data: object,
        ) -> FeedbacksListResponseDataFeedbacksItemAnswerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_0 = (
                    FeedbacksListResponseDataFeedbacksItemAnswerType0.from_dict(data)
                )

                return answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FeedbacksListResponseDataFeedbacksItemAnswerType0 | None | Unset, data
            )

        answer = _parse_answer(d.pop("answer", UNSET))

        state = d.pop("state", UNSET)

        _product_details = d.pop("productDetails", UNSET)
        product_details: FeedbacksListResponseDataFeedbacksItemProductDetails | Unset
        if isinstance(_product_details, Unset):
            product_details = UNSET
        else:
            product_details = (
                FeedbacksListResponseDataFeedbacksItemProductDetails.from_dict(
                    _product_details
                )
            )

        def _parse_photo_links(
            data: object,
        ) -> (
            list[FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                photo_links_type_0 = []
                _photo_links_type_0 = data
                for photo_links_type_0_item_data in _photo_links_type_0:
                    photo_links_type_0_item = FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item.from_dict(
                        photo_links_type_0_item_data
                    )

                    photo_links_type_0.append(photo_links_type_0_item)

                return photo_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item]
                | None
                | Unset,
                data,
            )

        photo_links = _parse_photo_links(d.pop("photoLinks", UNSET))

        def _parse_video(
            data: object,
        ) -> FeedbacksListResponseDataFeedbacksItemVideoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = (
                    FeedbacksListResponseDataFeedbacksItemVideoType0.from_dict(data)
                )

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FeedbacksListResponseDataFeedbacksItemVideoType0 | None | Unset, data
            )

        video = _parse_video(d.pop("video", UNSET))

        was_viewed = d.pop("wasViewed", UNSET)

        user_name = d.pop("userName", UNSET)

        order_status = d.pop("orderStatus", UNSET)

        matching_size = d.pop("matchingSize", UNSET)

        is_able_supplier_feedback_valuation = d.pop(
            "isAbleSupplierFeedbackValuation", UNSET
        )

        supplier_feedback_valuation = d.pop("supplierFeedbackValuation", UNSET)

        is_able_supplier_product_valuation = d.pop(
            "isAbleSupplierProductValuation", UNSET
        )

        supplier_product_valuation = d.pop("supplierProductValuation", UNSET)

        is_able_return_product_orders = d.pop("isAbleReturnProductOrders", UNSET)

        def _parse_return_product_orders_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_product_orders_date = _parse_return_product_orders_date(
            d.pop("returnProductOrdersDate", UNSET)
        )

        def _parse_bables(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bables_type_0 = cast(list[str], data)

                return bables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bables = _parse_bables(d.pop("bables", UNSET))

        last_order_shk_id = d.pop("lastOrderShkId", UNSET)

        last_order_created_at = d.pop("lastOrderCreatedAt", UNSET)

        color = d.pop("color", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        def _parse_parent_feedback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_feedback_id = _parse_parent_feedback_id(d.pop("parentFeedbackId", UNSET))

        def _parse_child_feedback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_feedback_id = _parse_child_feedback_id(d.pop("childFeedbackId", UNSET))

        feedbacks_list_response_data_feedbacks_item = cls(
            id=id,
            text=text,
            pros=pros,
            cons=cons,
            product_valuation=product_valuation,
            created_date=created_date,
            answer=answer,
            state=state,
            product_details=product_details,
            photo_links=photo_links,
            video=video,
            was_viewed=was_viewed,
            user_name=user_name,
            order_status=order_status,
            matching_size=matching_size,
            is_able_supplier_feedback_valuation=is_able_supplier_feedback_valuation,
            supplier_feedback_valuation=supplier_feedback_valuation,
            is_able_supplier_product_valuation=is_able_supplier_product_valuation,
            supplier_product_valuation=supplier_product_valuation,
            is_able_return_product_orders=is_able_return_product_orders,
            return_product_orders_date=return_product_orders_date,
            bables=bables,
            last_order_shk_id=last_order_shk_id,
            last_order_created_at=last_order_created_at,
            color=color,
            subject_id=subject_id,
            subject_name=subject_name,
            parent_feedback_id=parent_feedback_id,
            child_feedback_id=child_feedback_id,
        )

        feedbacks_list_response_data_feedbacks_item.additional_properties = d
        return feedbacks_list_response_data_feedbacks_item

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
from ..models.feedbacks_list_response_data_feedbacks_item_answer_type_0 import FeedbacksListResponseDataFeedbacksItemAnswerType0
from ..models.feedbacks_list_response_data_feedbacks_item_photo_links_type_0_item import FeedbacksListResponseDataFeedbacksItemPhotoLinksType0Item
from ..models.feedbacks_list_response_data_feedbacks_item_product_details import FeedbacksListResponseDataFeedbacksItemProductDetails
from ..models.feedbacks_list_response_data_feedbacks_item_video_type_0 import FeedbacksListResponseDataFeedbacksItemVideoType0

"""WBD offers: creating them (their keys beyond WB's first batch added after), editing, prices
and statuses, the catalog, the list of offers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wbseller_raw.wbd import ops

from ...drift import RawItem
from ...errors import InvalidRequestError
from ...pagination import Pages
from ...plans import Plan, call
from ...validation import check_body, check_params
from .._common import answer, attr, sent
from ._rules import CONTENT_SECTIONS, KEY_SECTIONS, WbdBase, _fail, _int_id, _listing
from .keys import _add_keys_plan, _check_keys

if TYPE_CHECKING:
    from wbseller_raw.wbd.models import Catalog, Offer


def _check_prices(field: str, price: Any, discount_price: Any) -> None:
    """The spec bounds neither: a price below 0 cannot be one, nor a discounted price above the
    price (0 or none: no discount)."""
    if isinstance(price, int) and price < 0:
        raise _fail(field, price, f"{price} is below the minimum 0", 0)
    if isinstance(price, int) and isinstance(discount_price, int) and discount_price > price:
        raise _fail("discount_price", discount_price, f"{discount_price} is above the price {price}", price)
    if isinstance(discount_price, int) and discount_price < 0:
        raise _fail("discount_price", discount_price, f"{discount_price} is below the minimum 0", 0)


def _check_section_rules(
    section: int, keys: list[str], content: Sequence[Any] | None, meta: dict[str, Any] | None
) -> None:
    if section in KEY_SECTIONS:
        if not keys:
            raise _fail("keys", [], f"required for offers of section {section} (unique keys)", "required")
        if not str((meta or {}).get("key_instruction") or "").strip():
            raise _fail("meta.key_instruction", None, f"required for offers of section {section}", "required")
    if section in CONTENT_SECTIONS and not content:
        raise _fail("content", content, f"required for offers of section {section}", "required")


class OffersOps(WbdBase):
    """Offers: what a buyer sees and buys."""

    def create_offer(
        self,
        *,
        title: str,
        description: str,
        tags: Sequence[str],
        section: int,
        catalog_path: Sequence[int],
        age_rating: str,
        price: int,
        discount_price: int | None = None,
        gallery: Sequence[str] | None = None,
        keys: Sequence[str] | None = None,
        content: Sequence[dict[str, int]] | None = None,
        meta: dict[str, Any] | None = None,
        status: int = 0,
    ) -> Offer:
        """Create an offer (status 0 draft, 1 publish); returns the offer. Keys beyond WB's 1000 per
        request go in follow-up `Add activation keys` requests. Checks title ≤ 500, description
        ≤ 5000, 1-5 tags of ≤ 45 characters, section and age_rating, gallery ≤ 8, keys ≤ 200
        characters; sections 3/12/13 need keys and meta.key_instruction, 1/2/4/5/6 need content."""
        op = ops.CREATE_NEW_OFFER
        all_keys = list(keys or [])
        first = op.max_items("keys")
        body: dict[str, Any] = {
            "title": title,
            "description": description,
            "tags": list(tags),
            "section": section,
            "catalog_path": list(catalog_path),
            "age_rating": age_rating,
            "price": price,
            "status": status,
        }
        optional = {
            "discount_price": discount_price,
            "gallery": None if gallery is None else list(gallery),
            "keys": all_keys[:first] or None,
            "content": None if content is None else [dict(c) for c in content],
            "meta": meta,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        check_body(op, body)
        _check_prices("body.price", price, discount_price)
        _check_keys(all_keys)
        _check_section_rules(section, all_keys, content, meta)
        rest = all_keys[first:]

        def plan() -> Plan[Offer]:
            response = yield from call(op, body=body)
            offer = response.parsed
            assert offer is not None  # the spec's 200 answer is the offer
            if rest:
                yield from _add_keys_plan(int(attr(offer, "id")), rest)  # attr(): a RawItem's too
            return offer

        return self._runner.run(plan())

    def edit_offer(
        self,
        offer_id: int,
        *,
        title: str | None = None,
        description: str | None = None,
        price: int | None = None,
        discount_price: int | None = None,
        gallery: Sequence[str] | None = None,
        age_rating: str | None = None,
        tags: Sequence[str] | None = None,
        status: int | None = None,
        catalog_path: Sequence[int] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """Change the given fields of an offer (status 0 draft, 1 publish, 2 suspend, 3 delete);
        the same checks as create_offer on what is given."""
        fields = {
            "title": title,
            "description": description,
            "price": price,
            "discount_price": discount_price,
            "gallery": None if gallery is None else list(gallery),
            "age_rating": age_rating,
            "tags": None if tags is None else list(tags),
            "status": status,
            "catalog_path": None if catalog_path is None else list(catalog_path),
            "meta": meta,
        }
        body = {k: v for k, v in fields.items() if v is not None}
        if not body:
            raise InvalidRequestError("edit_offer: nothing to change", field="body")
        check_body(ops.EDIT_OFFER, body)
        _int_id(offer_id, "offer_id")
        if price is not None:
            _check_prices("body.price", price, discount_price)
        return self._runner.run(sent(call(ops.EDIT_OFFER, body=body, offer_id=offer_id)))

    def get_offer(self, offer_id: int) -> Offer:
        """One offer's information."""
        _int_id(offer_id, "offer_id")
        return self._runner.run(answer(call(ops.GET_OFFER_INFORMATION, offer_id=offer_id)))

    def update_price(self, offer_id: int, price: int, discount_price: int | None = None) -> None:
        """Set an offer's price and discounted price (₽); no discount_price (or 0): no discount."""
        _int_id(offer_id, "offer_id")
        body: dict[str, Any] = {"regular_price": price}
        if discount_price is not None:
            body["discount_price"] = discount_price
        check_body(ops.UPDATE_PRICE, body)
        _check_prices("body.regular_price", price, discount_price)
        return self._runner.run(sent(call(ops.UPDATE_PRICE, body=body, offer_id=offer_id)))

    def update_status(self, offer_id: int, status: int) -> None:
        """Set an offer's status: 0 draft, 1 published, 2 suspended, 3 deleted."""
        body = {"status": status}
        check_body(ops.UPDATE_STATUS, body)
        return self._runner.run(sent(call(ops.UPDATE_STATUS, body=body, offer_id=offer_id)))

    def catalog(self) -> Catalog:
        """The category tree: sections (`is_section`) and their subcategories (catalog_path IDs),
        each a CatalogNode {id, parent_id, section_id, node_order, total, name, img, path,
        children}."""
        return self._runner.run(answer(call(ops.GET_CATEGORIES_AND_THEIR_SUBCATEGORIES)))

    def iter_offers(
        self,
        *,
        search: str | None = None,
        category: int | None = None,
        status: int | None = None,
        sort: str | None = None,
        sort_dir: str | None = None,
        page_size: int | None = None,
    ) -> Pages[Offer | RawItem]:
        """Every offer matching the filters (category 1 video, 2 audio, 4 document; status 0 draft,
        1 published, 2 suspended; sort created|updated, sort_dir asc|desc), page by page."""
        op = ops.GET_A_LIST_OF_YOUR_OFFERS
        params = {
            "search": search,
            "category": category,
            "status": status,
            "sort": sort,
            "sort_dir": sort_dir,
        }
        check_params(op, params)
        return _listing(self._runner, op, params, page_size)

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.offer import Offer
from ...models.offer_create_request import OfferCreateRequest
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import Response


def _get_kwargs(
    *,
    body: OfferCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/offers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Offer | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = Offer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WbdProblem400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WbdProblem.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = WbdProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WbdProblem500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Offer | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Response[Offer | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Create new offer

     Creates a new offer. Required: title, description, tags, section, catalog_path, age_rating, price.

    - The cover is uploaded separately, after creation, with `Add or update offer cover`.
    - Additional media: upload them with `Upload media file for an offer` and put the returned URIs
      into `gallery` (up to 8 files; images JPG or PNG, videos MP4).
    - Category (`section`) and subcategory IDs (`catalog_path`): from `Get categories and their
      subcategories`.
    - Section 8 (Services): publishing there is granted through a request to technical support.
    - Offers with unique keys (sections 3 Activation keys, 12 Coupons and entertainment, 13 Gift
      certificates) need `keys` (up to 1000, each up to 200 characters; more can be added later with
      `Add activation keys`) and the activation instructions in `meta.key_instruction` (text, `\\n`
      for line breaks).
    - Offers with content (sections 1 Video content, 2 Audio content, 4 E-books, 5 Audiobooks,
      6 Digital goods) need `content`: a list of `{category_id, content}` (content category ID and
      content ID, from `Get a list of your content`), both required in each item (WB's reference,
      wbd-offer-requests).
    - `meta.key_instruction` at most 5000 characters, `meta.addresses` at most 1000 (WB's reference).
    - `status`: 0 adds to drafts (default), 1 publishes.
    - The answer's `rating` is a fractional number and its `status` may be null
      (wbd-offer-rating-status).

    Args:
        body (OfferCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Offer | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Offer | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Create new offer

     Creates a new offer. Required: title, description, tags, section, catalog_path, age_rating, price.

    - The cover is uploaded separately, after creation, with `Add or update offer cover`.
    - Additional media: upload them with `Upload media file for an offer` and put the returned URIs
      into `gallery` (up to 8 files; images JPG or PNG, videos MP4).
    - Category (`section`) and subcategory IDs (`catalog_path`): from `Get categories and their
      subcategories`.
    - Section 8 (Services): publishing there is granted through a request to technical support.
    - Offers with unique keys (sections 3 Activation keys, 12 Coupons and entertainment, 13 Gift
      certificates) need `keys` (up to 1000, each up to 200 characters; more can be added later with
      `Add activation keys`) and the activation instructions in `meta.key_instruction` (text, `\\n`
      for line breaks).
    - Offers with content (sections 1 Video content, 2 Audio content, 4 E-books, 5 Audiobooks,
      6 Digital goods) need `content`: a list of `{category_id, content}` (content category ID and
      content ID, from `Get a list of your content`), both required in each item (WB's reference,
      wbd-offer-requests).
    - `meta.key_instruction` at most 5000 characters, `meta.addresses` at most 1000 (WB's reference).
    - `status`: 0 adds to drafts (default), 1 publishes.
    - The answer's `rating` is a fractional number and its `status` may be null
      (wbd-offer-rating-status).

    Args:
        body (OfferCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Offer | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Response[Offer | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Create new offer

     Creates a new offer. Required: title, description, tags, section, catalog_path, age_rating, price.

    - The cover is uploaded separately, after creation, with `Add or update offer cover`.
    - Additional media: upload them with `Upload media file for an offer` and put the returned URIs
      into `gallery` (up to 8 files; images JPG or PNG, videos MP4).
    - Category (`section`) and subcategory IDs (`catalog_path`): from `Get categories and their
      subcategories`.
    - Section 8 (Services): publishing there is granted through a request to technical support.
    - Offers with unique keys (sections 3 Activation keys, 12 Coupons and entertainment, 13 Gift
      certificates) need `keys` (up to 1000, each up to 200 characters; more can be added later with
      `Add activation keys`) and the activation instructions in `meta.key_instruction` (text, `\\n`
      for line breaks).
    - Offers with content (sections 1 Video content, 2 Audio content, 4 E-books, 5 Audiobooks,
      6 Digital goods) need `content`: a list of `{category_id, content}` (content category ID and
      content ID, from `Get a list of your content`), both required in each item (WB's reference,
      wbd-offer-requests).
    - `meta.key_instruction` at most 5000 characters, `meta.addresses` at most 1000 (WB's reference).
    - `status`: 0 adds to drafts (default), 1 publishes.
    - The answer's `rating` is a fractional number and its `status` may be null
      (wbd-offer-rating-status).

    Args:
        body (OfferCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Offer | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OfferCreateRequest,
) -> Offer | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Create new offer

     Creates a new offer. Required: title, description, tags, section, catalog_path, age_rating, price.

    - The cover is uploaded separately, after creation, with `Add or update offer cover`.
    - Additional media: upload them with `Upload media file for an offer` and put the returned URIs
      into `gallery` (up to 8 files; images JPG or PNG, videos MP4).
    - Category (`section`) and subcategory IDs (`catalog_path`): from `Get categories and their
      subcategories`.
    - Section 8 (Services): publishing there is granted through a request to technical support.
    - Offers with unique keys (sections 3 Activation keys, 12 Coupons and entertainment, 13 Gift
      certificates) need `keys` (up to 1000, each up to 200 characters; more can be added later with
      `Add activation keys`) and the activation instructions in `meta.key_instruction` (text, `\\n`
      for line breaks).
    - Offers with content (sections 1 Video content, 2 Audio content, 4 E-books, 5 Audiobooks,
      6 Digital goods) need `content`: a list of `{category_id, content}` (content category ID and
      content ID, from `Get a list of your content`), both required in each item (WB's reference,
      wbd-offer-requests).
    - `meta.key_instruction` at most 5000 characters, `meta.addresses` at most 1000 (WB's reference).
    - `status`: 0 adds to drafts (default), 1 publishes.
    - The answer's `rating` is a fractional number and its `status` may be null
      (wbd-offer-rating-status).

    Args:
        body (OfferCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Offer | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

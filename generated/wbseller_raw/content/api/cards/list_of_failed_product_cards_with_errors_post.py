from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_error_batches_response import CardsErrorBatchesResponse
from ...models.cards_error_list_request import CardsErrorListRequest
from ...models.content_error import ContentError
from ...models.locale import Locale
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CardsErrorListRequest,
    locale: Locale | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_locale: str | Unset = UNSET
    if not isinstance(locale, Unset):
        json_locale = locale

    params["locale"] = json_locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/v2/cards/error/list",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardsErrorBatchesResponse | ContentError | ProblemError | None:
    if response.status_code == 200:
        response_200 = CardsErrorBatchesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ContentError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CardsErrorBatchesResponse | ContentError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardsErrorListRequest,
    locale: Locale | Unset = UNSET,
) -> Response[CardsErrorBatchesResponse | ContentError | ProblemError]:
    """List of failed product cards with errors

     Returns the product cards that failed to be created or updated, in batches, with the errors
    met while processing them. To remove a product card from this list, repeat the create,
    create-with-merge or update request with the errors fixed. A read: safe to repeat.

    WB's current form of the list (specs/changes/2026-12-06-content-current.yaml,
    cards-error-list-batches, after the facts of 2026-08): the body carries a cursor
    `{limit (at most 100, default 100), updatedAt, batchUUID}` and an order `{ascending
    (default true)}`; the answer's `data` is `{items, cursor}`, each item one batch
    (`batchUUID`, `updatedAt`, `vendorCodes`, and `errors`, `subjects`, `brands` per
    vendorCode). Pagination: 1. send `{"cursor": {"limit": 100}, "order": {"ascending":
    true}}`; 2. copy `updatedAt` and `batchUUID` from the answer's `cursor` into the request's
    `cursor`; 3. repeat until the answer's `cursor.next` is false.

    Rate limit: WB's reference contradicts itself here: this operation's own block gives 10
    requests per minute (interval 6 s, burst 5), shared with `GET /content/v2/cards/limits`,
    while the block of cards/limits gives that one 100 per minute; the stricter applies.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsErrorListRequest): The body of the current (POST) failed-cards list (cards-
            error-list-batches): where the page
            starts and the order of the batches. Both parts are optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsErrorBatchesResponse | ContentError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CardsErrorListRequest,
    locale: Locale | Unset = UNSET,
) -> CardsErrorBatchesResponse | ContentError | ProblemError | None:
    """List of failed product cards with errors

     Returns the product cards that failed to be created or updated, in batches, with the errors
    met while processing them. To remove a product card from this list, repeat the create,
    create-with-merge or update request with the errors fixed. A read: safe to repeat.

    WB's current form of the list (specs/changes/2026-12-06-content-current.yaml,
    cards-error-list-batches, after the facts of 2026-08): the body carries a cursor
    `{limit (at most 100, default 100), updatedAt, batchUUID}` and an order `{ascending
    (default true)}`; the answer's `data` is `{items, cursor}`, each item one batch
    (`batchUUID`, `updatedAt`, `vendorCodes`, and `errors`, `subjects`, `brands` per
    vendorCode). Pagination: 1. send `{"cursor": {"limit": 100}, "order": {"ascending":
    true}}`; 2. copy `updatedAt` and `batchUUID` from the answer's `cursor` into the request's
    `cursor`; 3. repeat until the answer's `cursor.next` is false.

    Rate limit: WB's reference contradicts itself here: this operation's own block gives 10
    requests per minute (interval 6 s, burst 5), shared with `GET /content/v2/cards/limits`,
    while the block of cards/limits gives that one 100 per minute; the stricter applies.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsErrorListRequest): The body of the current (POST) failed-cards list (cards-
            error-list-batches): where the page
            starts and the order of the batches. Both parts are optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsErrorBatchesResponse | ContentError | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardsErrorListRequest,
    locale: Locale | Unset = UNSET,
) -> Response[CardsErrorBatchesResponse | ContentError | ProblemError]:
    """List of failed product cards with errors

     Returns the product cards that failed to be created or updated, in batches, with the errors
    met while processing them. To remove a product card from this list, repeat the create,
    create-with-merge or update request with the errors fixed. A read: safe to repeat.

    WB's current form of the list (specs/changes/2026-12-06-content-current.yaml,
    cards-error-list-batches, after the facts of 2026-08): the body carries a cursor
    `{limit (at most 100, default 100), updatedAt, batchUUID}` and an order `{ascending
    (default true)}`; the answer's `data` is `{items, cursor}`, each item one batch
    (`batchUUID`, `updatedAt`, `vendorCodes`, and `errors`, `subjects`, `brands` per
    vendorCode). Pagination: 1. send `{"cursor": {"limit": 100}, "order": {"ascending":
    true}}`; 2. copy `updatedAt` and `batchUUID` from the answer's `cursor` into the request's
    `cursor`; 3. repeat until the answer's `cursor.next` is false.

    Rate limit: WB's reference contradicts itself here: this operation's own block gives 10
    requests per minute (interval 6 s, burst 5), shared with `GET /content/v2/cards/limits`,
    while the block of cards/limits gives that one 100 per minute; the stricter applies.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsErrorListRequest): The body of the current (POST) failed-cards list (cards-
            error-list-batches): where the page
            starts and the order of the batches. Both parts are optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsErrorBatchesResponse | ContentError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CardsErrorListRequest,
    locale: Locale | Unset = UNSET,
) -> CardsErrorBatchesResponse | ContentError | ProblemError | None:
    """List of failed product cards with errors

     Returns the product cards that failed to be created or updated, in batches, with the errors
    met while processing them. To remove a product card from this list, repeat the create,
    create-with-merge or update request with the errors fixed. A read: safe to repeat.

    WB's current form of the list (specs/changes/2026-12-06-content-current.yaml,
    cards-error-list-batches, after the facts of 2026-08): the body carries a cursor
    `{limit (at most 100, default 100), updatedAt, batchUUID}` and an order `{ascending
    (default true)}`; the answer's `data` is `{items, cursor}`, each item one batch
    (`batchUUID`, `updatedAt`, `vendorCodes`, and `errors`, `subjects`, `brands` per
    vendorCode). Pagination: 1. send `{"cursor": {"limit": 100}, "order": {"ascending":
    true}}`; 2. copy `updatedAt` and `batchUUID` from the answer's `cursor` into the request's
    `cursor`; 3. repeat until the answer's `cursor.next` is false.

    Rate limit: WB's reference contradicts itself here: this operation's own block gives 10
    requests per minute (interval 6 s, burst 5), shared with `GET /content/v2/cards/limits`,
    while the block of cards/limits gives that one 100 per minute; the stricter applies.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsErrorListRequest): The body of the current (POST) failed-cards list (cards-
            error-list-batches): where the page
            starts and the order of the batches. Both parts are optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsErrorBatchesResponse | ContentError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            locale=locale,
        )
    ).parsed

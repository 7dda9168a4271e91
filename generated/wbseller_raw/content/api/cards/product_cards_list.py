from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_list_request import CardsListRequest
from ...models.cards_list_response import CardsListResponse
from ...models.content_error import ContentError
from ...models.locale import Locale
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CardsListRequest,
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
        "url": "/content/v2/get/cards/list",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardsListResponse | ContentError | ProblemError | None:
    if response.status_code == 200:
        response_200 = CardsListResponse.from_dict(response.json())

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
) -> Response[CardsListResponse | ContentError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardsListRequest,
    locale: Locale | Unset = UNSET,
) -> Response[CardsListResponse | ContentError | ProblemError]:
    """Product cards list

     Returns the list of created product cards, with filters, pagination and sorting. Also
    available with a token of the Promotion category. Product cards in the trash are not
    returned here: use the trash list.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `updatedAt`/`nmID`; `filter` (e.g.
    `withPhoto`, `textSearch`) and `sort` may be added; 2. copy `updatedAt` and `nmID` from the
    `cursor` of the response; 3. put them into the request's `cursor` and repeat; 4. repeat 2
    and 3 until `cursor.total` in the response is less than `limit`: then every card has been
    received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml): `settings` and
    `cursor.limit` are optional (default 10 cards), `sort.ascending` defaults to false and
    `sortColumn` is gone (cards-lists-2026-08); `filter.withPhoto` takes 0 (all, the
    default), 1 (with photos), 2 (without photos) and -1 (cards-with-photo-values: 0 meant
    "without photos" in the docs' era).

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards, withPhoto 0 = all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsListResponse | ContentError | ProblemError]
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
    body: CardsListRequest,
    locale: Locale | Unset = UNSET,
) -> CardsListResponse | ContentError | ProblemError | None:
    """Product cards list

     Returns the list of created product cards, with filters, pagination and sorting. Also
    available with a token of the Promotion category. Product cards in the trash are not
    returned here: use the trash list.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `updatedAt`/`nmID`; `filter` (e.g.
    `withPhoto`, `textSearch`) and `sort` may be added; 2. copy `updatedAt` and `nmID` from the
    `cursor` of the response; 3. put them into the request's `cursor` and repeat; 4. repeat 2
    and 3 until `cursor.total` in the response is less than `limit`: then every card has been
    received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml): `settings` and
    `cursor.limit` are optional (default 10 cards), `sort.ascending` defaults to false and
    `sortColumn` is gone (cards-lists-2026-08); `filter.withPhoto` takes 0 (all, the
    default), 1 (with photos), 2 (without photos) and -1 (cards-with-photo-values: 0 meant
    "without photos" in the docs' era).

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards, withPhoto 0 = all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsListResponse | ContentError | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardsListRequest,
    locale: Locale | Unset = UNSET,
) -> Response[CardsListResponse | ContentError | ProblemError]:
    """Product cards list

     Returns the list of created product cards, with filters, pagination and sorting. Also
    available with a token of the Promotion category. Product cards in the trash are not
    returned here: use the trash list.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `updatedAt`/`nmID`; `filter` (e.g.
    `withPhoto`, `textSearch`) and `sort` may be added; 2. copy `updatedAt` and `nmID` from the
    `cursor` of the response; 3. put them into the request's `cursor` and repeat; 4. repeat 2
    and 3 until `cursor.total` in the response is less than `limit`: then every card has been
    received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml): `settings` and
    `cursor.limit` are optional (default 10 cards), `sort.ascending` defaults to false and
    `sortColumn` is gone (cards-lists-2026-08); `filter.withPhoto` takes 0 (all, the
    default), 1 (with photos), 2 (without photos) and -1 (cards-with-photo-values: 0 meant
    "without photos" in the docs' era).

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards, withPhoto 0 = all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsListResponse | ContentError | ProblemError]
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
    body: CardsListRequest,
    locale: Locale | Unset = UNSET,
) -> CardsListResponse | ContentError | ProblemError | None:
    """Product cards list

     Returns the list of created product cards, with filters, pagination and sorting. Also
    available with a token of the Promotion category. Product cards in the trash are not
    returned here: use the trash list.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `updatedAt`/`nmID`; `filter` (e.g.
    `withPhoto`, `textSearch`) and `sort` may be added; 2. copy `updatedAt` and `nmID` from the
    `cursor` of the response; 3. put them into the request's `cursor` and repeat; 4. repeat 2
    and 3 until `cursor.total` in the response is less than `limit`: then every card has been
    received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml): `settings` and
    `cursor.limit` are optional (default 10 cards), `sort.ascending` defaults to false and
    `sortColumn` is gone (cards-lists-2026-08); `filter.withPhoto` takes 0 (all, the
    default), 1 (with photos), 2 (without photos) and -1 (cards-with-photo-values: 0 meant
    "without photos" in the docs' era).

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (CardsListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards, withPhoto 0 = all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsListResponse | ContentError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            locale=locale,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_error import ContentError
from ...models.locale import Locale
from ...models.problem_error import ProblemError
from ...models.trash_list_request import TrashListRequest
from ...models.trash_list_response import TrashListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TrashListRequest,
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
        "url": "/content/v2/get/cards/trash",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentError | ProblemError | TrashListResponse | None:
    if response.status_code == 200:
        response_200 = TrashListResponse.from_dict(response.json())

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
) -> Response[ContentError | ProblemError | TrashListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrashListRequest,
    locale: Locale | Unset = UNSET,
) -> Response[ContentError | ProblemError | TrashListResponse]:
    """Product cards in trash list

     Returns the list of product cards in the trash. Also available with a token of the Promotion
    category.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `trashedAt`/`nmID`; search and sorting may be
    added; 2. copy `trashedAt` and `nmID` from the `cursor` of the response; 3. put them into
    the request's `cursor` and repeat; 4. repeat 2 and 3 until `cursor.total` in the response is
    less than `limit`: then every card has been received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml,
    cards-lists-2026-08): `settings` and `cursor.limit` are optional (default 10 cards),
    `sort.ascending` defaults to false, `sortColumn` is gone, and a trash card carries
    `kizMarked` and `wholesale` like a card of the cards list.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (TrashListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ProblemError | TrashListResponse]
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
    body: TrashListRequest,
    locale: Locale | Unset = UNSET,
) -> ContentError | ProblemError | TrashListResponse | None:
    """Product cards in trash list

     Returns the list of product cards in the trash. Also available with a token of the Promotion
    category.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `trashedAt`/`nmID`; search and sorting may be
    added; 2. copy `trashedAt` and `nmID` from the `cursor` of the response; 3. put them into
    the request's `cursor` and repeat; 4. repeat 2 and 3 until `cursor.total` in the response is
    less than `limit`: then every card has been received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml,
    cards-lists-2026-08): `settings` and `cursor.limit` are optional (default 10 cards),
    `sort.ascending` defaults to false, `sortColumn` is gone, and a trash card carries
    `kizMarked` and `wholesale` like a card of the cards list.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (TrashListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ProblemError | TrashListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrashListRequest,
    locale: Locale | Unset = UNSET,
) -> Response[ContentError | ProblemError | TrashListResponse]:
    """Product cards in trash list

     Returns the list of product cards in the trash. Also available with a token of the Promotion
    category.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `trashedAt`/`nmID`; search and sorting may be
    added; 2. copy `trashedAt` and `nmID` from the `cursor` of the response; 3. put them into
    the request's `cursor` and repeat; 4. repeat 2 and 3 until `cursor.total` in the response is
    less than `limit`: then every card has been received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml,
    cards-lists-2026-08): `settings` and `cursor.limit` are optional (default 10 cards),
    `sort.ascending` defaults to false, `sortColumn` is gone, and a trash card carries
    `kizMarked` and `wholesale` like a card of the cards list.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (TrashListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ProblemError | TrashListResponse]
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
    body: TrashListRequest,
    locale: Locale | Unset = UNSET,
) -> ContentError | ProblemError | TrashListResponse | None:
    """Product cards in trash list

     Returns the list of product cards in the trash. Also available with a token of the Promotion
    category.

    Pagination (to get more than 100 cards): 1. send the first request with
    `settings.cursor.limit` (at most 100) and no `trashedAt`/`nmID`; search and sorting may be
    added; 2. copy `trashedAt` and `nmID` from the `cursor` of the response; 3. put them into
    the request's `cursor` and repeat; 4. repeat 2 and 3 until `cursor.total` in the response is
    less than `limit`: then every card has been received.

    WB's current reference (specs/changes/2026-12-06-content-current.yaml,
    cards-lists-2026-08): `settings` and `cursor.limit` are optional (default 10 cards),
    `sort.ascending` defaults to false, `sortColumn` is gone, and a trash card carries
    `kizMarked` and `wholesale` like a card of the cards list.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.
        body (TrashListRequest): `settings` is optional in WB's current reference (cards-
            lists-2026-08): without it WB
            answers the first page with its defaults (10 cards).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ProblemError | TrashListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            locale=locale,
        )
    ).parsed

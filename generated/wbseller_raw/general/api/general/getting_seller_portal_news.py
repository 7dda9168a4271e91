import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.news_response import NewsResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    params["fromID"] = from_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/communications/v2/news",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NewsResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = NewsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
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
) -> Response[Any | NewsResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Response[Any | NewsResponse | ProblemError]:
    """Getting seller portal news

     News from the seller portal. Give either `from` or `fromID`. At most 100 news items per request.
    Each item has its `id`, `date`, `header`, `content` (plain text) and tags (`types`: id and
    name), and a 400 comes without a body (WB's reference of 2026-07-23:
    specs/changes/2026-12-06-wb-contracts.yaml, news-items and wb-error-answers).

    Args:
        from_ (datetime.date | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NewsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        from_=from_,
        from_id=from_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Any | NewsResponse | ProblemError | None:
    """Getting seller portal news

     News from the seller portal. Give either `from` or `fromID`. At most 100 news items per request.
    Each item has its `id`, `date`, `header`, `content` (plain text) and tags (`types`: id and
    name), and a 400 comes without a body (WB's reference of 2026-07-23:
    specs/changes/2026-12-06-wb-contracts.yaml, news-items and wb-error-answers).

    Args:
        from_ (datetime.date | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NewsResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        from_=from_,
        from_id=from_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Response[Any | NewsResponse | ProblemError]:
    """Getting seller portal news

     News from the seller portal. Give either `from` or `fromID`. At most 100 news items per request.
    Each item has its `id`, `date`, `header`, `content` (plain text) and tags (`types`: id and
    name), and a 400 comes without a body (WB's reference of 2026-07-23:
    specs/changes/2026-12-06-wb-contracts.yaml, news-items and wb-error-answers).

    Args:
        from_ (datetime.date | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NewsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        from_=from_,
        from_id=from_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Any | NewsResponse | ProblemError | None:
    """Getting seller portal news

     News from the seller portal. Give either `from` or `fromID`. At most 100 news items per request.
    Each item has its `id`, `date`, `header`, `content` (plain text) and tags (`types`: id and
    name), and a 400 comes without a body (WB's reference of 2026-07-23:
    specs/changes/2026-12-06-wb-contracts.yaml, news-items and wb-error-answers).

    Args:
        from_ (datetime.date | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NewsResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            from_id=from_id,
        )
    ).parsed

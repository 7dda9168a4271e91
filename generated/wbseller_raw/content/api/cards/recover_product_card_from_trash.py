from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_error import ContentError
from ...models.content_response import ContentResponse
from ...models.nm_id_list_request import NmIdListRequest
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: NmIdListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/v2/cards/recover",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentError | ContentResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = ContentResponse.from_dict(response.json())

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
) -> Response[ContentError | ContentResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NmIdListRequest,
) -> Response[ContentError | ContentResponse | ProblemError]:
    """Recover product card from trash

     Returns product cards from the trash. A recovered product card does not keep the imtID it
    had in the trash. At most 1,000 product cards per request.

    Maximum of 3 requests per minute (interval 20 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-recover-limit).

    Args:
        body (NmIdListRequest): Product cards to move to / recover from the trash.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ContentResponse | ProblemError]
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
    body: NmIdListRequest,
) -> ContentError | ContentResponse | ProblemError | None:
    """Recover product card from trash

     Returns product cards from the trash. A recovered product card does not keep the imtID it
    had in the trash. At most 1,000 product cards per request.

    Maximum of 3 requests per minute (interval 20 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-recover-limit).

    Args:
        body (NmIdListRequest): Product cards to move to / recover from the trash.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ContentResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NmIdListRequest,
) -> Response[ContentError | ContentResponse | ProblemError]:
    """Recover product card from trash

     Returns product cards from the trash. A recovered product card does not keep the imtID it
    had in the trash. At most 1,000 product cards per request.

    Maximum of 3 requests per minute (interval 20 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-recover-limit).

    Args:
        body (NmIdListRequest): Product cards to move to / recover from the trash.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ContentResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NmIdListRequest,
) -> ContentError | ContentResponse | ProblemError | None:
    """Recover product card from trash

     Returns product cards from the trash. A recovered product card does not keep the imtID it
    had in the trash. At most 1,000 product cards per request.

    Maximum of 3 requests per minute (interval 20 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-recover-limit).

    Args:
        body (NmIdListRequest): Product cards to move to / recover from the trash.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ContentResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

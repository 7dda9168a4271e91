from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...models.set_minus_request import SetMinusRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SetMinusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v0/normquery/set-minus",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetMinusRequest,
) -> Response[Any | ProblemError | PromotionProblemError]:
    """Setting and deleting minus phrases

     Replaces the minus phrases of a product card in a campaign with unified or manual bid (at
    most 1000); an empty list removes them all. The successor of the removed minus-phrase
    methods (`setting_removing_minus_phrases_*`). WB's operation `postV0NormquerySetMinus`.

    Args:
        body (SetMinusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionProblemError]
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
    body: SetMinusRequest,
) -> Any | ProblemError | PromotionProblemError | None:
    """Setting and deleting minus phrases

     Replaces the minus phrases of a product card in a campaign with unified or manual bid (at
    most 1000); an empty list removes them all. The successor of the removed minus-phrase
    methods (`setting_removing_minus_phrases_*`). WB's operation `postV0NormquerySetMinus`.

    Args:
        body (SetMinusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetMinusRequest,
) -> Response[Any | ProblemError | PromotionProblemError]:
    """Setting and deleting minus phrases

     Replaces the minus phrases of a product card in a campaign with unified or manual bid (at
    most 1000); an empty list removes them all. The successor of the removed minus-phrase
    methods (`setting_removing_minus_phrases_*`). WB's operation `postV0NormquerySetMinus`.

    Args:
        body (SetMinusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetMinusRequest,
) -> Any | ProblemError | PromotionProblemError | None:
    """Setting and deleting minus phrases

     Replaces the minus phrases of a product card in a campaign with unified or manual bid (at
    most 1000); an empty list removes them all. The successor of the removed minus-phrase
    methods (`setting_removing_minus_phrases_*`). WB's operation `postV0NormquerySetMinus`.

    Args:
        body (SetMinusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

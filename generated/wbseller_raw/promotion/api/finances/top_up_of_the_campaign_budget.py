from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deposit_request import DepositRequest
from ...models.deposit_response import DepositResponse
from ...models.problem_error import ProblemError
from ...models.promotion_error import PromotionError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DepositRequest,
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/budget/deposit",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepositResponse | ProblemError | PromotionError | None:
    if response.status_code == 200:
        response_200 = DepositResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromotionError.from_dict(response.json())

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
) -> Response[DepositResponse | ProblemError | PromotionError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DepositRequest,
    id: int,
) -> Response[DepositResponse | ProblemError | PromotionError]:
    """Top-up of the campaign budget

     Tops up the budget of a campaign. With `return: true` the answer carries the new campaign
    budget (`total`) and the account's `currency`. Part of the sum may be paid with promo
    bonuses: `cashback_sum` with the balance's cashback `percent` as `cashback_percent`
    (WB's reference: deposit-cashback-request; the answer carries no cashback fields).

    Args:
        id (int):
        body (DepositRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositResponse | ProblemError | PromotionError]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DepositRequest,
    id: int,
) -> DepositResponse | ProblemError | PromotionError | None:
    """Top-up of the campaign budget

     Tops up the budget of a campaign. With `return: true` the answer carries the new campaign
    budget (`total`) and the account's `currency`. Part of the sum may be paid with promo
    bonuses: `cashback_sum` with the balance's cashback `percent` as `cashback_percent`
    (WB's reference: deposit-cashback-request; the answer carries no cashback fields).

    Args:
        id (int):
        body (DepositRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositResponse | ProblemError | PromotionError
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DepositRequest,
    id: int,
) -> Response[DepositResponse | ProblemError | PromotionError]:
    """Top-up of the campaign budget

     Tops up the budget of a campaign. With `return: true` the answer carries the new campaign
    budget (`total`) and the account's `currency`. Part of the sum may be paid with promo
    bonuses: `cashback_sum` with the balance's cashback `percent` as `cashback_percent`
    (WB's reference: deposit-cashback-request; the answer carries no cashback fields).

    Args:
        id (int):
        body (DepositRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositResponse | ProblemError | PromotionError]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DepositRequest,
    id: int,
) -> DepositResponse | ProblemError | PromotionError | None:
    """Top-up of the campaign budget

     Tops up the budget of a campaign. With `return: true` the answer carries the new campaign
    budget (`total`) and the account's `currency`. Part of the sum may be paid with promo
    bonuses: `cashback_sum` with the balance's cashback `percent` as `cashback_percent`
    (WB's reference: deposit-cashback-request; the answer carries no cashback fields).

    Args:
        id (int):
        body (DepositRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositResponse | ProblemError | PromotionError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    ).parsed

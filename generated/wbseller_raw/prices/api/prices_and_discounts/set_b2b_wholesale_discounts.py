from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.set_b2b_wholesale_discounts_208_response import (
    SetB2BWholesaleDiscounts208Response,
)
from ...models.set_b2b_wholesale_discounts_request import (
    SetB2BWholesaleDiscountsRequest,
)
from ...models.set_b2b_wholesale_discounts_response import (
    SetB2BWholesaleDiscountsResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SetB2BWholesaleDiscountsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/discounts-prices/v1/upload/task/b2b/wholesale",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ProblemError
    | SetB2BWholesaleDiscounts208Response
    | SetB2BWholesaleDiscountsResponse
    | None
):
    if response.status_code == 200:
        response_200 = SetB2BWholesaleDiscountsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 208:
        response_208 = SetB2BWholesaleDiscounts208Response.from_dict(response.json())

        return response_208

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

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
) -> Response[
    ProblemError
    | SetB2BWholesaleDiscounts208Response
    | SetB2BWholesaleDiscountsResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetB2BWholesaleDiscountsRequest,
) -> Response[
    ProblemError
    | SetB2BWholesaleDiscounts208Response
    | SetB2BWholesaleDiscountsResponse
]:
    """Set wholesale discounts

     Uploads the wholesale (B2B) discount levels (`minQuantity`, `wholesaleDiscount`, `level`) of up to
    1000 products as an upload task (`id`), with a result per product. 208: the same task already
    exists. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1UploadTaskB2bWholesale`.

    Args:
        body (SetB2BWholesaleDiscountsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | SetB2BWholesaleDiscounts208Response | SetB2BWholesaleDiscountsResponse]
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
    body: SetB2BWholesaleDiscountsRequest,
) -> (
    ProblemError
    | SetB2BWholesaleDiscounts208Response
    | SetB2BWholesaleDiscountsResponse
    | None
):
    """Set wholesale discounts

     Uploads the wholesale (B2B) discount levels (`minQuantity`, `wholesaleDiscount`, `level`) of up to
    1000 products as an upload task (`id`), with a result per product. 208: the same task already
    exists. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1UploadTaskB2bWholesale`.

    Args:
        body (SetB2BWholesaleDiscountsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | SetB2BWholesaleDiscounts208Response | SetB2BWholesaleDiscountsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetB2BWholesaleDiscountsRequest,
) -> Response[
    ProblemError
    | SetB2BWholesaleDiscounts208Response
    | SetB2BWholesaleDiscountsResponse
]:
    """Set wholesale discounts

     Uploads the wholesale (B2B) discount levels (`minQuantity`, `wholesaleDiscount`, `level`) of up to
    1000 products as an upload task (`id`), with a result per product. 208: the same task already
    exists. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1UploadTaskB2bWholesale`.

    Args:
        body (SetB2BWholesaleDiscountsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | SetB2BWholesaleDiscounts208Response | SetB2BWholesaleDiscountsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetB2BWholesaleDiscountsRequest,
) -> (
    ProblemError
    | SetB2BWholesaleDiscounts208Response
    | SetB2BWholesaleDiscountsResponse
    | None
):
    """Set wholesale discounts

     Uploads the wholesale (B2B) discount levels (`minQuantity`, `wholesaleDiscount`, `level`) of up to
    1000 products as an upload task (`id`), with a result per product. 208: the same task already
    exists. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1UploadTaskB2bWholesale`.

    Args:
        body (SetB2BWholesaleDiscountsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | SetB2BWholesaleDiscounts208Response | SetB2BWholesaleDiscountsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.history_task_response import HistoryTaskResponse
from ...models.prices_error import PricesError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    upload_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uploadID"] = upload_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/history/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HistoryTaskResponse | PricesError | ProblemError | None:
    if response.status_code == 200:
        response_200 = HistoryTaskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PricesError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PricesError.from_dict(response.json())

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
) -> Response[HistoryTaskResponse | PricesError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> Response[HistoryTaskResponse | PricesError | ProblemError]:
    """Processed upload state

     Returns the data of a processed upload: its status (3 — processed, no errors, prices and
    discounts updated; 4 — canceled; 5 — processed, some products have errors, the others were
    updated; 6 — processed, all products have errors), dates and product counts. Product errors
    are in Processed upload details. An upload still being processed (status 1) is read with
    Unprocessed upload state instead. A price moved to quarantine is reported here
    (e.g. errorText "You've reduced the price by several times. Item moved to Price Qurantine").

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoryTaskResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> HistoryTaskResponse | PricesError | ProblemError | None:
    """Processed upload state

     Returns the data of a processed upload: its status (3 — processed, no errors, prices and
    discounts updated; 4 — canceled; 5 — processed, some products have errors, the others were
    updated; 6 — processed, all products have errors), dates and product counts. Product errors
    are in Processed upload details. An upload still being processed (status 1) is read with
    Unprocessed upload state instead. A price moved to quarantine is reported here
    (e.g. errorText "You've reduced the price by several times. Item moved to Price Qurantine").

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoryTaskResponse | PricesError | ProblemError
    """

    return sync_detailed(
        client=client,
        upload_id=upload_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> Response[HistoryTaskResponse | PricesError | ProblemError]:
    """Processed upload state

     Returns the data of a processed upload: its status (3 — processed, no errors, prices and
    discounts updated; 4 — canceled; 5 — processed, some products have errors, the others were
    updated; 6 — processed, all products have errors), dates and product counts. Product errors
    are in Processed upload details. An upload still being processed (status 1) is read with
    Unprocessed upload state instead. A price moved to quarantine is reported here
    (e.g. errorText "You've reduced the price by several times. Item moved to Price Qurantine").

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoryTaskResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> HistoryTaskResponse | PricesError | ProblemError | None:
    """Processed upload state

     Returns the data of a processed upload: its status (3 — processed, no errors, prices and
    discounts updated; 4 — canceled; 5 — processed, some products have errors, the others were
    updated; 6 — processed, all products have errors), dates and product counts. Product errors
    are in Processed upload details. An upload still being processed (status 1) is read with
    Unprocessed upload state instead. A price moved to quarantine is reported here
    (e.g. errorText "You've reduced the price by several times. Item moved to Price Qurantine").

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoryTaskResponse | PricesError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            upload_id=upload_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.recommendations_set_208_response import RecommendationsSet208Response
from ...models.recommendations_set_request import RecommendationsSetRequest
from ...models.recommendations_set_response import RecommendationsSetResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RecommendationsSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/content/v1/recommendations/set",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | RecommendationsSet208Response | RecommendationsSetResponse | None:
    if response.status_code == 200:
        response_200 = RecommendationsSetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 208:
        response_208 = RecommendationsSet208Response.from_dict(response.json())

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
    ProblemError | RecommendationsSet208Response | RecommendationsSetResponse
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
    body: RecommendationsSetRequest,
) -> Response[
    ProblemError | RecommendationsSet208Response | RecommendationsSetResponse
]:
    """Set product recommendations

     Sets the recommendations (up to 20 products, with their `sort`) of up to 5000 products, added to the
    current ones or replacing them (`replace`); `errors` lists what was not set. 208: the same
    recommendations are already set. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1RecommendationsSet`.

    Args:
        body (RecommendationsSetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | RecommendationsSet208Response | RecommendationsSetResponse]
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
    body: RecommendationsSetRequest,
) -> ProblemError | RecommendationsSet208Response | RecommendationsSetResponse | None:
    """Set product recommendations

     Sets the recommendations (up to 20 products, with their `sort`) of up to 5000 products, added to the
    current ones or replacing them (`replace`); `errors` lists what was not set. 208: the same
    recommendations are already set. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1RecommendationsSet`.

    Args:
        body (RecommendationsSetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | RecommendationsSet208Response | RecommendationsSetResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationsSetRequest,
) -> Response[
    ProblemError | RecommendationsSet208Response | RecommendationsSetResponse
]:
    """Set product recommendations

     Sets the recommendations (up to 20 products, with their `sort`) of up to 5000 products, added to the
    current ones or replacing them (`replace`); `errors` lists what was not set. 208: the same
    recommendations are already set. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1RecommendationsSet`.

    Args:
        body (RecommendationsSetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | RecommendationsSet208Response | RecommendationsSetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationsSetRequest,
) -> ProblemError | RecommendationsSet208Response | RecommendationsSetResponse | None:
    """Set product recommendations

     Sets the recommendations (up to 20 products, with their `sort`) of up to 5000 products, added to the
    current ones or replacing them (`replace`); `errors` lists what was not set. 208: the same
    recommendations are already set. Token types: personal, service only (limits.tsv). WB's operationId:
    `postV1RecommendationsSet`.

    Args:
        body (RecommendationsSetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | RecommendationsSet208Response | RecommendationsSetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

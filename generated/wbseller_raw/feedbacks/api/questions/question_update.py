from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.question_update_request_variant_1 import QuestionUpdateRequestVariant1
from ...models.question_update_request_variant_2 import QuestionUpdateRequestVariant2
from ...models.question_update_response import QuestionUpdateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/questions",
    }

    if isinstance(body, QuestionUpdateRequestVariant1):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | QuestionUpdateResponse | None:
    if response.status_code == 200:
        response_200 = QuestionUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ProblemError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | QuestionUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset = UNSET,
) -> Response[ProblemError | QuestionUpdateResponse]:
    """Work with a question

     Marks a question viewed (`wasViewed`), or answers, edits or rejects it (`answer`, `state`).

    Args:
        body (QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | QuestionUpdateResponse]
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
    body: QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset = UNSET,
) -> ProblemError | QuestionUpdateResponse | None:
    """Work with a question

     Marks a question viewed (`wasViewed`), or answers, edits or rejects it (`answer`, `state`).

    Args:
        body (QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | QuestionUpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset = UNSET,
) -> Response[ProblemError | QuestionUpdateResponse]:
    """Work with a question

     Marks a question viewed (`wasViewed`), or answers, edits or rejects it (`answer`, `state`).

    Args:
        body (QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | QuestionUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset = UNSET,
) -> ProblemError | QuestionUpdateResponse | None:
    """Work with a question

     Marks a question viewed (`wasViewed`), or answers, edits or rejects it (`answer`, `state`).

    Args:
        body (QuestionUpdateRequestVariant1 | QuestionUpdateRequestVariant2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | QuestionUpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

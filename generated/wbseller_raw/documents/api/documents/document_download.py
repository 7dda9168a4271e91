from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_download_response import DocumentDownloadResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    service_name: str,
    extension: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["serviceName"] = service_name

    params["extension"] = extension

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/documents/download",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentDownloadResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = DocumentDownloadResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DocumentDownloadResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_name: str,
    extension: str,
) -> Response[DocumentDownloadResponse | ProblemError]:
    """Download a document

     One document (by `serviceName` and `extension`), its file base64-encoded in the JSON answer.

    Args:
        service_name (str):
        extension (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentDownloadResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
        extension=extension,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_name: str,
    extension: str,
) -> DocumentDownloadResponse | ProblemError | None:
    """Download a document

     One document (by `serviceName` and `extension`), its file base64-encoded in the JSON answer.

    Args:
        service_name (str):
        extension (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentDownloadResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        service_name=service_name,
        extension=extension,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_name: str,
    extension: str,
) -> Response[DocumentDownloadResponse | ProblemError]:
    """Download a document

     One document (by `serviceName` and `extension`), its file base64-encoded in the JSON answer.

    Args:
        service_name (str):
        extension (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentDownloadResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
        extension=extension,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_name: str,
    extension: str,
) -> DocumentDownloadResponse | ProblemError | None:
    """Download a document

     One document (by `serviceName` and `extension`), its file base64-encoded in the JSON answer.

    Args:
        service_name (str):
        extension (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentDownloadResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            service_name=service_name,
            extension=extension,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.supplier_subject import SupplierSubject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    payment_type: str | Unset = "cpm",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["payment_type"] = payment_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v1/supplier/subjects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[SupplierSubject] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[SupplierSubject] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = SupplierSubject.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SupplierSubject] | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[ProblemError | list[SupplierSubject] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    payment_type: str | Unset = "cpm",
) -> Response[ProblemError | list[SupplierSubject] | None]:
    """Subjects for campaigns

     Subjects whose product cards are available for all campaigns.

    Args:
        payment_type (str | Unset):  Default: 'cpm'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[SupplierSubject] | None]
    """

    kwargs = _get_kwargs(
        payment_type=payment_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    payment_type: str | Unset = "cpm",
) -> ProblemError | list[SupplierSubject] | None:
    """Subjects for campaigns

     Subjects whose product cards are available for all campaigns.

    Args:
        payment_type (str | Unset):  Default: 'cpm'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[SupplierSubject] | None
    """

    return sync_detailed(
        client=client,
        payment_type=payment_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    payment_type: str | Unset = "cpm",
) -> Response[ProblemError | list[SupplierSubject] | None]:
    """Subjects for campaigns

     Subjects whose product cards are available for all campaigns.

    Args:
        payment_type (str | Unset):  Default: 'cpm'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[SupplierSubject] | None]
    """

    kwargs = _get_kwargs(
        payment_type=payment_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    payment_type: str | Unset = "cpm",
) -> ProblemError | list[SupplierSubject] | None:
    """Subjects for campaigns

     Subjects whose product cards are available for all campaigns.

    Args:
        payment_type (str | Unset):  Default: 'cpm'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[SupplierSubject] | None
    """

    return (
        await asyncio_detailed(
            client=client,
            payment_type=payment_type,
        )
    ).parsed

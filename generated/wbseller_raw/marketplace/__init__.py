"""A client library for accessing Wildberries Marketplace API (seller warehouses and inventory)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

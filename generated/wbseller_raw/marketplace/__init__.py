"""A client library for accessing Wildberries Marketplace API (seller warehouses, inventory and orders)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

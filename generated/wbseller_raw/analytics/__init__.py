"""A client library for accessing Wildberries Seller Analytics API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

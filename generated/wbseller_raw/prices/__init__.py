"""A client library for accessing Wildberries Prices and Discounts API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

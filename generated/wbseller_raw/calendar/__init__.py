"""A client library for accessing Wildberries Promotions Calendar API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

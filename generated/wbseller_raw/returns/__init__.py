"""A client library for accessing Wildberries Buyers Returns API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

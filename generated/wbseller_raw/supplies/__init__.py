"""A client library for accessing Wildberries FBW Supplies API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

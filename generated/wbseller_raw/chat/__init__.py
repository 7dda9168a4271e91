"""A client library for accessing Wildberries Buyers Chat API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

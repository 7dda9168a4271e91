"""A client library for accessing Wildberries Digital (WBD) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

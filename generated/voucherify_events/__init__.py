"""A client library for accessing Voucherify webhook events (voucherify-rollbacks subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

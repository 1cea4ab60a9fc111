"""A client library for accessing Voucherify Redemptions API (voucherify-rollbacks subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""voucherify-rollbacks: a typed, retry-safe client for Voucherify's Redemptions API."""

__version__ = "0.1.0"

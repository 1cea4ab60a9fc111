"""The clients layer: `Voucherify` and `AsyncVoucherify`, thin sync and async shells over the operations' plans."""

from .shells import AsyncVoucherify, Voucherify

__all__ = ["AsyncVoucherify", "Voucherify"]

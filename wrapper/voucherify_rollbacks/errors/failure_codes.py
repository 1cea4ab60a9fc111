"""What each Voucherify error key and redemption/rollback failure code means.

The same vocabulary appears in two places: as the `key` of an error response and as the `failure_code` of a failed
redemption or rollback object. Sources: Voucherify's error reference (docs.voucherify.io/api-reference/errors) and
the examples of its OpenAPI files; see voucherify-facts.md §4. Unknown codes are normal (Voucherify adds keys without
a new API version), so `describe` never fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["FAILURE_CODES", "describe"]

FAILURE_CODES: Mapping[str, str] = MappingProxyType(
    {
        # Rollback endpoints.
        "already_rolled_back": "the redemption was already rolled back; a failed rollback (rrf_...) was stored",
        "invalid_redemption_parent": "a child redemption was given; roll back its parent redemption instead",
        "invalid_redemption": "a stacked redemption was given to the single-rollback endpoint",
        "invalid_rollback_params": "the rollback request body is not valid",
        "multiple_requests": "another request for the same redemption or order is in progress",
        "not_found": "no resource exists with the given ID or code",
        # Redemption failures.
        "resource_not_found": "no voucher exists with the given code",
        "voucher_not_active": "the voucher's start date has not come yet",
        "voucher_not_active_now": "the voucher is outside its active time frame",
        "voucher_expired": "the voucher's expiration date has passed",
        "voucher_disabled": "the voucher is disabled (active: false)",
        "quantity_exceeded": "the voucher's redemption limit is used up",
        "gift_amount_exceeded": "the gift card balance is lower than the amount asked for",
        "loyalty_card_points_exceeded": "the loyalty card has fewer points than asked for",
        "customer_rules_violated": "the customer does not match the required segment",
        "order_rules_violated": "the order does not match the validation rules",
        "redemption_rules_violated": "the redemption does not match the validation rules",
        "promotion_inactive": "the promotion is inactive",
        "promotion_not_active_now": "the promotion is outside its active time frame",
        "referrer_not_permitted_to_redeem": "the referrer tried to redeem their own referral code",
        "no_applicable_redeemables": "none of the redeemables could be applied",
        "invalid_order": "the order is missing fields or is not related to the redemption",
        "invalid_customer": "the customer is missing fields or is not related to the redemption",
        "invalid_amount": "the order amount is not valid",
        "missing_amount": "the order amount is missing",
        "missing_order": "the order is missing",
        "missing_order_items": "the order items are missing",
        "missing_order_items_amount": "an order item has no amount",
        "missing_customer": "the customer is missing",
        "missing_reward": "the reward is missing",
        # Request-level errors of stackable redeem and validate.
        "invalid_payload": "the request body is not valid",
        "duplicated_redeemables": "the same redeemable appears more than once",
        "invalid_redeemables": "these redeemables cannot be used together (e.g. a promotion stack with others)",
        "metadata_validation_failed": "metadata does not match the project's metadata schema",
        "ambiguous_tracking_id": "the request carries two different tracking IDs",
        "query_too_large": "the request body or query string is too large",
        "invalid_query_params": "the query parameters are not valid",
        "page_over_limit": "pages beyond 1000 cannot be listed",
        # Access, plan and conflicts.
        "unauthorized": "the credentials are missing or wrong",
        "forbidden": "the credentials may not perform this operation",
        "missing_required_permission": "the API key lacks a permission this operation needs",
        "integration_api_key_required": "this operation needs an integration API key",
        "used_incorrect_role": "the API key's role may not perform this operation",
        "user_not_assigned": "the user is not assigned to this project",
        "missing_required_feature": "the pricing plan does not include this feature",
        "duplicate_found": "a resource with the same identifier already exists",
        "duplicate_resource_key": "the resource identifier is already in use",
        "duplicate_key": "the key is already in use",
        "duplicate_source_id": "the source ID is already in use",
        "resource_in_use": "the resource is in use and cannot be changed",
        "resource_protected": "the resource is protected from this change",
        "stacking_rules_exist": "stacking rules already exist",
        "branding_exist": "branding already exists",
        "holder_assignement_duplication": "the holder is already assigned",
        # Object validation (other endpoints).
        "invalid_add_balance_params": "the add-balance request is not valid",
        "invalid_balance": "the balance is not valid",
        "invalid_campaign": "the campaign is not valid",
        "invalid_campaign_params": "the campaign definition is not valid",
        "invalid_code_config": "the voucher code configuration is not valid",
        "invalid_expiration_date": "the expiration date is not valid",
        "invalid_export_fields": "the export fields are not valid",
        "invalid_export_params": "the export definition is not valid",
        "invalid_gift": "the gift definition is not valid",
        "invalid_grant_type": "the OAuth grant type is not supported",
        "invalid_or_expired_cursor": "the listing cursor is not valid or has expired",
        "invalid_pending_points_state": "the pending points are not in a state that allows this",
        "invalid_product": "the product definition is not valid",
        "invalid_publish_params": "the publication request is not valid",
        "invalid_scope": "the OAuth scope is not valid",
        "invalid_sku": "the SKU definition is not valid",
        "invalid_validation_rules": "the validation rules are not valid",
        "invalid_voucher": "the voucher definition is not valid (e.g. gift or discount missing)",
        "missing_param": "a required parameter is missing",
        "missing_parameters": "required parameters are missing",
        "missing_vouchers": "the vouchers are missing",
        # Campaigns, publication and loyalty.
        "campaign_not_active": "the campaign is not active",
        "campaign_not_allow_auto_join": "the campaign does not allow joining automatically",
        "no_voucher_suitable_for_publication": "no voucher is left that can be published",
        "not_published": "the voucher has not been published",
        "too_many_vouchers_requested": "more vouchers were requested than allowed",
        "voucher_already_published": "the voucher is already published",
        "voucher_cannot_be_published": "the voucher cannot be published",
        "loyalty_card_not_active": "the loyalty card is not active",
        "member_already_exists": "the customer is already a member of the loyalty program",
        "non_active_program": "the loyalty program is not active",
        "non_active_member": "the loyalty member is not active",
        "zero_card_balance": "the loyalty card has no points to spend",
        "insufficient_card_balance": "the loyalty card balance is too low",
        "invalid_pending_points_bucket_status": "the pending points bucket is not in a state that allows this",
        "pay_with_points_not_enabled": "paying with points is not enabled",
        "program_outside_validity_window": "the loyalty program is outside its validity window",
        "reward_out_of_stock": "the reward is out of stock",
    }
)
"""Every failure code and error key Voucherify documents, with its meaning in a line (read-only).

A code missing here is still a plain string on the result or the error; `describe(code)` never fails on it."""


def describe(code: str | None) -> str:
    """Return a one-line meaning of a failure code or error key, or a neutral text when it is missing or unknown."""
    if not code:
        return "no failure code given"
    return FAILURE_CODES.get(code, f"unknown failure code {code!r}; see the message and details from the API")

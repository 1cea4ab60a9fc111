"""The event specs go through the same pipeline as the Redemptions spec: openapi-events.yaml is exactly what
scripts/sync-spec writes from the vendored event specs and spec/overlay-events.yaml, and upstream's two defects are
corrected there (never in the vendored copies)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import yaml
from scripts import sync_spec
from scripts.sync_spec import SpecError

from tests.support.generated_helpers import REPO


def _upstream() -> dict[str, Any]:
    return sync_spec.load_events(sync_spec.UPSTREAM)


def test_openapi_events_yaml_is_exactly_what_sync_spec_writes() -> None:
    assert (REPO / "openapi-events.yaml").read_text(encoding="utf-8") == sync_spec.build_events()


def test_upstream_still_has_both_defects_in_the_vendored_copies() -> None:
    schemas = _upstream()["OpenAPIWebhooks.json"]["components"]["schemas"]
    assert "name" in schemas["EventRedemptionRollbackSucceededWebhook"]["required"]
    assert "ROLLED BACK" in schemas["SimpleRedemption"]["properties"]["status"]["enum"]


def test_the_overlay_corrects_them() -> None:
    spec = yaml.safe_load((REPO / "openapi-events.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    assert [v for v in schemas["SimpleRedemptionStatus"]["enum"] if v] == ["SUCCEEDED", "FAILED", "ROLLED_BACK"]
    assert all("name" not in schema.get("required", []) for schema in schemas.values())
    for webhook in sync_spec.EVENTS.values():
        assert "name" not in schemas[webhook]["properties"]


def test_the_name_correction_is_needed_step_by_step() -> None:
    """Before the overlay, the normalized extract still requires `name` (flattening keeps a schema's own `required`),
    so the overlay's action matches: were upstream to fix it, the sync would fail and the action be removed."""
    normalized = sync_spec.normalize_events(_upstream())
    for webhook in sync_spec.EVENTS.values():
        assert "name" in normalized["components"]["schemas"][webhook]["required"]


def test_each_typed_event_is_a_webhook_whose_body_is_its_envelope() -> None:
    spec = yaml.safe_load((REPO / "openapi-events.yaml").read_text(encoding="utf-8"))
    for name, schema in {**sync_spec.EVENTS, sync_spec.OTHER_EVENTS: sync_spec.EVENT_ENVELOPE}.items():
        body = spec["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{schema}"}
        properties = spec["components"]["schemas"][schema]["properties"]
        assert {"id", "project_id", "created_at", "type", "data", "source", "event"} <= set(properties)


def test_each_event_keeps_its_own_data_class() -> None:
    spec = yaml.safe_load((REPO / "openapi-events.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    datas = {schemas[webhook]["properties"]["data"]["anyOf"][0]["$ref"] for webhook in sync_spec.EVENTS.values()}
    assert len(datas) == len(sync_spec.EVENTS)


def test_the_two_upstream_files_must_agree() -> None:
    sources = copy.deepcopy(_upstream())
    sources["events-redemption.json"]["components"]["schemas"]["SimpleRedemption"]["properties"].pop("status")
    with pytest.raises(SpecError, match="SimpleRedemption differs"):
        sync_spec.extract_events(sources)


def test_an_event_upstream_stops_publishing_fails_the_sync() -> None:
    sources = copy.deepcopy(_upstream())
    for doc in sources.values():
        doc["webhooks"].pop("EVENTS.REDEMPTION.ROLLBACK.FAILED")
    with pytest.raises(SpecError, match=r"EVENTS\.REDEMPTION\.ROLLBACK\.FAILED"):
        sync_spec.extract_events(sources)


def test_the_generated_package_reads_a_published_example() -> None:
    from voucherify_events.models import EventRedemptionRollbackSucceededData

    spec = json.loads((REPO / "spec" / "upstream" / "events-redemption.json").read_text(encoding="utf-8"))
    media = spec["webhooks"]["EVENTS.REDEMPTION.ROLLBACK.SUCCEEDED"]["post"]["requestBody"]["content"]
    (example,) = media["application/json"]["examples"].values()
    data = EventRedemptionRollbackSucceededData.from_dict(example["value"])
    assert data.redemption_rollback and data.redemption_rollback.id == example["value"]["redemption_rollback"]["id"]
    assert data.to_dict() == example["value"]

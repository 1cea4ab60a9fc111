"""The sandbox's OAuth token endpoints and per-plan rate limits, over raw HTTP."""

from __future__ import annotations

import base64

import httpx
from voucherify_sandbox import Sandbox

FORM = {"grant_type": "client_credentials", "scope": "api redemptions"}


def test_v1_issues_a_token_shaped_like_voucherifys_that_expires_by_the_sandbox_clock() -> None:
    with Sandbox(token_lifetime=900) as sb, httpx.Client(base_url=sb.base_url) as http:
        keys = {"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}
        answer = http.post("/v1/oauth/token", headers=keys, data=FORM)
        assert answer.status_code == 200
        body = answer.json()
        assert set(body) == {"access_token", "client_id", "expires_at", "expires_in", "scope", "token_type"}
        assert (body["client_id"], body["expires_in"], body["scope"], body["token_type"]) == (
            sb.app_id,
            900,
            "api redemptions",
            "Bearer",
        )
        bearer = {"Authorization": f"Bearer {body['access_token']}"}
        assert http.get("/v1/redemptions", headers=bearer).status_code == 200
        sb.advance_time(seconds=901)
        expired = http.get("/v1/redemptions", headers=bearer)
        assert expired.status_code == 401 and expired.json()["details"] == "The access token has expired."
        assert http.post("/v1/oauth/token", headers={"X-App-Id": sb.app_id}, data=FORM).status_code == 401
        assert http.post("/v1/oauth/token", headers=keys, data={"grant_type": "password"}).status_code == 400


def test_v2_takes_the_oauth_service_key_as_basic_auth() -> None:
    with Sandbox(oauth_client_id="svc", oauth_client_secret="s3cret") as sb, httpx.Client(base_url=sb.base_url) as http:
        basic = base64.b64encode(b"svc:s3cret").decode()
        answer = http.post("/v2/oauth/token", headers={"Authorization": f"Basic {basic}"}, data=FORM)
        assert answer.status_code == 200 and answer.json()["client_id"] == "svc"
        token = answer.json()["access_token"]
        assert http.get("/v1/redemptions", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        wrong = base64.b64encode(b"svc:nope").decode()
        assert http.post("/v2/oauth/token", headers={"Authorization": f"Basic {wrong}"}, data=FORM).status_code == 401
        assert sb.tokens.issued == 1


def test_a_plans_limit_is_enforced_with_its_headers_and_429() -> None:
    with Sandbox(rate_limit=(2, 60.0)) as sb, httpx.Client(base_url=sb.base_url) as http:
        keys = {"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}
        answers = [http.get("/v1/redemptions", headers=keys) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
        assert [a.headers["X-Rate-Limit-Remaining"] for a in answers] == ["1", "0", "0"]
        assert {a.headers["X-Rate-Limit-Limit"] for a in answers} == {"2"}
        assert {a.headers["X-Rate-Limit-Type"] for a in answers} == {"api_calls"}
        assert 1 <= int(answers[2].headers["Retry-After"]) <= 60 and answers[2].headers["X-Rate-Limit-Retry"]
        sb.advance_time(seconds=60)
        assert http.get("/v1/redemptions", headers=keys).status_code == 200
        assert sb.rate_limit is not None and sb.rate_limit.refused == 1

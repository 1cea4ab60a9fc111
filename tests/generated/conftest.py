from __future__ import annotations

import pytest

from tests.support.generated_helpers import MockServer


@pytest.fixture
def server() -> MockServer:
    return MockServer()

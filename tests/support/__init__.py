"""What several test folders and the benchmarks share, imported as `tests.support.<module>`:

- payloads: `example_payloads` (the vendored real payloads and the seed page), `upstream_schemas` (Voucherify's
  published schemas as validators), `sandbox_helpers` (request builders for the sandbox);
- stand-in servers: `scripted_api` (answers queued per request), `order_api` (an order and its stacked rollback),
  `hostile` (misbehaving servers), `fault_proxy` (faults between the SDK and a real server);
- `generated_helpers` (a mock server for the generated client), `fault_helpers` (clients through the proxy, async
  runners), `stacks` (stacked redemptions to roll back, in bulk or over HTTP).

Fixtures stay in the conftest of the folder that uses them.
"""

# Shared by scripts/generate and scripts/check-generated: find the pinned generator and ruff.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GENERATOR_VERSION="0.29.1"
RUFF_VERSION="0.17.6"
VENV="${VENV:-$ROOT/.venv}"
if [ -x "$VENV/bin/openapi-python-client" ]; then
  export PATH="$VENV/bin:$PATH"
fi

require_tools() {
  local have_gen have_ruff
  have_gen="$(openapi-python-client --version 2>/dev/null | awk '{print $NF}')" || true
  have_ruff="$(ruff --version 2>/dev/null | awk '{print $NF}')" || true
  if [ "$have_gen" != "$GENERATOR_VERSION" ] || [ "$have_ruff" != "$RUFF_VERSION" ]; then
    echo "need openapi-python-client $GENERATOR_VERSION and ruff $RUFF_VERSION (found '${have_gen:-none}' and '${have_ruff:-none}')." >&2
    echo "run scripts/test once, or: pip install -e '.[dev]'" >&2
    exit 2
  fi
}

# generate_into DIR: writes the package voucherify_client into DIR/voucherify_client, from scratch.
generate_into() {
  local dest="$1/voucherify_client"
  rm -rf "$dest"
  openapi-python-client generate \
    --path "$ROOT/openapi.yaml" \
    --config "$ROOT/generator-config.yaml" \
    --custom-template-path "$ROOT/scripts/templates" \
    --meta none \
    --fail-on-warning \
    --output-path "$dest" >/dev/null
  # --meta none writes no py.typed; the package is typed, so ship the marker.
  : > "$dest/py.typed"
  rm -rf "$dest/.ruff_cache"
  find "$dest" -name __pycache__ -type d -prune -exec rm -rf {} +
}

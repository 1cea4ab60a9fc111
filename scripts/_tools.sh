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

# The generated packages: each from its spec and generator config, with the same templates.
GENERATED_PACKAGES="voucherify_client voucherify_events"
spec_of() { case "$1" in voucherify_client) echo openapi.yaml ;; voucherify_events) echo openapi-events.yaml ;; esac; }
config_of() {
  case "$1" in voucherify_client) echo generator-config.yaml ;; voucherify_events) echo generator-config-events.yaml ;; esac
}

# generate_into DIR: writes every generated package into DIR/<package>, from scratch.
generate_into() {
  local package
  for package in $GENERATED_PACKAGES; do
    generate_package "$1" "$package"
  done
}

# generate_package DIR PACKAGE: writes one package into DIR/PACKAGE, from scratch.
generate_package() {
  local dest="$1/$2"
  rm -rf "$dest"
  openapi-python-client generate \
    --path "$ROOT/$(spec_of "$2")" \
    --config "$ROOT/$(config_of "$2")" \
    --custom-template-path "$ROOT/scripts/templates" \
    --meta none \
    --fail-on-warning \
    --output-path "$dest" >/dev/null
  # --meta none writes no py.typed; the package is typed, so ship the marker.
  : > "$dest/py.typed"
  rm -rf "$dest/.ruff_cache"
  find "$dest" -name __pycache__ -type d -prune -exec rm -rf {} +
}

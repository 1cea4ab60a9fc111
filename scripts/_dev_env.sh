# Shared by scripts/test and scripts/docs: the development venv, and the browser the docs check drives.
# shellcheck shell=bash
PYTHON="${PYTHON:-python3}"

# ensure_dev_venv NAME: .venv with the SDK (editable), its dev, docs, sandbox and cli extras and the sandbox, on the
# first run and again when a pyproject.toml changed. NAME prefixes what it says (scripts/test, scripts/docs).
ensure_dev_venv() {
  local who="$1" stamp=.venv/.installed-dev
  if [ ! -x .venv/bin/python ]; then
    echo "$who: creating .venv with $PYTHON ($("$PYTHON" --version 2>&1))"
    "$PYTHON" -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ packaging/sandbox/pyproject.toml -nt "$stamp" ]; then
    if [ -f "$stamp" ]; then
      echo "$who: a pyproject.toml changed since the last install: installing again"
    fi
    echo "$who: upgrading pip in .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip
    echo "$who: installing the SDK (editable) with its dev, docs, sandbox and cli extras: ruff, mypy, pytest,"
    echo "$who:   pytest-xdist, openapi-python-client, openapi-core, schemathesis, hypothesis, trio, the official"
    echo "$who:   voucherify SDK, mkdocs-material, mkdocstrings, selenium, rich, waitress, ... (pinned in"
    echo "$who:   pyproject.toml), and the sandbox (its own distribution, packaging/sandbox): about a minute on a"
    echo "$who:   first run, quiet unless pip has a problem"
    .venv/bin/python -m pip install --quiet -e '.[dev,docs,sandbox,cli]' -e ./packaging/sandbox
    touch "$stamp"
    echo "$who: installed: $(.venv/bin/python -m pip list --format=freeze 2>/dev/null | wc -l) packages in .venv"
  fi
  export PATH="$PWD/.venv/bin:$PATH"
}

# ensure_chromium NAME: Debian's chromium and chromium-driver, for the docs site's browser check
# (tests/docs/test_site_in_browser.py). Installed with apt-get when missing, as root or through passwordless sudo;
# anywhere else, says what to install and fails.
ensure_chromium() {
  local who="$1" sudo=""
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "$who: the docs check needs Debian's chromium and chromium-driver:" >&2
      echo "$who:   sudo apt-get install chromium chromium-driver" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    echo "$who: the docs check needs chromium and chromedriver on PATH (Debian: apt-get install chromium chromium-driver)" >&2
    return 1
  fi
  echo "$who: installing Debian's chromium and chromium-driver for the docs site's browser check (about a minute)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver \
    fonts-dejavu-core >/dev/null
  command -v chromium >/dev/null && command -v chromedriver >/dev/null
}

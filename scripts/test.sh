#!/usr/bin/env bash
# Install lagebild with its test dependencies into .venv and run the test suite.
# This is the README's test command and what CI runs (.ci/run); it needs only python3 (3.10+).
# System dependencies of some tests (a browser, a database server) are installed by the scripts in
# scripts/test-setup.d/, each sourced in name order after the virtual environment exists.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
for setup in scripts/test-setup.d/*.sh; do
    [ -e "$setup" ] || continue
    # shellcheck source=/dev/null
    source "$setup"
done
.venv/bin/python -m ruff check src tests
.venv/bin/python -m pytest -q "$@"

#!/usr/bin/env bash
# Install lagebild with its test dependencies into .venv and run the test suite.
# This is the README's test command and what CI runs (.ci/run); it needs only python3 (3.10+).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
.venv/bin/python -m ruff check src tests
.venv/bin/python -m pytest -q "$@"

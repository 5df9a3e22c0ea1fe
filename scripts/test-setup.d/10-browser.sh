# Browser for the end-to-end tests (tests/test_web_e2e.py): Debian's chromium, driven by the
# Python playwright package from the test extras (no `playwright install`: its browser download
# is neither needed nor reachable). Sourced by scripts/test.sh; idempotent; never fails the run:
# without a browser the e2e tests skip.
CHROMIUM="${LAGEBILD_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ] && command -v apt-get >/dev/null 2>&1; then
    _apt=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then _apt="sudo -n"; else _apt="skip"; fi
    fi
    if [ "$_apt" != skip ]; then
        echo "test setup: installing Debian chromium for the browser tests" >&2
        { $_apt apt-get update -qq && DEBIAN_FRONTEND=noninteractive $_apt apt-get install -y -qq --no-install-recommends \
            chromium fonts-dejavu-core >/dev/null; } || echo "test setup: could not install chromium; browser tests will skip" >&2
    else
        echo "test setup: not root and no sudo; browser tests will skip unless $CHROMIUM exists" >&2
    fi
    unset _apt
fi
export LAGEBILD_CHROMIUM="$CHROMIUM"

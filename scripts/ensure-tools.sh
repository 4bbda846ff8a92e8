#!/bin/sh
# Installs the system tools the tests drive, when missing: tmux (end-to-end tests) and the
# PostgreSQL server binaries (initdb, pg_ctl, postgres: the shared-library tests start a throwaway
# server of their own). Only apt is used; where nothing can be installed the tests that need a
# tool skip and say why.

have_postgres() {
    command -v pg_ctl >/dev/null 2>&1 && return 0
    for bin in /usr/lib/postgresql/*/bin; do
        [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/postgres" ] && return 0
    done
    return 1
}

missing=""
command -v tmux >/dev/null 2>&1 || missing="$missing tmux"
have_postgres || missing="$missing postgresql"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    APT="apt-get"
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    APT="sudo apt-get"
else
    echo "missing:$missing; they cannot be installed here: the tests that need them will be skipped" >&2
    exit 0
fi
echo "installing$missing for the tests" >&2
# The server package must not start a cluster of its own: the tests start throwaway ones.
export DEBIAN_FRONTEND=noninteractive
$APT update -qq >/dev/null || true
$APT install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "could not install$missing: the tests that need them will be skipped" >&2
exit 0

#!/bin/sh
# Installs the system tools the end-to-end tests drive (tmux), when missing.
set -e
if command -v tmux >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing tmux for the end-to-end tests" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq tmux >/dev/null
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq tmux >/dev/null
else
    echo "tmux is missing and cannot be installed here: the tmux tests will be skipped" >&2
fi

#!/usr/bin/env bash
# Creates .venv-oracle with the pinned Anki and genanki (scripts/requirements-oracle.txt)
# when it is missing or its requirements changed. The interop tests use it as their oracle.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-oracle
requirements=scripts/requirements-oracle.txt
stamp="$venv/.requirements"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$requirements" "$stamp"; then
    exit 0
fi
if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
    echo "oracle-venv: python3-venv is missing; installing it" >&2
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
cp "$requirements" "$stamp"
echo "oracle-venv: $venv ready ($(grep -v '^#' "$requirements" | tr '\n' ' '))"

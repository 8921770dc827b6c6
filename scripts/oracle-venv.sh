#!/usr/bin/env bash
# Creates .venv-oracle with the pinned Anki and genanki (scripts/requirements-oracle.txt)
# when it is missing or its requirements changed; does nothing otherwise. The interop
# tests use it as their oracle (scripts/anki_oracle.py). Needs python3 with venv and
# PyPI; installs Debian's python3-venv when the venv module is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-oracle
requirements=scripts/requirements-oracle.txt
stamp="$venv/.requirements"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$requirements" "$stamp"; then
    exit 0
fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
if ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    echo "oracle-venv: installing python3 and python3-venv" >&2
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3 python3-venv
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
cp "$requirements" "$stamp"
echo "oracle-venv: $venv ready ($(grep -v '^#' "$requirements" | tr '\n' ' '))"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Start, stop or inspect the shared PC/SC test stack (pcscd + 8 vpcd readers).
# Usage: test/stack/pcsc-stack.sh start | restart | stop | status | measure [count]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# Bundled inside node_modules so that koffi and the repository root resolve from the bundle's location.
cache="$root/node_modules/.cache/dips-companion"
mkdir -p "$cache"
bundle="$cache/pcsc-stack-cli.mjs"
"$root/node_modules/.bin/esbuild" "$root/test/stack/pcsc-stack-cli.ts" --bundle --platform=node --format=esm \
  --external:koffi --log-level=warning --outfile="$bundle"
exec node "$bundle" "$@"

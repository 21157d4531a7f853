#!/usr/bin/env bash
# Installs whatever Steunwijzer needs to build and test and is not yet on this machine.
# Every step checks first, so a warm machine skips the slow installs.
# Versions and traps: see ../shared/TOOLCHAIN.md (Trunk 0.21.14; wasm-bindgen-cli equal to the
# version pinned in Cargo.toml; wasm-opt from npm's binaryen, never Debian's; Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The one wasm-bindgen version: Cargo.toml pins it with `=`, the CLI must match it exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
want_browser=${1:-all}   # "build" skips the browser (serve needs no Chromium)

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  log "cargo install trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: its lock file names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Node tools: wasm-opt (binaryen), playwright-core, axe-core. Pinned in scripts/package-lock.json.
if [ ! -x scripts/node_modules/.bin/wasm-opt ] || [ ! -d scripts/node_modules/playwright-core ] \
  || [ ! -d scripts/node_modules/axe-core ] || [ scripts/package-lock.json -nt scripts/node_modules/.package-lock.json ]; then
  log "npm ci (binaryen, playwright-core, axe-core)"
  (cd scripts && npm ci --no-audit --no-fund)
fi

if [ "$want_browser" = all ] && [ ! -x /usr/bin/chromium ]; then
  log "apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
# pdfinfo and pdftotext: the annex's print test reads the stamp on every page of its PDF.
if [ "$want_browser" = all ] && ! command -v pdftotext >/dev/null; then
  log "apt-get install poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
fi
log "all tools present"

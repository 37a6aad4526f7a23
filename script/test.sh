#!/usr/bin/env bash
# Sets everything up (script/setup.sh) and runs every check CI runs:
# formatting, builds, binding drift, Solidity tests (unit, fuzz, invariant, gas snapshots),
# Rust lints and tests, and slither with the committed triage database.
# With CI=true the heavier `ci` forge profile runs (more fuzz/invariant runs, fixed seed,
# gas snapshot check).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

if [ "${CI:-}" = "true" ]; then
  export FOUNDRY_PROFILE=ci
  # A one-off build gains nothing from incremental compilation, whose caches are about two thirds
  # of target/ (5 of 7.8 GB here): without them CI needs far less disk.
  export CARGO_INCREMENTAL=0
fi
step() { say "$*"; }

step "forge fmt --check";                 forge fmt --check
step "forge build --sizes (fails past EIP-170)"; forge build --sizes
step "Rust bindings drift check";         script/bindings.sh --check
step "forge test (profile ${FOUNDRY_PROFILE:-default})"
forge test   # the ci profile also fails when a gas value differs from snapshots/*.json
new_snapshots="$(git ls-files --others --exclude-standard -- snapshots 2>/dev/null || true)"
[ -z "$new_snapshots" ] || die "gas snapshot files not committed: $new_snapshots"
step "cargo fmt --check";                 cargo fmt --all -- --check
step "cargo clippy -D warnings";          cargo clippy --workspace --all-targets --locked -- -D warnings
step "cargo test";                        cargo test --workspace --locked
step "dApp examples against a devnet: ethers-rs, TypeScript (viem), Python (web3.py)"; script/dapp-examples.sh
step "subgraph: graph codegen and graph build (offline, ABIs from snapshots/abi)"
(cd subgraph && npm ci --no-audit --no-fund --loglevel=error && npx graph codegen >/dev/null \
  && npx graph build --network devnet --network-file networks.json >/dev/null)
git diff --quiet -- subgraph/subgraph.yaml \
  || die "subgraph/subgraph.yaml differs from what graph build writes from networks.json; commit it"
# slither recompiles (forge clean + build without tests), so it runs last.
step "slither (fails on any untriaged medium/high finding; triage: slither.db.json)"
slither . --config-file slither.config.json --fail-medium
say "all checks passed"

#!/usr/bin/env bash
# Sets everything up and runs the most complete end-to-end flow that exists so far: an OP Stack-mode
# anvil, the TORA token deployed through the Rust bindings, a mint by the minter role, delegation and
# the votes read back on the timestamp clock.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

say "forge build";   forge build
say "token tour on a local OP Stack-mode anvil"
cargo run --quiet --locked -p tensora-bindings --example token_tour

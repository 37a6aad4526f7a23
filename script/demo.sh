#!/usr/bin/env bash
# Sets everything up and runs the most complete end-to-end flow that exists so far, through the Rust
# bindings on an OP Stack-mode anvil: the suite deployed with every admin role held by the governance
# timelock (no deployer role), the SubnetRegistry with the seed's three subnets created for the 1000
# TORA fee, a miner, a validator and a delegator joining Predictia, discovery as the seed's snippet
# does it, a governance proposal (propose, vote, queue, execute) giving Predictia its emission weight,
# then two Predictia epochs: the weight takes effect, the validator commits and reveals scores, the epoch closes with
# consensus, and the rewards are checked to split 18/41/41 and claimed. Exits non-zero on a failed check.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

say "forge build";   forge build
say "tour of the suite on a local OP Stack-mode anvil"
cargo run --quiet --locked -p tensora-bindings --example tour

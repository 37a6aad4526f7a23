#!/usr/bin/env bash
# The README's main command: sets everything up and runs `tensora demo`, the most complete
# end-to-end flow that exists so far, on a fresh local OP Stack devnet: the suite deployed and
# verified as `tensora deploy` does it (every admin role held by the governance timelock, a 2-of-3
# guardian Safe), the seed's three subnets created for the 1000 TORA fee, a miner, a validator and a
# delegator joining Predictia, discovery as the seed's snippet does it, a governance proposal
# (propose, vote, queue, execute) giving Predictia its emission weight, then two Predictia epochs:
# the weight takes effect, the validator commits and reveals scores, the epoch closes with
# consensus, and the rewards are checked to split 18/41/41 and claimed. Exits non-zero on a failed
# check.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

say "tensora demo (local OP Stack devnet)"
cargo run --quiet --locked -p tensora-cli -- demo

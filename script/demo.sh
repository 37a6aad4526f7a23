#!/usr/bin/env bash
# The README's main command: sets everything up and runs `tensora demo`, the most complete end-to-
# end flow that exists so far, on a fresh local OP Stack devnet: the suite deployed and verified as
# `tensora deploy` does it (every admin role held by the governance timelock, a 2-of-3 guardian
# Safe), the seed's three subnets created for the 1000 TORA fee, two miner servers (Holt and AR
# forecasting models), a validator and a delegator joining Predictia, discovery as the seed's
# snippet does it, a governance proposal (propose, vote, queue, execute) giving the three subnets
# emission weights, then three Predictia epochs run by the validator and coordinator services (real
# S&P 500 tasks, RMSE/MAE scoring, commit-reveal, consensus close), each with a table of scores and
# rewards and the 18/41/41 check, and claims; finally a TORA-only account is created and acts
# through UserOperations sent to the alto bundler, paying gas in TORA. Exits non-zero on a failed
# check.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

say "tensora demo (local OP Stack devnet)"
cargo run --quiet --locked -p tensora-cli -- demo

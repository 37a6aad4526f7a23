#!/usr/bin/env bash
# Regenerates the Rust bindings (crates/tensora-bindings/src/generated, and src/examples for the
# contracts of examples/) and the ABI and storage
# snapshots (snapshots/abi, snapshots/storage; script/tools/snapshots.cjs) from the forge artifacts,
# or with --check fails when the committed ones differ from what the contracts produce.
# Needs a current `forge build`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The deployable contracts of the suite; one name per line, matched exactly.
CONTRACTS=(TORA SubnetRegistry Subnet SubnetCloser EmissionManager ValidatorTrust TensoraGovernor TensoraTimelock Create3Deployer TensoraPaymaster TensoraAccountFactory TensoraAccount ForecastFeeds ForecastFeedsFactory InferenceRequests)

# Contracts of examples/ that the demo and tests deploy (not part of the suite).
EXAMPLES=(MyDeFiProtocol)

re() { echo "^($(IFS='|'; echo "$*"))\$"; }
target=crates/tensora-bindings/src/generated
examples_target=crates/tensora-bindings/src/examples
bind() {
  forge bind --skip-build --select "$(re "${CONTRACTS[@]}")" --module --alloy-version 2.5.0 --overwrite \
    --bindings-path "$1" >/dev/null
  node script/tools/immutables.cjs "$1/immutables.json" "${CONTRACTS[@]}"
  forge bind --skip-build --select "$(re "${EXAMPLES[@]}")" --module --alloy-version 2.5.0 --overwrite \
    --bindings-path "$2" >/dev/null
}

if [ "${1:-}" = "--check" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  bind "$tmp/generated" "$tmp/examples"
  for pair in "$tmp/generated:$target" "$tmp/examples:$examples_target"; do
    if ! diff -r "${pair%%:*}" "${pair#*:}" >"$tmp/diff"; then
      head -n 20 "$tmp/diff" >&2
      echo "error: the Rust bindings are out of date with the contracts; run script/bindings.sh and commit" >&2
      exit 1
    fi
  done
  echo "bindings up to date (${#CONTRACTS[@]} contracts, ${#EXAMPLES[@]} example(s))"
  node script/tools/snapshots.cjs --check "${CONTRACTS[@]}"
else
  bind "$target" "$examples_target"
  echo "bindings written to $target and $examples_target"
  node script/tools/snapshots.cjs "${CONTRACTS[@]}"
fi

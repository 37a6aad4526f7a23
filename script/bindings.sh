#!/usr/bin/env bash
# Regenerates the Rust bindings (crates/tensora-bindings/src/generated) and the ABI and storage
# snapshots (snapshots/abi, snapshots/storage; script/tools/snapshots.cjs) from the forge artifacts,
# or with --check fails when the committed ones differ from what the contracts produce.
# Needs a current `forge build`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The deployable contracts of the suite; one name per line, matched exactly.
CONTRACTS=(TORA SubnetRegistry Subnet SubnetCloser EmissionManager ValidatorTrust TensoraGovernor TensoraTimelock Create3Deployer TensoraPaymaster TensoraAccountFactory TensoraAccount ForecastFeeds)

select_re="^($(IFS='|'; echo "${CONTRACTS[*]}"))\$"
target=crates/tensora-bindings/src/generated
bind() {
  forge bind --skip-build --select "$select_re" --module --alloy-version 2.5.0 --overwrite \
    --bindings-path "$1" >/dev/null
  node script/tools/immutables.cjs "$1/immutables.json" "${CONTRACTS[@]}"
}

if [ "${1:-}" = "--check" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  bind "$tmp/generated"
  if ! diff -r "$tmp/generated" "$target" >"$tmp/diff"; then
    head -n 20 "$tmp/diff" >&2
    echo "error: the Rust bindings are out of date with the contracts; run script/bindings.sh and commit" >&2
    exit 1
  fi
  echo "bindings up to date (${#CONTRACTS[@]} contracts)"
  node script/tools/snapshots.cjs --check "${CONTRACTS[@]}"
else
  bind "$target"
  echo "bindings written to $target"
  node script/tools/snapshots.cjs "${CONTRACTS[@]}"
fi

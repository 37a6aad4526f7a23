#!/usr/bin/env bash
# Builds examples/ethers-dapp (the legacy ethers-rs path, outside the workspace) and runs it against
# a fresh devnet with the suite deployed and one subnet created: it must list that subnet.
# Needs the `tensora` binary (cargo build -p tensora-cli) and the npm packages (script/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tensora=target/debug/tensora
[ -x "$tensora" ] || cargo build -p tensora-cli --locked
cargo build --locked --manifest-path examples/ethers-dapp/Cargo.toml

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
"$tensora" devnet --port "$port" --block-time 0 >"$work/devnet.log" 2>&1 &
devnet=$!
trap 'kill "$devnet" 2>/dev/null; wait "$devnet" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do grep -q "^ready " "$work/devnet.log" && break; sleep 0.2; done
grep -q "^ready " "$work/devnet.log" || { cat "$work/devnet.log" >&2; exit 1; }

# anvil's first dev key (public test mnemonic), as the devnet prints it.
key=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
"$tensora" deploy --rpc-url "$url" --deployments "$work" --private-key "$key" >/dev/null
"$tensora" subnet create --rpc-url "$url" --deployments "$work" --private-key "$key" \
  --name Predictia --type time-series --hyperparameters predictia --approve --yes >/dev/null

out="$(examples/ethers-dapp/target/debug/tensora-ethers-dapp "$url" "$work/901.json")"
echo "$out"
grep -q "1 subnet(s)" <<<"$out" && grep -q "#1 Predictia (time-series)" <<<"$out" \
  || { echo "error: the ethers example did not list the subnet" >&2; exit 1; }

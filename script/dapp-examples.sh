#!/usr/bin/env bash
# Runs the dApp examples against one fresh devnet with the suite deployed:
#   - examples/ethers-dapp (the legacy ethers-rs path, outside the workspace) must list the subnets;
#   - examples/dapp-ts (TypeScript, viem) and examples/dapp-python (web3.py) find Linguista's top
#     miners on chain, by score and by latency, and get a translation with failover: the miner
#     with uid 0 registered an endpoint nothing listens on, the one with uid 1 serves apertium.
# Needs the `tensora` binary (cargo build -p tensora-cli) and script/setup.sh's npm and PyPI packages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tensora=target/debug/tensora
[ -x "$tensora" ] || cargo build -p tensora-cli --locked
cargo build --locked --manifest-path examples/ethers-dapp/Cargo.toml
(cd examples/dapp-ts && npm ci --no-audit --no-fund --loglevel=error && npx tsc -p .)

work="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"
url="http://127.0.0.1:$port"
pids=()
# The devnet and the miner server exit 0 on SIGTERM; a non-zero status here fails the script.
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}"; rm -rf "$work"' EXIT
"$tensora" devnet --port "$port" --block-time 0 >"$work/devnet.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q "^ready " "$work/devnet.log" && break; sleep 0.2; done
grep -q "^ready " "$work/devnet.log" || { cat "$work/devnet.log" >&2; exit 1; }

# anvil's public dev keys (test mnemonic), as the devnet prints them: the deployer and two miners.
admin=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
dead="0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
live="0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6 0x90F79bf6EB2c4f870365E785982E1f101E93b906"
chain=(--rpc-url "$url" --deployments "$work")
"$tensora" deploy "${chain[@]}" --private-key "$admin" >/dev/null
for spec in "Linguista nlp linguista" "Predictia time-series predictia"; do
  read -r name type template <<<"$spec"
  "$tensora" subnet create "${chain[@]}" --private-key "$admin" \
    --name "$name" --type "$type" --hyperparameters "$template" --approve --yes >/dev/null
done

out="$(examples/ethers-dapp/target/debug/tensora-ethers-dapp "$url" "$work/901.json")"
echo "$out"
grep -q "2 subnet(s)" <<<"$out" && grep -q "#2 Predictia (time-series)" <<<"$out" \
  || { echo "error: the ethers example did not list the subnets" >&2; exit 1; }

miner_port="$(free_port)"
"$tensora" miner serve --kind linguista --model apertium --listen "127.0.0.1:$miner_port" >/dev/null 2>&1 &
pids+=($!)
closed_port="$(free_port)"
for who in "$dead http://127.0.0.1:$closed_port/infer" "$live http://127.0.0.1:$miner_port/infer"; do
  read -r key address endpoint <<<"$who"
  "$tensora" transfer "${chain[@]}" --private-key "$admin" --to "$address" --amount 200 --yes >/dev/null
  "$tensora" miner register "${chain[@]}" --private-key "$key" --subnet 1 --bond 100 \
    --endpoint "$endpoint" --approve --yes >/dev/null
done
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$miner_port/health" >/dev/null && break; sleep 0.1; done

text="The miners serve models and the validators score them."
check() { # output, what: the dead miner was tried first (by score) or skipped (by latency), uid 1 answered
  grep -q "answer from .*miner uid 1 (apertium).*: Los mineros" <<<"$1" \
    || { echo "error: $2 did not get apertium's answer from uid 1: $1" >&2; exit 1; }
}
for by in score latency; do
  ts="$(node examples/dapp-ts/dist/main.js "$url" "$work/901.json" linguista "$text" "$by")"
  py="$(.venv/bin/python examples/dapp-python/tensora_dapp.py "$url" "$work/901.json" linguista "$text" "$by")"
  echo "TypeScript, by $by:"; echo "$ts"; echo "Python, by $by:"; echo "$py"
  check "$ts" "the TypeScript client (by $by)"
  check "$py" "the Python client (by $by)"
  if [ "$by" = score ]; then
    grep -q "miner uid 0 .* failed: cannot connect" <<<"$ts$py" \
      || { echo "error: the dead miner (uid 0) was not tried first and reported" >&2; exit 1; }
  fi
done

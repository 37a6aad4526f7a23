#!/usr/bin/env bash
# Gas benchmarks. Sets everything up, then:
#   1. closes one epoch for validators x miners in {8,16,32,64} x {16,64,128,256} (random non-zero
#      scores from every validator, steady state: the second scored epoch), in as few transactions
#      as fit under EIP-7825's 16,777,216 gas cap, and prints total gas, gas per transaction and
#      per weight cell; JSON in bench/results/epoch-close.json;
#   2. prints the epoch action snapshots (commit, reveal of 256 scores, claims with 1 and 10,000
#      delegators) from snapshots/SubnetEpoch.json and the forecast feeds' (the seeds'
#      requestForecast + getForecast from a contract, publishing and finalizing a round of 10
#      feeds, reporting and settling) from snapshots/ForecastFeeds.json and the escrowed requests'
#      (create, answer, score, release, withdraw, refund) from snapshots/InferenceRequests.json, which `forge test` keeps
#      current;
#   3. per subnet kind, each model's answer latency (p50/p95) and the validator's time to ask and
#      score 256 miners (crates/tensora-services/examples/kinds_bench.rs, release build; JSON in
#      bench/results/kinds.json);
#   4. the indexer's GraphQL query latency (p50/p99) with 1,000 subnets and 100,000 miners in
#      SQLite and in PostgreSQL (a local cluster of its own), the seeds' discovery query first
#      (crates/tensora-indexer/examples/query_bench.rs, release build; JSON in
#      bench/results/indexer.json);
#   5. the indexer's ingest: 100,000 of the suite's events from a devnet into SQLite and into
#      PostgreSQL, events per second and resident memory
#      (crates/tensora-testkit/examples/ingest_bench.rs, release build; JSON in
#      bench/results/indexer-ingest.json);
#   6. the explorer's page loads: each page of `tensora demo --serve` opened in headless Chromium
#      (playwright-core), navigation start to rendered, p50 and max of 5 cold loads
#      (script/tools/explorer-bench.cjs; JSON in bench/results/explorer.json).
# Gas per transaction includes the 21,000 intrinsic gas and calldata.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

say "epoch close benchmark (forge profile 'bench')"
FOUNDRY_PROFILE=bench forge test --match-contract EpochCloseBench >/dev/null
node - <<'JS'
const rows = require("./bench/results/epoch-close.json");
const fmt = (n) => n.toLocaleString("en-US");
const head = ["validators", "miners", "txs", "total gas", "max gas/tx", "gas/cell"];
const lines = rows.map((r) => [r.validators, r.miners, r.transactions, fmt(r.total_gas), fmt(r.max_gas_per_tx), fmt(r.gas_per_cell)].map(String));
const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const show = (cells) => console.log(cells.map((c, i) => c.padStart(width[i])).join("  "));
show(head);
lines.forEach(show);
console.log("\nJSON: bench/results/epoch-close.json");
const snap = require("./snapshots/SubnetEpoch.json");
console.log("\nepoch actions (execution gas, cold storage; snapshots/SubnetEpoch.json):");
for (const [k, v] of Object.entries(snap)) console.log(`  ${k.padEnd(34)} ${fmt(Number(v))}`);
const feeds = require("./snapshots/ForecastFeeds.json");
console.log("\nforecast feeds (execution gas, cold storage; snapshots/ForecastFeeds.json; request + get target < 60,000):");
for (const [k, v] of Object.entries(feeds)) console.log(`  ${k.padEnd(44)} ${fmt(Number(v))}`);
const requests = require("./snapshots/InferenceRequests.json");
console.log("\nescrowed requests (execution gas, cold storage; snapshots/InferenceRequests.json):");
for (const [k, v] of Object.entries(requests)) console.log(`  ${k.padEnd(44)} ${fmt(Number(v))}`);
const life = ["createRequest", "answer_inline", "answer_inline", "answer_inline", "scoreAnswers_3answers",
  "scoreAnswers_3answers", "scoreAnswers_3answers", "release_3answers_3validators"].reduce((a, k) => a + Number(requests[k]), 0);
console.log(`  ${"a request's life (create, 3 answers, 3 scores, release)".padEnd(44)} ${fmt(life)}`);
JS

say "subnet kinds benchmark (release build of crates/tensora-services/examples/kinds_bench.rs)"
cargo run --release -q -p tensora-services --example kinds_bench

say "indexer query benchmark (release build of crates/tensora-indexer/examples/query_bench.rs)"
cargo run --release -q -p tensora-indexer --example query_bench

say "indexer ingest benchmark (release build of crates/tensora-testkit/examples/ingest_bench.rs)"
forge build >/dev/null
cargo run --release -q -p tensora-testkit --example ingest_bench

say "explorer page loads over the demo's data (tensora demo --serve, debug build; Debian chromium via playwright-core)"
cargo build -q -p tensora-cli
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
target/debug/tensora demo --serve --explorer-port "$port" >/dev/null 2>&1 &
demo_pid=$!
trap 'kill "$demo_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/explorer.json" && break
  kill -0 "$demo_pid" 2>/dev/null || die "tensora demo --serve stopped before serving the explorer"
  sleep 0.5
done
node script/tools/explorer-bench.cjs "http://127.0.0.1:$port/" 5
kill "$demo_pid"; wait "$demo_pid" 2>/dev/null || true

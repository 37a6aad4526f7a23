#!/usr/bin/env node
// Writes the subgraph's networks.json entry for one network from a deployment record
// (deployments/<chainId>.json, written by `tensora deploy`): each data source's address and the
// block its contract was created in (where indexing starts).
// Usage: node networks.cjs <record.json> <network name>   (other networks in the file are kept)
"use strict";
const fs = require("fs");
const path = require("path");

const [recordPath, network] = process.argv.slice(2);
if (!recordPath || !network) {
  console.error("usage: node networks.cjs <deployments/<chainId>.json> <network name>");
  process.exit(2);
}
const record = JSON.parse(fs.readFileSync(recordPath, "utf8"));
const SOURCES = [
  "SubnetRegistry",
  "EmissionManager",
  "TensoraGovernor",
  "ValidatorTrust",
  "InferenceRequests",
  "ForecastFeedsFactory",
];
const entry = {};
for (const name of SOURCES) {
  const c = record.contracts[name];
  if (!c || !c.address) {
    console.error(`error: ${recordPath} has no contracts.${name}.address; is it a Tensora deployment record?`);
    process.exit(1);
  }
  entry[name] = { address: c.address, startBlock: c.block || 0 };
}
const file = path.join(__dirname, "networks.json");
const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
all[network] = entry;
fs.writeFileSync(file, JSON.stringify(all, null, 2) + "\n");
console.log(`networks.json: ${network} from ${recordPath} (chain ${record.chainId})`);

#!/usr/bin/env node
// The snapshots dApps and the DELEGATECALL design depend on, from the forge artifacts in out/:
//   snapshots/abi/<Name>.json      the ABI of every deployable contract named on the command line
//   snapshots/storage/<Name>.json  the storage layout (label, slot, offset, type) of the contracts
//                                  that share storage through DELEGATECALL: Subnet and SubnetCloser
// It fails when Subnet and SubnetCloser lay their storage out differently (the closer runs on the
// subnet's storage). With --check it writes nothing and fails when a committed snapshot differs.
// Usage: snapshots.cjs [--check] <Contract>...   (needs `forge build` with storageLayout output)
"use strict";
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const check = args[0] === "--check";
const names = check ? args.slice(1) : args;
const SHARED_STORAGE = ["Subnet", "SubnetCloser"];

const artifact = (name) =>
  JSON.parse(fs.readFileSync(path.join("out", `${name}.sol`, `${name}.json`), "utf8"));

// A storage type by its label, structs with their members, so that layouts compare by meaning.
function describe(types, id) {
  const t = types[id];
  const out = { type: t.label, bytes: t.numberOfBytes };
  if (t.members) out.members = t.members.map((m) => entry(types, m));
  if (t.key) out.key = describe(types, t.key);
  if (t.value) out.value = describe(types, t.value);
  if (t.base) out.base = describe(types, t.base);
  return out;
}
const entry = (types, e) => ({ label: e.label, slot: e.slot, offset: e.offset, ...describe(types, e.type) });

function layout(name) {
  const a = artifact(name);
  if (!a.storageLayout) {
    throw new Error(`out/${name}.sol/${name}.json has no storageLayout: foundry.toml needs extra_output = ["storageLayout"]`);
  }
  const { storage, types } = a.storageLayout;
  return storage.map((e) => entry(types || {}, e));
}

const files = {};
for (const name of names) {
  files[path.join("snapshots", "abi", `${name}.json`)] = JSON.stringify(artifact(name).abi, null, 2) + "\n";
}
const layouts = SHARED_STORAGE.map(layout);
for (const [i, name] of SHARED_STORAGE.entries()) {
  files[path.join("snapshots", "storage", `${name}.json`)] = JSON.stringify(layouts[i], null, 2) + "\n";
}
if (JSON.stringify(layouts[0]) !== JSON.stringify(layouts[1])) {
  console.error(
    `error: ${SHARED_STORAGE.join(" and ")} lay out storage differently; the closer runs on the subnet's ` +
      "storage through DELEGATECALL, so both must inherit the same storage and nothing else " +
      `(compare snapshots/storage/${SHARED_STORAGE[0]}.json and ${SHARED_STORAGE[1]}.json)`
  );
  if (!check) for (const [file, text] of Object.entries(files)) write(file, text);
  process.exit(1);
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

if (check) {
  const stale = Object.entries(files)
    .filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text)
    .map(([file]) => file);
  for (const dir of ["abi", "storage"]) {
    const known = new Set(Object.keys(files));
    for (const f of fs.existsSync(path.join("snapshots", dir)) ? fs.readdirSync(path.join("snapshots", dir)) : []) {
      const file = path.join("snapshots", dir, f);
      if (!known.has(file)) stale.push(`${file} (no such contract any more)`);
    }
  }
  if (stale.length) {
    console.error(`error: ABI or storage snapshots are out of date: ${stale.join(", ")}; run script/bindings.sh and commit`);
    process.exit(1);
  }
  console.log(`ABI and storage snapshots up to date (${names.length} ABIs; ${SHARED_STORAGE.join(" = ")} storage)`);
} else {
  for (const [file, text] of Object.entries(files)) write(file, text);
  console.log(`ABI and storage snapshots written under snapshots/ (${names.length} ABIs)`);
}

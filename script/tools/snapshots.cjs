#!/usr/bin/env node
// The snapshots dApps and the DELEGATECALL design depend on, from the forge artifacts in out/:
//   snapshots/abi/<Name>.json      the ABI of every deployable contract named on the command line
//   snapshots/storage/<Name>.json  the storage layout (label, slot, offset, type) of the contracts
//                                  that share storage through DELEGATECALL: Subnet and SubnetCloser
//   snapshots/semver-lock.json     each contract's version() next to the SHA-256 of its creation
//                                  code (OP's semver lock): code that changes while its version()
//                                  stays the same is refused, so a version names one bytecode
// It fails when Subnet and SubnetCloser lay their storage out differently (the closer runs on the
// subnet's storage), and when a versioned contract's code changed without a new version(). With
// --check it writes nothing and fails when a committed snapshot differs.
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

// version() of each contract, from the sources: the literal its own `function version()` returns,
// else its nearest base's (contract X is A, B: A first). Contracts without one are unversioned
// (null) and tied to a versioned one where they ship together.
const VERSIONED_WITH = { SubnetCloser: "Subnet" };
function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith(".sol") ? [path.join(dir, d.name)] : []
  );
}
const declared = {};
for (const file of sources("contracts")) {
  const text = fs.readFileSync(file, "utf8");
  const re = /(?:abstract\s+)?contract\s+(\w+)(?:\s+is\s+([^{]+))?\{/g;
  const heads = [...text.matchAll(re)];
  heads.forEach((m, i) => {
    const body = text.slice(m.index, i + 1 < heads.length ? heads[i + 1].index : text.length);
    const v = body.match(/function\s+version\(\)[^{]*\{\s*return\s+"([^"]+)"/);
    const bases = (m[2] || "").split(",").map((b) => b.trim().split(/[\s(]/)[0]).filter(Boolean);
    declared[m[1]] = { version: v ? v[1] : null, bases };
  });
}
function versionOf(name, seen = new Set()) {
  if (seen.has(name) || !declared[name]) return null;
  seen.add(name);
  if (declared[name].version) return declared[name].version;
  for (const base of declared[name].bases) {
    const v = versionOf(base, seen);
    if (v) return v;
  }
  return null;
}
const sha256 = (hex) => require("crypto").createHash("sha256").update(Buffer.from(hex.replace(/^0x/, ""), "hex")).digest("hex");
const lockFile = path.join("snapshots", "semver-lock.json");
const lock = {};
for (const name of names) {
  const owner = VERSIONED_WITH[name];
  lock[name] = {
    version: versionOf(owner || name),
    ...(owner ? { versionOf: owner } : {}),
    initCodeSha256: sha256(artifact(name).bytecode.object),
  };
}
const previous = fs.existsSync(lockFile) ? JSON.parse(fs.readFileSync(lockFile, "utf8")) : {};
const unbumped = names.filter(
  (n) => previous[n] && lock[n].version && previous[n].initCodeSha256 !== lock[n].initCodeSha256 && previous[n].version === lock[n].version
);
if (unbumped.length) {
  console.error(
    `error: the code of ${unbumped.join(", ")} changed but version() is still ` +
      unbumped.map((n) => `${lock[n].version} (${lock[n].versionOf || n})`).join(", ") +
      `; bump version() (a version names one bytecode: ${lockFile}) and run script/bindings.sh`
  );
  process.exit(1);
}

const files = {};
files[lockFile] = JSON.stringify(lock, null, 2) + "\n";
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
    console.error(`error: ABI, storage or semver-lock snapshots are out of date: ${stale.join(", ")}; run script/bindings.sh and commit`);
    process.exit(1);
  }
  console.log(`ABI, storage and semver-lock snapshots up to date (${names.length} ABIs; ${SHARED_STORAGE.join(" = ")} storage)`);
} else {
  for (const [file, text] of Object.entries(files)) write(file, text);
  console.log(`ABI, storage and semver-lock snapshots written under snapshots/ (${names.length} contracts)`);
}

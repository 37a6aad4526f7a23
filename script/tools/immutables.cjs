#!/usr/bin/env node
// Writes, for each contract named on the command line, the byte ranges of its runtime code that
// hold immutables (from the forge artifacts in out/), as JSON: {"Name": [[start, length], ...]}.
// `tensora deploy` masks these ranges to compare on-chain code with the compiled code.
// Usage: immutables.cjs <out-file> <Contract>...
"use strict";
const fs = require("fs");
const path = require("path");

const [outFile, ...names] = process.argv.slice(2);
const result = {};
for (const name of names) {
  const artifact = path.join("out", `${name}.sol`, `${name}.json`);
  const refs = JSON.parse(fs.readFileSync(artifact, "utf8")).deployedBytecode.immutableReferences || {};
  result[name] = Object.values(refs)
    .flat()
    .map((r) => [r.start, r.length])
    .sort((a, b) => a[0] - b[0]);
}
fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + "\n");

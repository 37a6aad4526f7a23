#!/usr/bin/env node
// solc shim: lets forge drive the WebAssembly build of the Solidity compiler (the npm package `solc`)
// as if it were a native solc. forge calls it with `--version` and with `--standard-json` (input on
// stdin, every source inlined, so no import callback is needed). Users with a native solc override
// this with FOUNDRY_SOLC=/path/to/solc (see README).
"use strict";

const solc = require("solc");

const args = process.argv.slice(2);

if (args.includes("--version")) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}

if (!args.includes("--standard-json")) {
  process.stderr.write(
    "solc-js shim: only --version and --standard-json are supported (forge uses nothing else).\n" +
      "For other uses run node_modules/.bin/solcjs or install a native solc.\n",
  );
  process.exit(2);
}

const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
  const input = Buffer.concat(chunks).toString("utf8");
  process.stdout.write(solc.compile(input));
});

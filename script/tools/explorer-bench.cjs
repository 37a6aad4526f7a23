#!/usr/bin/env node
// The explorer's page-load benchmark: opens each page of a running explorer (`tensora demo --serve`)
// in Debian's headless Chromium through playwright-core (npm, pinned; no browser download), each time
// in a fresh browser context (a cold cache), and reads how long the page took from navigation start
// to rendered (the explorer's body[data-rendered-ms], set when data-state turns "ready": the HTML,
// script, style sheet and uPlot fetched, the GraphQL answers in, the tables and charts drawn).
// Prints p50 and max per page; JSON in bench/results/explorer.json.
// Usage: node script/tools/explorer-bench.cjs <explorer URL> [runs]
"use strict";
const fs = require("fs");
const { chromium } = require("playwright-core");

const [base, runsArg] = process.argv.slice(2);
if (!base) {
  console.error("usage: node script/tools/explorer-bench.cjs <explorer URL> [runs]");
  process.exit(2);
}
const runs = Number(runsArg || 5);
const PAGES = [
  ["subnets", "#/"],
  ["subnet (Predictia)", "#/subnet/3"],
  ["subnet (Linguista)", "#/subnet/1"],
  ["forecasts", "#/forecasts"],
  ["governance", "#/governance"],
];

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const rows = [];
  try {
    for (const [name, hash] of PAGES) {
      const times = [];
      for (let i = 0; i < runs; ++i) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(new URL(hash, base).toString());
        await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 15000 });
        const state = await page.getAttribute("body", "data-state");
        if (state !== "ready") {
          throw new Error(`${name} (${hash}) did not render: ${await page.textContent("#app")}`);
        }
        times.push(Number(await page.getAttribute("body", "data-rendered-ms")));
        await context.close();
      }
      times.sort((a, b) => a - b);
      rows.push({ page: name, hash, runs, p50_ms: times[Math.floor(times.length / 2)], max_ms: times[times.length - 1] });
    }
  } finally {
    await browser.close();
  }
  const width = Math.max(...rows.map((r) => r.page.length), 4);
  console.log(`${"page".padEnd(width)}  p50 ms  max ms`);
  for (const r of rows) console.log(`${r.page.padEnd(width)}  ${String(r.p50_ms).padStart(6)}  ${String(r.max_ms).padStart(6)}`);
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/explorer.json", JSON.stringify(rows, null, 2) + "\n");
  console.log("\nJSON: bench/results/explorer.json");
})().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});

// Translates a sentence through a Linguista subnet, as the seeds' chatbot backend does:
//   node dist/main.js <rpc-url> <deployment-record.json> <subnet-name> <text> [score|latency]
// Prints the answer and which miner gave it; exits non-zero when no miner answers.

import { createPublicClient, http } from "viem";
import { findSubnet, getTopMiners, query, registryFromRecord } from "./tensora.js";

interface Translation {
  text: string;
  model: string;
}
const isTranslation = (a: unknown): a is Translation =>
  typeof a === "object" && a !== null && typeof (a as Translation).text === "string" && typeof (a as Translation).model === "string";

const [rpcUrl, record, subnetName, text, by = "score"] = process.argv.slice(2);
if (!rpcUrl || !record || !subnetName || !text || (by !== "score" && by !== "latency")) {
  console.error("usage: node dist/main.js <rpc-url> <deployment-record.json> <subnet-name> <text> [score|latency]");
  process.exit(2);
}
const client = createPublicClient({ transport: http(rpcUrl) });
try {
  const subnet = await findSubnet(client, registryFromRecord(record), subnetName);
  const miners = await getTopMiners(client, subnet.instance, { by, top: 3 });
  const task = { type: "translation", source_lang: "en", target_lang: "es", text };
  const got = await query(miners, task, isTranslation);
  for (const f of got.failed) console.log(`miner uid ${f.uid} at ${f.endpoint} failed: ${f.reason}`);
  console.log(`answer from ${subnet.name} miner uid ${got.miner.uid} (${got.answer.model}) in ${Math.round(got.latencyMs)} ms: ${got.answer.text}`);
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
}

// The dApp side of a Tensora subnet in TypeScript (viem), as the seeds show it: find the subnet in
// the registry by name, rank its miners by their last verified consensus on chain or by the round
// trip of their server's GET /health measured now, and ask them one task, best first, falling back
// to the next when one times out, fails or answers something that is not the kind's answer.
// The same rules as `tensora query` and tensora_client::query (Rust).

import { readFileSync } from "node:fs";
import { type Address, type PublicClient, getAddress, zeroAddress } from "viem";

const abi = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../snapshots/abi/${name}.json`, import.meta.url), "utf8"));
const registryAbi = abi("SubnetRegistry");
const subnetAbi = abi("Subnet");

/** The registry's address from a deployment record (`deployments/<chainId>.json`). */
export function registryFromRecord(recordPath: string): Address {
  const record = JSON.parse(readFileSync(recordPath, "utf8"));
  const at = record?.contracts?.SubnetRegistry?.address;
  if (typeof at !== "string") throw new Error(`${recordPath} has no SubnetRegistry address`);
  return getAddress(at);
}

export interface Miner {
  uid: number;
  account: Address;
  endpoint: string;
  /** Last verified consensus, 65535 = 1.0 (0 before its first scored epoch). */
  score: number;
  /** GET /health round trip in ms, when ranked by latency and it answered. */
  latencyMs?: number;
}

interface RegistrySubnet {
  name: string;
  inferenceType: string;
  instance: Address;
}

/** The subnet named `name` (any case) or numbered `name`. */
export async function findSubnet(client: PublicClient, registry: Address, name: string) {
  const count = Number(await client.readContract({ address: registry, abi: registryAbi, functionName: "subnetCount" }));
  const read = async (id: number) =>
    (await client.readContract({ address: registry, abi: registryAbi, functionName: "subnets", args: [BigInt(id)] })) as RegistrySubnet;
  if (/^\d+$/.test(name)) {
    const id = Number(name);
    if (id < 1 || id > count) throw new Error(`no subnet ${id} (ids run from 1 to ${count})`);
    return { id, ...(await read(id)) };
  }
  const found = [];
  for (let id = 1; id <= count; id++) {
    const s = await read(id);
    if (s.name.toLowerCase() === name.toLowerCase()) found.push({ id, ...s });
  }
  if (found.length !== 1) throw new Error(found.length ? `${found.length} subnets are named ${name}; pass the id` : `no subnet is named ${name}`);
  return found[0]!;
}

/** Round trip of GET /health on the miner's server (same origin as its endpoint), or undefined. */
async function probe(endpoint: string, timeoutMs: number): Promise<number | undefined> {
  let url: URL;
  try {
    url = new URL("/health", endpoint);
  } catch {
    return undefined;
  }
  const started = performance.now();
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return reply.ok ? performance.now() - started : undefined;
  } catch {
    return undefined;
  }
}

/** The subnet's miners with an endpoint, best first: by score, or by measured latency. */
export async function getTopMiners(
  client: PublicClient,
  subnet: Address,
  { by = "score", top = 3, probeTimeoutMs = 2000 }: { by?: "score" | "latency"; top?: number; probeTimeoutMs?: number } = {},
): Promise<Miner[]> {
  const read = (functionName: string, args: unknown[] = []) => client.readContract({ address: subnet, abi: subnetAbi, functionName, args });
  const slots = Number(await read("slotHighWater"));
  // A uid's consensus lane survives until the next close: a miner registered since the current
  // epoch started (the last close) shows its predecessor's, so it counts 0.
  const info = (await read("epochInfo")) as { end: number };
  const hp = (await read("hyperparameters")) as { epochLength: number };
  const epochStart = Number(info.end) - Number(hp.epochLength);
  const miners: Miner[] = [];
  for (let uid = 0; uid < slots; uid++) {
    const slot = (await read("slotOf", [uid])) as { account: Address; isValidator: boolean; registeredAt: number };
    if (slot.account === zeroAddress || slot.isValidator) continue;
    const endpoint = (await read("endpointOf", [slot.account])) as string;
    if (!endpoint.trim()) continue;
    const latest = Number(await read("latestConsensus", [BigInt(uid)]));
    const score = Number(slot.registeredAt) >= epochStart ? 0 : latest;
    miners.push({ uid, account: slot.account, endpoint, score });
  }
  if (by === "latency") {
    await Promise.all(miners.map(async (m) => (m.latencyMs = await probe(m.endpoint, probeTimeoutMs))));
  }
  const byScore = (a: Miner, b: Miner) => b.score - a.score || a.uid - b.uid;
  miners.sort((a, b) => {
    if (by === "score") return byScore(a, b);
    if (a.latencyMs !== undefined && b.latencyMs !== undefined) return a.latencyMs - b.latencyMs || byScore(a, b);
    if (a.latencyMs !== undefined) return -1;
    if (b.latencyMs !== undefined) return 1;
    return byScore(a, b);
  });
  return miners.slice(0, top);
}

export interface Answered<A> {
  answer: A;
  miner: Miner;
  latencyMs: number;
  failed: { uid: number; endpoint: string; reason: string }[];
}

/** Asks `miners` in order for `task`; the first answer `accept` takes (a kind's shape check). */
export async function query<A>(
  miners: Miner[],
  task: unknown,
  accept: (answer: unknown) => answer is A,
  timeoutMs = 5000,
): Promise<Answered<A>> {
  if (miners.length === 0) throw new Error("the subnet has no miner with an endpoint to ask");
  const failed: Answered<A>["failed"] = [];
  for (const miner of miners) {
    const started = performance.now();
    let reason: string;
    try {
      const reply = await fetch(miner.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(task),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!reply.ok) {
        reason = `HTTP ${reply.status}`;
      } else {
        const answer: unknown = await reply.json();
        if (accept(answer)) return { answer, miner, latencyMs: performance.now() - started, failed };
        reason = "bad answer: not this kind's answer";
      }
    } catch (e) {
      const name = (e as Error).name;
      reason = name === "TimeoutError" ? `timeout: no answer within ${timeoutMs} ms` : `cannot connect or request failed: ${(e as Error).message}`;
    }
    failed.push({ uid: miner.uid, endpoint: miner.endpoint, reason });
  }
  throw new Error(`none of the ${miners.length} miner(s) asked gave a usable answer: ${failed.map((f) => `uid ${f.uid} (${f.reason})`).join("; ")}`);
}

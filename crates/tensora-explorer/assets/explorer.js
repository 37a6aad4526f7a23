// Tensora Subnet Explorer: renders the indexer's GraphQL answers (same origin, /graphql) as pages.
// Hash routes: #/ (subnets; ?sort=<column>&dir=asc|desc), #/subnet/<id>, #/miner/<subnet>-<account>,
// #/validator/<subnet>-<account>, #/governance, #/forecasts. Every value from the chain is escaped before it
// reaches the DOM (names, endpoints and descriptions are chosen by whoever sent the transaction).
// <body data-state> is "loading", then "ready" or "error", so tests and tools know when a page is done.
"use strict";

const WAD = 10n ** 18n;
const SECONDS_PER_YEAR = 31536000n;
const COLORS = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#be185d", "#4d7c0f"];
const config = { network: "", txUrl: null };

// --- the API ------------------------------------------------------------------------------------

/** POSTs `query` to /graphql; resolves with `data` or throws an Error that says what went wrong. */
async function gql(query, variables) {
  let res;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: variables || {} }),
    });
  } catch (e) {
    throw new Error(`the indexer at /graphql did not answer (${e.message})`);
  }
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch (_) {
    throw new Error(`the indexer's answer is not JSON (HTTP ${res.status}, ${text.length} bytes)`);
  }
  if (body && Array.isArray(body.errors) && body.errors.length) {
    throw new Error("the indexer refused the query: " + body.errors.map((e) => e.message).join("; "));
  }
  if (!res.ok) throw new Error(`the indexer answered HTTP ${res.status}`);
  if (!body || typeof body.data !== "object" || body.data === null) {
    throw new Error("the indexer's answer has no data");
  }
  return body.data;
}

/** `obj[key]` as an array, or an Error naming what is missing (a wrong-shaped answer). */
function list(obj, key) {
  const v = obj && obj[key];
  if (!Array.isArray(v)) throw new Error(`the indexer's answer has no list "${key}"`);
  return v;
}

/** `obj[key]` as an object, or an Error naming what is missing. */
function one(obj, key, what) {
  const v = obj && obj[key];
  if (v === undefined) throw new Error(`the indexer's answer has no "${key}"`);
  if (v === null) throw new Error(`${what} is not in the index`);
  return v;
}

const META = "_meta { block { number hash } }";

// --- formatting -----------------------------------------------------------------------------------

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function big(v) {
  try {
    return BigInt(v ?? 0);
  } catch (_) {
    throw new Error(`the indexer sent "${v}" where a number belongs`);
  }
}

/** TORA wei as TORA: two decimals, thousands separated; amounts under 1 TORA with up to 6. */
function tora(v) {
  const x = big(v);
  const neg = x < 0n;
  const a = neg ? -x : x;
  const digits = a < WAD && a > 0n ? 6 : 2;
  const unit = 10n ** BigInt(18 - digits);
  let rounded = (a + unit / 2n) / unit;
  const whole = rounded / 10n ** BigInt(digits);
  let frac = (rounded % 10n ** BigInt(digits)).toString().padStart(digits, "0");
  if (digits === 6) frac = frac.replace(/0+$/, "") || "0";
  return `${neg ? "-" : ""}${whole.toLocaleString("en-US")}.${frac} TORA`;
}

/** TORA wei as a plain number of TORA (for charts). */
function toraNumber(v) {
  return Number(big(v) / 10n ** 12n) / 1e6;
}

/** A WAD fraction as a number (1e18 = 1). */
function wadNumber(v) {
  return Number((big(v) * 1000000n) / WAD) / 1e6;
}

/** A WAD fraction as a percentage. */
function pct(v, digits = 1) {
  return `${(wadNumber(v) * 100).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}

/** Basis points as a percentage. */
function bps(v) {
  return `${(Number(v) / 100).toFixed(2)}%`;
}

function when(ts) {
  if (ts === null || ts === undefined) return "—";
  return new Date(Number(ts) * 1000).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

function duration(seconds) {
  const s = Number(seconds);
  if (s % 86400 === 0 && s >= 86400) return `${s / 86400} d`;
  if (s % 3600 === 0 && s >= 3600) return `${s / 3600} h`;
  if (s % 60 === 0 && s >= 60) return `${s / 60} min`;
  return `${s} s`;
}

function short(hex) {
  const h = String(hex || "");
  return h.length > 14 ? `${h.slice(0, 6)}…${h.slice(-4)}` : h;
}

function addr(hex) {
  return `<code title="${esc(hex)}">${esc(short(hex))}</code>`;
}

function txLink(hash) {
  if (!config.txUrl) return `<code title="${esc(hash)}">${esc(short(hash))}</code>`;
  return `<a href="${esc(config.txUrl.replace("{}", hash))}" title="${esc(hash)}"><code>${esc(short(hash))}</code></a>`;
}

function table(headers, rows, empty) {
  if (!rows.length) return `<p class="muted">${esc(empty)}</p>`;
  return `<div class="scroll"><table><thead><tr>${headers.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

const th = (label, title) => `<th${title ? ` title="${esc(title)}"` : ""}>${label}</th>`;
const td = (html, cls) => `<td${cls ? ` class="${cls}"` : ""}>${html}</td>`;
const num = (html) => td(html, "num");

// --- charts -----------------------------------------------------------------------------------------

const pending = [];

/** A chart placeholder; drawn with uPlot once the page is in the DOM. `xs` numbers, `series`
 *  [{label, values}] (null for a gap); `time` when xs are unix seconds. */
function chart(id, title, xs, series, opts = {}) {
  const points = series.reduce((n, s) => n + s.values.filter((v) => v !== null && v !== undefined).length, 0);
  pending.push(() => {
    const el = document.getElementById(id);
    if (!el || !xs.length || !window.uPlot) return;
    const width = Math.max(260, Math.min(el.clientWidth || 600, 960));
    new window.uPlot(
      {
        width,
        height: 220,
        scales: { x: { time: !!opts.time } },
        axes: [opts.time ? {} : { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }, { size: 70, values: (u, vals) => vals.map((v) => (opts.unit ? `${v}${opts.unit}` : v)) }],
        series: [
          { label: opts.xLabel || "epoch" },
          ...series.map((s, i) => ({ label: s.label, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: false, paths: opts.steps ? window.uPlot.paths.stepped({ align: 1 }) : undefined })),
        ],
      },
      [xs, ...series.map((s) => s.values)],
      el,
    );
    el.dataset.drawn = "true";
  });
  const body = xs.length ? "" : `<p class="muted">Nothing to chart yet.</p>`;
  return `<figure class="chart-box"><figcaption>${esc(title)}</figcaption><div class="chart" id="${id}" data-series="${series.length}" data-points="${points}">${body}</div></figure>`;
}

// --- pages --------------------------------------------------------------------------------------------

const REQUESTS_FORMULA =
  "On-chain requests (escrowed inference requests and forecast reads) per day over the subnet's life: requestCount × 86,400 / max(1 day, now − created).";

/** A subnet's on-chain requests per day over its life (at least one day counted). */
function requestsPerDay(s) {
  const elapsed = Math.max(86400, Date.now() / 1000 - Number(s.createdAt));
  return (Number(s.requestCount) * 86400) / elapsed;
}

/** A plain number with at most `digits` decimals. */
function plain(x, digits = 2) {
  return x.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** A signed WAD change as a percentage with its sign ("−2.00%" for a drop). */
function change(v) {
  if (v === null || v === undefined) return "—";
  const x = wadNumber(v) * 100;
  return `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.abs(x).toFixed(2)}%`;
}

const SUBNET_COLUMNS = [
  { key: "name", label: "Subnet", value: (s) => s.name.toLowerCase() },
  { key: "type", label: "Type", value: (s) => s.inferenceType },
  { key: "stage", label: "Stage", value: (s) => s.stage },
  { key: "weight", label: "Emission weight", value: (s) => s.emissionWeight },
  { key: "miners", label: "Miners", value: (s) => s.minerCount },
  { key: "validators", label: "Validators", value: (s) => s.validatorCount },
  { key: "stake", label: "Total stake", value: (s) => big(s.totalBonded) + big(s.totalDelegated) },
  { key: "emission", label: "Emission / epoch", value: (s) => big(s.lastEpoch ? s.lastEpoch.emission : 0) },
  { key: "requests", label: "Requests / day", title: REQUESTS_FORMULA, value: (s) => requestsPerDay(s) },
  { key: "score", label: "Avg miner score", title: "Mean of the validators' revealed scores over registered miners, as a share of the top score (last closed epoch)", value: (s) => big(s.averageMinerScore) },
  { key: "participation", label: "Validator participation", title: "Validators scored / registered (last closed epoch)", value: (s) => big(s.validatorParticipation) },
  { key: "roi", label: "Emission ROI / epoch", title: "Rewards assigned in the last closed epoch per TORA staked", value: (s) => big(s.emissionRoi) },
];

function sortRows(rows, columns, params, fallback) {
  const col = columns.find((c) => c.key === params.get("sort")) || columns.find((c) => c.key === fallback);
  const dir = params.get("dir") === "asc" ? 1 : -1;
  return {
    col,
    dir,
    rows: [...rows].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    }),
  };
}

function sortHeaders(columns, sorted, base) {
  return columns.map((c) => {
    const active = c === sorted.col;
    const dir = active && sorted.dir === -1 ? "asc" : "desc";
    const arrow = active ? (sorted.dir === -1 ? " ▼" : " ▲") : "";
    return th(`<a href="${base}?sort=${c.key}&amp;dir=${dir}">${esc(c.label)}${arrow}</a>`, c.title);
  });
}

function subnetRow(s) {
  const stake = big(s.totalBonded) + big(s.totalDelegated);
  return `<tr data-subnet="${esc(s.id)}">${td(`<a href="#/subnet/${esc(s.id)}">${esc(s.name)}</a> <span class="muted">#${esc(s.id)}</span>`)}${td(esc(s.inferenceType))}${td(`<span class="stage ${esc(s.stage.toLowerCase())}">${esc(s.stage)}</span>${s.paused ? ' <span class="stage paused">Paused</span>' : ""}`)}${num(bps(s.emissionWeight))}${num(s.minerCount)}${num(s.validatorCount)}${num(tora(stake))}${num(s.lastEpoch ? tora(s.lastEpoch.emission) : "—")}${num(plain(requestsPerDay(s)))}${num(pct(s.averageMinerScore))}${num(pct(s.validatorParticipation, 0))}${num(pct(s.emissionRoi, 2))}</tr>`;
}

async function subnetsPage(params) {
  const data = await gql(`{ subnets(first: 1000, orderBy: emissionWeight, orderDirection: desc) {
      id name inferenceType stage active paused emissionWeight minerCount validatorCount
      totalBonded totalDelegated totalEmission averageMinerScore validatorParticipation emissionRoi createdAt requestCount
      lastEpoch { epoch emission } } ${META} }`);
  const subnets = list(data, "subnets");
  const sorted = sortRows(subnets, SUBNET_COLUMNS, params, "weight");
  const active = sorted.rows.filter((s) => s.active);
  const inactive = sorted.rows.filter((s) => !s.active);
  const stake = subnets.reduce((n, s) => n + big(s.totalBonded) + big(s.totalDelegated), 0n);
  const emitted = subnets.reduce((n, s) => n + big(s.totalEmission), 0n);
  const headers = sortHeaders(SUBNET_COLUMNS, sorted, "#/");
  return {
    meta: data._meta,
    title: "Subnets",
    html: `<h1>Subnets</h1>
      <div class="cards">
        <div class="card"><span>Active subnets</span><strong id="active-count">${active.length}</strong></div>
        <div class="card"><span>Total stake</span><strong id="total-stake">${tora(stake)}</strong></div>
        <div class="card"><span>Emitted to subnets</span><strong id="total-emission">${tora(emitted)}</strong></div>
      </div>
      <section id="active-subnets">${table(headers, active.map(subnetRow), "No active subnet yet.")}</section>
      <p class="note">${esc(REQUESTS_FORMULA)} Scores, participation and ROI are the last closed epoch's.</p>
      <section id="deactivated-subnets"><h2>Deactivated</h2>${table(headers, inactive.map(subnetRow), "None.")}</section>`,
  };
}

/** Big-endian uint16 at `uid` of a reveal's `scores` bytes (hex), or null past its end. */
function scoreAt(scores, uid) {
  const hex = String(scores || "").replace(/^0x/, "");
  const at = uid * 4;
  if (hex.length < at + 4) return null;
  return parseInt(hex.slice(at, at + 4), 16);
}

/** Whether `participant` held its uid when `epoch` closed (uids are reused after a departure). */
function heldAt(participant, closedAt) {
  return big(participant.registeredAt) <= big(closedAt) && (participant.leftAt === null || participant.leftAt === undefined || big(participant.leftAt) >= big(closedAt));
}

const APY_FORMULA = "APY estimate = (validator reward + delegator reward) × 31,536,000 / ((bond + delegated) × epoch length in seconds), from the validator's latest epoch; simple, not compounded. Delegator APY = delegator reward × 31,536,000 / (delegated × epoch length).";

const HYPERPARAMETERS = [
  ["minMinerBond", "Minimum miner bond", tora],
  ["minValidatorBond", "Minimum validator bond", tora],
  ["epochLength", "Epoch length", duration],
  ["revealWindow", "Reveal window", duration],
  ["closeGracePeriod", "Close grace period", duration],
  ["taskTimeout", "Task timeout", duration],
  ["immunityPeriod", "Immunity period", duration],
  ["unbondingDelay", "Unbonding delay", duration],
  ["slashingRateBps", "Slashing rate", bps],
  ["maxSlots", "Member slots", String],
  ["maxValidators", "Validator slots", String],
  ["commitReveal", "Commit-reveal", (v) => (v ? "on" : "off")],
  ["kappaBps", "Consensus majority (kappa)", bps],
  ["strikeLimit", "Strike limit", String],
  ["trustFloorBps", "Trust floor", bps],
];

async function subnetPage(params, id) {
  const data = await gql(
    `query($id: ID!) { subnet(id: $id) {
      id name inferenceType stage active paused owner instance emissionWeight pendingEmissionWeight minerCount validatorCount
      totalBonded totalDelegated totalEmission createdAt averageMinerScore validatorParticipation emissionRoi
      hyperparameters { ${HYPERPARAMETERS.map((h) => h[0]).join(" ")} }
      miners(first: 1000, where: { registered: true }) { id account uid bond endpoint registeredAt leftAt rewardsClaimed }
      validators(first: 1000, where: { registered: true }) { id account uid bond delegated rewardsClaimed apy delegatorApy trust { trust } }
      epochs(first: 50, orderBy: epoch, orderDirection: desc) {
        epoch emission distributed minerPot validatorPot delegatorPot carried minerRewardPerPoint closedAt closeTransaction
        consensus incentives participation validatorsScored validatorsRegistered averageMinerScore emissionRoi
        validators(first: 1000) { validator { id } epochTrust validatorReward delegatorReward }
      }
      slashes(first: 100, orderBy: timestamp, orderDirection: desc) { id account reason amount timestamp transaction }
      requestCount inferenceRequestCount forecastRequestCount forecastFeeds
      inferenceRequests(first: 20, orderBy: createdAt, orderDirection: desc) {
        id requester fee redundancy answerCount scoreCount status bestMiner createdAt closedAt }
    } ${META} }`,
    { id },
  );
  const s = one(data, "subnet", `Subnet #${id}`);
  const epochs = [...list(s, "epochs")].reverse(); // oldest first
  const last = epochs[epochs.length - 1];
  const hp = one(s, "hyperparameters", "Its hyperparameters");

  // Top miners: the last epoch's incentive (points, WAD) and consensus at each miner's uid.
  const miners = list(s, "miners").map((m) => {
    const held = last && heldAt(m, last.closedAt);
    const points = held ? big(last.incentives[m.uid] ?? 0) : null;
    return {
      ...m,
      points,
      consensus: held ? big(last.consensus[m.uid] ?? 0) : null,
      reward: points === null ? null : (points * big(last.minerRewardPerPoint)) / WAD,
    };
  });
  miners.sort((a, b) => (a.points === b.points ? a.uid - b.uid : (b.points ?? -1n) > (a.points ?? -1n) ? 1 : -1));
  const minerRows = miners.map(
    (m, i) =>
      `<tr data-miner="${esc(m.account)}">${num(i + 1)}${num(m.uid)}${td(`<a href="#/miner/${esc(m.id)}">${addr(m.account)}</a>`)}${num(m.points === null ? "—" : pct(m.points, 2))}${num(m.consensus === null ? "—" : pct(m.consensus, 2))}${num(m.points === null ? "—" : String((m.points * 65535n) / WAD))}${num(m.reward === null ? "—" : tora(m.reward))}${num(tora(m.rewardsClaimed))}${num(tora(m.bond))}${td(`<code class="endpoint">${esc(m.endpoint)}</code>`)}${num("—")}</tr>`,
  );

  const lastResults = new Map((last ? list(last, "validators") : []).map((r) => [r.validator.id, r]));
  const validators = [...list(s, "validators")].sort((a, b) => a.uid - b.uid);
  const validatorRows = validators.map((v) => {
    const r = lastResults.get(v.id);
    return `<tr data-validator="${esc(v.account)}">${num(v.uid)}${td(`<a href="#/validator/${esc(v.id)}">${addr(v.account)}</a>`)}${num(tora(v.bond))}${num(tora(v.delegated))}${num(pct(v.trust.trust))}${num(r ? pct(r.epochTrust) : "—")}${num(r ? tora(r.validatorReward) : "—")}${num(r ? tora(r.delegatorReward) : "—")}${num(pct(v.apy))}${num(pct(v.delegatorApy))}</tr>`;
  });

  const xs = epochs.map((e) => Number(e.epoch));
  const charts = [
    chart("chart-emission", "Emission per epoch and its split (TORA)", xs, [
      { label: "distributed", values: epochs.map((e) => toraNumber(e.distributed)) },
      { label: "miners (18%)", values: epochs.map((e) => toraNumber(e.minerPot)) },
      { label: "validators (41%)", values: epochs.map((e) => toraNumber(e.validatorPot)) },
      { label: "delegators (41%)", values: epochs.map((e) => toraNumber(e.delegatorPot)) },
    ]),
    chart(
      "chart-incentive",
      "Miner incentive per epoch (%)",
      xs,
      miners.map((m) => ({ label: `uid ${m.uid}`, values: epochs.map((e) => (heldAt(m, e.closedAt) ? wadNumber(e.incentives[m.uid] ?? 0) * 100 : null)) })),
      { unit: "%" },
    ),
    chart(
      "chart-trust",
      "Validator epoch trust (%)",
      xs,
      validators.map((v) => ({
        label: `uid ${v.uid}`,
        values: epochs.map((e) => {
          const r = list(e, "validators").find((x) => x.validator.id === v.id);
          return r ? wadNumber(r.epochTrust) * 100 : null;
        }),
      })),
      { unit: "%" },
    ),
  ];

  const epochRows = [...epochs].reverse().map(
    (e) =>
      `<tr data-epoch="${esc(e.epoch)}">${num(esc(e.epoch))}${td(when(e.closedAt))}${num(tora(e.emission))}${num(tora(e.minerPot))}${num(tora(e.validatorPot))}${num(tora(e.delegatorPot))}${num(`${e.validatorsScored}/${e.validatorsRegistered}`)}${num(pct(e.averageMinerScore))}${num(pct(e.emissionRoi, 2))}${td(txLink(e.closeTransaction))}</tr>`,
  );
  const slashRows = list(s, "slashes").map(
    (x) => `<tr>${td(when(x.timestamp))}${td(addr(x.account))}${td(esc(x.reason))}${num(tora(x.amount))}${td(txLink(x.transaction))}</tr>`,
  );
  const requestRows = list(s, "inferenceRequests").map(
    (r) =>
      `<tr data-request="${esc(r.id)}">${num(esc(r.id))}${td(when(r.createdAt))}${td(addr(r.requester))}${num(tora(r.fee))}${num(`${r.answerCount}/${r.redundancy}`)}${num(r.scoreCount)}${td(`<span class="state ${esc(r.status.toLowerCase())}">${esc(r.status)}</span>`)}${td(r.bestMiner ? addr(r.bestMiner) : "—")}</tr>`,
  );
  const hpRows = HYPERPARAMETERS.map(([key, label, fmt]) => `<tr>${th(esc(label))}${td(esc(fmt(hp[key])), "num")}</tr>`);

  return {
    meta: data._meta,
    title: s.name,
    html: `<h1>${esc(s.name)} <span class="muted">#${esc(s.id)} · ${esc(s.inferenceType)}</span> <span class="stage ${esc(s.stage.toLowerCase())}">${esc(s.stage)}</span></h1>
      <div class="cards">
        <div class="card"><span>Emission weight</span><strong id="weight">${bps(s.emissionWeight)}</strong>${s.pendingEmissionWeight !== s.emissionWeight ? `<small>${bps(s.pendingEmissionWeight)} from the next pull</small>` : ""}</div>
        <div class="card"><span>Total stake</span><strong id="stake">${tora(big(s.totalBonded) + big(s.totalDelegated))}</strong><small>${tora(s.totalBonded)} bonded, ${tora(s.totalDelegated)} delegated</small></div>
        <div class="card"><span>Emission received</span><strong id="emitted">${tora(s.totalEmission)}</strong></div>
        <div class="card"><span>Avg miner score</span><strong>${pct(s.averageMinerScore)}</strong></div>
        <div class="card"><span>Validator participation</span><strong>${pct(s.validatorParticipation, 0)}</strong></div>
        <div class="card"><span>Emission ROI / epoch</span><strong>${pct(s.emissionRoi, 2)}</strong></div>
      </div>
      <p class="muted">Instance ${addr(s.instance)} · owner ${addr(s.owner)} · created ${when(s.createdAt)}${s.paused ? " · <strong>paused</strong>" : ""}</p>
      <h2>Top miners</h2>
      <section id="miners">${table(
        [th("#"), th("UID"), th("Miner"), th("Incentive", "Share of the last epoch's miner points"), th("Consensus", "Stake-weighted consensus score at its uid"), th("Pruning score", "Its incentive on 0-65535: the lowest is replaced first"), th("Last reward"), th("Claimed"), th("Bond"), th("Endpoint"), th("Latency", "Measured by clients (tensora query --by latency); not on chain")],
        minerRows,
        "No registered miner.",
      )}</section>
      <h2>Validators</h2>
      <section id="validators">${table(
        [th("UID"), th("Validator"), th("Bond"), th("Delegated"), th("Global trust"), th("Epoch trust"), th("Validator reward", "Last closed epoch"), th("Delegator reward", "Last closed epoch, to its pool"), th("APY estimate", APY_FORMULA), th("Delegator APY", APY_FORMULA)],
        validatorRows,
        "No registered validator.",
      )}</section>
      <p class="note formula">${esc(APY_FORMULA)}</p>
      <h2>History</h2>
      <div class="charts">${charts.join("")}</div>
      <h2>Recent epochs</h2>
      <section id="epochs">${table(
        [th("Epoch"), th("Closed"), th("Emission"), th("Miners 18%"), th("Validators 41%"), th("Delegators 41%"), th("Scored"), th("Avg score"), th("ROI"), th("Transaction")],
        epochRows,
        "No epoch closed yet.",
      )}</section>
      <h2>On-chain requests</h2>
      <p class="muted" id="request-counts">${esc(s.inferenceRequestCount)} escrowed request(s), ${esc(s.forecastRequestCount)} forecast read(s), ${plain(requestsPerDay(s))} per day${s.forecastFeeds ? ` · forecast feeds ${addr(s.forecastFeeds)} (<a href="#/forecasts">forecasts</a>)` : ""}</p>
      <section id="requests">${table([th("Request"), th("Made"), th("Requester"), th("Fee"), th("Answers"), th("Scores"), th("Status"), th("Best answer")], requestRows, "No escrowed request.")}</section>
      <h2>Slashes</h2>
      <section id="slashes">${table([th("When"), th("Account"), th("Reason"), th("Amount"), th("Transaction")], slashRows, "No slash.")}</section>
      <h2>Hyperparameters</h2>
      <section id="hyperparameters"><div class="scroll"><table class="kv">${hpRows.join("")}</table></div></section>`,
  };
}

function splitId(id) {
  const at = id.indexOf("-");
  if (at < 1) throw new Error(`"${id}" is not <subnet id>-<account>`);
  return { subnet: id.slice(0, at), account: id.slice(at + 1) };
}

async function minerPage(params, id) {
  const { subnet } = splitId(id);
  const data = await gql(
    `query($id: ID!, $subnet: String!) {
      miner(id: $id) { id account uid bond endpoint registered registeredAt leftAt rewardsClaimed subnet { id name } }
      epoches(first: 200, orderBy: epoch, orderDirection: desc, where: { subnet: $subnet }) { epoch closedAt consensus incentives minerRewardPerPoint }
      scoreReveals(first: 1000, orderBy: timestamp, orderDirection: desc, where: { subnet: $subnet }) { epoch timestamp scores validator { account } }
      ${META} }`,
    { id, subnet },
  );
  const m = one(data, "miner", `Miner ${id}`);
  const epochs = [...list(data, "epoches")].reverse().filter((e) => heldAt(m, e.closedAt));
  const reveals = list(data, "scoreReveals").filter((r) => big(r.timestamp) >= big(m.registeredAt));
  const mean = epochs.map((e) => {
    const got = reveals.filter((r) => r.epoch === e.epoch).map((r) => scoreAt(r.scores, m.uid)).filter((x) => x !== null);
    return got.length ? (got.reduce((a, b) => a + b, 0) / got.length / 65535) * 100 : null;
  });
  const rewards = epochs.map((e) => (big(e.incentives[m.uid] ?? 0) * big(e.minerRewardPerPoint)) / WAD);
  const xs = epochs.map((e) => Number(e.epoch));
  const rows = [...epochs].reverse().map((e, i) => {
    const j = epochs.length - 1 - i;
    return `<tr data-epoch="${esc(e.epoch)}">${num(esc(e.epoch))}${num(mean[j] === null ? "—" : `${mean[j].toFixed(1)}%`)}${num(pct(e.consensus[m.uid] ?? 0, 2))}${num(pct(e.incentives[m.uid] ?? 0, 2))}${num(tora(rewards[j]))}</tr>`;
  });
  return {
    meta: data._meta,
    title: `Miner ${short(m.account)}`,
    html: `<h1>Miner ${addr(m.account)} <span class="muted">uid ${esc(m.uid)} in <a href="#/subnet/${esc(m.subnet.id)}">${esc(m.subnet.name)}</a></span></h1>
      <div class="cards">
        <div class="card"><span>Bond</span><strong id="bond">${tora(m.bond)}</strong></div>
        <div class="card"><span>Rewards claimed</span><strong id="claimed">${tora(m.rewardsClaimed)}</strong></div>
        <div class="card"><span>Status</span><strong>${m.registered ? "registered" : "left"}</strong><small>since ${when(m.registeredAt)}${m.leftAt ? `, left ${when(m.leftAt)}` : ""}</small></div>
      </div>
      <p>Endpoint <code class="endpoint">${esc(m.endpoint)}</code></p>
      <p class="note">Unbonding amounts are not indexed yet; the bond shown is the subnet's figure after the last change.</p>
      <div class="charts">
        ${chart("chart-score", "Mean revealed score (% of the top score)", xs, [{ label: "score", values: mean }], { unit: "%" })}
        ${chart("chart-miner-incentive", "Incentive and consensus (%)", xs, [
          { label: "incentive", values: epochs.map((e) => wadNumber(e.incentives[m.uid] ?? 0) * 100) },
          { label: "consensus", values: epochs.map((e) => wadNumber(e.consensus[m.uid] ?? 0) * 100) },
        ], { unit: "%" })}
        ${chart("chart-rewards", "Reward per epoch (TORA)", xs, [{ label: "reward", values: rewards.map((r) => toraNumber(r)) }])}
      </div>
      <h2>Epochs</h2>
      <section id="history">${table([th("Epoch"), th("Mean score"), th("Consensus"), th("Incentive"), th("Reward")], rows, "No closed epoch since it registered.")}</section>`,
  };
}

async function validatorPage(params, id) {
  const data = await gql(
    `query($id: ID!) { validator(id: $id) {
      id account uid bond delegated registered registeredAt leftAt rewardsClaimed apy delegatorApy subnet { id name }
      trust { trust updatedAt history(first: 1000, orderBy: timestamp) { current previous epochTrust slashed timestamp subnet { id name } } }
      epochs(first: 1000) { epoch { epoch closedAt } stake epochTrust validatorReward delegatorReward apy delegatorApy }
      delegations(first: 1000) { id delegator shares delegated undelegated }
    } ${META} }`,
    { id },
  );
  const v = one(data, "validator", `Validator ${id}`);
  const epochs = [...list(v, "epochs")].sort((a, b) => Number(a.epoch.epoch) - Number(b.epoch.epoch));
  const history = list(v.trust, "history");
  const delegations = list(v, "delegations").filter((d) => big(d.shares) > 0n);
  const shares = delegations.reduce((n, d) => n + big(d.shares), 0n);
  const latest = epochs[epochs.length - 1];
  const perShare = latest && shares > 0n ? (big(latest.delegatorReward) * WAD) / shares : null;
  const xs = epochs.map((e) => Number(e.epoch.epoch));
  const epochRows = [...epochs].reverse().map(
    (e) => `<tr data-epoch="${esc(e.epoch.epoch)}">${num(esc(e.epoch.epoch))}${num(tora(e.stake))}${num(pct(e.epochTrust))}${num(tora(e.validatorReward))}${num(tora(e.delegatorReward))}${num(pct(e.apy))}</tr>`,
  );
  const trustRows = [...history].reverse().map(
    (t) => `<tr>${td(when(t.timestamp))}${td(`<a href="#/subnet/${esc(t.subnet.id)}">${esc(t.subnet.name)}</a>`)}${num(t.epochTrust === null ? "—" : pct(t.epochTrust))}${num(pct(t.previous))}${num(pct(t.current))}${td(t.slashed ? "slashed" : "")}</tr>`,
  );
  const delegationRows = delegations.map(
    (d) => `<tr>${td(addr(d.delegator))}${num(tora(d.shares).replace(" TORA", ""))}${num(tora(d.delegated))}${num(tora(d.undelegated))}${num(shares > 0n ? pct((big(d.shares) * WAD) / shares) : "—")}</tr>`,
  );
  return {
    meta: data._meta,
    title: `Validator ${short(v.account)}`,
    html: `<h1>Validator ${addr(v.account)} <span class="muted">uid ${esc(v.uid)} in <a href="#/subnet/${esc(v.subnet.id)}">${esc(v.subnet.name)}</a></span></h1>
      <div class="cards">
        <div class="card"><span>Bond</span><strong id="bond">${tora(v.bond)}</strong></div>
        <div class="card"><span>Delegated</span><strong id="delegated">${tora(v.delegated)}</strong></div>
        <div class="card"><span>Global trust</span><strong id="trust">${pct(v.trust.trust)}</strong></div>
        <div class="card"><span>APY estimate</span><strong id="apy">${pct(v.apy)}</strong><small>delegators ${pct(v.delegatorApy)}</small></div>
        <div class="card"><span>Rewards claimed</span><strong>${tora(v.rewardsClaimed)}</strong></div>
      </div>
      <p class="note formula">${esc(APY_FORMULA)}</p>
      <div class="charts">
        ${chart("chart-global-trust", "Global trust over time (%)", history.map((t) => Number(t.timestamp)), [{ label: "trust", values: history.map((t) => wadNumber(t.current) * 100) }], { time: true, xLabel: "time", unit: "%", steps: true })}
        ${chart("chart-epoch-trust", "Epoch trust (%)", xs, [{ label: "epoch trust", values: epochs.map((e) => wadNumber(e.epochTrust) * 100) }], { unit: "%" })}
        ${chart("chart-validator-rewards", "Rewards per epoch (TORA)", xs, [
          { label: "validator", values: epochs.map((e) => toraNumber(e.validatorReward)) },
          { label: "delegators", values: epochs.map((e) => toraNumber(e.delegatorReward)) },
        ])}
      </div>
      <h2>Delegators' pool</h2>
      <p id="pool">${tora(v.delegated)} from ${delegations.length} delegator(s), ${esc(tora(shares).replace(" TORA", ""))} shares${perShare === null ? "" : `; the latest epoch paid <strong id="reward-per-share">${tora(perShare)}</strong> per 1e18 shares`}.</p>
      <section id="delegations">${table([th("Delegator"), th("Shares (1e18)"), th("Delegated"), th("Undelegated"), th("Pool share")], delegationRows, "No delegation.")}</section>
      <h2>Epochs</h2>
      <section id="history">${table([th("Epoch"), th("Stake × trust"), th("Epoch trust"), th("Validator reward"), th("Delegator reward"), th("APY estimate")], epochRows, "No epoch result yet.")}</section>
      <h2>Global trust changes</h2>
      <section id="trust-history">${table([th("When"), th("Subnet"), th("Epoch trust"), th("Before"), th("After"), th("")], trustRows, "Neutral trust: no Active subnet has moved it.")}</section>`,
  };
}

async function governancePage() {
  const data = await gql(`{
    proposals(first: 100, orderBy: createdAt, orderDirection: desc) {
      id proposer description state forVotes againstVotes abstainVotes eta createdAt voteStart voteEnd executedAt canceledAt
      votes(first: 1000) { voter support weight reason } }
    emissionPulls(first: 1000, orderBy: timestamp) { subnet { id name } weight timestamp }
    subnets(first: 1000, orderBy: id) { id name emissionWeight pendingEmissionWeight }
    ${META} }`);
  const proposals = list(data, "proposals");
  const pulls = list(data, "emissionPulls");
  const subnets = list(data, "subnets");
  const support = ["against", "for", "abstain"];
  const proposalRows = proposals.map(
    (p) =>
      `<tr data-proposal="${esc(p.id)}">${td(`<code title="${esc(p.id)}">${esc(short(p.id))}</code>`)}${td(esc(p.description.split("\n")[0]))}${td(`<span class="state ${esc(p.state.toLowerCase())}">${esc(p.state)}</span>`)}${num(tora(p.forVotes))}${num(tora(p.againstVotes))}${num(tora(p.abstainVotes))}${td(when(p.voteEnd))}${td(when(p.eta))}${td(p.executedAt ? when(p.executedAt) : p.canceledAt ? `canceled ${when(p.canceledAt)}` : "—")}</tr>`,
  );
  const voteRows = proposals.flatMap((p) =>
    list(p, "votes").map((v) => `<tr>${td(`<code>${esc(short(p.id))}</code>`)}${td(addr(v.voter))}${td(esc(support[v.support] || v.support))}${num(tora(v.weight))}${td(esc(v.reason))}</tr>`),
  );
  // Emission weights over time: each subnet's weight at every pull, carried forward between its pulls.
  const times = [...new Set(pulls.map((p) => Number(p.timestamp)))].sort((a, b) => a - b);
  const bySubnet = new Map();
  for (const p of pulls) {
    if (!bySubnet.has(p.subnet.id)) bySubnet.set(p.subnet.id, { label: p.subnet.name, at: new Map() });
    bySubnet.get(p.subnet.id).at.set(Number(p.timestamp), p.weight / 100);
  }
  const series = [...bySubnet.values()].map((s) => {
    let current = null;
    return { label: s.label, values: times.map((t) => (s.at.has(t) ? (current = s.at.get(t)) : current)) };
  });
  const weightRows = subnets.map(
    (s) => `<tr>${td(`<a href="#/subnet/${esc(s.id)}">${esc(s.name)}</a>`)}${num(bps(s.emissionWeight))}${num(s.pendingEmissionWeight !== s.emissionWeight ? bps(s.pendingEmissionWeight) : "—")}</tr>`,
  );
  return {
    meta: data._meta,
    title: "Governance",
    html: `<h1>Governance</h1>
      <h2>Proposals</h2>
      <section id="proposals">${table([th("Proposal"), th("Description"), th("State", "Queued, Executed and Canceled come from events; Defeated, Succeeded and Expired need the governor's clock"), th("For"), th("Against"), th("Abstain"), th("Voting ends"), th("ETA"), th("Executed")], proposalRows, "No proposal yet.")}</section>
      <h2>Votes</h2>
      <section id="votes">${table([th("Proposal"), th("Voter"), th("Support"), th("Weight"), th("Reason")], voteRows, "No vote yet.")}</section>
      <h2>Emission weights</h2>
      <div class="charts">${chart("chart-weights", "Emission weight at each pull (%)", times, series, { time: true, xLabel: "time", unit: "%", steps: true })}</div>
      <section id="weights">${table([th("Subnet"), th("Weight"), th("Pending")], weightRows, "No subnet.")}</section>`,
  };
}

const CONFIDENCE_FORMULA =
  "Confidence = 100 × agreement × accuracy record × participation: agreement = t / (t + D), D the validators' stake-weighted mean absolute deviation from the median and t the feed's tolerance; the record starts at 0.5 and moves a quarter of the way toward t / (t + |error|) at each settled round; participation = publishers / registered validators.";

async function forecastsPage() {
  const data = await gql(`{
    forecastFeeds(first: 100, orderBy: createdAt) {
      id feeds asset horizon tolerance staleAfter active accuracy roundCount settledCount errorSum requestCount
      subnet { id name }
      latestRound { round prediction confidence publishedAt }
      rounds(first: 50, orderBy: publishedAt, orderDirection: desc) {
        round epoch prediction confidence publishers publishedAt realised error accuracyAfter settledAt requestCount }
    } ${META} }`);
  const feeds = list(data, "forecastFeeds");
  const feedRows = feeds.map((f) => {
    const r = f.latestRound;
    const mae = f.settledCount > 0 ? (big(f.errorSum) / BigInt(f.settledCount)).toString() : null;
    return `<tr data-feed="${esc(f.id)}">${td(`<a href="#/subnet/${esc(f.subnet.id)}">${esc(f.subnet.name)}</a>`)}${td(`${esc(f.asset)} <span class="muted">${esc(duration(f.horizon))}</span>`)}${td(f.active ? "active" : "withdrawn")}${num(r ? change(r.prediction) : "—")}${num(r ? esc(r.confidence) : "—")}${td(r ? when(r.publishedAt) : "—")}${num(pct(f.accuracy))}${num(`${f.settledCount}/${f.roundCount}`)}${num(mae === null ? "—" : pct(mae, 2))}${num(esc(f.requestCount))}</tr>`;
  });
  const sections = feeds.map((f, i) => {
    const rounds = [...list(f, "rounds")].reverse(); // oldest first
    const xs = rounds.map((r) => Number(r.round));
    const rows = [...rounds].reverse().map(
      (r) =>
        `<tr data-round="${esc(r.round)}">${num(esc(r.round))}${num(esc(r.epoch))}${td(when(r.publishedAt))}${num(change(r.prediction))}${num(esc(r.confidence))}${num(esc(r.publishers))}${num(change(r.realised))}${num(r.error === null || r.error === undefined ? "—" : pct(r.error, 2))}${num(r.accuracyAfter ? pct(r.accuracyAfter) : "—")}${num(esc(r.requestCount))}</tr>`,
    );
    return `<section class="feed" id="feed-${i}"><h2>${esc(f.subnet.name)}: ${esc(f.asset)} over ${esc(duration(f.horizon))}</h2>
      <p class="muted">Feeds ${addr(f.feeds)} · tolerance ${pct(f.tolerance, 2)} · stale after ${esc(duration(f.staleAfter))}</p>
      <div class="charts">${chart(`chart-feed-${i}`, "Predicted and realised change per round (%)", xs, [
        { label: "predicted", values: rounds.map((r) => wadNumber(r.prediction) * 100) },
        { label: "realised", values: rounds.map((r) => (r.realised === null || r.realised === undefined ? null : wadNumber(r.realised) * 100)) },
      ], { xLabel: "round", unit: "%" })}</div>
      <div class="rounds">${table([th("Round"), th("Epoch"), th("Published"), th("Prediction"), th("Confidence", CONFIDENCE_FORMULA), th("Publishers"), th("Realised"), th("Error"), th("Accuracy after"), th("Reads")], rows, "No round yet.")}</div></section>`;
  });
  return {
    meta: data._meta,
    title: "Forecasts",
    html: `<h1>Forecasts</h1>
      <section id="feeds">${table([th("Subnet"), th("Feed"), th("Status"), th("Latest prediction", "Expected relative change; negative: a drop"), th("Confidence", CONFIDENCE_FORMULA), th("Published"), th("Accuracy record"), th("Settled / rounds"), th("Mean abs. error", "Mean |prediction − realised| over settled rounds"), th("Reads", "requestForecast calls")], feedRows, "No forecast feed listed yet.")}</section>
      <p class="note formula">${esc(CONFIDENCE_FORMULA)}</p>
      ${sections.join("")}`,
  };
}

// --- routing --------------------------------------------------------------------------------------------

const ROUTES = [
  [/^#?\/?$/, subnetsPage],
  [/^#\/subnet\/([^/?]+)$/, subnetPage],
  [/^#\/miner\/([^/?]+)$/, minerPage],
  [/^#\/validator\/([^/?]+)$/, validatorPage],
  [/^#\/governance$/, governancePage],
  [/^#\/forecasts$/, forecastsPage],
];

let generation = 0;

async function route() {
  const mine = ++generation;
  const routeStarted = performance.now();
  const [path, query] = (location.hash || "#/").split("?");
  const params = new URLSearchParams(query || "");
  const app = document.getElementById("app");
  document.body.dataset.state = "loading";
  pending.length = 0;
  try {
    const match = ROUTES.map(([re, page]) => [path.match(re), page]).find(([m]) => m);
    if (!match) throw new Error(`no page at ${path}: try the subnets list`);
    const [m, page] = match;
    const out = await page(params, ...m.slice(1).map(decodeURIComponent));
    if (mine !== generation) return; // a newer navigation owns the page
    app.innerHTML = out.html;
    document.title = `${out.title} · Tensora Explorer`;
    const block = out.meta && out.meta.block;
    document.getElementById("meta").innerHTML = block ? `Indexed to block <span id="block">${esc(block.number)}</span> <code title="${esc(block.hash)}">${esc(short(block.hash))}</code>` : "";
    for (const draw of pending.splice(0)) draw();
    // For benchmarks (script/tools/explorer-bench.cjs): milliseconds from navigation start (the
    // first page) or from the hash change (later ones) until this page was rendered.
    document.body.dataset.renderedMs = String(Math.round(performance.now() - (mine === 1 ? 0 : routeStarted)));
    document.body.dataset.state = "ready";
  } catch (e) {
    if (mine !== generation) return;
    app.innerHTML = `<div class="error" role="alert"><strong>This page could not be loaded.</strong><p id="error-message">${esc(e.message)}</p><p>Check that <code>tensora indexer serve</code> is running and has indexed the chain, then reload.</p></div>`;
    document.body.dataset.state = "error";
  }
}

async function start() {
  try {
    const res = await fetch("/explorer.json");
    if (res.ok) Object.assign(config, await res.json());
  } catch (_) {
    // the page still works without it: transaction hashes are shown as text
  }
  if (config.network) document.getElementById("network").textContent = config.network;
  window.addEventListener("hashchange", route);
  await route();
}

start();

"""The dApp side of a Tensora subnet in Python (web3.py), as the seeds show it.

Finds the subnet in the registry by name, ranks its miners by their last verified consensus on
chain (``get_top_miners``) or by the round trip of their server's ``GET /health`` measured now
(``get_top_miners_by_latency``), and asks them one task, best first, falling back to the next when
one times out, fails or answers something that is not the kind's answer (``query``). The same
rules as ``tensora query`` and ``tensora_client::query`` (Rust).

    python tensora_dapp.py <rpc-url> <deployment-record.json> <subnet-name> <text> [score|latency]

translates ``text`` into Spanish through a Linguista subnet and prints which miner answered.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit, urlunsplit

import requests
from web3 import Web3

ABI_DIR = Path(__file__).resolve().parent.parent.parent / "snapshots" / "abi"
ZERO = "0x0000000000000000000000000000000000000000"


def _abi(name: str) -> list:
    return json.loads((ABI_DIR / f"{name}.json").read_text())


@dataclass
class Miner:
    uid: int
    account: str
    endpoint: str
    score: int  # last verified consensus, 65535 = 1.0
    latency_ms: float | None = None


@dataclass
class Answered:
    answer: Any
    miner: Miner
    latency_ms: float
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # (uid, endpoint, reason)


class NoAnswer(Exception):
    """No miner asked gave a usable answer."""


def registry_from_record(record: str) -> str:
    """The registry's address from a deployment record (``deployments/<chainId>.json``)."""
    data = json.loads(Path(record).read_text())
    try:
        return Web3.to_checksum_address(data["contracts"]["SubnetRegistry"]["address"])
    except KeyError as e:
        raise ValueError(f"{record} has no SubnetRegistry address") from e


def find_subnet(w3: Web3, registry: str, name: str) -> tuple[int, str, str]:
    """(id, inference type, instance) of the subnet named ``name`` (any case) or numbered ``name``."""
    abi = _abi("SubnetRegistry")
    reg = w3.eth.contract(address=registry, abi=abi)
    subnet_fields = _fields(abi, "subnets")
    count = reg.functions.subnetCount().call()
    ids = [int(name)] if name.isdigit() else range(1, count + 1)
    found = []
    for i in ids:
        if not 1 <= i <= count:
            raise ValueError(f"no subnet {i} (ids run from 1 to {count})")
        s = dict(zip(subnet_fields, reg.functions.subnets(i).call()))
        if name.isdigit() or s["name"].lower() == name.lower():
            found.append((i, s["inferenceType"], s["instance"]))
    if len(found) != 1:
        raise ValueError(f"{len(found)} subnets are named {name}; pass the id" if found else f"no subnet is named {name}")
    return found[0]


def _fields(abi: list, function: str) -> list[str]:
    """The field names of the struct ``function`` returns, in order (web3.py returns a tuple)."""
    entry = next(e for e in abi if e.get("type") == "function" and e["name"] == function)
    return [c["name"] for c in entry["outputs"][0]["components"]]


def _miners(w3: Web3, subnet: str) -> list[Miner]:
    abi = _abi("Subnet")
    sub = w3.eth.contract(address=Web3.to_checksum_address(subnet), abi=abi)
    slot_fields = _fields(abi, "slotOf")
    # A uid's consensus lane survives until the next close: a miner registered since the current
    # epoch started (the last close) shows its predecessor's, so it counts 0.
    end = dict(zip(_fields(abi, "epochInfo"), sub.functions.epochInfo().call()))["end"]
    epoch_length = dict(zip(_fields(abi, "hyperparameters"), sub.functions.hyperparameters().call()))["epochLength"]
    epoch_start = end - epoch_length
    out = []
    for uid in range(sub.functions.slotHighWater().call()):
        slot = dict(zip(slot_fields, sub.functions.slotOf(uid).call()))
        account = slot["account"]
        if account == ZERO or slot["isValidator"]:
            continue
        endpoint = sub.functions.endpointOf(account).call()
        if endpoint.strip():
            latest = sub.functions.latestConsensus(uid).call()
            score = 0 if slot["registeredAt"] >= epoch_start else latest
            out.append(Miner(uid, account, endpoint, score))
    return out


def _by_score(m: Miner) -> tuple:
    return (-m.score, m.uid)


def get_top_miners(w3: Web3, subnet: str, top: int = 3) -> list[Miner]:
    """The subnet's miners with an endpoint, highest last verified consensus first."""
    return sorted(_miners(w3, subnet), key=_by_score)[:top]


def _health(endpoint: str, timeout: float) -> float | None:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    started = time.perf_counter()
    try:
        reply = requests.get(urlunsplit((parts.scheme, parts.netloc, "/health", "", "")), timeout=timeout)
    except requests.RequestException:
        return None
    return (time.perf_counter() - started) * 1e3 if reply.ok else None


def get_top_miners_by_latency(w3: Web3, subnet: str, top: int = 3, timeout: float = 2.0) -> list[Miner]:
    """The subnet's miners, fastest GET /health round trip first; those that do not answer it last."""
    miners = _miners(w3, subnet)
    for m in miners:
        m.latency_ms = _health(m.endpoint, timeout)
    return sorted(miners, key=lambda m: (m.latency_ms is None, m.latency_ms or 0.0, *_by_score(m)))[:top]


def query(miners: list[Miner], task: dict, accept: Callable[[Any], bool], timeout: float = 5.0) -> Answered:
    """Asks ``miners`` in order for ``task``; the first answer ``accept`` takes (a kind's shape check)."""
    if not miners:
        raise NoAnswer("the subnet has no miner with an endpoint to ask")
    failed = []
    for m in miners:
        started = time.perf_counter()
        try:
            reply = requests.post(m.endpoint, json=task, timeout=timeout)
            if not reply.ok:
                reason = f"HTTP {reply.status_code}"
            else:
                answer = reply.json()
                if accept(answer):
                    return Answered(answer, m, (time.perf_counter() - started) * 1e3, failed)
                reason = "bad answer: not this kind's answer"
        except requests.Timeout:
            reason = f"timeout: no answer within {timeout} s"
        except requests.ConnectionError:
            reason = f"cannot connect to {m.endpoint}"
        except ValueError:
            reason = "bad answer: not JSON"
        failed.append((m.uid, m.endpoint, reason))
    raise NoAnswer(
        f"none of the {len(miners)} miner(s) asked gave a usable answer: "
        + "; ".join(f"uid {u} ({r})" for u, _, r in failed)
    )


def _is_translation(a: Any) -> bool:
    return isinstance(a, dict) and isinstance(a.get("text"), str) and isinstance(a.get("model"), str)


def main(argv: list[str]) -> int:
    if len(argv) not in (4, 5) or (len(argv) == 5 and argv[4] not in ("score", "latency")):
        print(__doc__.strip().splitlines()[-3].strip(), file=sys.stderr)
        return 2
    rpc_url, record, name, text = argv[:4]
    by = argv[4] if len(argv) == 5 else "score"
    w3 = Web3(Web3.HTTPProvider(rpc_url))
    try:
        subnet_id, _, instance = find_subnet(w3, registry_from_record(record), name)
        miners = get_top_miners_by_latency(w3, instance) if by == "latency" else get_top_miners(w3, instance)
        task = {"type": "translation", "source_lang": "en", "target_lang": "es", "text": text}
        got = query(miners, task, _is_translation)
    except (ValueError, NoAnswer, requests.RequestException) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for uid, endpoint, reason in got.failed:
        print(f"miner uid {uid} at {endpoint} failed: {reason}")
    print(
        f"answer from subnet {subnet_id} miner uid {got.miner.uid} ({got.answer['model']}) "
        f"in {got.latency_ms:.0f} ms: {got.answer['text']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

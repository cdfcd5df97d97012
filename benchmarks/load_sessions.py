"""Hold many dashboard sessions at once and report errors, latency and memory.

Starts the app on a free port of 127.0.0.1 (nothing else is contacted), opens N
Streamlit websocket sessions (the protocol a browser tab speaks), and has each one
rerun the page with changing filters until the time is up. Bounded in time and in
sessions; exits 1 if any rerun failed.

    python benchmarks/load_sessions.py --sessions 20 --seconds 60 [--data DIR] [--processes N] [--root DIR]

With --processes N, N app processes serve the same store and the sessions are spread over
them in turn, as a proxy that keeps each client on one process (deploy/nginx.conf) would.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import time
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from dashboard.bench import running_app  # noqa: E402
QUERIES = ["", "side=russia", "side=ukraine", "min_casualties=1", "weapon=drone", "q=kyiv",
           "start=2025-02-12", "side=russia,ukraine&weapon=ballistic+missile", "start=bad-date", "event=unknown"]
MAX_SESSIONS, MAX_SECONDS, MAX_PROCESSES = 50, 600, 8


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def cpu_seconds(pid: int) -> float:
    """The processor time the process has used (user and system): what a rerun costs the server,
    whatever share of the cores other work leaves it."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def session(n: int, url: str, origin: str, until: float, stats: dict) -> None:
    stats.update(reruns=0, errors=0, latencies=[])
    try:
        async with websockets.connect(url, subprotocols=["streamlit"], origin=origin, max_size=None,
                                      open_timeout=30) as ws:
            k = n
            while time.monotonic() < until:
                msg = BackMsg()
                msg.rerun_script.query_string = QUERIES[k % len(QUERIES)]
                k += 1
                started = time.monotonic()
                await ws.send(msg.SerializeToString())
                while True:
                    raw = await asyncio.wait_for(ws.recv(), timeout=60)
                    fwd = ForwardMsg()
                    fwd.ParseFromString(raw)
                    kind = fwd.WhichOneof("type")
                    if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element" \
                            and fwd.delta.new_element.WhichOneof("type") == "exception":
                        stats["errors"] += 1
                    if kind == "script_finished":
                        break
                stats["latencies"].append(time.monotonic() - started)
                stats["reruns"] += 1
                await asyncio.sleep(0.2)
    except (OSError, asyncio.TimeoutError, websockets.WebSocketException) as exc:
        stats["errors"] += 1
        stats["failure"] = f"{type(exc).__name__}: {exc}"


async def hold(apps: list[tuple[str, int]], sessions: int, seconds: float) -> tuple[list[dict], dict]:
    """Hold ``sessions`` sessions on the apps ((base URL, process id) each) in turn; memory and
    processor time are summed over the apps' processes."""
    until = time.monotonic() + seconds
    stats = [{} for _ in range(sessions)]

    def rss() -> float:
        return sum(rss_mb(pid) for _, pid in apps)
    memory = {"before": rss(), "cpu": -sum(cpu_seconds(pid) for _, pid in apps)}
    tasks = []
    for n in range(sessions):
        base = apps[n % len(apps)][0]
        url = f"ws://127.0.0.1:{base.rsplit(':', 1)[1]}/_stcore/stream"
        tasks.append(asyncio.create_task(session(n, url, base, until, stats[n])))
    peak = memory["before"]
    while not all(t.done() for t in tasks):
        peak = max(peak, rss())
        await asyncio.sleep(0.5)
    memory.update(peak=peak, after=rss(), cpu=memory["cpu"] + sum(cpu_seconds(pid) for _, pid in apps))
    return stats, memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--data", default=str(ROOT / "data"), help="the data folder the app serves")
    parser.add_argument("--processes", type=int, default=1, help="app processes serving the store")
    parser.add_argument("--root", default=str(ROOT), help="the checkout whose app runs (another version, to compare)")
    args = parser.parse_args(argv)
    if not 1 <= args.sessions <= MAX_SESSIONS or not 1 <= args.seconds <= MAX_SECONDS:
        parser.error(f"sessions must be 1..{MAX_SESSIONS} and seconds 1..{MAX_SECONDS}")
    if not 1 <= args.processes <= MAX_PROCESSES:
        parser.error(f"processes must be 1..{MAX_PROCESSES}")
    with contextlib.ExitStack() as stack:
        apps = [stack.enter_context(running_app(Path(args.data), root=Path(args.root).resolve()))
                for _ in range(args.processes)]
        stats, memory = asyncio.run(hold([(base, server.pid) for base, server in apps], args.sessions, args.seconds))
    print(f"{args.sessions} sessions for {args.seconds:.0f} s on {', '.join(base for base, _ in apps)}")
    print(f"{'session':>7} {'reruns':>7} {'errors':>7} {'median s':>9} {'p95 s':>7}")
    for n, s in enumerate(stats):
        lat = sorted(s.get("latencies", [])) or [float("nan")]
        p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
        print(f"{n:>7} {s.get('reruns', 0):>7} {s.get('errors', 0):>7} {statistics.median(lat):>9.3f} {p95:>7.3f}"
              + (f"  {s['failure']}" if "failure" in s else ""))
    errors = sum(s.get("errors", 0) for s in stats)
    reruns = sum(s.get("reruns", 0) for s in stats)
    every = sorted(x for s in stats for x in s.get("latencies", [])) or [float("nan")]
    per_session = (memory["peak"] - memory["before"]) / args.sessions
    print(f"total: {reruns} reruns, {errors} errors, median {statistics.median(every):.3f} s, "
          f"p95 {every[min(len(every) - 1, int(0.95 * len(every)))]:.3f} s")
    print(f"server memory: {memory['before']:.0f} MB before, {memory['peak']:.0f} MB peak, "
          f"{memory['after']:.0f} MB after; {per_session:.1f} MB per session")
    print(f"server CPU: {memory['cpu'] / max(reruns, 1) * 1e3:.1f} ms per rerun")
    return 1 if errors or not reruns else 0


if __name__ == "__main__":
    sys.exit(main())

"""GUI responsiveness: event-loop stalls during a 20-URL capture; cold start to the unlock window.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/gui_responsiveness.py
    (or QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_responsiveness.py)

Stall: a QTimer ticks every 5 ms on the GUI thread while the main window captures 20 pages served
on 127.0.0.1 (real Chromium, real vault); the longest gap between ticks minus 5 ms is the longest
time the window could not react. Target < 100 ms. Two references are printed with it: a bare Qt
process ticking at the same time (the control: what the machine's load does to any program) and
the same ticker with the app idle; and the GUI thread's own CPU time during the worst gap (near
zero means it was waiting for a CPU, not busy with our code).
Cold start: a fresh Python process opens the app on an existing vault; the time from launching it
to the unlock window having been shown and painted. Target < 1.5 s.
Options: --urls N (default 20), --starts N (default 5), --skip-capture, --skip-start,
--renice-browser (as root only: undo Chromium's own priority boost, as for an ordinary user).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from evidence_app.gui.capture_batches import CAPTURE_NICENESS  # noqa: E402

PASSPHRASE = "benchmark passphrase words"

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from evidence_app.gui.app import create_application
from evidence_app.gui.controller import AppController
from evidence_app.gui.settings import SettingsStore
app = create_application()
controller = AppController(app, SettingsStore())
def shown(name):
    # One more event-loop turn: the window's first paint has been processed.
    QTimer.singleShot(0, lambda: (print("SHOWN", name, flush=True), app.quit()))
controller.screen_shown.connect(shown)
controller.start()
app.exec()
"""


# A bare Qt process that only ticks: what the machine alone does to any program's timers while the
# capture runs (other programs and the browser compete for the same CPUs).
CONTROL = r"""
import sys
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
app = QCoreApplication(sys.argv)
gaps = []
clock = QElapsedTimer()
clock.start()
def tick():
    gaps.append(clock.nsecsElapsed() / 1e6 - 5.0)
    clock.restart()
def report():
    g = sorted(gaps[1:])
    if g:
        print(f"{g[-1]:.1f} {g[int(len(g) * 0.99)]:.1f} {sum(x > 50 for x in g)}", flush=True)
t = QTimer(); t.setInterval(5); t.timeout.connect(tick); t.start()
r = QTimer(); r.setInterval(500); r.timeout.connect(report); r.start()
QTimer.singleShot(900_000, app.quit)
app.exec()
"""


def make_vault(home: Path) -> None:
    os.environ["EVIDENCE_APP_HOME"] = str(home)
    from evidence_app.paths import default_vault_path
    from evidence_app.vault import Operator, Vault

    v, _ = Vault.create(default_vault_path(), PASSPHRASE, Operator("Bench", "bench"))
    v.close()


def cold_start(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        make_vault(home)
        env = dict(os.environ, EVIDENCE_APP_HOME=str(home), TMPDIR=tmp)
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", CHILD], env=env, cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert proc.stdout is not None
            line = proc.stdout.readline()
            elapsed = time.perf_counter() - t0
            proc.wait(timeout=30)
            if not line.startswith("SHOWN unlock"):
                raise SystemExit(f"the child did not show the unlock window: {line!r}")
            times.append(elapsed)
    return times


def page_body(i: int) -> str:
    paras = "".join(f"<p>Post {i}, paragraph {k}: some words to render.</p>" for k in range(40))
    return (f"<html><head><title>Bench page {i}</title></head><body><h1>Page {i}</h1>"
            f"<img src='/bench/{i}.png' width=300>{paras}</body></html>")


def png_bytes(i: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (600, 400), ((i * 37) % 255, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


def renice_browsers_forever(stop: threading.Event) -> None:
    """As root, Chromium raises its own priority (nice -8; its helpers then start from that), which
    an ordinary user's browser cannot do; put this process's browser processes back to the
    priority they inherit from the capture thread, so the measurement matches a user's laptop."""
    me = os.getpid()
    while not stop.wait(0.2):
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                stat = (proc / "stat").read_text()
                ppid_chain = int(stat.rsplit(")", 1)[1].split()[1])
                cmd = (proc / "comm").read_text().strip()
            except (OSError, ValueError, IndexError):
                continue
            if cmd.startswith("chrom") and _descends_from(ppid_chain, me):
                with contextlib.suppress(OSError):
                    if os.getpriority(os.PRIO_PROCESS, int(proc.name)) < CAPTURE_NICENESS:
                        os.setpriority(os.PRIO_PROCESS, int(proc.name), CAPTURE_NICENESS)


def _descends_from(pid: int, ancestor: int) -> bool:
    for _ in range(10):
        if pid == ancestor:
            return True
        if pid <= 1:
            return False
        try:
            pid = int((Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return False
    return False


def capture_stall(n_urls: int, renice: bool = False) -> dict[str, float]:
    """The longest gap in a 5 ms GUI-thread ticker while the main window captures `n_urls`."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from support.pageserver import PageServer

    from evidence_app.capture.batch import CaptureOptions
    from evidence_app.gui.app import create_application
    from evidence_app.gui.main_window import MainWindow
    from evidence_app.gui.session import Session
    from evidence_app.gui.settings import Settings
    from evidence_app.vault import Operator, Vault

    server = PageServer().start()
    urls = []
    for i in range(n_urls):
        server.add(f"/bench/{i}.png", png_bytes(i), content_type="image/png")
        urls.append(server.add(f"/bench/{i}", page_body(i)))
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "v.db", PASSPHRASE, Operator("Bench", "bench"))
        session = Session(vault, Settings(operator_name="Bench"))
        window = MainWindow(session)
        window.show()
        case = vault.create_case("Benchmark", exhibit_prefix="BM")
        window.reload_cases(case.id)
        window.open_case(case)
        queue = window.case_view.queue
        queue.options = CaptureOptions(timeout_s=60, nav_timeout_s=20, settle_timeout_s=3,
                                       settle_quiet_ms=300, scroll_time_s=3, concurrency=2)
        gaps: list[tuple[float, float]] = []  # (wall ms, GUI-thread CPU ms) between ticks
        clock = QElapsedTimer()
        cpu = [time.thread_time()]
        ticker = QTimer()
        ticker.setInterval(5)

        def tick() -> None:
            now_cpu = time.thread_time()
            gaps.append((clock.nsecsElapsed() / 1e6, (now_cpu - cpu[0]) * 1000))
            cpu[0] = now_cpu
            clock.restart()

        ticker.timeout.connect(tick)
        results: list[object] = []
        gc.freeze()  # as run_gui() does once the first window is up
        queue.finished.connect(lambda r: (results.extend(r), app.quit()))
        stop_renice = threading.Event()
        if renice:
            threading.Thread(target=renice_browsers_forever, args=(stop_renice,),
                             daemon=True).start()
        control = subprocess.Popen([sys.executable, "-c", CONTROL], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True,
                                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        t0 = time.perf_counter()
        clock.start()
        ticker.start()
        queue.start(urls)
        app.exec()
        ticker.stop()
        stop_renice.set()
        control.terminate()
        lines = (control.communicate(timeout=30)[0] or "").split()
        control_max, control_p99, control_over = (float(x) for x in lines[-3:]) if lines \
            else (float("nan"),) * 3
        wall = time.perf_counter() - t0
        session.lock()
        if session.closer is not None:
            session.closer.join(60)
        window.deleteLater()
    server.stop()
    ok = sum(1 for r in results if getattr(r, "ok", False))
    return {"urls": n_urls, "ok": ok, "seconds": wall, **summarise(gaps[1:]),
            "control_max_ms": control_max, "control_p99_ms": control_p99,
            "control_over_50ms": control_over}


def summarise(gaps: list[tuple[float, float]]) -> dict[str, float]:
    stalls = [max(0.0, g - 5.0) for g, _ in gaps]
    worst = max(range(len(gaps)), key=lambda i: gaps[i][0])
    return {"ticks": len(stalls), "max_stall_ms": max(stalls),
            "p99_stall_ms": statistics.quantiles(stalls, n=100)[98],
            "stalls_over_50ms": sum(1 for s in stalls if s > 50),
            # CPU the GUI thread itself used during the worst gap: near the gap means the GUI
            # thread was busy (our code); near zero means it was waiting for a CPU or the GIL.
            "worst_gap_gui_cpu_ms": gaps[worst][1]}


def idle_baseline(seconds: float) -> dict[str, float]:
    """The same ticker with nothing to do: what the machine's load alone causes."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from evidence_app.gui.app import create_application

    app = create_application()
    gaps: list[tuple[float, float]] = []
    clock = QElapsedTimer()
    cpu = [time.thread_time()]

    def tick() -> None:
        now_cpu = time.thread_time()
        gaps.append((clock.nsecsElapsed() / 1e6, (now_cpu - cpu[0]) * 1000))
        cpu[0] = now_cpu
        clock.restart()

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    clock.start()
    ticker.start()
    app.exec()
    ticker.stop()
    return summarise(gaps[1:])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--urls", type=int, default=20)
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--skip-capture", action="store_true")
    ap.add_argument("--skip-start", action="store_true")
    ap.add_argument("--renice-browser", action="store_true",
                    help="when run as root: keep Chromium at nice 0, as for an ordinary user")
    args = ap.parse_args()
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    print(f"Qt platform: {platform}")
    if not args.skip_start:
        times = cold_start(args.starts)
        print(f"cold start to unlock window: median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s over {len(times)} runs (target < 1.5 s)")
    if not args.skip_capture:
        with tempfile.TemporaryDirectory() as home:
            os.environ["EVIDENCE_APP_HOME"] = home
            r = capture_stall(args.urls, args.renice_browser)
        print(f"{r['urls']}-URL capture ({r['ok']} sealed) in {r['seconds']:.1f} s: longest "
              f"event-loop stall {r['max_stall_ms']:.1f} ms (p99 {r['p99_stall_ms']:.1f} ms, "
              f"{r['stalls_over_50ms']} stalls > 50 ms, {r['ticks']} ticks; GUI-thread CPU in the "
              f"worst gap {r['worst_gap_gui_cpu_ms']:.1f} ms; target < 100 ms)")
        print(f"control: a bare Qt process ticking at the same time: longest stall "
              f"{r['control_max_ms']:.1f} ms (p99 {r['control_p99_ms']:.1f} ms, "
              f"{r['control_over_50ms']:.0f} stalls > 50 ms)")
        b = idle_baseline(10.0)
        print(f"idle baseline (same machine, nothing running in the app, 10 s): longest stall "
              f"{b['max_stall_ms']:.1f} ms (p99 {b['p99_stall_ms']:.1f} ms, "
              f"{b['stalls_over_50ms']} stalls > 50 ms)")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

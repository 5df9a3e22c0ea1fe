"""Time the web UI's main views on a store (make one with benchmarks/generate.py): events table,
stories with a timeline, map and network, each until its first row or mark is drawn, on a fresh
server ("first": cold aggregates) and again. Needs Debian's chromium and playwright.

    .venv/bin/python benchmarks/ui.py bench.db
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

VIEWS = [("events", "[data-testid=events-table] tbody tr"), ("stories", "[data-testid=timeline]"),
         ("map", "[data-testid=map-point]"), ("network", "[data-testid=node]")]


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from lagebild.serve.api import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(sys.argv[1]), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.1)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--headless", "--disable-gpu"])
        page = browser.new_page(base_url=f"http://127.0.0.1:{port}", viewport={"width": 1280, "height": 900})
        for round_ in ("first", "again"):
            for route, selector in VIEWS:
                page.goto("about:blank")
                t = time.perf_counter()
                page.goto(f"/#/{route}")
                page.locator(selector).first.wait_for(timeout=120_000)
                print(f"{round_:6} {route:8} {time.perf_counter() - t:6.2f} s", flush=True)
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()

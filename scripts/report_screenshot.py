#!/usr/bin/env python3
"""Render the HTML report in headless Chromium: check that every chart is in the page, and save a screenshot.

    python scripts/report_screenshot.py [--report report.html] [--png report.png]

Chromium comes from Debian's packages (apt-get install chromium). The page is opened from a file;
Chromium runs with no network and a new, empty profile.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("report_screenshot: no Chromium on PATH (apt-get install chromium)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", default="report.html", type=Path)
    parser.add_argument("--png", default="report.png", type=Path)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args()
    page = args.report.resolve().as_uri()
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page],
                             capture_output=True, text=True, timeout=120).stdout
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", f"--screenshot={args.png.resolve()}",
                        f"--window-size=1100,{args.height}", page], capture_output=True, text=True, timeout=120)
    sections = len(re.findall(r"<section>", dom))
    charts = len(re.findall(r"<svg\b", dom))
    statuses = re.findall(r'class="status"[^>]*>(\w+)<', dom)
    print(f"rendered {args.report}: {sections} panels, {charts} charts, {len(statuses)} claims "
          f"({', '.join(f'{s} {statuses.count(s)}' for s in sorted(set(statuses)))})")
    if not args.png.exists() or args.png.stat().st_size < 10_000 or sections == 0:
        print("report_screenshot: the page did not render", file=sys.stderr)
        return 1
    print(f"screenshot: {args.png} ({args.png.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

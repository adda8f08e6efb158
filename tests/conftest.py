"""Shared fixtures: running the real command line, locating optional resources."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, stdin: bytes | None = None, check: bool = False):
    """Run ``python -m geomap ARGS`` in a subprocess, as a user would run ``geomap``."""
    proc = subprocess.run(
        [sys.executable, "-m", "geomap", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    if check and proc.returncode != 0:
        raise AssertionError(proc.stderr.decode())
    return proc


def json_lines(proc) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED

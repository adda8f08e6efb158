"""Offline maps right after installation: Leaflet fetched once from the npm registry (no
Node.js), then no network at all; no network and no cache is a one-line error.

These run in a fresh virtual environment; ``pytest -m network`` runs them alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from geomap import assets

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "briefing.txt"
# Every download goes through a proxy on a closed local port: the network is blocked.
BLOCKED = {name: "http://127.0.0.1:9" for name in ("https_proxy", "HTTPS_PROXY", "http_proxy",
                                                   "HTTP_PROXY")}


def _registry_reachable() -> str | None:
    import urllib.request

    try:
        with urllib.request.urlopen(assets.REGISTRY + "/leaflet/1.9.4", timeout=8):
            return None
    except OSError as err:
        return str(getattr(err, "reason", err))


@pytest.fixture(scope="module")
def fresh_env(tmp_path_factory):
    """A new virtual environment (seeing the installed dependencies), an empty cache and a
    PATH with nothing but that environment: no npm."""
    why = _registry_reachable()
    if why:
        pytest.skip(f"the npm registry is not reachable from here ({why})")
    root = tmp_path_factory.mktemp("fresh")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True, timeout=120)
    env = {"PATH": str(venv / "bin"), "HOME": str(root / "home"),
           "GEOMAP_ASSETS": str(root / "cache"), "PYTHONPATH": str(ROOT),
           "LANG": os.environ.get("LANG", "C.UTF-8")}
    assert shutil.which("npm", path=env["PATH"]) is None
    return root, venv / "bin" / "python", env


def _map(python, env, out, cwd):
    return subprocess.run([str(python), "-m", "geomap", "map", str(EXAMPLE), "--offline",
                           "-o", str(out)], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.network
@pytest.mark.browser
def test_offline_map_fetches_leaflet_once_then_works_without_network(fresh_env, page_log):
    root, python, env = fresh_env
    first = _map(python, env, root / "first.html", root)
    assert first.returncode == 0, first.stderr
    assert ("geomap: fetching leaflet 1.9.4, leaflet.markercluster 1.5.3 from the npm "
            "registry") in first.stderr
    assert sorted(p.name for p in (root / "cache").iterdir()) == [
        "leaflet-1.9.4.tgz", "leaflet.markercluster-1.5.3.tgz"]

    second = _map(python, {**env, **BLOCKED}, root / "second.html", root)
    assert second.returncode == 0, second.stderr
    assert "fetching" not in second.stderr
    page = page_log.open(root / "second.html")
    assert page.locator(".geomap-drone_attack").count() == 3
    assert page_log.errors == [] and page_log.requests == []


@pytest.mark.network
def test_no_network_and_no_cache_is_a_one_line_error_saying_what_to_do(fresh_env):
    root, python, env = fresh_env
    blocked = {**env, **BLOCKED, "GEOMAP_ASSETS": str(root / "empty")}
    proc = _map(python, blocked, root / "never.html", root)
    assert proc.returncode == 1
    assert proc.stderr.count("geomap: error:") == 1 and "Traceback" not in proc.stderr
    assert "could not be downloaded" in proc.stderr
    assert "leaflet-1.9.4.tgz" in proc.stderr and "GEOMAP_ASSETS" in proc.stderr
    assert not (root / "never.html").exists()

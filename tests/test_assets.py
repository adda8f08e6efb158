"""Offline maps right after installation: Leaflet fetched once from the npm registry (no
Node.js), then no network at all; no network and no cache is a one-line error.

The tests that reach the real registry run in a fresh virtual environment; ``pytest -m
network`` runs them alone. A registry that cannot be reached or answers badly is played by
a local port or a local server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig

import pytest

from geomap import assets

from .conftest import ROOT, run_cli

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
    # The installed dependencies, also when this interpreter is itself a virtual
    # environment (whose packages --system-site-packages would not see).
    packages = dict.fromkeys([str(ROOT), sysconfig.get_paths()["purelib"],
                              sysconfig.get_paths()["platlib"]])
    env = {"PATH": str(venv / "bin"), "HOME": str(root / "home"),
           "GEOMAP_ASSETS": str(root / "cache"), "PYTHONPATH": os.pathsep.join(packages),
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


# ---------------------------------------------------------------- a registry that fails


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# What a broken registry (or something pretending to be one) sends back.
ANSWERS = {
    "server error": b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n"
                    b"Connection: close\r\n\r\noops",
    "not http": b"<html>\nthis is\nnot a registry\n</html>\n\n",
    "wrong file": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
    "cut short": b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\nConnection: close\r\n\r\nhello",
}


@pytest.fixture
def registry(monkeypatch, tmp_path):
    """Point geomap at a local registry that sends ``answer``, with an empty cache."""
    import socketserver
    import threading

    servers = []

    def serve(answer: bytes | None) -> str:
        if answer is None:
            address = f"http://127.0.0.1:{_closed_port()}"
        else:
            class Handler(socketserver.BaseRequestHandler):
                def handle(self):
                    self.request.recv(65536)
                    self.request.sendall(answer)

            server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
            address = f"http://127.0.0.1:{server.server_address[1]}"
        monkeypatch.setenv("GEOMAP_NPM_REGISTRY", address)
        return address

    monkeypatch.setenv("GEOMAP_ASSETS", str(tmp_path / "cache"))
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def _one_line_error(proc) -> str:
    stderr = proc.stderr.decode()
    assert proc.returncode == 1, stderr
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("geomap: error:")]
    assert len(errors) == 1 and stderr.splitlines()[-1] == errors[0], stderr
    return errors[0]


def test_fetch_from_an_unreachable_registry_is_one_line_saying_what_to_do(registry, tmp_path):
    address = registry(None)
    error = _one_line_error(run_cli("assets", "--fetch"))
    assert f"could not be downloaded from {address}" in error
    assert "leaflet-1.9.4.tgz" in error and "GEOMAP_ASSETS" in error
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


@pytest.mark.parametrize("answer", sorted(ANSWERS))
def test_fetch_from_a_registry_that_answers_badly_is_one_line_and_saves_nothing(
        registry, tmp_path, answer):
    registry(ANSWERS[answer])
    error = _one_line_error(run_cli("assets", "--fetch"))
    expected = "sha256 does not match" if answer == "wrong file" else "could not be downloaded"
    assert expected in error
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_an_offline_map_with_a_failing_registry_fails_before_any_work(registry, tmp_path):
    registry(ANSWERS["server error"])
    proc = run_cli("map", str(EXAMPLE), "--offline", "-o", str(tmp_path / "m.html"))
    assert "could not be downloaded" in _one_line_error(proc)
    assert "incidents" not in proc.stderr.decode()  # no summary: the pipeline never ran
    assert not (tmp_path / "m.html").exists()

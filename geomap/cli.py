"""The ``geomap`` command line. The only module that imports click.

Every command exits 0 on success and 1 on bad input, with a one-line message on stderr
and no traceback.
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import sys
from pathlib import Path

import click

from .errors import GeomapError, InputError


def _fail(message: str) -> None:
    click.echo(f"geomap: error: {message}", err=True)
    sys.exit(1)


def _friendly(func):
    """Turn geomap's own errors (and unreadable files) into one line and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:  # the reader went away (| head): nothing left to say
            sys.stderr.close()
            sys.exit(0)
        except GeomapError as err:
            _fail(str(err))
        except OSError as err:
            name = getattr(err, "filename", None)
            _fail(f"{name}: {err.strerror or err}" if name else str(err))

    return wrapper


class _EchoHandler(logging.Handler):
    """geomap's log messages as ``geomap: message`` lines on stderr (``geomap: warning:
    message`` for warnings about the input, see :func:`geomap.inputs.warn`)."""

    def emit(self, record: logging.LogRecord) -> None:
        label = getattr(record, "geomap_label", None)
        _Progress.echo(f"geomap: {f'{label}: ' if label else ''}{record.getMessage()}")


_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click 8.2 and later


class _Geomap(click.Group):
    """The command group, whose usage errors are one line too."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except _NO_ARGS as err:  # "geomap" alone: the help, as click gives it
            click.echo(err.format_message(), err=True)
            sys.exit(err.exit_code)
        except click.UsageError as err:  # a bad option or argument: one line, exit 2
            where = err.ctx.command_path if err.ctx else "geomap"
            click.echo(f"geomap: error: {err.format_message().rstrip('.')} (see {where} --help)",
                       err=True)
            sys.exit(err.exit_code)
        except click.ClickException as err:
            _fail(err.format_message())
        except click.Abort:
            _fail("aborted")
        code = code if isinstance(code, int) else 0
        if args is None and code == 0:
            _done()  # (the command line's own run, not one called from Python)
        sys.exit(code)


def _done() -> None:
    """Spare a command that succeeded the interpreter's last full garbage collection, which
    walks every object a corpus run loaded (the gazetteer, the rules, their caches) for
    half a second after the work is written: they are moved out of the collector's reach.
    Exit handlers still run; the memory goes back to the system at exit all the same."""
    gc.freeze()


@click.group(cls=_Geomap, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomap")
def main() -> None:
    """Turn news text into incident maps, offline.

    \b
    Examples:
      geomap map examples/briefing.txt
      geomap extract corpus.jsonl -o output/incidents.gpkg
      geomap geocode "Kherson region" --json
    """
    log = logging.getLogger("geomap")
    if not any(isinstance(h, _EchoHandler) for h in log.handlers):
        log.addHandler(_EchoHandler())


_RECORD_KEYS = ("name", "lat", "lon", "kind", "country_code", "admin1_code", "admin1_name",
                "population", "source")


@main.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per match.")
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=1, show_default=True,
              help="How many matches to print, best first.")
@_friendly
def geocode(query: str, as_json: bool, limit: int) -> None:
    """Resolve a place name with the offline gazetteer.

    Understands kind hints ("Kherson Oblast", "the region of Kherson"), qualifiers
    ("Odessa, Texas") and paired crossing names ("Dorohusk-Yahodyn").

    \b
    Examples:
      geomap geocode Kyiv
      geomap geocode "Kherson region" --json
      geomap geocode Washington --limit 5
    """
    from .errors import NotFoundError
    from .geocoders import Gazetteer, check_query

    text = check_query(query)
    found = Gazetteer().geocode(text, exactly_one=False, limit=limit)
    if not found:
        raise NotFoundError(f"no place found for {text!r}")
    for location in found:
        raw = location.raw
        if as_json:
            record = {key: raw[key] for key in _RECORD_KEYS}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            where = ", ".join(p for p in (raw["admin1_code"], raw["country_code"]) if p)
            click.echo(f"{raw['name']}\t{raw['kind']}\t{raw['lat']:.5f}, {raw['lon']:.5f}"
                       f"\t{where}")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per line per document: {doc, mentions: [...], dropped: "
                   "[...]} (dropped: names of several small settlements nothing decides).")
@click.option("--demonyms", type=click.Choice(["places", "all", "none"]), default="places",
              show_default=True, help="Which demonyms count as place mentions.")
@click.option("--explain", is_flag=True,
              help="One line per name looked at, kept or dropped: the rule that decided and, "
                   "for kept names, the place chosen and why (with --json: one JSON object "
                   "per name).")
@_friendly
def geoparse(inputs: tuple[str, ...], as_json: bool, demonyms: str, explain: bool) -> None:
    """Find and resolve the place names in text files ('-' reads standard input).

    \b
    Examples:
      geomap geoparse examples/briefing.txt
      geomap geoparse --json article.txt other.txt
      geomap geoparse --explain article.txt
      echo "Drones hit the Kherson region." | geomap geoparse -
    """
    from .geoparser import Geoparser
    from .inputs import read_text

    parser = Geoparser(demonyms=demonyms)
    if len(inputs) >= 200:
        parser.warm()  # many texts: build the lookup indexes first
    for name in inputs:
        text = read_text(name)
        if explain:
            _print_explanations(name, parser.explain(text), as_json)
            continue
        dropped: list[dict] = []
        mentions = parser.parse(text, dropped=dropped)
        if as_json:
            record = {"doc": name, "mentions": [m.to_dict() for m in mentions],
                      "dropped": dropped}
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        for m in mentions:
            p = m.place
            where = ", ".join(x for x in (p.admin1_code, p.country_code) if x)
            click.echo(f"{name}\t{m.start}-{m.end}\t{m.text}\t{p.name}\t{p.kind}\t{where}"
                       f"\t{m.confidence:.2f}")


def _print_explanations(name: str, explanations, as_json: bool) -> None:
    """``geoparse --explain``: one line (or JSON object) per name looked at."""
    for e in explanations:
        if as_json:
            click.echo(json.dumps({"doc": name, **e.to_dict()}, ensure_ascii=False))
            continue
        line = (f"{name}\t{e.name.start}-{e.name.end}\t{e.text}\t"
                f"{'KEPT' if e.kept else 'DROPPED'}\t{e.rule}")
        if e.mention is not None:
            p = e.mention.place
            where = ", ".join(x for x in (p.admin1_code, p.country_code) if x)
            line += f"\t-> {p.name} ({p.kind}{', ' + where if where else ''})\t{e.chosen_by}"
        click.echo(line)


def _pipeline_options(verb: str):
    """--types, --taxonomy, --date and the filters, shared by the commands that run the
    pipeline."""

    def decorate(func):
        func = click.option("--doc-timeout", type=click.FloatRange(min=0), default=10.0,
                            show_default=True, metavar="SECONDS",
                            help="Skip (with a warning) a document that takes longer; "
                                 "0: no limit.")(func)
        func = click.option("--country-only", "country_only", is_flag=True, default=False,
                            help=f"Also {verb} incidents placed in a whole country and "
                                 f"nowhere finer (left out by default).")(func)
        func = click.option("--intercepted", type=click.Choice(["yes", "no"]), default=None,
                            help=f"Only attacks whose weapons were shot down (yes) or only "
                                 f"the others (no) to {verb}; all when omitted.")(func)
        func = click.option("--until", default=None, metavar="YYYY-MM-DD",
                            help=f"Last day of incidents to {verb} (inclusive).")(func)
        func = click.option("--since", default=None, metavar="YYYY-MM-DD",
                            help=f"First day of incidents to {verb} (inclusive).")(func)
        func = click.option("--date", "pub_date", default=None, metavar="YYYY-MM-DD",
                            help="Publication date of inputs that carry none (plain text "
                                 "files).")(func)
        func = click.option("--taxonomy", type=click.Path(dir_okay=False), default=None,
                            help="A taxonomy TOML file instead of the shipped one.")(func)
        return click.option("--types", default=None,
                            help=f"Comma-separated event types to {verb}.")(func)

    return decorate


@main.command("types")
@click.option("--taxonomy", type=click.Path(dir_okay=False), default=None,
              help="A taxonomy TOML file instead of the shipped one.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per type.")
@_friendly
def types_(taxonomy: str | None, as_json: bool) -> None:
    """List the event types: id, label, colour, icon and how they are drawn.

    \b
    Example:
      geomap types
    """
    from .taxonomy import load_taxonomy

    for t in load_taxonomy(taxonomy).types:
        if as_json:
            click.echo(json.dumps({"id": t.id, "label": t.label, "colour": t.colour,
                                   "icon": t.icon, "draw": t.draw}))
        else:
            click.echo(f"{t.id}\t{t.label}\t{t.colour}\t{t.icon}\t{t.draw}")


class _Filters:
    """The selection options of one command, parsed once (see ``select_incidents``)."""

    def __init__(self, types, since, until, intercepted, country_only=False):
        from .selection import check_period

        self.types = types
        self.since, self.until = check_period(since, until)  # fail before any work
        self.intercepted = None if intercepted is None else intercepted == "yes"
        self.country_only = country_only

    def apply(self, gdf, taxonomy):
        from .selection import select_incidents

        return select_incidents(gdf, types=self.types, since=self.since, until=self.until,
                                intercepted=self.intercepted, taxonomy=taxonomy,
                                country_only=self.country_only)


def _run_extract(inputs, taxonomy, pub_date=None, *, workers=1, scheduler=None,
                 quiet=False, skip=None, report=None, doc_timeout=None):
    """The pipeline for the CLI: warnings and progress on stderr. Finds every incident;
    the caller selects what it writes or draws and reports it (:func:`_summary`)."""
    from .inputs import ReadReport
    from .pipeline import extract

    report = report if report is not None else ReadReport()
    progress = _Progress(quiet)
    try:
        gdf = extract(list(inputs), taxonomy=taxonomy, date=pub_date, report=report,
                      workers=workers, scheduler=scheduler, progress=progress.update,
                      skip=skip, doc_timeout=doc_timeout, country_only=True)
    finally:
        progress.close()
    gdf.attrs.update(known=report.known, rate=progress.rate())
    undated = int(gdf["date"].isna().sum())
    if undated and pub_date is None and any(_plain_text(i) for i in inputs):
        click.echo(f"geomap: hint: {undated} incidents have no date; give plain text inputs "
                   "their publication date with --date YYYY-MM-DD", err=True)
    return gdf


def _summary(gdf, verb: str, quiet: bool = False) -> None:
    """After a pipeline run: how many incidents are written or drawn (after selection),
    from how many documents. Nothing to say for an incidents file read back.

    The run's rate is taken out of the frame's attributes here: it describes the run, not
    the incidents, and would make every written file differ from the last."""
    rate = gdf.attrs.pop("rate", "")
    if quiet or "documents" not in gdf.attrs:
        return
    message = f"geomap: {len(gdf)} incidents from {gdf.attrs['documents']} documents {verb}"
    if gdf.attrs.get("skipped"):
        message += f" ({gdf.attrs['skipped']} bad records skipped)"
    if gdf.attrs.get("timed_out"):
        message += f" ({gdf.attrs['timed_out']} documents over --doc-timeout skipped)"
    if gdf.attrs.get("known"):
        message += f" ({gdf.attrs['known']} already in the store)"
    click.echo(message + rate, err=True)


def _plain_text(name: str) -> bool:
    """Standard input, a text file or a folder: inputs that carry no publication date."""
    from .inputs import JSONL_SUFFIXES

    return Path(name).suffix.lower() not in (*JSONL_SUFFIXES, ".csv")


class _Progress:
    """Documents done, on standard error: a progress bar (documents, total, rate, time
    left) on a terminal; otherwise a line a minute. ``quiet`` silences both."""

    bar = None  # the live bar, which warnings are written around
    every = 60.0

    def __init__(self, quiet: bool = False):
        import time

        self.quiet, self.tty = quiet, sys.stderr.isatty()
        self.started = self.last_line = time.monotonic()
        self.done = 0

    def update(self, done: int, total: int | None) -> None:
        import time

        self.done = done
        if self.quiet:
            return
        if self.tty:
            if type(self).bar is None:
                import shutil

                from tqdm import tqdm

                width = shutil.get_terminal_size((100, 20)).columns  # 0 on a bare pty
                type(self).bar = tqdm(total=total, unit=" docs", file=sys.stderr,
                                      desc="geomap", leave=False, ncols=min(width, 120))
            bar = type(self).bar
            bar.total = max(total or 0, done) or None
            bar.update(done - bar.n)
        elif time.monotonic() - self.last_line >= self.every:
            self.last_line = time.monotonic()
            left = f" of about {total}" if total else ""
            click.echo(f"geomap: {done} documents done{left}{self.rate()}", err=True)

    def rate(self) -> str:
        import time

        seconds = time.monotonic() - self.started
        if not (self.done and seconds > 0):
            return ""
        rate = self.done / seconds
        return f" in {seconds:.1f} s ({rate:.0f} documents/s)" if rate >= 10 else (
            f" in {seconds:.1f} s ({rate:.2g} documents/s)")

    @classmethod
    def echo(cls, line: str) -> None:
        """A line on stderr, written around the live bar if there is one."""
        if cls.bar is not None:
            cls.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    @classmethod
    def close(cls) -> None:
        if cls.bar is not None:
            cls.bar.close()
            cls.bar = None


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None,
              help="Output file; its extension chooses the format: .geojson, .gpkg, "
                   ".parquet or .csv.")
@click.option("--into", "store", default=None, metavar="STORE",
              help="Add the incidents to an incident store (.gpkg file or .parquet "
                   "folder), skipping documents it already holds.")
@_pipeline_options("keep")
@click.option("--workers", type=click.IntRange(1, 512), default=None,
              help="Worker processes (default: the number of cores; 1 runs in this "
                   "process).")
@click.option("--scheduler", default=None, envvar="DASK_SCHEDULER_ADDRESS",
              metavar="tcp://HOST:PORT",
              help="Run on this Dask cluster (also DASK_SCHEDULER_ADDRESS).")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; "
              "warnings and errors only.")
@_friendly
def extract(inputs, output, store, types, taxonomy, pub_date, doc_timeout, since, until,
            intercepted, country_only, workers, scheduler, quiet) -> None:
    """Extract incidents (event type x place x date) from news texts.

    INPUT is a text file, a folder of them, a JSONL or CSV corpus with the fields
    id, date, url, title, text, or - for standard input. Corpora are read in
    partitions by all cores (--workers) or by a Dask cluster (--scheduler).

    \b
    Examples:
      geomap extract examples/briefing.txt --date 2024-05-15 -o output/incidents.geojson
      geomap extract corpus.jsonl --types drone_attack,shelling -o output/strikes.gpkg
      geomap extract today.jsonl --into output/incidents.gpkg
      geomap extract s3://bucket/news.jsonl --scheduler tcp://10.0.0.5:8786 -o out.gpkg
      geomap extract corpus.jsonl --since 2024-05-01 --until 2024-05-31 -o output/may.csv
    """
    from .taxonomy import load_taxonomy
    from .export import format_of, write_incidents
    from .inputs import ReadReport
    from .atomic import check_writable
    from .parallel import default_workers

    if output is None and store is None:
        raise InputError("give an output file (-o) or an incident store (--into)")
    if output is not None:
        format_of(output)  # fail before the work on a bad extension
        check_writable(output)  # ... or on a place nothing can be written to
    chosen = load_taxonomy(taxonomy)
    chosen.select(types)  # fail on an unknown type before any work
    filters = _Filters(types, since, until, intercepted, country_only)
    workers = workers or default_workers()
    if store is not None:
        from .store import IncidentStore

        target = IncidentStore(check_writable(store, folder_ok=True))
        known = target.documents()  # refuses another format or schema before any work
    report = ReadReport(seen=[] if store is not None else None)
    gdf = _run_extract(inputs, chosen, pub_date, workers=workers, scheduler=scheduler,
                       quiet=quiet, skip=known if store is not None else None, report=report,
                       doc_timeout=doc_timeout)
    gdf = filters.apply(gdf, chosen)
    _summary(gdf, "written" if output is not None else "found", quiet)
    if output is not None:
        write_incidents(gdf, output)
        if not quiet:
            click.echo(f"geomap: wrote {output}", err=True)
    if store is not None:
        summary = target.merge(gdf, report.seen)
        if not quiet:
            click.echo(f"geomap: {store}: {summary}", err=True)


def _load_incidents(inputs, filters, taxonomy, pub_date=None, doc_timeout=None):
    """Incidents from an incidents file written by ``geomap extract``, or the pipeline,
    selected by ``filters``."""
    from .export import read_incidents
    from .inputs import is_incidents_file

    if len(inputs) == 1 and is_incidents_file(inputs[0]):
        gdf = read_incidents(inputs[0])
    elif any(is_incidents_file(i) for i in inputs):
        raise InputError("give either one incidents file or texts and corpora, not both")
    else:
        gdf = _run_extract(inputs, taxonomy, pub_date, doc_timeout=doc_timeout)
    return filters.apply(gdf, taxonomy)


def _default_output(inputs) -> Path:
    first = inputs[0]
    stem = "stdin" if first == "-" else (Path(first).stem or Path(first).name or "map")
    return Path("output") / f"{stem}.html"


@main.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, help="HTML file (default: output/<input>.html).")
@_pipeline_options("draw")
@click.option("--offline", is_flag=True,
              help="One self-contained page that makes no network request.")
@click.option("--tiles", default="OpenStreetMap", show_default=True,
              help="Tile provider name, or 'none' for the built-in outline basemap.")
@click.option("--title", default=None, help="Title shown on the map.")
@click.option("--fragment", is_flag=True,
              help="Write an embeddable <div> snippet instead of a whole page.")
@click.option("--png", "png", type=click.Path(dir_okay=False), default=None,
              help="Also (or only, without -o) save a PNG image drawn in headless Chromium.")
@click.option("--width", type=click.IntRange(100, 8000), default=1200, show_default=True,
              help="PNG width in pixels.")
@click.option("--height", type=click.IntRange(100, 8000), default=800, show_default=True,
              help="PNG height in pixels.")
@_friendly
def map_(inputs, output, types, taxonomy, pub_date, doc_timeout, since, until, intercepted,
         country_only, offline, tiles, title, fragment, png, width, height) -> None:
    """Draw incidents on an interactive map (one layer per event type).

    INPUT is texts or corpora (the whole pipeline runs) or one incidents file written by
    'geomap extract' (.geojson, .gpkg, .parquet, .csv).

    \b
    Examples:
      geomap map examples/briefing.txt --offline
      geomap map output/incidents.gpkg --types drone_attack -o output/drones.html
      geomap map examples/briefing.txt --offline --fragment -o output/briefing-map.html
      geomap map examples/briefing.txt --offline --png output/briefing.png --width 1600
    """
    from .maps import render
    from .options import MapOptions
    from .taxonomy import load_taxonomy
    from .atomic import check_writable, write_atomic
    from .images import check_images, to_png
    from .output import save_map, to_fragment

    chosen = load_taxonomy(taxonomy)
    chosen.select(types)  # fail on an unknown type before any work
    filters = _Filters(types, since, until, intercepted, country_only)
    options = MapOptions(offline=offline, tiles=tiles, title=title, width=width, height=height)
    if png:
        check_images()  # fail before the work without Playwright or a browser
        check_writable(png)
    target = None
    if output or not png:
        target = check_writable(Path(output) if output else _default_output(inputs))
    _offline_assets(options)
    gdf = _load_incidents(inputs, filters, chosen, pub_date, doc_timeout)
    m = render(gdf, taxonomy=chosen, options=options)
    _summary(gdf, "drawn")
    if png:
        click.echo(f"geomap: wrote {to_png(m, png, options=options)}", err=True)
    if target is not None:
        if fragment:
            write_atomic(target, to_fragment(m, options=options))
        else:
            save_map(m, target, options)
        click.echo(f"geomap: wrote {target}", err=True)


def _offline_assets(options) -> None:
    """The first offline page downloads Leaflet once: before the work, so it fails first."""
    if options.offline:
        from .assets import fetch as fetch_assets

        fetch_assets()


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, help="HTML file (default: output/report.html).")
@_pipeline_options("include")
@click.option("--offline", is_flag=True, help="Inline every script: no network needed.")
@click.option("--title", default="Incident report", show_default=True)
@click.option("--pdf", type=click.Path(dir_okay=False), default=None,
              help="Also print the report to this PDF with headless Chromium.")
@_friendly
def report(inputs, output, types, taxonomy, pub_date, doc_timeout, since, until,
           intercepted, country_only, offline, title, pdf) -> None:
    """Write a report page: map, counts by type and region, evidence with sources.

    \b
    Examples:
      geomap report examples/briefing.txt --offline --title "Weekly briefing"
      geomap report corpus.jsonl -o output/week.html --pdf output/week.pdf
    """
    from .options import MapOptions
    from .atomic import check_writable, write_atomic
    from .images import check_images, to_pdf
    from .report import build_report
    from .taxonomy import load_taxonomy

    chosen = load_taxonomy(taxonomy)
    chosen.select(types)  # fail on an unknown type before any work
    filters = _Filters(types, since, until, intercepted, country_only)
    options = MapOptions(offline=offline)
    if pdf:
        check_images()  # fail before the work without Playwright or a browser
        check_writable(pdf)
    target = check_writable(Path(output) if output else Path("output") / "report.html")
    _offline_assets(options)
    gdf = _load_incidents(inputs, filters, chosen, pub_date, doc_timeout)
    _summary(gdf, "reported")
    page = build_report(gdf, title=title, options=options, taxonomy=chosen)
    write_atomic(target, page)
    click.echo(f"geomap: wrote {target}", err=True)
    if pdf:
        click.echo(f"geomap: wrote {to_pdf(target, pdf)}", err=True)


@main.command()
@click.option("--fetch", is_flag=True,
              help="Download the pinned packages from the npm registry now (offline maps "
                   "otherwise do it the first time they need them).")
@_friendly
def assets(fetch: bool) -> None:
    """Show (or, with --fetch, fill) the cache of Leaflet files that offline maps inline.

    \b
    Example:
      geomap assets --fetch
    """
    from . import assets as _assets

    if fetch:
        _assets.fetch()
    state = "ready" if _assets.available() else "missing (run: geomap assets --fetch)"
    click.echo(f"{_assets.cache_dir()}: {state}")
    for package, (version, _sha) in _assets.PACKAGES.items():
        click.echo(f"  {package} {version}")


if __name__ == "__main__":  # pragma: no cover
    main()

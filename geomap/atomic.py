"""The atomic writer every file of geomap goes through: content is written to a
temporary file beside its target and renamed into place, so that a failed or interrupted
write leaves the previous file as it was."""

from __future__ import annotations

import contextlib
import functools
import glob
import os
import signal
import stat
import tempfile
import threading
from pathlib import Path

from .errors import OutputError


def write_atomic(path: str | Path, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` through a temporary file renamed into place, so that a
    failure never leaves a partial file or destroys the previous one (see
    :func:`atomic_path`)."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_path(path) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as err:
            raise OutputError(f"{path}: cannot write ({err.strerror or err})") from err
    return path


_WRITING: set[Path] = set()  # temporary files being written, removed if the process ends
_WRITING_LOCK = threading.Lock()


@contextlib.contextmanager
def atomic_path(path: str | Path):
    """A temporary path beside ``path`` to write the whole output to; renamed onto ``path``
    when the block ends, removed when it fails or the process is interrupted (SIGINT,
    SIGTERM). The last complete write wins; a rewritten file keeps its permissions.

    The temporary file does not exist when the block starts (GDAL wants to create it).
    Errors name ``path``, never the temporary name.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(path)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-",
                                    suffix=f".tmp{path.suffix}", dir=path.parent)
        os.close(fd)
        os.unlink(name)
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror or err})") from err
    tmp = Path(name)
    with _WRITING_LOCK:
        _WRITING.add(tmp)
    previous = _catch_sigterm()
    try:
        yield tmp
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OutputError:
        raise
    except OSError as err:
        why = err.strerror or str(err).replace(str(tmp), str(path))
        raise OutputError(f"{path}: cannot write ({why})") from err
    finally:
        _remove(tmp)
        with _WRITING_LOCK:
            _WRITING.discard(tmp)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def check_writable(path: str | Path, *, folder_ok: bool = False) -> Path:
    """Fail now, in the words :func:`atomic_path` would use later, if ``path`` cannot be
    written: it is a folder (unless ``folder_ok``: outputs that are folders, such as a
    GeoParquet store), or nothing can be created in the nearest folder above it that
    exists. Commands call it before their work, so that no work is lost to a typo."""
    path = Path(path)
    if path.is_dir() and not folder_ok:
        raise OutputError(f"{path}: cannot write (Is a directory)")
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if folder in (path, path.parent):  # a trial file where the output will go
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".check", dir=folder)
            os.close(fd)
            os.unlink(name)
        else:  # a trial folder where the missing folders will go
            os.rmdir(tempfile.mkdtemp(prefix=".geomap-check-", dir=folder))
    except OSError as err:
        why = err.strerror or str(err)
        if isinstance(err, NotADirectoryError):
            why = f"{folder} is not a folder"
        raise OutputError(f"{path}: cannot write ({why})") from err
    return path


def _remove_stale(path: Path) -> None:
    """Remove what earlier writes of ``path`` left when their process was killed outright
    (SIGKILL, a power cut): temporary files named after a process that no longer runs."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*-*.tmp{path.suffix}*"):
        pid = leftover.name[len(path.name) + 2:].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            try:
                leftover.unlink()
            except OSError:  # another writer got there first, or it is not ours to remove
                pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _mode_for(path: Path) -> int:
    """The existing file's permission bits, else those a new file gets (0666 minus umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


@functools.cache
def _umask() -> int:
    # Read without os.umask(), which would briefly change it for every thread.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(tmp: Path) -> None:
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass


def _catch_sigterm():
    """In the main thread, turn SIGTERM into SystemExit for the length of a write so the
    temporary files are removed; returns the handler to restore (None: nothing changed)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
            return None
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main interpreter
        return None


def _on_sigterm(signum, _frame):
    with _WRITING_LOCK:
        pending = list(_WRITING)
    for tmp in pending:  # other threads' writes too: the process is going away
        _remove(tmp)
    raise SystemExit(128 + signum)

"""Where ``-o`` writes: through symlinks, straight into pipes and descriptors, a regular
file replaced whole with its mode kept, and a full disk or a refusal as one line and exit 3.

Nothing here touches the real ``/dev``: pipes are made with ``os.pipe`` and ``os.mkfifo``
and named through ``/proc/self/fd``; a full disk and a refused permission are simulated
(the tests run as root, which may write anywhere)."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quoteattr import cli
from quoteattr.cli import EXIT_OUTPUT, main

ROOT = Path(__file__).resolve().parents[1]
GOOD = "“We will rebuild,” Mayor Ann Lee said.\n"
HAS_PROC_FD = os.path.isdir("/proc/self/fd")


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    """One text file with one attributed quote."""
    f = tmp_path / "in.txt"
    f.write_text(GOOD, encoding="utf-8")
    return f


def leftovers(folder: Path) -> list[str]:
    """Temporary files the CLI left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".quoteattr-"))


def quotes_of(text: str) -> list[str]:
    """The quote texts of a JSON-lines output."""
    return [q["text"] for line in text.splitlines() for q in json.loads(line)["quotes"]]


@pytest.fixture
def umask() -> Iterator[None]:
    """Put the process's umask back after the test."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


# ---------------------------------------------------------------------------
# Symlinks
# ---------------------------------------------------------------------------


def test_symlink_target_is_written_and_link_kept(tmp_path: Path, doc: Path) -> None:
    """-o LINK writes the file the symlink names; the link stays a link to it."""
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to("real.jsonl")
    assert main([str(doc), "-f", "jsonl", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == "real.jsonl"
    assert quotes_of(real.read_text(encoding="utf-8")) == ["We will rebuild,"]
    assert leftovers(tmp_path) == []


def test_chain_of_symlinks_into_another_folder(tmp_path: Path, doc: Path) -> None:
    """-o through two symlinks writes the final file, and its temporary file is made in
    that file's folder (so the rename stays on one file system)."""
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "out.jsonl"
    real.write_text("old\n", encoding="utf-8")
    (tmp_path / "hop").symlink_to(real)
    (tmp_path / "link").symlink_to("hop")
    assert main([str(doc), "-f", "jsonl", "-o", str(tmp_path / "link")]) == 0
    assert quotes_of(real.read_text(encoding="utf-8")) == ["We will rebuild,"]
    assert (tmp_path / "link").is_symlink() and (tmp_path / "hop").is_symlink()


def test_dangling_symlink_creates_the_file_it_names(tmp_path: Path, doc: Path) -> None:
    """-o to a symlink whose file does not exist yet creates that file, as ``>`` does."""
    link = tmp_path / "link.jsonl"
    link.symlink_to("made.jsonl")
    assert main([str(doc), "-f", "jsonl", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert quotes_of((tmp_path / "made.jsonl").read_text(encoding="utf-8")) == ["We will rebuild,"]


def test_symlink_loop_is_one_line_and_exit_3(tmp_path: Path, doc: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """-o to a loop of symlinks: exit 3 and one line naming the target, no traceback."""
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    assert main([str(doc), "-o", str(tmp_path / "a")]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err and "symbolic links" in err


# ---------------------------------------------------------------------------
# Mode and owner
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_new_file_gets_the_umask_mode(tmp_path: Path, doc: Path, umask: None,
                                      mask: int) -> None:
    """A new file gets 0666 less the umask, as the shell's ``>`` gives it, not 0600."""
    os.umask(mask)
    target = tmp_path / "out.txt"
    assert main([str(doc), "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_existing_file_keeps_its_mode(tmp_path: Path, doc: Path, umask: None) -> None:
    """Replacing an existing file keeps its mode, whatever the umask."""
    os.umask(0o077)
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o644)
    assert main([str(doc), "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert "Ann Lee" in target.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root may give a file to another owner")
def test_existing_file_keeps_its_owner(tmp_path: Path, doc: Path) -> None:
    """Replacing a file that belongs to someone else keeps its owner and group (when allowed,
    as for root)."""
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    os.chown(target, 4321, 4322)
    target.chmod(0o640)
    assert main([str(doc), "-o", str(target)]) == 0
    st = target.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4321, 4322, 0o640)
    assert "Ann Lee" in target.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Pipes and descriptors: written straight into
# ---------------------------------------------------------------------------


def _drain(fd: int, sink: list[bytes]) -> threading.Thread:
    """A thread that reads ``fd`` to its end into ``sink``."""
    def read() -> None:
        with os.fdopen(fd, "rb") as fh:
            sink.append(fh.read())

    t = threading.Thread(target=read, daemon=True)
    t.start()
    return t


def test_fifo_is_written_into_not_replaced(tmp_path: Path, doc: Path) -> None:
    """-o FIFO writes into the FIFO (a reader gets the output) and leaves it a FIFO."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as fh:  # blocks until the CLI opens the other end
            got.append(fh.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert main([str(doc), "-f", "jsonl", "-o", str(fifo)]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert quotes_of(got[0].decode("utf-8")) == ["We will rebuild,"]
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not HAS_PROC_FD, reason="needs /proc/self/fd")
def test_pipe_named_by_its_descriptor_is_written_into(doc: Path) -> None:
    """-o /proc/self/fd/N of a pipe (what ``/dev/fd/N`` and ``>(cmd)`` name) writes into the
    pipe, exit 0, and leaves the descriptor open for its owner."""
    r, w = os.pipe()
    got: list[bytes] = []
    reader = _drain(r, got)
    try:
        assert main([str(doc), "-f", "jsonl", "-o", f"/proc/self/fd/{w}"]) == 0
        os.fstat(w)  # still open: the CLI wrote through a copy of it
    finally:
        os.close(w)
    reader.join(timeout=60)
    assert quotes_of(got[0].decode("utf-8")) == ["We will rebuild,"]


@pytest.mark.skipif(not HAS_PROC_FD, reason="needs /proc/self/fd")
def test_descriptor_of_a_file_opened_for_appending_appends(tmp_path: Path, doc: Path) -> None:
    """-o /proc/self/fd/N where N is a file opened for appending (``>> log``) appends to
    that file: what was there stays, and the file is not replaced by another."""
    log = tmp_path / "log.jsonl"
    log.write_text('{"id": "before", "quotes": []}\n', encoding="utf-8")
    inode = log.stat().st_ino
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        assert main([str(doc), "-f", "jsonl", "-o", f"/proc/self/fd/{fd}"]) == 0
    finally:
        os.close(fd)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["before", str(doc)]
    assert log.stat().st_ino == inode
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not HAS_PROC_FD, reason="needs /proc/self/fd")
def test_own_stdout_by_descriptor_in_a_subprocess(tmp_path: Path, doc: Path) -> None:
    """``quoteattr -o /proc/self/fd/1 >> FILE`` (the ``-o /dev/stdout`` case) appends to FILE
    through the command's standard output, with no traceback and FILE not replaced."""
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "before", "quotes": []}\n', encoding="utf-8")
    inode = out.stat().st_ino
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with out.open("ab") as fh:
        res = subprocess.run([sys.executable, "-m", "quoteattr", "-f", "jsonl", "-o",
                              "/proc/self/fd/1", str(doc)], stdout=fh, stderr=subprocess.PIPE,
                             env=env, timeout=120, check=False)
    assert res.returncode == 0 and res.stderr == b""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["before", str(doc)]
    assert out.stat().st_ino == inode


@pytest.mark.skipif(not HAS_PROC_FD, reason="needs /proc/self/fd")
def test_closed_descriptor_is_one_line_and_exit_3(doc: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """-o naming a descriptor that is not open: exit 3 and one line, no traceback."""
    r, w = os.pipe()
    os.close(r)
    os.close(w)
    assert main([str(doc), "-o", f"/proc/self/fd/{w}"]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot write /proc/self/fd/{w}" in err


# ---------------------------------------------------------------------------
# A full disk, a refused permission: one line, exit 3, nothing half-written
# ---------------------------------------------------------------------------


class _FullDisk(io.TextIOBase):
    """A text stream over a real one whose writes fail with ENOSPC after ``room`` characters."""

    def __init__(self, real: Any, room: int) -> None:
        self.real, self.room = real, room

    def write(self, s: str) -> int:
        if len(s) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(s)
        return int(self.real.write(s))

    def flush(self) -> None:
        self.real.flush()

    def fileno(self) -> int:
        return int(self.real.fileno())

    def close(self) -> None:
        self.real.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A JSON-lines corpus of 50 documents."""
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in range(50)),
                 encoding="utf-8")
    return f


def _one_line(err: str, *words: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("quoteattr: cannot write") and "Traceback" not in err
    for w in words:
        assert w in err, err


def test_full_disk_while_writing(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A full disk part-way through: exit 3, one line saying so, the old file untouched and
    no temporary file left."""
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(cli.os, "fdopen",
                        lambda *a, **k: _FullDisk(real_fdopen(*a, **k), room=300))
    assert main([str(corpus), "-o", str(target)]) == EXIT_OUTPUT
    _one_line(capsys.readouterr().err, "No space left on device",
              f"{target} was not changed")
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert leftovers(tmp_path) == []


def test_full_disk_found_at_the_end(tmp_path: Path, corpus: Path,
                                    monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A full disk that shows only when the file is synced (delayed allocation, NFS):
    exit 3, one line, no new file and no temporary file."""
    target = tmp_path / "out.jsonl"

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cli.os, "fsync", fsync)
    assert main([str(corpus), "-o", str(target)]) == EXIT_OUTPUT
    _one_line(capsys.readouterr().err, "No space left on device")
    assert not target.exists() and leftovers(tmp_path) == []


def test_full_disk_on_stdout(corpus: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    """Standard output on a full disk (``quoteattr … > /full/file``): exit 3 and one line."""
    monkeypatch.setattr(sys, "stdout", _FullDisk(io.StringIO(), room=300))
    assert main([str(corpus)]) == EXIT_OUTPUT
    _one_line(capsys.readouterr().err, "standard output", "No space left on device")


def test_no_permission_for_the_folder(tmp_path: Path, doc: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A folder that refuses a new file (a read-only folder, as seen by a non-root user):
    exit 3 and one line naming the folder, before any document is read."""
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(cli.tempfile, "mkstemp", mkstemp)
    read: list[str] = []
    monkeypatch.setattr(cli, "_documents", lambda *a: read.append("x") or iter(()))
    assert main([str(doc), "-o", str(target)]) == EXIT_OUTPUT
    _one_line(capsys.readouterr().err, "Permission denied", f"temporary file in {tmp_path}")
    assert target.read_text(encoding="utf-8") == "old\n" and read == []


def test_rename_refused(tmp_path: Path, doc: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    """The final rename refused (an immutable or sticky-folder target): exit 3, one line,
    the old file untouched and the temporary file removed."""
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")

    def replace(src: str, dst: str) -> None:
        raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(cli.os, "replace", replace)
    assert main([str(doc), "-o", str(target)]) == EXIT_OUTPUT
    _one_line(capsys.readouterr().err, "Operation not permitted", "was not changed")
    assert target.read_text(encoding="utf-8") == "old\n" and leftovers(tmp_path) == []


def test_full_disk_in_a_subprocess_has_no_traceback(tmp_path: Path, corpus: Path) -> None:
    """The whole command on a full disk: exit 3, one line on stderr, nothing printed at exit
    (no "Exception ignored" from flushing standard output again)."""
    # standard output is a pipe that says "disk full" to every write, like /dev/full,
    # until something else (the CLI's /dev/null) is put on its descriptor
    script = (
        "import errno, io, os, stat, sys\n"
        "class Full(io.FileIO):\n"
        "    def write(self, b):\n"
        "        if stat.S_ISFIFO(os.fstat(1).st_mode):\n"
        "            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
        "        return super().write(b)\n"
        "sys.stdout = io.TextIOWrapper(io.BufferedWriter(Full(1, 'w', closefd=False)))\n"
        "from quoteattr.cli import main\n"
        f"sys.exit(main([{str(corpus)!r}]))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env,
                         timeout=120, check=False)
    assert res.returncode == EXIT_OUTPUT
    assert res.stderr.decode() == "quoteattr: cannot write standard output: " \
                                  "No space left on device\n"

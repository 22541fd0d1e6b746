"""The command line under bad input: undecodable bytes, broken JSON lines, interrupted
writes, usage errors, and output (CSV, JSON, HTML) that stays valid for any text."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_reliability import any_text, check_html  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOOD = "“We will rebuild,” Mayor Ann Lee said.\n"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """``python -m quoteattr ARGS`` in a subprocess (UTF-8 mode off, strict stdout)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8:strict",
           "PYTHONUTF8": "0"}
    return subprocess.run([sys.executable, "-m", "quoteattr", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=timeout, check=False)


def leftovers(folder: Path) -> list[str]:
    """Temporary files the CLI left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".quoteattr-"))


# ---------------------------------------------------------------------------
# Undecodable input
# ---------------------------------------------------------------------------


def test_invalid_utf8_names_file_and_byte_offset_and_other_files_still_processed(
        tmp_path: Path) -> None:
    """Invalid UTF-8 in a .txt: stderr names the file and byte offset, exit 1, others done."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes("“Caf".encode() + b"\xff\xfe" + "é,” Ann Lee said.".encode())
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    res = run("-f", "json", str(bad), str(good))
    assert res.returncode == 1
    err = res.stderr.decode()
    assert f"{bad}: not valid utf-8 at byte 6" in err
    assert "Traceback" not in err
    out = json.loads(res.stdout)
    assert [d["id"] for d in out] == [str(good)]
    assert out[0]["quotes"][0]["speaker"] == "Ann Lee"


def test_errors_replace_processes_undecodable_file(tmp_path: Path) -> None:
    """--decode-errors replace decodes bad bytes as U+FFFD and processes the file (exit 0)."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xe2\x80\x9cCaf\xff,\xe2\x80\x9d Ann Lee said.")
    res = run("-f", "jsonl", "--decode-errors", "replace", str(bad))
    assert res.returncode == 0, res.stderr
    (rec,) = json.loads(res.stdout)["quotes"]
    assert rec["text"] == "Caf\ufffd,"
    assert rec["speaker"] == "Ann Lee"


def test_errors_ignore_processes_undecodable_stdin() -> None:
    """--decode-errors ignore drops bad bytes from stdin and processes the rest."""
    res = run("-f", "jsonl", "--decode-errors", "ignore",
              stdin=b"\xe2\x80\x9cCaf\xff\xfe,\xe2\x80\x9d Ann Lee said.")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["quotes"][0]["text"] == "Caf,"


def test_invalid_utf8_on_stdin_is_reported_not_raised() -> None:
    """Undecodable stdin is reported with its byte offset (exit 1), no traceback."""
    res = run(stdin=b"ok \xc3\x28 bad")
    assert res.returncode == 1
    assert b"<stdin>" in res.stderr or b"-: not valid" in res.stderr
    assert b"at byte 3" in res.stderr
    assert b"Traceback" not in res.stderr


def test_other_encoding_is_decoded(tmp_path: Path) -> None:
    """--encoding latin-1 reads a Latin-1 file; offsets are characters of the decoded text."""
    f = tmp_path / "latin.txt"
    f.write_bytes("\"Café crème,\" José Müller said.".encode("latin-1"))
    res = run("-f", "jsonl", "--encoding", "latin-1", str(f))
    assert res.returncode == 0, res.stderr
    (rec,) = json.loads(res.stdout)["quotes"]
    assert rec["text"] == "Café crème,"


def test_missing_file_reported_and_others_processed(tmp_path: Path) -> None:
    """A file that does not exist is named on stderr (exit 1); the other files are processed."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    res = run("-f", "jsonl", str(tmp_path / "missing.txt"), str(good))
    assert res.returncode == 1
    assert b"missing.txt" in res.stderr and b"Traceback" not in res.stderr
    assert json.loads(res.stdout.splitlines()[0])["id"] == str(good)


# ---------------------------------------------------------------------------
# JSON lines input
# ---------------------------------------------------------------------------


def test_bad_jsonl_lines_named_by_line_and_others_output(tmp_path: Path) -> None:
    """Broken JSONL lines are reported as file:line and skipped; other documents are output."""
    f = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "body": "no text field"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": 42}),
        "",
        json.dumps({"id": "g", "text": "“Fine,” she said."}),
    ]
    f.write_bytes("\n".join(lines).encode() + b"\n" + b'{"id": "h", "text": "\xff"}\n'
                  + json.dumps({"id": "i", "text": GOOD}).encode() + b"\n")
    res = run(str(f))
    assert res.returncode == 1
    err = res.stderr.decode()
    for lineno in (2, 3, 4, 5, 8):
        assert f"{f}:{lineno}:" in err, err
    assert f"{f}:6:" not in err  # a blank line is not an error
    assert "Traceback" not in err
    byte = sum(len(line.encode()) + 1 for line in lines) + len(b'{"id": "h", "text": "')
    assert f"at byte {byte}" in err
    out = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [d["id"] for d in out] == ["a", "g", "i"]


def test_jsonl_line_without_id_gets_file_and_line(tmp_path: Path) -> None:
    """A JSONL document without an id is identified by file:line."""
    f = tmp_path / "c.jsonl"
    f.write_text('\n{"text": "“Yes,” Ann Lee said."}\n', encoding="utf-8")
    res = run(str(f))
    assert res.returncode == 0
    assert json.loads(res.stdout)["id"] == f"{f}:2"


def test_jsonl_with_lone_surrogate_escape_does_not_crash(tmp_path: Path) -> None:
    """A JSONL text with a \\ud800 escape (valid JSON) is processed or reported, never a crash."""
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": 1, "text": "“Hi \\ud800,” Ann Lee said."}\n'
                 '{"id": 2, "text": "“Yes,” Ann Lee said."}\n', encoding="utf-8")
    res = run(str(f))
    assert b"Traceback" not in res.stderr, res.stderr.decode()[-400:]
    ids = [json.loads(line)["id"] for line in res.stdout.decode().splitlines()]
    assert 2 in ids


def test_errors_surrogateescape_with_output_file(tmp_path: Path) -> None:
    """--decode-errors surrogateescape with -o writes the output (the bytes survive or are
    replaced)."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xe2\x80\x9cCaf\xff,\xe2\x80\x9d Ann Lee said.")
    out = tmp_path / "out.jsonl"
    res = run("--decode-errors", "surrogateescape", "-f", "jsonl", "-o", str(out), str(bad))
    assert b"Traceback" not in res.stderr, res.stderr.decode()[-400:]
    assert out.exists()


# ---------------------------------------------------------------------------
# -o: whole or not at all
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL corpus that takes the CLI well over ten seconds."""
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    text = ("“We will rebuild the bridge by spring,” Mayor Ann Lee said on Monday. "
            "Mr. Roe said “no” to the plan.\n") * 5
    with path.open("w", encoding="utf-8") as fh:
        for i in range(20_000):
            fh.write(json.dumps({"id": i, "text": text}) + "\n")
    return path


def _interrupt(corpus: Path, target: Path, sig: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen([sys.executable, "-m", "quoteattr", str(corpus), "-o", str(target)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    # Wait until the CLI is writing: its temporary file exists next to the target.
    while not leftovers(target.parent) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.5)
    assert p.poll() is None, "the CLI finished before it could be interrupted"
    p.send_signal(sig)
    p.communicate(timeout=60)
    return p


def test_output_file_not_created_when_interrupted(big_corpus: Path, tmp_path: Path) -> None:
    """Ctrl-C (SIGINT) mid-way: status 130, no file at the target path, no temporary file left."""
    target = tmp_path / "out.jsonl"
    p = _interrupt(big_corpus, target, signal.SIGINT)
    # main() returns 130; under ``python -m`` the interpreter sometimes exits by the signal
    # itself instead, which a shell also reports as 130.
    assert p.returncode in (130, -signal.SIGINT)
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_existing_output_file_kept_when_killed(big_corpus: Path, tmp_path: Path) -> None:
    """SIGKILL mid-way: an existing file at the target path is left untouched, not truncated."""
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    p = _interrupt(big_corpus, target, signal.SIGKILL)
    assert p.returncode == -signal.SIGKILL
    assert target.read_text(encoding="utf-8") == "previous run\n"
    # A killed process cannot clean up: its temporary file stays (named .quoteattr-*.tmp).
    assert all(n.endswith(".tmp") for n in leftovers(tmp_path))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_no_temporary_file_left_after_sigterm(big_corpus: Path, tmp_path: Path,
                                              sig: signal.Signals) -> None:
    """SIGTERM or SIGHUP mid-way (a service manager, a closed terminal): no partial or
    temporary file left."""
    target = tmp_path / "out.jsonl"
    _interrupt(big_corpus, target, sig)
    assert not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("to_file", [True, False], ids=["-o FILE", "stdout"])
def test_ctrl_c_lost_in_a_finalizer_still_stops(tmp_path: Path, to_file: bool,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Python ignores an exception raised in a finalizer (``__del__``), and NLTK's
    import leaves regex parse trees that are finalized a moment later: a Ctrl-C
    landing there must still stop the run (status 130, no output file)."""
    from quoteattr import cli

    class Finalized:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)  # its KeyboardInterrupt is ignored here

    real = cli._results
    seen = []

    def results(*args, **kwargs):  # type: ignore[no-untyped-def]
        for i, item in enumerate(real(*args, **kwargs)):
            if i == 1:
                Finalized()  # made and finalized at once
            seen.append(i)
            yield item

    monkeypatch.setattr(cli, "_results", results)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in range(5)),
                      encoding="utf-8")
    target = tmp_path / "out.jsonl"
    before = signal.getsignal(signal.SIGINT)
    argv = [str(corpus), "-o", str(target)] if to_file else [str(corpus)]
    assert main(argv) == 130
    assert seen == [0, 1]  # stopped at the next document
    assert not target.exists() and leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGINT) is before  # the handler is put back
    assert "interrupted" in capsys.readouterr().err


def test_output_file_written_whole(tmp_path: Path) -> None:
    """-o FILE: the file holds the complete output and no temporary file remains."""
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in range(50)),
                 encoding="utf-8")
    target = tmp_path / "out.json"
    res = run("-f", "json", "-o", str(target), str(f))
    assert res.returncode == 0 and res.stdout == b""
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 50
    assert leftovers(tmp_path) == []


def test_output_written_even_when_some_inputs_fail(tmp_path: Path) -> None:
    """-o with one unreadable input: exit 1, and the file holds the other documents."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    res = run("-f", "jsonl", "-o", str(target), str(tmp_path / "missing.txt"), str(good))
    assert res.returncode == 1
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == str(good)


def test_output_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    """-o into a missing folder: a one-line error naming the target, no traceback."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    res = run("-o", str(tmp_path / "nope" / "out.json"), str(good))
    assert res.returncode in (1, 2)
    assert b"Traceback" not in res.stderr
    assert b"out.json" in res.stderr


def test_output_onto_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    """-o naming an existing folder: a one-line error, no traceback, the folder untouched."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    res = run("-o", str(tmp_path), str(good))
    assert res.returncode in (1, 2)
    assert b"Traceback" not in res.stderr


# ---------------------------------------------------------------------------
# Usage errors
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["--no-such-option"],
    ["-f", "xml"],
    ["--decode-errors", "bogus"],
    ["--min-confidence", "high"],
    ["--jobs", "many"],
    ["--text-field"],
    ["-o"],
], ids=lambda a: " ".join(a))
def test_usage_errors_exit_2(args: list[str]) -> None:
    """Bad options exit with status 2 and a usage message, no traceback."""
    res = run(*args, stdin=GOOD.encode())
    assert res.returncode == 2
    assert b"usage:" in res.stderr and b"Traceback" not in res.stderr


def test_unknown_encoding_is_a_usage_error() -> None:
    """--encoding with an unknown codec exits 2 and names the codec."""
    res = run("--encoding", "no-such-codec", stdin=GOOD.encode())
    assert res.returncode == 2
    assert b"no-such-codec" in res.stderr


@pytest.mark.parametrize("jobs", ["0", "-5"])
def test_bad_jobs_count_is_a_usage_error(jobs: str) -> None:
    """--jobs 0 or a negative count other than -1 exits 2 without a traceback."""
    res = run("--jobs", jobs, stdin=GOOD.encode())
    assert res.returncode == 2
    assert b"Traceback" not in res.stderr


def test_help_and_version_exit_0() -> None:
    """--help and --version exit 0."""
    assert run("--help").returncode == 0
    assert run("--version").returncode == 0


# ---------------------------------------------------------------------------
# Output formats stay valid for any text
# ---------------------------------------------------------------------------

TRICKY = [
    "“a, b, and c,” Ann Lee said, \"and \"\"d\"\"\", she added.",
    "“one\ntwo\r\nthree\rfour,” Ann Lee said.",
    "“She said \"hi\", then ‘bye’,” Mr. Roe added.\n\n“Next, please,” he said.",
    "“=SUM(A1:A9),” Ann Lee said. “+1,” she added. “-cmd|' /C calc'!A0,” he wrote.",
    "“\x00\x1b[31m red \x7f,” Ann Lee said.",
    "“Tabs\tand\u2028separators\u2029,” Ann Lee said.",
]


def _in_process(tmp: Path, texts: list[str], fmt: str,
                capsys: pytest.CaptureFixture[str] | None = None) -> tuple[int, str]:
    """Run main() on ``texts`` as one JSONL file; return (exit code, output file text)."""
    corpus = tmp / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                              for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp / f"out.{fmt}"
    code = main([str(corpus), "-f", fmt, "-o", str(out)])
    return code, out.read_text(encoding="utf-8")


def test_csv_is_parseable_with_commas_quotes_and_newlines(tmp_path: Path) -> None:
    """--format csv parses back with csv.reader: one row per quote, texts intact."""
    code, data = _in_process(tmp_path, TRICKY, "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(data, newline="")))
    header, body = rows[0], rows[1:]
    assert header[0] == "id" and header[-1] == "text"
    assert all(len(r) == len(header) for r in body)
    from quoteattr import attribute

    expected = [(str(i), r["text"]) for i, t in enumerate(TRICKY) for r in attribute(t).records()]
    assert [(r[0], r[-1]) for r in body] == expected


def test_csv_from_stdout_is_parseable() -> None:
    """--format csv on stdout (a subprocess pipe) parses back with csv.reader."""
    text = "“one, \"two\"\nthree\r\nfour,” Ann Lee said.\n\n“Five,” she said."
    res = run("-f", "csv", stdin=text.encode())
    assert res.returncode == 0
    rows = list(csv.reader(io.StringIO(res.stdout.decode(), newline="")))
    from quoteattr import attribute

    assert [r[-1] for r in rows[1:]] == [r["text"] for r in attribute(text).records()]
    assert all(len(r) == len(rows[0]) for r in rows)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_output_for_tricky_texts(tmp_path: Path, fmt: str) -> None:
    """JSON and JSONL output load back and keep every quote's text exactly."""
    code, data = _in_process(tmp_path, TRICKY, fmt)
    assert code == 0
    # JSON lines end with "\n" only: str.splitlines() would also split at U+2028.
    docs = json.loads(data) if fmt == "json" else [json.loads(x) for x in data.split("\n")[:-1]]
    assert [d["id"] for d in docs] == list(range(len(TRICKY)))
    for d, text in zip(docs, TRICKY, strict=True):
        for r in d["quotes"]:
            assert text[r["start"]:r["end"]] == r["text"]


def test_html_output_escapes(tmp_path: Path) -> None:
    """--format html escapes markup in texts and ids: no script element, no handler."""
    texts = ["“<script>alert(1)</script>,” Ann Lee said. <img src=x onerror=alert(1)>",
             "“</div><b>bold</b>,” she said."]
    code, page = _in_process(tmp_path, texts, "html")
    assert code == 0
    check_html(page)
    assert "&lt;script&gt;" in page


def test_html_output_of_one_file_escapes_its_name(tmp_path: Path) -> None:
    """The file name, used as the page title, is escaped too."""
    f = tmp_path / "<script>x.txt"
    f.write_text("“<b>,” Ann Lee said.", encoding="utf-8")
    res = run("-f", "html", str(f))
    assert res.returncode == 0
    check_html(res.stdout.decode())


CLI_PROPERTY = settings(max_examples=40, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow,
                                               HealthCheck.function_scoped_fixture])
# Lone surrogates are left out here: see test_jsonl_with_lone_surrogate_escape_does_not_crash.
no_surrogates = any_text.filter(lambda t: not any("\ud800" <= c <= "\udfff" for c in t))


@CLI_PROPERTY
@given(st.lists(no_surrogates, min_size=1, max_size=4))
def test_every_format_valid_for_any_text(texts: list[str]) -> None:
    """For generated texts, JSON/JSONL load, CSV parses with one row per quote, HTML escapes."""
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        from quoteattr import attribute

        n_quotes = [len(attribute(t).quotes) for t in texts]
        code, data = _in_process(tmp, texts, "json")
        assert code == 0
        assert [len(doc["quotes"]) for doc in json.loads(data)] == n_quotes
        code, data = _in_process(tmp, texts, "jsonl")
        lines = data.split("\n")
        assert lines[-1] == ""
        assert [json.loads(x)["id"] for x in lines[:-1]] == list(range(len(texts)))
        code, data = _in_process(tmp, texts, "csv")
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert len(rows) == 1 + sum(n_quotes)
        code, data = _in_process(tmp, texts, "html")
        check_html(data)
        assert leftovers(tmp) == []


# ---------------------------------------------------------------------------
# Progress, empty folders, renamed options, a file named "evaluate", the help
# ---------------------------------------------------------------------------


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def three_files(tmp_path: Path) -> Path:
    """A folder of three text files."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("with_tqdm", [True, False], ids=["tqdm", "no tqdm"])
def test_progress_bar_knows_the_number_of_files(three_files: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                with_tqdm: bool) -> None:
    """On a terminal, a folder's progress bar counts out of the number of files (so it can
    show the time left), with tqdm or, when tqdm is not installed, without it; an error
    line is printed whole above the bar."""
    if with_tqdm:
        pytest.importorskip("tqdm")
    else:
        monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    out = tmp_path / "out.jsonl"
    code = main([str(three_files), str(tmp_path / "missing.txt"), "-f", "jsonl", "-o", str(out)])
    assert code == 1 and len(out.read_text(encoding="utf-8").splitlines()) == 3
    pieces = err.getvalue().replace("\r", "\n").split("\n")
    assert any("0/4" in p for p in pieces), pieces
    assert any(p.startswith("quoteattr: ") and p.endswith("No such file or directory")
               for p in pieces), pieces


def test_no_progress_bar_when_stderr_is_not_a_terminal(three_files: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """With stderr redirected (a log), nothing but errors is written to it."""
    assert main([str(three_files), "-o", str(tmp_path / "out.txt")]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("fmt,expected", [("text", ""), ("json", "[]\n"), ("jsonl", "")])
def test_empty_folder_is_reported_and_exits_1(tmp_path: Path, fmt: str, expected: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with no *.txt file: one line on stderr naming it, exit 1 (an input that gave
    no document), and an empty output (an empty JSON array for -f json)."""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not text\n", encoding="utf-8")
    assert main([str(empty), "-f", fmt]) == 1
    cap = capsys.readouterr()
    assert cap.err == f"quoteattr: {empty}: no *.txt files in this folder\n"
    assert cap.out == expected


def test_empty_folder_beside_others_still_writes_them(tmp_path: Path, three_files: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """An empty folder among other inputs: the others are still processed, exit 1."""
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty), str(three_files), "-f", "jsonl"]) == 1
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_old_errors_spelling_still_works_and_says_it_is_deprecated(tmp_path: Path) -> None:
    """quoteattr --errors X is --decode-errors X, with a deprecation note on stderr."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(GOOD.encode() + b"\xff\n")
    new = run("-f", "jsonl", "--decode-errors", "replace", str(bad))
    old = run("-f", "jsonl", "--errors", "replace", str(bad))
    assert old.returncode == new.returncode == 0 and old.stdout == new.stdout
    assert new.stderr == b""
    assert b"--errors is deprecated" in old.stderr and b"--decode-errors" in old.stderr
    assert b"--errors" not in run("--help").stdout.replace(b"--decode-errors", b"")


def test_evaluate_old_errors_spelling_still_works() -> None:
    """quoteattr evaluate --errors N is --show-errors N, with a deprecation note on stderr."""
    gold = str(ROOT / "tests" / "data" / "eval_gold.jsonl")
    new = run("evaluate", gold, "--show-errors", "0")
    old = run("evaluate", gold, "--errors", "0")
    assert old.returncode == new.returncode == 0 and old.stdout == new.stdout
    assert b"showing" not in new.stdout
    assert b"--errors is deprecated" in old.stderr and b"--show-errors" in old.stderr


def test_file_named_evaluate_after_double_dash(tmp_path: Path) -> None:
    """``quoteattr -- evaluate`` reads a file named evaluate instead of running the
    evaluate command."""
    (tmp_path / "evaluate").write_text(GOOD, encoding="utf-8")
    res = run("-f", "jsonl", "--", "evaluate", cwd=tmp_path)
    assert res.returncode == 0, res.stderr.decode()
    assert json.loads(res.stdout)["id"] == "evaluate"


def _block_after(marker: str) -> str:
    """The indented code block that follows ``marker`` in docs/cli.rst, dedented."""
    lines = (ROOT / "docs" / "cli.rst").read_text(encoding="utf-8").splitlines()
    i = next(n for n, line in enumerate(lines) if marker in line)
    while not lines[i].startswith(".. code-block::"):
        i += 1
    block = []
    for line in lines[i + 1:]:
        if line and not line.startswith("   "):
            break
        block.append(line[3:])
    return "\n".join(block).strip("\n") + "\n"


@pytest.mark.skipif(sys.version_info >= (3, 13),
                    reason="argparse lays out option names differently from Python 3.13")
@pytest.mark.parametrize("command", [["--help"], ["evaluate", "--help"]], ids=" ".join)
def test_docs_show_the_help_as_printed(command: list[str]) -> None:
    """docs/cli.rst shows exactly what --help prints (in an 80-column terminal)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "80"}
    res = subprocess.run([sys.executable, "-m", "quoteattr", *command], capture_output=True,
                         env=env, timeout=120, check=True)
    marker = "``quoteattr evaluate --help`` prints" if command[0] == "evaluate" \
        else "``quoteattr --help`` prints"
    printed = res.stdout.decode().replace("usage: __main__.py", "usage: quoteattr")
    assert _block_after(marker) == printed

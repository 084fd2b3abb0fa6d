"""The grader reads what the student's kernel wrote as hostile input: plain_data.load keeps
its bounds (regular files only, sizes, depth, no pickle) and checks.verdict turns every
forged, oversized or slow-to-judge result into a named failing Verdict, never an exception.
"""

from __future__ import annotations

import dataclasses
import io
import os
import signal
import struct
import threading
import time
import zipfile

import numpy as np
import pytest

from autograder import checks
from autograder.checks import draw_cases, load_checks, reference_function, run_cases, verdict
from autograder.misconceptions import load_catalog
from dlbasics import grading, plain_data

NOTEBOOK = "01_initialization"


def _load_without_blocking(stem, seconds: float = 5.0):
    """``plain_data.load(stem)`` in a daemon thread; fails the test if it does not return."""
    outcome = {}

    def target():
        try:
            outcome["value"] = plain_data.load(stem)
        except BaseException as err:  # handed to the test below
            outcome["error"] = err

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"plain_data.load({stem}) blocked"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _write_json(stem, text: str) -> None:
    stem.with_suffix(".json").write_text(text)


def _npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=True)
    return buffer.getvalue()


def _write_zip(path, members: dict, compression=zipfile.ZIP_STORED) -> None:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@pytest.fixture
def honest(tmp_path):
    """The stem of an honest save() of a small nested value."""
    stem = tmp_path / "v"
    plain_data.save(stem, {"W": np.arange(6.0).reshape(2, 3), "b": [np.zeros(2), 1.5]})
    return stem


# --- files that are not regular files ---------------------------------------------------

@pytest.mark.parametrize("suffix", [".json", ".npz"])
def test_a_fifo_is_refused_without_blocking(honest, suffix):
    path = honest.with_suffix(suffix)
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(plain_data.UnsafeFile, match="not a regular file"):
        _load_without_blocking(honest)


@pytest.mark.parametrize("suffix", [".json", ".npz"])
def test_a_symbolic_link_is_refused_even_to_an_honest_file(honest, tmp_path, suffix):
    path = honest.with_suffix(suffix)
    target = tmp_path / f"real{suffix}"
    path.rename(target)
    path.symlink_to(target)
    with pytest.raises(plain_data.UnsafeFile, match="regular file"):
        _load_without_blocking(honest)


def test_a_link_to_a_device_is_refused(honest):
    path = honest.with_suffix(".npz")
    path.unlink()
    path.symlink_to("/dev/zero")
    with pytest.raises(plain_data.UnsafeFile):
        _load_without_blocking(honest)


@pytest.mark.parametrize("suffix", [".json", ".npz"])
def test_a_directory_is_refused(honest, suffix):
    path = honest.with_suffix(suffix)
    path.unlink()
    path.mkdir()
    with pytest.raises(plain_data.UnsafeFile, match="not a regular file"):
        _load_without_blocking(honest)


def test_a_missing_file_is_still_file_not_found(honest):
    honest.with_suffix(".npz").unlink()
    with pytest.raises(FileNotFoundError):
        plain_data.load(honest)


# --- the JSON tree ------------------------------------------------------------------------

def test_an_oversized_json_is_refused_before_it_is_read(honest):
    with open(honest.with_suffix(".json"), "r+b") as file:
        file.truncate(4 * 2**30)  # sparse: reading it would take seconds and 4 GiB
    started = time.monotonic()
    with pytest.raises(plain_data.UnsafeFile, match="more than the"):
        _load_without_blocking(honest)
    assert time.monotonic() - started < 1


def test_the_json_bound_is_a_parameter(honest):
    size = honest.with_suffix(".json").stat().st_size
    assert plain_data.load(honest, max_json_bytes=size)["b"][1] == 1.5
    with pytest.raises(plain_data.UnsafeFile):
        plain_data.load(honest, max_json_bytes=size - 1)


@pytest.mark.parametrize("depth", [plain_data.MAX_DEPTH + 1, 100_000])
def test_too_deep_json_is_refused(honest, depth):
    _write_json(honest, '{"list": [' * depth + "]}" * depth)
    with pytest.raises(plain_data.UnsafeFile, match="nested"):
        plain_data.load(honest)


def test_nesting_up_to_the_bound_round_trips_and_deeper_cannot_be_saved(tmp_path):
    value = np.arange(3)
    for _ in range(plain_data.MAX_DEPTH):
        value = [value]
    plain_data.save(tmp_path / "deep", value)
    back = plain_data.load(tmp_path / "deep")
    for _ in range(plain_data.MAX_DEPTH):
        assert isinstance(back, list) and len(back) == 1
        back = back[0]
    assert np.array_equal(back, np.arange(3))
    with pytest.raises(plain_data.UnsupportedValue, match="nested"):
        plain_data.round_trip([value])


@pytest.mark.parametrize("tree", [
    b'{"array": "a7"}',                      # names an array the npz lacks
    b'{"list": [{"array": "a0"}, {"array": "a0"}]}',  # the same array twice
    b'{"array": "a0", "list": []}',          # two tags
    b'{"set": [1, 2]}',                      # unknown tag
    b'{"list": {"a": 1}}',                   # wrong content type
    b'{"dict": [1, 2]}',
    b'{"float": "1.5"}',                     # a float node holds only nan, inf or -inf
    b'{"float": 1.5}',
    b'{"float": []}',
    b'{"array": 0}',
    b"[1, 2]",                               # a bare JSON list
    b"NaN",
    b"1e999",
    b"12345678901234567890" * 300,           # more digits than Python converts
    b'{"list": [',                           # not JSON
    b'"\xff"',                               # not UTF-8
])
def test_trees_that_encode_never_writes_are_refused(tmp_path, tree):
    stem = tmp_path / "v"
    np.savez(stem.with_suffix(".npz"), a0=np.arange(3))
    stem.with_suffix(".json").write_bytes(tree)
    with pytest.raises(plain_data.UnsafeFile):
        plain_data.load(stem)


# --- the .npz of arrays -------------------------------------------------------------------

def test_an_npz_larger_on_disk_than_its_bounds_allow_is_refused_unread(honest):
    with open(honest.with_suffix(".npz"), "r+b") as file:
        file.truncate(4 * 2**30)  # sparse
    started = time.monotonic()
    with pytest.raises(plain_data.UnsafeFile, match="bytes"):
        _load_without_blocking(honest)
    assert time.monotonic() - started < 1


def test_an_npz_with_too_many_arrays_is_refused(tmp_path):
    stem = tmp_path / "v"
    plain_data.save(stem, [np.zeros(1)] * 11)
    assert len(plain_data.load(stem, max_arrays=11)) == 11
    with pytest.raises(plain_data.UnsafeFile, match="arrays"):
        plain_data.load(stem, max_arrays=10)


def test_an_end_record_that_understates_the_member_count_is_caught(tmp_path):
    stem = tmp_path / "v"
    plain_data.save(stem, [np.zeros(1)] * 11)
    npz = stem.with_suffix(".npz")
    data = bytearray(npz.read_bytes())
    struct.pack_into("<2H", data, len(data) - 22 + 8, 1, 1)  # "one entry"
    npz.write_bytes(bytes(data))
    with pytest.raises(plain_data.UnsafeFile, match="11 arrays"):
        plain_data.load(stem, max_arrays=10)


def test_an_npz_whose_declared_size_exceeds_the_bound_is_refused(tmp_path):
    stem = tmp_path / "v"
    _write_json(stem, '{"array": "a0"}')
    _write_zip(stem.with_suffix(".npz"), {"a0.npy": _npy_bytes(np.zeros(2**18))},
               compression=zipfile.ZIP_DEFLATED)
    assert stem.with_suffix(".npz").stat().st_size < 10_000  # 2 MiB once decompressed
    assert plain_data.load(stem, max_bytes=2**22).shape == (2**18,)
    with pytest.raises(plain_data.UnsafeFile, match="declares"):
        plain_data.load(stem, max_bytes=2**20)


def test_an_npy_header_that_overstates_its_shape_is_refused_before_allocating(tmp_path):
    stem = tmp_path / "v"
    _write_json(stem, '{"array": "a0"}')
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        buffer, {"descr": "<f8", "fortran_order": False, "shape": (10**12,)})
    _write_zip(stem.with_suffix(".npz"), {"a0.npy": buffer.getvalue() + bytes(32)})
    with pytest.raises(plain_data.UnsafeFile, match="shape|bytes"):
        plain_data.load(stem)


@pytest.mark.parametrize("array", [np.array([{"a": 1}], dtype=object),
                                   np.zeros(2, dtype=[("x", "f8"), ("o", object)])])
def test_arrays_of_python_objects_are_never_unpickled(tmp_path, array):
    stem = tmp_path / "v"
    _write_json(stem, '{"array": "a0"}')
    _write_zip(stem.with_suffix(".npz"), {"a0.npy": _npy_bytes(array)})
    with pytest.raises(plain_data.UnsafeFile, match="pickle"):
        plain_data.load(stem)


@pytest.mark.parametrize("members", [
    {"a0.txt": b"hello"},                    # not an .npy
    {"a0.npy": b"not an npy file at all"},
    {"a0.npy": _npy_bytes(np.zeros(2)).replace(b"(2,), }", b"((2,), ")},  # numpy: TokenError
    {"a0.npy": _npy_bytes(np.zeros(2)).replace(b"\x01\x00", b"\x03\x00", 1)},  # format 3.0
    {"dir/a0.npy": _npy_bytes(np.zeros(2))},
])
def test_members_that_are_not_plain_npy_files_are_refused(tmp_path, members):
    stem = tmp_path / "v"
    _write_json(stem, "null")
    _write_zip(stem.with_suffix(".npz"), members)
    with pytest.raises(plain_data.UnsafeFile):
        plain_data.load(stem)


@pytest.mark.parametrize("forge", [
    lambda data: b"garbage" * 10,            # not a zip
    lambda data: data + b"trailing",         # an end record that is not at the end
    lambda data: data[:-2] + b"\x03\x00abc",  # a zip comment
    lambda data: data[:40] + data[-22:],     # truncated members
])
def test_npz_files_that_save_never_writes_are_refused(honest, forge):
    npz = honest.with_suffix(".npz")
    npz.write_bytes(forge(npz.read_bytes()))
    with pytest.raises(plain_data.UnsafeFile):
        plain_data.load(honest)


def test_honest_values_still_round_trip(tmp_path):
    value = {"a": np.arange(6).reshape(2, 3), "f": np.asfortranarray(np.ones((3, 2))),
             "nan": np.float64("nan"), "inf": float("-inf"), "empty": [], "none": None,
             "t": (np.float32(2.5), "s", True, 10**30), "z": np.zeros((0, 3))}
    plain_data.save(tmp_path / "v", value)
    back = plain_data.load(tmp_path / "v")
    assert back["f"].flags.f_contiguous and np.array_equal(back["f"], value["f"])
    assert np.isnan(back["nan"]) and back["inf"] == float("-inf")
    assert back["t"][1:] == ("s", True, 10**30) and back["z"].shape == (0, 3)
    plain_data.save(tmp_path / "nothing", None)
    assert plain_data.load(tmp_path / "nothing") is None


# --- verdict ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def he():
    """(check, cases, reference) for initialize_parameters_he of assignment 01."""
    check = load_checks(NOTEBOOK)["test_initialize_parameters_he"]
    return check, draw_cases(check, 0), reference_function(NOTEBOOK, check.function)


def _failed(result) -> str:
    assert isinstance(result, checks.Verdict) and not result.passed and result.message
    return result.message


def test_honest_results_still_pass(he):
    check, cases, reference = he
    assert verdict(NOTEBOOK, check, cases, run_cases(reference, cases)).passed


@pytest.mark.parametrize("results", [
    [{"value": {}}],                                       # wrong length
    [1, 2], {"x": 1}, "unreadable (UnsafeFile)", 7,
    [{"error": {}}] * 5,
    [{"error": "boom"}] * 5,
    [{"error": {"type": 1, "message": "m", "where": ""}}] * 5,
    [{"error": {"type": "E", "message": "m"}}] * 5,
    [{"error": {"type": "E", "message": "m", "where": "", "more": ""}}] * 5,
    [{"value": {}, "extra": 1}] * 5,
    [{"value": {}, "error": {}}] * 5,
    [{"value": {}}] * 5,                                   # no kinds, no inputs
    [{"value": {}, "kinds": "Tensor?", "inputs": {}}] * 5,  # a kind the kernel never writes
    [{"value": {}, "kinds": {"W1": 3}, "inputs": {}}] * 5,
    [{"value": {}, "kinds": {}, "inputs": [1]}] * 5,       # inputs that are not a dict
    [{}] * 5,
    [None] * 5,
])
def test_forged_results_fail_with_a_message(he, results):
    check, cases, reference = he
    assert len(cases) == 5
    assert "not written by the grading code" in _failed(verdict(NOTEBOOK, check, cases,
                                                                results))


def _records(values, cases):
    """Well-formed records of ``values``, as the kernel writes them."""
    return [{"value": value, "kinds": grading.kinds(value), "inputs": case.args}
            for value, case in zip(values, cases)]


@pytest.mark.parametrize("value", [{}, 1, "x", None, [1, 2], {"W1": "x"},
                                   {"W1": np.zeros((2, 2)), "b1": 0}])
def test_values_of_the_wrong_form_fail_with_a_message(he, value):
    check, cases, reference = he
    _failed(verdict(NOTEBOOK, check, cases, _records([value] * len(cases), cases)))


def test_absurdly_long_error_messages_are_clipped(he):
    check, cases, reference = he
    error = {"type": "E" * 10**6, "message": "m" * 10**6, "where": "w" * 10**6}
    message = _failed(verdict(NOTEBOOK, check, cases, [{"error": error}] * len(cases)))
    assert len(message) < 3000


def test_judge_errors_never_show_reference_values(he):
    check, cases, reference = he

    def leaky_judge(cases, got, want):
        raise ValueError(f"secret {want[0]['W1'][0, 0]!r}")

    leaky = dataclasses.replace(check, judge=leaky_judge)
    message = _failed(verdict(NOTEBOOK, leaky, cases, run_cases(reference, cases)))
    assert "secret" not in message and "ValueError" in message


def test_far_larger_values_than_the_reference_are_not_judged():
    check = load_checks(NOTEBOOK)["test_initialize_parameters_zeros"]
    cases = draw_cases(check, 0)
    reference = reference_function(NOTEBOOK, check.function)
    results = run_cases(reference, cases)
    results[0] = _records([{"W1": np.zeros(2**18), "b1": np.zeros(1)}], cases)[0]  # 2 MiB
    assert "far more" in _failed(verdict(NOTEBOOK, check, cases, results))


def _sleeping(check, seconds: float):
    def judge(cases, got, want):
        try:
            time.sleep(seconds)
        except Exception:  # a judge's own handler must not swallow the time-out
            pass

    return dataclasses.replace(check, judge=judge)


def test_a_judge_that_takes_too_long_gives_the_time_out_verdict(he, monkeypatch):
    check, cases, reference = he
    monkeypatch.setattr(checks, "JUDGE_SECONDS", 1)
    handler = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    message = _failed(verdict(NOTEBOOK, _sleeping(check, 10), cases,
                              run_cases(reference, cases)))
    assert "took too long to judge" in message
    assert time.monotonic() - started < 5
    assert signal.getsignal(signal.SIGALRM) is handler
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_running_timer_resumes_after_judging(he):
    check, cases, reference = he
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        assert verdict(NOTEBOOK, check, cases, run_cases(reference, cases)).passed
        assert 90 < signal.getitimer(signal.ITIMER_REAL)[0] <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_outside_the_main_thread_judging_has_no_time_limit(he, monkeypatch):
    check, cases, reference = he
    monkeypatch.setattr(checks, "JUDGE_SECONDS", 0.1)
    results = run_cases(reference, cases)
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(
        verdict(NOTEBOOK, _sleeping(check, 0.3), cases, results)))
    thread.start()
    thread.join(10)
    assert outcome and outcome[0].passed


def test_a_diagnosis_that_takes_too_long_leaves_the_failure_unnamed(he, monkeypatch):
    """Naming the mistake has its own time limit; past it the failure stands, unnamed."""
    check, cases, reference = he
    entry = next(m for m in load_catalog(NOTEBOOK) if m.name == "he_uses_xavier_scale")
    results = run_cases(entry.build(), cases)
    assert verdict(NOTEBOOK, check, cases, results).misconception == entry.name
    monkeypatch.setattr(checks, "DIAGNOSIS_SECONDS", 0.5)
    monkeypatch.setattr(checks, "_diagnose", lambda *args: time.sleep(10))
    started = time.monotonic()
    result = verdict(NOTEBOOK, check, cases, results)
    assert not result.passed and result.misconception is None
    assert "standard deviation" in result.message and time.monotonic() - started < 5

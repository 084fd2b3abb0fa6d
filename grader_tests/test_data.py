"""The MNIST loader, on small synthetic IDX files made here (and once on the real files)."""

from __future__ import annotations

import gzip
import hashlib
import io
import urllib.error

import numpy as np
import pytest

from dlbasics import data

M_TRAIN, M_TEST = 200, 50


def _idx(array: np.ndarray) -> bytes:
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(
        int(n).to_bytes(4, "big") for n in array.shape)
    return header + array.astype(np.uint8).tobytes()


@pytest.fixture
def fake_mnist(tmp_path, monkeypatch):
    """A folder of four small IDX files (images gzipped, labels not) with their checksums."""
    rng = np.random.default_rng(0)
    contents = {}
    for split, m in (("train", M_TRAIN), ("t10k", M_TEST)):
        labels = np.arange(m) % 10  # balanced classes
        images = rng.integers(0, 256, size=(m, 28, 28))
        images[:, 0, 0] = labels  # so a test can tell which image goes with which label
        contents[f"{split}-images-idx3-ubyte"] = _idx(images)
        contents[f"{split}-labels-idx1-ubyte"] = _idx(labels)
    folder = tmp_path / "mnist"
    folder.mkdir()
    for name, raw in contents.items():
        monkeypatch.setitem(data.FILES, name, hashlib.sha256(raw).hexdigest())
        if "images" in name:
            (folder / f"{name}.gz").write_bytes(gzip.compress(raw))
        else:
            (folder / name).write_bytes(raw)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(data.ENV_VAR, raising=False)
    data._verified_idx.cache_clear()
    yield folder, contents
    data._verified_idx.cache_clear()


def test_column_layout(fake_mnist):
    X, Y = data.load_mnist("train", data_dir=fake_mnist[0])
    assert X.shape == (784, M_TRAIN) and Y.shape == (10, M_TRAIN)
    assert X.dtype == np.float32 and 0 <= X.min() and X.max() <= 1
    assert np.array_equal(Y.sum(axis=0), np.ones(M_TRAIN))
    assert np.array_equal(np.round(X[0] * 255), np.argmax(Y, axis=0))  # pairs intact


def test_row_layout_with_integer_labels(fake_mnist, monkeypatch):
    monkeypatch.setenv(data.ENV_VAR, str(fake_mnist[0]))
    X, y = data.load_mnist("test", layout="rows", one_hot=False, dtype=np.float64)
    assert X.shape == (M_TEST, 784) and X.dtype == np.float64
    assert y.shape == (M_TEST,) and y.dtype == np.int64
    assert np.array_equal(np.round(X[:, 0] * 255), y)


def test_stratified_seeded_subset(fake_mnist):
    folder = fake_mnist[0]
    X, Y = data.load_mnist("train", n=50, seed=1, data_dir=folder)
    assert X.shape == (784, 50)
    assert np.array_equal(Y.sum(axis=1), np.full(10, 5))  # 5 of each class, like the whole
    X_again, _ = data.load_mnist("train", n=50, seed=1, data_dir=folder)
    X_other, _ = data.load_mnist("train", n=50, seed=2, data_dir=folder)
    assert np.array_equal(X, X_again) and not np.array_equal(X, X_other)


def test_stratified_indices_hand_out_the_remainder():
    labels = np.array([0] * 7 + [1] * 3)
    chosen = data.stratified_indices(labels, 5, seed=0)
    assert len(set(chosen)) == 5 and np.sum(labels[chosen] == 0) == 4  # 3.5 -> 4, 1.5 -> 1
    with pytest.raises(ValueError, match="between 1 and 10"):
        data.stratified_indices(labels, 11)


def test_corrupted_file_is_rejected_by_checksum(fake_mnist):
    folder, contents = fake_mnist
    raw = bytearray(contents["train-labels-idx1-ubyte"])
    raw[-1] ^= 0xFF
    (folder / "train-labels-idx1-ubyte").write_bytes(bytes(raw))
    with pytest.raises(data.MnistChecksumError, match="train-labels-idx1-ubyte.*delete it"):
        data.load_mnist("train", data_dir=folder)


def test_truncated_gzip_is_rejected(fake_mnist):
    folder, _ = fake_mnist
    path = folder / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(data.MnistChecksumError, match="could not be read"):
        data.load_mnist("test", data_dir=folder)


def test_folder_missing_a_file_names_it(fake_mnist, monkeypatch):
    folder, _ = fake_mnist
    (folder / "t10k-labels-idx1-ubyte").unlink()
    monkeypatch.setenv(data.ENV_VAR, str(folder))
    with pytest.raises(data.MnistNotFoundError, match="Missing: t10k-labels-idx1-ubyte"):
        data.load_mnist("test")


def test_offline_error_names_the_variable_and_the_four_files(fake_mnist):
    with pytest.raises(data.MnistNotFoundError) as error:
        data.load_mnist("train", download=False)
    message = str(error.value)
    assert data.ENV_VAR in message
    assert all(f"{name}.gz" in message for name in data.FILES)


class _Response(io.BytesIO):
    headers = {"Content-Length": "0"}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_download_verifies_and_writes_atomically(fake_mnist, monkeypatch):
    _, contents = fake_mnist
    requested = []

    def fake_urlopen(url, timeout):
        requested.append(url)
        name = url.rsplit("/", 1)[1].removesuffix(".gz")
        if url.startswith(data.MIRRORS[0]) and "labels" in name:
            return _Response(gzip.compress(b"corrupted"))  # first mirror serves bad labels
        return _Response(gzip.compress(contents[name]))

    monkeypatch.setattr(data.urllib.request, "urlopen", fake_urlopen)
    X, Y = data.load_mnist("train")
    assert X.shape == (784, M_TRAIN)
    cache = data.cache_dir()
    assert sorted(p.name for p in cache.iterdir()) == sorted(f"{n}.gz" for n in data.FILES)
    assert any(url.startswith(data.MIRRORS[1]) for url in requested)  # fell back


def test_failed_download_says_how_to_work_offline(fake_mnist, monkeypatch):
    def offline(url, timeout):
        raise urllib.error.URLError("no network")

    monkeypatch.setattr(data.urllib.request, "urlopen", offline)
    with pytest.raises(data.MnistNotFoundError, match=data.ENV_VAR):
        data.load_mnist("train")
    assert not list(data.cache_dir().glob("*.part")) and not list(data.cache_dir().glob(".*"))


def test_parse_idx_rejects_a_bad_header():
    with pytest.raises(ValueError, match="magic"):
        data.parse_idx(b"\x00\x00\x0d\x01" + bytes(8))
    with pytest.raises(ValueError, match="holds"):
        data.parse_idx(_idx(np.zeros((4, 2)))[:-1])


def test_real_mnist(mnist_dir):
    X, Y = data.load_mnist("train", layout="rows", one_hot=False, data_dir=mnist_dir)
    X_test, Y_test = data.load_mnist("test", data_dir=mnist_dir)
    assert X.shape == (60_000, 784) and Y.shape == (60_000,)
    assert X_test.shape == (784, 10_000) and Y_test.shape == (10, 10_000)
    assert np.bincount(Y).min() > 5_000

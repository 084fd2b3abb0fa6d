"""MNIST for the workbook: find it, verify it, read it, lay it out.

Where the files come from, in order:
  1. the ``data_dir`` argument of :func:`load_mnist`;
  2. the folder named by the environment variable ``DLBASICS_MNIST_DIR``;
  3. the per-user cache (``$XDG_CACHE_HOME/dlbasics/mnist``, default ``~/.cache/dlbasics/mnist``),
     downloaded there on first use with a progress bar, checksum verification and an atomic
     write.

A folder holds the four original IDX files, gzipped (``*.gz``) or not.  Every file is verified
by the SHA-256 of its *decompressed* content, so a re-compressed copy is accepted and a
truncated or corrupted one is rejected with the file's name.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import tempfile
import urllib.request
from pathlib import Path

import numpy as np

ENV_VAR = "DLBASICS_MNIST_DIR"

#: file name -> SHA-256 of the decompressed IDX content
FILES = {
    "train-images-idx3-ubyte": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
SPLITS = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
NUM_CLASSES = 10


class MnistNotFoundError(FileNotFoundError):
    """MNIST is neither in a given folder nor in the cache, and could not be downloaded."""


class MnistChecksumError(ValueError):
    """A local or downloaded MNIST file does not have the expected content."""


def _not_found_message(where: str, detail: str = "") -> str:
    names = ", ".join(f"{name}.gz" for name in FILES)
    return (
        f"MNIST was not found {where}.{(' ' + detail) if detail else ''}\n"
        f"Fix: put the four files ({names}) in a folder and point the environment variable "
        f"{ENV_VAR} at it (for example `export {ENV_VAR}=/path/to/mnist`), or pass "
        f"data_dir=... to load_mnist, or connect to the internet once so they can be downloaded "
        f"to {cache_dir()}."
    )


def cache_dir() -> Path:
    """The per-user download cache: ``$XDG_CACHE_HOME/dlbasics/mnist``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dlbasics" / "mnist"


def _find_file(folder: Path, name: str) -> Path | None:
    for candidate in (folder / f"{name}.gz", folder / name):
        if candidate.is_file():
            return candidate
    return None


def _read_bytes(path: Path) -> bytes:
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as f:
                return f.read()
        return path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        raise MnistChecksumError(
            f"{path} could not be read ({err}). Delete it and load again, or replace it with "
            f"a good copy."
        ) from err


@functools.lru_cache(maxsize=None)
def _verified_idx(path: Path) -> np.ndarray:
    """Read one IDX file after checking the SHA-256 of its decompressed content."""
    raw = _read_bytes(path)
    name = path.name.removesuffix(".gz")
    digest = hashlib.sha256(raw).hexdigest()
    if digest != FILES[name]:
        raise MnistChecksumError(
            f"{path} does not have the expected content (SHA-256 {digest[:12]}..., expected "
            f"{FILES[name][:12]}...). The file is corrupted or is not {name}: delete it and "
            f"load again, or replace it with a good copy."
        )
    return parse_idx(raw)


def parse_idx(raw: bytes) -> np.ndarray:
    """Parse the bytes of an (unsigned byte) IDX file into an array.

    Inputs: raw -- the whole decompressed file.
    Returns: uint8 array whose shape is given by the file header, e.g. (60000, 28, 28).
    """
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise ValueError("not an unsigned-byte IDX file (bad magic number)")
    ndim = raw[3]
    header_end = 4 + 4 * ndim
    shape = tuple(int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    data = np.frombuffer(raw, dtype=np.uint8, offset=header_end)
    if data.size != int(np.prod(shape)):
        raise ValueError(f"IDX header says {shape} but the file holds {data.size} values")
    return data.reshape(shape)


def _download(name: str, folder: Path) -> Path:
    """Download ``name.gz`` into ``folder``; verify before the atomic rename into place."""
    from tqdm.auto import tqdm

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.gz"
    errors = []
    for mirror in MIRRORS:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
        tmp = Path(tmp_name)
        try:
            with urllib.request.urlopen(mirror + f"{name}.gz", timeout=30) as response, \
                    os.fdopen(fd, "wb") as out, \
                    tqdm(total=int(response.headers.get("Content-Length") or 0) or None,
                         unit="B", unit_scale=True, desc=f"{name}.gz") as bar:
                while chunk := response.read(1 << 16):
                    out.write(chunk)
                    bar.update(len(chunk))
            with gzip.open(tmp, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            if digest != FILES[name]:
                raise MnistChecksumError(f"checksum mismatch for {name}.gz from {mirror}")
            os.replace(tmp, target)
            return target
        except Exception as err:  # try the next mirror, report them all at the end
            errors.append(f"{mirror}: {err}")
        finally:
            tmp.unlink(missing_ok=True)
    raise MnistNotFoundError(
        _not_found_message(f"in {folder}", "Download failed: " + "; ".join(errors))
    )


def resolve_dir(data_dir: str | os.PathLike | None = None, download: bool = True) -> Path:
    """The folder MNIST is read from (see the module docstring for the order).

    Inputs: data_dir -- a folder to use instead of the environment variable and the cache;
            download -- whether missing files may be fetched into the cache.
    Returns: a folder that holds all four files.
    """
    for given, label in ((data_dir, "data_dir"), (os.environ.get(ENV_VAR), ENV_VAR)):
        if given:
            folder = Path(given).expanduser()
            missing = [n for n in FILES if _find_file(folder, n) is None]
            if missing:
                raise MnistNotFoundError(_not_found_message(
                    f"in {folder} (from {label})", f"Missing: {', '.join(missing)}."))
            return folder
    folder = cache_dir()
    for name in FILES:
        if _find_file(folder, name) is None:
            if not download:
                raise MnistNotFoundError(_not_found_message(f"in the cache {folder}"))
            _download(name, folder)
    return folder


def _one_hot(labels: np.ndarray, depth: int = NUM_CLASSES) -> np.ndarray:
    return np.eye(depth, dtype=np.float32)[labels]


def stratified_indices(labels: np.ndarray, n: int, seed: int = 0) -> np.ndarray:
    """Choose ``n`` example indices with class proportions as in ``labels``.

    Inputs: labels -- int array (m,); n -- how many to choose (1..m); seed -- for the choice.
    Returns: sorted int64 array (n,) of distinct indices.
    """
    m = labels.shape[0]
    if not 1 <= n <= m:
        raise ValueError(f"n must be between 1 and {m}, got {n}")
    rng = np.random.default_rng(seed)
    classes, counts = np.unique(labels, return_counts=True)
    quota = np.floor(counts * n / m).astype(int)
    # hand out what flooring left over to the classes with the largest remainders
    remainder = counts * n / m - quota
    for k in np.argsort(-remainder)[: n - quota.sum()]:
        quota[k] += 1
    chosen = [rng.choice(np.flatnonzero(labels == c), size=q, replace=False)
              for c, q in zip(classes, quota)]
    return np.sort(np.concatenate(chosen))


def load_mnist(split: str = "train", n: int | None = None, layout: str = "columns",
               one_hot: bool = True, dtype=np.float32, seed: int = 0,
               data_dir: str | os.PathLike | None = None, download: bool = True):
    """Load MNIST images and labels.

    Inputs:
      split   -- "train" (60,000 examples) or "test" (10,000).
      n       -- keep a stratified random subset of this size (seeded by ``seed``); None = all.
      layout  -- "columns": examples are columns, as in the NumPy assignments;
                 "rows": examples are rows, as in TensorFlow.
      one_hot -- labels one-hot (float) if True, integer class ids if False.
      dtype   -- float dtype of the images (float32 by default; pixel values in [0, 1]).
      data_dir, download -- see :func:`resolve_dir`.
    Returns: (X, Y)
      columns: X (784, m), Y (10, m) one-hot or (m,) int64
      rows:    X (m, 784), Y (m, 10) one-hot or (m,) int64
    """
    if split not in SPLITS:
        raise ValueError(f"split must be 'train' or 'test', got {split!r}")
    if layout not in ("columns", "rows"):
        raise ValueError(f"layout must be 'columns' or 'rows', got {layout!r}")
    folder = resolve_dir(data_dir, download)
    images_name, labels_name = SPLITS[split]
    images = _verified_idx(_find_file(folder, images_name))
    labels = _verified_idx(_find_file(folder, labels_name)).astype(np.int64)
    if n is not None:
        keep = stratified_indices(labels, n, seed)
        images, labels = images[keep], labels[keep]
    X = images.reshape(images.shape[0], -1).astype(dtype) / dtype(255.0)
    Y = _one_hot(labels).astype(dtype) if one_hot else labels
    if layout == "columns":
        return np.ascontiguousarray(X.T), (np.ascontiguousarray(Y.T) if one_hot else Y)
    return X, Y


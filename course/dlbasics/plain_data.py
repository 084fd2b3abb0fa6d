"""Save and load nested Python values as plain data: a JSON tree plus an ``.npz`` of arrays.

Both sides of the grading protocol use this: the grader writes a check's inputs with it and
the student's kernel writes the function's outputs with it.  Nothing is ever pickled, so
loading a file written by untrusted code cannot run code.

Supported values: None, bool, int, float, str, list, tuple, dict with str keys, NumPy arrays
and scalars, and anything with a ``.numpy()`` method (TensorFlow tensors and variables).

:func:`load` treats its files as hostile (the kernel may write anything into its outputs
folder): it opens only regular files, never follows a symbolic link or blocks on a FIFO or
device, reads no more than the bounds below allow, and accepts only what :func:`save`
writes.  Anything else raises :class:`UnsafeFile`.
"""

from __future__ import annotations

import io
import json
import math
import os
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np

#: most bytes all arrays of one file may hold once decompressed (as the zip declares them)
MAX_BYTES = 256 * 1024 * 1024
#: most arrays one ``.npz`` may hold
MAX_ARRAYS = 10_000
#: most containers (lists, tuples, dicts) nested inside one another
MAX_DEPTH = 64
#: largest ``.json`` tree, in bytes
MAX_JSON_BYTES = 16 * 1024 * 1024

# Room per array for the zip's own records: np.savez writes a local header (about 80 bytes)
# and a central-directory entry (about 50) for each.
_ZIP_BYTES_PER_ARRAY = 512
# The end-of-central-directory record that np.savez writes: no comment, no ZIP64 records.
_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_NPY_HEADER_READERS = {(1, 0): np.lib.format.read_array_header_1_0,
                       (2, 0): np.lib.format.read_array_header_2_0}
_NON_FINITE = {"nan", "inf", "-inf"}


class UnsupportedValue(TypeError):
    """A value that plain data cannot hold (a function, a Keras model, a custom object...)."""


class UnsafeFile(ValueError):
    """A file that :func:`save` did not write, or that exceeds the bounds :func:`load` keeps."""


def encode(value, arrays: dict, path: str = "value", depth: int = 0):
    """Turn ``value`` into a JSON-able tree; arrays are moved into ``arrays`` by key."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, int) or math.isfinite(value):
            return value
        return {"float": repr(float(value))}
    if isinstance(value, np.generic):
        value = np.asarray(value)
    if not isinstance(value, np.ndarray) and hasattr(value, "numpy"):
        value = np.asarray(value.numpy())
    if isinstance(value, np.ndarray):
        if value.dtype.hasobject:
            raise UnsupportedValue(f"{path} is an array of Python objects")
        key = f"a{len(arrays)}"
        arrays[key] = value
        return {"array": key}
    if isinstance(value, (list, tuple, dict)) and depth >= MAX_DEPTH:
        raise UnsupportedValue(f"{path} is nested more than {MAX_DEPTH} containers deep")
    if isinstance(value, (list, tuple)):
        items = [encode(v, arrays, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
        return {"tuple" if isinstance(value, tuple) else "list": items}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise UnsupportedValue(f"{path} is a dict whose keys are not all strings")
        return {"dict": {k: encode(v, arrays, f"{path}[{k!r}]", depth + 1)
                         for k, v in value.items()}}
    raise UnsupportedValue(f"{path} has type {type(value).__name__}, which cannot be graded")


def decode(tree, arrays, *, max_depth: int = MAX_DEPTH):
    """Inverse of :func:`encode`; ``arrays`` maps keys to arrays (e.g. an opened npz).

    Raises :class:`UnsafeFile` for any tree :func:`encode` would not produce: unknown tags or
    types, non-finite bare floats, a missing or reused array key, nesting beyond
    ``max_depth``.
    """
    used: set = set()

    def walk(node, depth: int):
        if node is None or isinstance(node, (bool, int, str)):
            return node
        if isinstance(node, float):
            if not math.isfinite(node):
                raise UnsafeFile("the tree holds a non-finite number outside a 'float' node")
            return node
        if not (isinstance(node, dict) and len(node) == 1):
            raise UnsafeFile(f"the tree holds a {type(node).__name__} that encode() never writes")
        (tag, content), = node.items()
        if tag == "array":
            return _take_array(content, arrays, used)
        if tag == "float" and isinstance(content, str) and content in _NON_FINITE:
            return float(content)
        if tag in ("list", "tuple", "dict") and depth >= max_depth:
            raise UnsafeFile(f"the tree is nested more than {max_depth} containers deep")
        if tag in ("list", "tuple") and isinstance(content, list):
            items = [walk(item, depth + 1) for item in content]
            return tuple(items) if tag == "tuple" else items
        if tag == "dict" and isinstance(content, dict):
            return {key: walk(item, depth + 1) for key, item in content.items()}
        raise UnsafeFile(f"the tree holds a {tag[:40]!r} node that encode() never writes")

    return walk(tree, 0)


def _take_array(key, arrays, used: set) -> np.ndarray:
    """The array ``key`` names, refusing a key that is missing or was already taken."""
    if not isinstance(key, str) or key not in arrays:
        raise UnsafeFile(f"the tree names an array ({str(key)[:40]!r}) that the .npz lacks")
    if key in used:
        raise UnsafeFile(f"the tree names the array {key!r} more than once")
    used.add(key)
    return np.asarray(arrays[key])


def save(stem: str | os.PathLike, value) -> None:
    """Write ``value`` to ``stem.json`` and ``stem.npz`` (the JSON last, as the commit mark)."""
    stem = Path(stem)
    arrays: dict = {}
    tree = encode(value, arrays)
    np.savez(stem.with_suffix(".npz"), **arrays)
    tmp = stem.with_suffix(".json.part")
    tmp.write_text(json.dumps(tree))
    os.replace(tmp, stem.with_suffix(".json"))


def load(stem: str | os.PathLike, *, max_bytes: int = MAX_BYTES, max_arrays: int = MAX_ARRAYS,
         max_depth: int = MAX_DEPTH, max_json_bytes: int = MAX_JSON_BYTES):
    """Read a value written by :func:`save`, without unpickling anything.

    Raises ``FileNotFoundError`` if either file is missing and :class:`UnsafeFile` for
    anything :func:`save` would not have written or that exceeds a bound: a link, FIFO,
    device or directory in place of a file, a ``.json`` over ``max_json_bytes`` or nested
    over ``max_depth``, an ``.npz`` with more than ``max_arrays`` members, members that are
    not plain ``.npy`` arrays, or arrays over ``max_bytes`` in all.
    """
    stem = Path(stem)
    tree = _read_json(stem.with_suffix(".json"), max_json_bytes)
    arrays = _read_npz(stem.with_suffix(".npz"), max_bytes, max_arrays)
    return decode(tree, arrays, max_depth=max_depth)


def _open_regular_file(path: Path):
    """``(binary file, size)`` of ``path`` if it is a regular file, never blocking on it.

    The file is opened without following a final symbolic link and without waiting for a
    FIFO's writer, and is checked with ``fstat`` on that same descriptor, so it cannot be
    swapped between the check and the read.
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as err:
        raise UnsafeFile(f"{path.name} cannot be opened as a regular file "
                         f"({err.strerror})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise UnsafeFile(f"{path.name} is not a regular file")
    return os.fdopen(fd, "rb"), info.st_size


def _refuse_constant(name: str):
    raise UnsafeFile(f"the tree holds {name}, which encode() never writes")


def _read_json(path: Path, max_json_bytes: int):
    """The tree in ``path``, read only if it is at most ``max_json_bytes`` long."""
    file, size = _open_regular_file(path)
    with file:
        if size > max_json_bytes:
            raise UnsafeFile(f"{path.name} is {size} bytes, more than the "
                             f"{max_json_bytes} allowed")
        text = file.read(max_json_bytes + 1)
    if len(text) > max_json_bytes:
        raise UnsafeFile(f"{path.name} grew past the {max_json_bytes} bytes allowed")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise UnsafeFile(f"{path.name} is nested too deeply to parse") from None
    except UnsafeFile:
        raise
    except ValueError as err:  # not JSON, not UTF-8, or an integer with too many digits
        raise UnsafeFile(f"{path.name} is not a JSON tree written by save(): "
                         f"{str(err)[:200]}") from None


def _read_npz(path: Path, max_bytes: int, max_arrays: int) -> dict:
    """``{key: array}`` of the ``.npz`` at ``path``, within the bounds of :func:`load`."""
    file, size = _open_regular_file(path)
    with file:
        if size > max_bytes + max_arrays * _ZIP_BYTES_PER_ARRAY:
            raise UnsafeFile(f"{path.name} is {size} bytes, more than {max_arrays} arrays of "
                             f"{max_bytes} bytes in all need")
        _check_zip_end(file, size, path.name, max_arrays)
        try:
            with zipfile.ZipFile(file) as archive:
                members = _checked_members(archive, path.name, max_bytes, max_arrays)
                return {info.filename[:-len(".npy")]: _read_npy(archive.read(info),
                                                                info.filename[:80], max_bytes)
                        for info in members}
        except UnsafeFile:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as err:
            raise UnsafeFile(f"{path.name} is not a readable .npz: {str(err)[:200]}") from None


def _check_zip_end(file, size: int, name: str, max_arrays: int) -> None:
    """Bound the zip's central directory before :mod:`zipfile` parses it.

    Accept only the end record ``np.savez`` writes -- the last bytes of the file, without a
    comment or ZIP64 records -- which is exactly the record :mod:`zipfile` then reads.
    """
    if size < _END_RECORD.size:
        raise UnsafeFile(f"{name} is too short to be an .npz")
    start = max(size - _END_RECORD.size - _ZIP64_LOCATOR_SIZE, 0)
    file.seek(start)
    tail = file.read()
    fields = _END_RECORD.unpack(tail[-_END_RECORD.size:])
    signature, entries, directory_bytes, comment_bytes = fields[0], fields[4], fields[5], fields[7]
    if signature != _END_SIGNATURE or comment_bytes != 0:
        raise UnsafeFile(f"{name} does not end like an .npz written by save()")
    if tail.startswith(_ZIP64_LOCATOR_SIGNATURE):
        raise UnsafeFile(f"{name} has ZIP64 records, which save() never writes")
    if entries > max_arrays or directory_bytes > max_arrays * _ZIP_BYTES_PER_ARRAY:
        raise UnsafeFile(f"{name} holds more than the {max_arrays} arrays allowed")
    file.seek(0)


def _checked_members(archive: zipfile.ZipFile, name: str, max_bytes: int, max_arrays: int):
    """The archive's members, if they are few, small and plain ``.npy`` files."""
    members = archive.infolist()
    if len(members) > max_arrays:
        raise UnsafeFile(f"{name} holds {len(members)} arrays, more than the {max_arrays} "
                         f"allowed")
    names = [info.filename for info in members]
    if len(set(names)) != len(names) or not all(n.endswith(".npy") and "/" not in n
                                                for n in names):
        raise UnsafeFile(f"{name} holds members that are not distinct .npy files")
    if any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
           or info.flag_bits & 0x1 for info in members):
        raise UnsafeFile(f"{name} holds encrypted or unusually compressed members")
    total = sum(info.file_size for info in members)
    if total > max_bytes:
        raise UnsafeFile(f"{name} declares {total} bytes of arrays, more than the {max_bytes} "
                         f"allowed")
    return members


def _read_npy(data: bytes, name: str, max_bytes: int) -> np.ndarray:
    """The array in the ``.npy`` bytes ``data``, if its header matches its size.

    ``np.lib.format.read_array`` allocates what the header declares before reading, so the
    header is checked first: no Python objects (they would need unpickling), and exactly as
    many data bytes as the shape and dtype call for.
    """
    stream = io.BytesIO(data)
    shape, dtype = _npy_header(stream, name)
    if dtype.hasobject:
        raise UnsafeFile(f"{name} holds Python objects, which would need unpickling; "
                         f"pickle is never allowed")
    count = math.prod(shape)
    if any(n < 0 for n in shape) or count > max_bytes:
        raise UnsafeFile(f"{name} declares an impossible shape")
    if count * dtype.itemsize != len(data) - stream.tell():
        raise UnsafeFile(f"{name} holds a different number of bytes than its header declares")
    stream.seek(0)
    return np.lib.format.read_array(stream, allow_pickle=False)


def _npy_header(stream: io.BytesIO, name: str):
    """``(shape, dtype)`` from the header of a version 1.0 or 2.0 ``.npy`` file."""
    try:
        version = np.lib.format.read_magic(stream)
        if version not in _NPY_HEADER_READERS:
            raise ValueError(f"format {version} is not one that np.savez writes")
        shape, _, dtype = _NPY_HEADER_READERS[version](stream)
    except Exception as err:  # numpy's header parser lets tokenizer and ast errors through
        raise UnsafeFile(f"{name} has no readable .npy header: {str(err)[:200]}") from None
    return shape, dtype


def round_trip(value):
    """``decode(encode(value))`` in memory: the value as the grader will see it."""
    arrays: dict = {}
    return decode(encode(value, arrays), arrays)

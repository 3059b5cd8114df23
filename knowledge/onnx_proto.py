"""A small ONNX graph written straight to its protobuf bytes, for onnxruntime to load.

Only what `knowledge.e5_onnx` needs: nodes with int, float and ints attributes, tensors as
raw bytes, inputs and outputs of float tensors. The field numbers are onnx.proto3's
(ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto); writing
them here spares the project the `onnx` package, which only builds the graph. A tensor is
kept as parts (its header, then a view of the array) and the model is joined once: one
copy of the weights, not one per level of nesting.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

IR_VERSION = 8  # onnxruntime reads 3..10
_TENSOR_TYPES = {
    np.dtype(np.float32): 1,
    np.dtype(np.uint8): 2,
    np.dtype(np.int8): 3,
    np.dtype(np.int64): 7,
}
_ATTRIBUTE_FLOAT, _ATTRIBUTE_INT, _ATTRIBUTE_INTS = 1, 2, 7
_VARINT, _FIXED32, _BYTES = 0, 5, 2


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64: two's complement, ten bytes
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint(field << 3 | wire)


def _int(field: int, value: int) -> bytes:
    return _key(field, _VARINT) + _varint(value)


def _bytes(field: int, value: bytes) -> bytes:
    return _key(field, _BYTES) + _varint(len(value)) + value


def _text(field: int, value: str) -> bytes:
    return _bytes(field, value.encode("utf-8"))


Parts = list[bytes | memoryview]


def tensor(name: str, array: np.ndarray) -> Parts:
    """A TensorProto: dims (1), data_type (2), name (8), raw_data (9, little-endian)."""
    array = np.ascontiguousarray(array.astype(array.dtype.newbyteorder("<"), copy=False))
    kind = _TENSOR_TYPES[array.dtype]
    header = b"".join(_int(1, size) for size in array.shape) + _int(2, kind) + _text(8, name)
    data = memoryview(array).cast("B")  # type: ignore[arg-type]
    return [header + _key(9, _BYTES) + _varint(array.nbytes), data]


def _attribute(name: str, value: int | float | Sequence[int]) -> bytes:
    """An AttributeProto: name (1), f (2), i (3), ints (8), type (20)."""
    if isinstance(value, bool | int):
        return _text(1, name) + _int(3, int(value)) + _int(20, _ATTRIBUTE_INT)
    if isinstance(value, float):
        return (
            _text(1, name)
            + _key(2, _FIXED32)
            + struct.pack("<f", value)
            + _int(20, _ATTRIBUTE_FLOAT)
        )
    ints = b"".join(_int(8, int(v)) for v in value)
    return _text(1, name) + ints + _int(20, _ATTRIBUTE_INTS)


def node(
    op_type: str,
    inputs: Sequence[str],
    outputs: Sequence[str],
    domain: str = "",
    **attributes: int | float | Sequence[int],
) -> bytes:
    """A NodeProto: input (1), output (2), op_type (4), attribute (5), domain (7). An empty
    input name leaves an optional input out."""
    body = b"".join(_text(1, name) for name in inputs)
    body += b"".join(_text(2, name) for name in outputs)
    body += _text(4, op_type)
    body += b"".join(_bytes(5, _attribute(k, v)) for k, v in attributes.items())
    return body + (_text(7, domain) if domain else b"")


def float_value(name: str, shape: Sequence[int | str]) -> bytes:
    """A ValueInfoProto of a float tensor; a str dimension is symbolic (dim_param)."""
    dims = b"".join(_bytes(1, _text(2, d) if isinstance(d, str) else _int(1, d)) for d in shape)
    tensor_type = _int(1, _TENSOR_TYPES[np.dtype(np.float32)]) + _bytes(2, dims)
    return _text(1, name) + _bytes(2, _bytes(1, tensor_type))


def _nested(field: int, parts: Parts) -> Parts:
    return [_key(field, _BYTES) + _varint(sum(len(p) for p in parts)), *parts]


def model(
    nodes: Sequence[bytes],
    initializers: Sequence[Parts],
    inputs: Sequence[bytes],
    outputs: Sequence[bytes],
    opsets: dict[str, int],
    name: str = "graph",
) -> bytes:
    """A ModelProto: ir_version (1), graph (7), opset_import (8). The GraphProto: node (1),
    name (2), initializer (5), input (11), output (12)."""
    graph: Parts = [b"".join(_bytes(1, n) for n in nodes) + _text(2, name)]
    for parts in initializers:
        graph += _nested(5, parts)
    graph += [b"".join(_bytes(11, v) for v in inputs), b"".join(_bytes(12, v) for v in outputs)]
    opset = b"".join(_bytes(8, _text(1, d) + _int(2, v)) for d, v in opsets.items())
    return b"".join([_int(1, IR_VERSION), *_nested(7, graph), opset])

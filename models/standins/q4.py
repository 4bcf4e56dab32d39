"""4-bit weight quantization as the published onnx-community q4 / q4f16 files carry it.

q4: every MatMul with a constant [K, N] weight becomes com.microsoft MatMulNBits (bits=4, block_size=32,
weights packed two per byte along K per output column, one float scale per block, no zero points, so
each block is symmetric around 8), which is what ONNX Runtime's MatMul4BitsQuantizer writes; the rest
of the graph stays float32. q4f16: the same, with the float tensors of the graph (inputs, outputs,
initializers, the key/value cache) in float16, as in model_q4f16.onnx (WebGPU with shader-f16 loads it).
"""
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

BLOCK = 32


def _pack(weight, dtype):
    """[K, N] float weight -> (B uint8 [N, blocks, BLOCK/2], scales [N * blocks])."""
    k, n = weight.shape
    blocks = (k + BLOCK - 1) // BLOCK
    padded = np.zeros((blocks * BLOCK, n), dtype=np.float32)
    padded[:k] = weight
    cols = padded.T.reshape(n, blocks, BLOCK)
    scale = np.abs(cols).max(-1) / 7.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(cols / scale[..., None]) + 8, 0, 15).astype(np.uint8)
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    return packed, scale.reshape(-1).astype(dtype), blocks


def quantize_q4(model: onnx.ModelProto, f16: bool = False) -> onnx.ModelProto:
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    float_type = np.float16 if f16 else np.float32
    nodes = []
    for node in graph.node:
        if node.op_type == 'MatMul' and node.input[1] in inits and len(inits[node.input[1]].dims) == 2:
            w_name = node.input[1]
            weight = numpy_helper.to_array(inits[w_name]).astype(np.float32)
            k, n = weight.shape
            packed, scales, _ = _pack(weight, float_type)
            graph.initializer.extend([numpy_helper.from_array(packed, w_name + '_Q4'),
                                      numpy_helper.from_array(scales, w_name + '_scales')])
            nodes.append(helper.make_node('MatMulNBits', [node.input[0], w_name + '_Q4', w_name + '_scales'], list(node.output),
                                          name=(node.name or w_name) + '_Q4', domain='com.microsoft',
                                          K=k, N=n, bits=4, block_size=BLOCK))
        else:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    used = {i for n in graph.node for i in n.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(o.domain == 'com.microsoft' for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid('com.microsoft', 1))
    if f16:
        _to_f16(model)
    return model


def _f16(values):
    """Float16, with masking constants such as -1e9 clipped to float16's range (as fp16 exports use its min)."""
    return np.clip(values, -65504, 65504).astype(np.float16)


def _to_f16(model: onnx.ModelProto) -> None:
    """Float32 -> float16 across the graph: typed values, initializers, constants and casts."""
    graph = model.graph
    for value in [*graph.input, *graph.output, *graph.value_info]:
        if value.type.tensor_type.elem_type == TensorProto.FLOAT:
            value.type.tensor_type.elem_type = TensorProto.FLOAT16
    for i, init in enumerate(graph.initializer):
        if init.data_type == TensorProto.FLOAT:
            graph.initializer[i].CopyFrom(numpy_helper.from_array(_f16(numpy_helper.to_array(init)), init.name))
    for node in graph.node:
        for attr in node.attribute:
            if attr.name == 'to' and attr.i == TensorProto.FLOAT:
                attr.i = TensorProto.FLOAT16
            if attr.type == onnx.AttributeProto.TENSOR and attr.t.data_type == TensorProto.FLOAT:
                attr.t.CopyFrom(numpy_helper.from_array(_f16(numpy_helper.to_array(attr.t)), attr.t.name))

"""Int8 dynamic quantization over plain `onnx`, with the operators onnxruntime's quantize_dynamic emits.

MatMul with a constant weight becomes DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul (per-tensor
symmetric int8 weights, uint8 activations). Gather over a constant table (the word embeddings) reads an
int8 table through DequantizeLinear. Debian ships no onnxruntime quantizer, hence this file.
"""
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def _int8(weights):
    scale = float(np.abs(weights).max()) / 127.0 or 1.0
    quantized = np.clip(np.round(weights / scale), -127, 127).astype(np.int8)
    return quantized, np.array(scale, dtype=np.float32)


def quantize_dynamic(model: onnx.ModelProto, gather_int8: bool = False) -> onnx.ModelProto:
    """gather_int8: look the word table up as int8 (Gather) and dequantize only the rows read
    (DequantizeLinear after the Gather), as onnxruntime's quantize_dynamic writes it; otherwise the
    whole table is dequantized first (the committed test models were written that way)."""
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes = []
    for node in graph.node:
        if node.op_type == 'MatMul' and node.input[1] in inits and len(inits[node.input[1]].dims) == 2:
            w_name = node.input[1]
            wq, ws = _int8(numpy_helper.to_array(inits[w_name]))
            base = node.name or w_name
            graph.initializer.extend([
                numpy_helper.from_array(wq, w_name + '_quantized'),
                numpy_helper.from_array(ws, w_name + '_scale'),
                numpy_helper.from_array(np.array(0, dtype=np.int8), w_name + '_zero_point'),
            ])
            x = node.input[0]
            nodes += [
                helper.make_node('DynamicQuantizeLinear', [x], [f'{base}_xq', f'{base}_xs', f'{base}_xz'], name=f'{base}_dql'),
                helper.make_node('MatMulInteger', [f'{base}_xq', w_name + '_quantized', f'{base}_xz', w_name + '_zero_point'],
                                 [f'{base}_int'], name=f'{base}_mmi'),
                helper.make_node('Cast', [f'{base}_int'], [f'{base}_float'], to=TensorProto.FLOAT, name=f'{base}_cast'),
                helper.make_node('Mul', [f'{base}_xs', w_name + '_scale'], [f'{base}_scale'], name=f'{base}_scale_mul'),
                helper.make_node('Mul', [f'{base}_float', f'{base}_scale'], [node.output[0]], name=f'{base}_out'),
            ]
        elif node.op_type == 'Gather' and node.input[0] in inits and len(inits[node.input[0]].dims) == 2:
            t_name = node.input[0]
            tq, ts = _int8(numpy_helper.to_array(inits[t_name]))
            graph.initializer.extend([
                numpy_helper.from_array(tq, t_name + '_quantized'),
                numpy_helper.from_array(ts, t_name + '_scale'),
                numpy_helper.from_array(np.array(0, dtype=np.int8), t_name + '_zero_point'),
            ])
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            if gather_int8:
                out = node.output[0]
                nodes += [
                    helper.make_node('Gather', [t_name + '_quantized', node.input[1]], [out + '_quantized'],
                                     name=(node.name or out) + '_quant', **attrs),
                    helper.make_node('DequantizeLinear', [out + '_quantized', t_name + '_scale', t_name + '_zero_point'],
                                     [out], name=(node.name or out) + '_DequantizeLinear'),
                ]
                continue
            nodes += [
                helper.make_node('DequantizeLinear', [t_name + '_quantized', t_name + '_scale', t_name + '_zero_point'],
                                 [t_name + '_dequantized'], name=t_name + '_deq'),
                helper.make_node('Gather', [t_name + '_dequantized', node.input[1]], list(node.output),
                                 name=node.name, **{a.name: helper.get_attribute_value(a) for a in node.attribute}),
            ]
        else:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    used = {i for n in graph.node for i in n.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.checker.check_model(model)
    return model

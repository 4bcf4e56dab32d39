"""Exports a tiny encoder to ONNX and writes its int8 copy, as transformers.js expects them (onnx/*.onnx)."""
import copy
import os

import onnx
import torch

from onnx_quantize import quantize_dynamic

TOKEN_AXES = {0: 'batch_size', 1: 'sequence_length'}


def export_encoder(model, out, example, input_names, output_names, output_axes, keep_fp32=False):
    """Writes onnx/model_quantized.onnx (and onnx/model.onnx when keep_fp32); every input is [batch, sequence]."""
    os.makedirs(os.path.join(out, 'onnx'), exist_ok=True)
    path = os.path.join(out, 'onnx', 'model.onnx')
    torch.onnx.export(model, example, path, input_names=input_names, output_names=output_names,
                      dynamic_axes={**{name: TOKEN_AXES for name in input_names}, **output_axes},
                      opset_version=14, do_constant_folding=True)
    onnx.save(quantize_dynamic(copy.deepcopy(onnx.load(path))), os.path.join(out, 'onnx', 'model_quantized.onnx'))
    if not keep_fp32:
        os.remove(path)  # the q8 file is what the engine loads; keep the committed model small

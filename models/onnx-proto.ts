/**
 * Minimal ONNX model writer: just enough protobuf (varints and length-delimited fields) to
 * encode a ModelProto with nodes, initializers and typed inputs/outputs.
 *
 * Field numbers follow onnx/onnx.proto3: ModelProto ir_version=1, producer_name=2, graph=7,
 * opset_import=8; OperatorSetIdProto domain=1, version=2; GraphProto node=1, name=2,
 * initializer=5, input=11, output=12; NodeProto input=1, output=2, name=3, op_type=4,
 * attribute=5, domain=7; AttributeProto name=1, f=2, i=3, ints=8, type=20; TensorProto dims=1,
 * data_type=2, name=8, raw_data=9; ValueInfoProto name=1, type=2; TypeProto tensor_type=1;
 * TypeProto.Tensor elem_type=1, shape=2; TensorShapeProto dim=1; Dimension dim_value=1,
 * dim_param=2. Raw tensor data is little-endian, as ONNX requires.
 */

/** ONNX TensorProto.DataType values used here. */
export const ONNX_FLOAT = 1;
export const ONNX_INT64 = 7;
export const ONNX_INT8 = 3;

type Bytes = Uint8Array;

function concat(parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Varint bytes of an int64 (negative values as 64-bit two's complement, 10 bytes). */
function varint(value: number | bigint): Bytes {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

const key = (field: number, wireType: number) => varint((field << 3) | wireType);
const intField = (field: number, value: number): Bytes => concat([key(field, 0), varint(value)]);

function bytesField(field: number, payload: Bytes | string): Bytes {
  const bytes = typeof payload === "string" ? new TextEncoder().encode(payload) : payload;
  return concat([key(field, 2), varint(bytes.length), bytes]);
}

function floatField(field: number, value: number): Bytes {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setFloat32(0, value, true);
  return concat([key(field, 5), bytes]);
}

/** A graph initializer: float32, int64 or int8 data with its dims. */
export interface OnnxTensor {
  name: string;
  dims: number[];
  data: Float32Array | BigInt64Array | Int8Array;
}

/** A node; attribute values are INT (number), INTS (number[]) or FLOAT (`{ float: x }`). */
export interface OnnxNode {
  op: string;
  /** Operator set domain, e.g. "com.microsoft" for onnxruntime's contrib ops (default: the ONNX domain). */
  domain?: string;
  inputs: string[];
  outputs: string[];
  attributes?: Record<string, number | number[] | { float: number }>;
}

/** A graph input or output: element type and dims (a string dim is symbolic). */
export interface OnnxValue {
  name: string;
  elemType: number;
  dims: Array<number | string>;
}

/** Everything {@link encodeOnnxModel} writes. */
export interface OnnxModelSpec {
  name: string;
  opset: number;
  /** Operator sets of other domains the nodes use, e.g. `{ "com.microsoft": 1 }`. */
  domains?: Record<string, number>;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValue[];
  outputs: OnnxValue[];
}

function tensorProto(t: OnnxTensor): Bytes {
  const elemType = t.data instanceof Float32Array ? ONNX_FLOAT : t.data instanceof Int8Array ? ONNX_INT8 : ONNX_INT64;
  const raw = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  return concat([...t.dims.map((d) => intField(1, d)), intField(2, elemType), bytesField(8, t.name), bytesField(9, raw)]);
}

function attributeProto(name: string, value: number | number[] | { float: number }): Bytes {
  if (Array.isArray(value)) return concat([bytesField(1, name), ...value.map((v) => intField(8, v)), intField(20, 7)]);
  if (typeof value === "number") return concat([bytesField(1, name), intField(3, value), intField(20, 2)]);
  return concat([bytesField(1, name), floatField(2, value.float), intField(20, 1)]);
}

function nodeProto(n: OnnxNode, index: number): Bytes {
  return concat([
    ...n.inputs.map((i) => bytesField(1, i)),
    ...n.outputs.map((o) => bytesField(2, o)),
    bytesField(3, `${n.op}_${index}`),
    bytesField(4, n.op),
    ...(n.domain ? [bytesField(7, n.domain)] : []),
    ...Object.entries(n.attributes ?? {}).map(([name, value]) => bytesField(5, attributeProto(name, value))),
  ]);
}

function valueInfoProto(v: OnnxValue): Bytes {
  const shape = concat(v.dims.map((d) => bytesField(1, typeof d === "number" ? intField(1, d) : bytesField(2, d))));
  const tensorType = concat([intField(1, v.elemType), bytesField(2, shape)]);
  return concat([bytesField(1, v.name), bytesField(2, bytesField(1, tensorType))]);
}

/** Serialises a model (IR version 8, default `ai.onnx` domain at `spec.opset`, and `spec.domains`) to ONNX bytes. */
export function encodeOnnxModel(spec: OnnxModelSpec): Uint8Array {
  const graph = concat([
    ...spec.nodes.map((n, i) => bytesField(1, nodeProto(n, i))),
    bytesField(2, spec.name),
    ...spec.initializers.map((t) => bytesField(5, tensorProto(t))),
    ...spec.inputs.map((v) => bytesField(11, valueInfoProto(v))),
    ...spec.outputs.map((v) => bytesField(12, valueInfoProto(v))),
  ]);
  const opsets = Object.entries({ "": spec.opset, ...spec.domains }).map(([domain, version]) =>
    bytesField(8, concat([bytesField(1, domain), intField(2, version)])),
  );
  return concat([intField(1, 8), bytesField(2, "engram"), bytesField(7, graph), ...opsets]);
}

/**
 * The lexical index of a prebuilt index in a form that loads without a rebuild (`lexical.bin`).
 *
 * MiniSearch's own `toJSON`/`loadJSON` turns every posting into a Map entry on load: for 10k
 * products that is ~750k entries and most of the index's load time. Here the postings are packed
 * as varints, and a term's postings are unpacked only when a search first reaches that term, so a
 * loaded index costs the term tree plus a few small maps. Scores and order are MiniSearch's: it
 * is the same MiniSearch over the same data (its internal maps, version 7; a test checks that a
 * packed index answers exactly as a freshly built one).
 *
 * Layout: "AISLELEX", u32 LE format version, u32 LE header length, the header (UTF-8 JSON), then
 * varints: every document's field lengths, then each term's postings (field count; per field its
 * id, posting count, then per posting the zigzag doc-id step and the term frequency).
 */
import MiniSearch, { type Options } from 'minisearch';

/** The packed format's version: a file of another version is refused with a clear error. */
export const packedLexicalVersion = 2;
const magic = 'AISLELEX';

type Postings = Map<number, Map<number, number>>;
/** MiniSearch's term tree (a radix tree: edge label → child, '' → the term's postings). */
type TermTree = Map<string, TermTree | Postings>;
/** A term tree as stored: edge labels alternating with children; a leaf ('') with its postings' byte offset. */
type TreeShape = (string | number | TreeShape)[];

/** The parts of a MiniSearch instance (7.x) that hold the index. */
interface MiniSearchInternals {
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _index: { _tree: TermTree; _size?: number };
}

interface Header {
  engine: 'minisearch';
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** [short id, document id] of every document, in MiniSearch's order. */
  documents: [number, string][];
  /** The term tree as it was built (so fuzzy and prefix matches come in the same order). */
  tree: TreeShape;
}

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  uint(n: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (n > 0x7f) {
      this.bytes[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.bytes[this.length++] = n;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads unsigned LEB128 varints from `at` on. */
class ByteReader {
  constructor(private readonly bytes: Uint8Array, public at: number) {}

  uint(): number {
    let n = 0;
    let shift = 0;
    let byte: number;
    do {
      if (this.at >= this.bytes.length) throw new Error('the packed lexical index is cut short');
      byte = this.bytes[this.at++];
      n += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return n;
  }
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 ? -(n + 1) / 2 : n / 2);

/**
 * One term's postings (field id → doc id → term frequency), unpacked on first use. MiniSearch reads
 * a term's data as a Map; this is one, filled from the packed bytes the first time it is read.
 */
class PackedPostings extends Map<number, Map<number, number>> {
  private packed?: { bytes: Uint8Array; at: number };

  constructor(bytes: Uint8Array, at: number) {
    super();
    this.packed = { bytes, at };
  }

  private unpack(): void {
    if (!this.packed) return;
    const reader = new ByteReader(this.packed.bytes, this.packed.at);
    this.packed = undefined;
    for (let fields = reader.uint(); fields > 0; fields--) {
      const fieldId = reader.uint();
      const freqs = new Map<number, number>();
      let doc = 0;
      for (let n = reader.uint(); n > 0; n--) {
        doc += unzigzag(reader.uint());
        freqs.set(doc, reader.uint());
      }
      super.set(fieldId, freqs);
    }
  }

  override get size(): number { this.unpack(); return super.size; }
  override get(key: number) { this.unpack(); return super.get(key); }
  override has(key: number) { this.unpack(); return super.has(key); }
  override set(key: number, value: Map<number, number>) { this.unpack(); return super.set(key, value); }
  override delete(key: number) { this.unpack(); return super.delete(key); }
  override clear() { this.packed = undefined; super.clear(); }
  override keys() { this.unpack(); return super.keys(); }
  override values() { this.unpack(); return super.values(); }
  override entries() { this.unpack(); return super.entries(); }
  override [Symbol.iterator]() { this.unpack(); return super[Symbol.iterator](); }
  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown) {
    this.unpack();
    super.forEach(fn, thisArg);
  }
}

const internals = <T>(index: MiniSearch<T>) => index as unknown as MiniSearchInternals;

/** Packs a MiniSearch index (as built by `addAll`) into `lexical.bin` bytes. */
export function packLexical<T>(index: MiniSearch<T>): Uint8Array {
  const ms = internals(index);
  const fields = Object.keys(ms._fieldIds).length;
  const body = new ByteWriter();
  const documents: [number, string][] = [...ms._documentIds];
  for (const [shortId] of documents) {
    const lengths = ms._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fields; f++) body.uint(lengths[f] ?? 0);
  }
  const postingsStart = body.length;
  const packPostings = (postings: Postings): number => {
    const at = body.length - postingsStart;
    body.uint(postings.size);
    for (const [fieldId, freqs] of postings) {
      body.uint(fieldId);
      body.uint(freqs.size);
      let previous = 0;
      for (const [doc, freq] of freqs) {
        body.uint(zigzag(doc - previous));
        body.uint(freq);
        previous = doc;
      }
    }
    return at;
  };
  const shape = (node: TermTree): TreeShape =>
    [...node].flatMap(([label, child]) => [label, label === '' ? packPostings(child as Postings) : shape(child as TermTree)]);
  const header: Header = {
    engine: 'minisearch', documentCount: ms._documentCount, nextId: ms._nextId, dirtCount: ms._dirtCount,
    fieldIds: ms._fieldIds, averageFieldLength: ms._avgFieldLength, documents, tree: shape(ms._index._tree),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyBytes = body.result();
  const out = new Uint8Array(16 + headerBytes.length + bodyBytes.length);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(magic), 0);
  view.setUint32(8, packedLexicalVersion, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, 16);
  out.set(bodyBytes, 16 + headerBytes.length);
  return out;
}

/** Reads `lexical.bin` bytes into a MiniSearch index with `options` (those it was built with); throws on another format or version. */
export function unpackLexical<T>(bytes: Uint8Array, options: Options<T>): MiniSearch<T> {
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 8)) !== magic) {
    throw new Error('the lexical index file is not a packed Aisle lexical index');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== packedLexicalVersion) {
    throw new Error(`the lexical index file is format version ${version}; this Aisle reads version ${packedLexicalVersion}: rebuild the index with npx aisle index build`);
  }
  const headerEnd = 16 + view.getUint32(12, true);
  if (headerEnd > bytes.length) throw new Error('the packed lexical index is cut short');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, headerEnd))) as Header;
  if (header.engine !== 'minisearch') throw new Error(`the packed lexical index is for ${String(header.engine)}, not minisearch`);
  const index = MiniSearch.loadJS<T>({
    documentCount: header.documentCount, nextId: header.nextId, dirtCount: header.dirtCount, fieldIds: header.fieldIds,
    averageFieldLength: header.averageFieldLength, documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2,
  }, options);
  const ms = internals(index);
  const fields = Object.keys(header.fieldIds).length;
  const reader = new ByteReader(bytes, headerEnd);
  for (const [shortId, id] of header.documents) {
    ms._documentIds.set(shortId, id);
    ms._idToShortId.set(id, shortId);
    const lengths = new Array<number>(fields);
    for (let f = 0; f < fields; f++) lengths[f] = reader.uint();
    ms._fieldLength.set(shortId, lengths);
  }
  const postingsStart = reader.at;
  const tree = (shape: TreeShape): TermTree => {
    const node: TermTree = new Map();
    for (let i = 0; i < shape.length; i += 2) {
      const label = shape[i] as string;
      node.set(label, label === '' ? new PackedPostings(bytes, postingsStart + (shape[i + 1] as number)) : tree(shape[i + 1] as TreeShape));
    }
    return node;
  };
  ms._index._tree = tree(header.tree);
  ms._index._size = undefined;
  return index;
}

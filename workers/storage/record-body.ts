/**
 * A stored file's bytes as a record body. New records hold a Blob, which IndexedDB keeps as a file
 * of its own and hands back as a handle, so reading costs one copy from disk (Chromium: about
 * 0.65 s for a 118 MB model, where an ArrayBuffer body took 2 s to deserialize). Records written by
 * earlier versions hold an ArrayBuffer; both read the same.
 */
export type RecordBody = Blob | ArrayBuffer;

export const toRecordBody = (bytes: Uint8Array): Blob => new Blob([bytes as BlobPart]);

export const recordBodySize = (body: RecordBody): number => (body instanceof Blob ? body.size : body.byteLength);

export async function recordBodyBytes(body: RecordBody): Promise<Uint8Array> {
  return new Uint8Array(body instanceof Blob ? await body.arrayBuffer() : body);
}

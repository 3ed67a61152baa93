/**
 * A file's bytes as a stream of chunks read into one reused buffer, for the
 * history reader. `createReadStream` allocates a fresh buffer per chunk; on a
 * 10-million-row file those buffers are 260 MB of short-lived memory outside
 * the JS heap that the collector frees late (tens of MB held at any time).
 * Reusing one buffer keeps that at one chunk. The chunk yielded is valid only
 * until the next one is asked for: the reader decodes it at once (sniff.ts).
 */
import { open } from 'node:fs/promises';

/**
 * Chunks of 64 KB: their text is a young-generation string that dies before the
 * next collection, where a chunk of 512 KB or more is a large object that
 * survives into the old generation and waits for a full collection.
 */
export const CHUNK_BYTES = 64 * 1024;

export async function* fileChunks(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const fd = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await fd.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await fd.close();
  }
}

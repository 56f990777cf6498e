// Where an export too large for one API response is written: S3 in AWS, a directory locally.
export interface ExportFile {
  /** Where the finished file can be downloaded (a presigned URL in AWS, a dashboard path locally). */
  url: string;
  bytes: number;
}

export interface ExportFiles {
  /**
   * Writes the whole file or nothing: when `chunks` fails part-way, no file is left under `name`
   * (locally a temporary name is renamed only on success; in S3 the multipart upload is aborted).
   */
  save(name: string, chunks: AsyncIterable<string | Uint8Array>): Promise<ExportFile>;
  /** A fresh download link for a finished file (presigned links expire, so one is made per request). */
  link(name: string, downloadName?: string): Promise<string>;
}

/** One API response in AWS carries at most 6 MB (Lambda); stay well below, gzip or not. */
export const INLINE_EXPORT_MAX_BYTES = 5 * 1024 * 1024;

export type MeasuredChunks = { fits: true; chunks: string[] } | { fits: false; chunks: AsyncIterable<string> };

/**
 * Reads chunks until more than `limit` bytes have been produced: when the whole sequence fits, every
 * chunk (to answer inline); else the same sequence, read and unread, to write to a file. Decided on
 * the bytes actually produced, never on an estimate; holds at most the limit plus one chunk.
 */
export async function measureChunks(chunks: AsyncIterable<string>, limit: number): Promise<MeasuredChunks> {
  const iterator = chunks[Symbol.asyncIterator]();
  const read: string[] = [];
  let bytes = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    read.push(next.value);
    bytes += Buffer.byteLength(next.value);
    if (bytes > limit) {
      async function* everything() {
        yield* read.splice(0);
        for (let more = await iterator.next(); !more.done; more = await iterator.next()) yield more.value;
      }
      return { fits: false, chunks: everything() };
    }
  }
  return { fits: true, chunks: read };
}

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
  save(name: string, chunks: AsyncIterable<string>): Promise<ExportFile>;
  /** A fresh download link for a finished file (presigned links expire, so one is made per request). */
  link(name: string): Promise<string>;
}

/** One API response in AWS carries at most 6 MB (Lambda); stay well below, gzip or not. */
export const INLINE_EXPORT_MAX_BYTES = 5 * 1024 * 1024;

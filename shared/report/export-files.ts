// Where an export too large for one API response is written: S3 in AWS, a directory locally.
export interface ExportFile {
  /** Where the finished file can be downloaded (a presigned URL in AWS, a dashboard path locally). */
  url: string;
  bytes: number;
}

export interface ExportFiles {
  save(name: string, chunks: AsyncIterable<string>): Promise<ExportFile>;
}

/** One API response in AWS carries at most 6 MB (Lambda); stay well below, gzip or not. */
export const INLINE_EXPORT_MAX_BYTES = 5 * 1024 * 1024;

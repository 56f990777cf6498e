// Exports in the district's S3 bucket, handed out as short-lived presigned links (the bucket is private).
import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ExportFile, ExportFiles } from '../../../shared/report/export-files.js';

/** Long enough to start a download from the dashboard, short enough that a leaked link soon dies. */
export const EXPORT_LINK_SECONDS = 15 * 60;

export class S3ExportFiles implements ExportFiles {
  constructor(
    private readonly bucket: string,
    private readonly client: S3Client = new S3Client({}),
  ) {}

  async save(name: string, chunks: AsyncIterable<string | Uint8Array>): Promise<ExportFile> {
    let bytes = 0;
    async function* counted() {
      for await (const chunk of chunks) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        bytes += buffer.length;
        yield buffer;
      }
    }
    // A multipart upload streams the file in parts, so memory stays flat whatever its size. The object
    // appears only when the upload completes; on any failure the upload is aborted so no parts linger.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: this.key(name), Body: Readable.from(counted()), ContentType: name.endsWith('.zip') ? 'application/zip' : 'text/csv; charset=utf-8' },
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      await upload.abort().catch(() => undefined);
      throw error;
    }
    return { url: await this.link(name), bytes };
  }

  link(name: string, downloadName?: string): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({ Bucket: this.bucket, Key: this.key(name), ResponseContentDisposition: downloadName ? `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(downloadName)}` : `attachment; filename="${name}"` }),
      { expiresIn: EXPORT_LINK_SECONDS },
    );
  }

  private key(name: string): string {
    return `exports/${name}`;
  }
}

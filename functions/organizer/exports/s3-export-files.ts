// Exports in the district's S3 bucket, handed out as short-lived presigned links (the bucket is private).
// The SDK is loaded on first use (functions/http/s3-sdk.ts): no cold start pays for it.
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ExportFile, ExportFiles } from '../../../shared/report/export-files.js';
import { lazyS3Client, loadLibStorage, loadRequestPresigner, loadS3 } from '../../http/s3-sdk.js';

/** Long enough to start a download from the dashboard, short enough that a leaked link soon dies. */
export const EXPORT_LINK_SECONDS = 15 * 60;

export class S3ExportFiles implements ExportFiles {
  private readonly client: () => Promise<S3Client>;

  constructor(
    private readonly bucket: string,
    client?: S3Client,
  ) {
    this.client = lazyS3Client(client ? () => client : undefined);
  }

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
    const { Upload } = await loadLibStorage();
    const upload = new Upload({
      client: await this.client(),
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

  async link(name: string, downloadName?: string): Promise<string> {
    const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([loadS3(), loadRequestPresigner()]);
    return getSignedUrl(
      await this.client(),
      new GetObjectCommand({ Bucket: this.bucket, Key: this.key(name), ResponseContentDisposition: downloadName ? `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(downloadName)}` : `attachment; filename="${name}"` }),
      { expiresIn: EXPORT_LINK_SECONDS },
    );
  }

  private key(name: string): string {
    return `exports/${name}`;
  }
}

// Record files (台账) and essays' files (征文) in the district's records bucket. Uploads go from the
// browser straight to S3 with a presigned POST whose policy names the one key and a content-length-range,
// so S3 itself refuses a larger file; the app then reads the upload back to check it and stores it under
// its own name. Downloads and photos on pages are short-lived presigned links. The SDK is loaded on first
// use (functions/http/s3-sdk.ts), so a function's cold start does not pay for it.
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { RecordFiles, UploadTarget } from '../../shared/records/record-store.js';
import { lazyS3Client, loadPresignedPost, loadRequestPresigner, loadS3 } from './s3-sdk.js';

/** Long enough to pick a file and send it on a slow link; a presigned link dies soon after. */
export const RECORD_UPLOAD_SECONDS = 15 * 60;
export const RECORD_LINK_SECONDS = 15 * 60;

/**
 * The bucket's origin as the S3 client spells it (virtual-hosted style, aws-cn's own domain), for the
 * pages' CSP: upload forms post there and links point there. Spelled without loading the SDK, so a cold
 * start does not pay for it; test/unit/record-files-origin.test.ts holds it to the SDK's own URLs.
 */
export function bucketOrigin(bucket: string, region: string): string {
  return `https://${bucket}.s3.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

export class S3RecordFiles implements RecordFiles {
  private readonly client: () => Promise<S3Client>;

  /** `client`: a client of one's own (tests point one at a local S3); by default one made on first use. */
  constructor(
    private readonly bucket: string,
    client?: S3Client,
  ) {
    this.client = lazyS3Client(client ? () => client : undefined);
  }

  async uploadTarget(pending: string, maxBytes: number, redirect?: string): Promise<UploadTarget> {
    const { createPresignedPost } = await loadPresignedPost();
    const { url, fields } = await createPresignedPost(await this.client(), {
      Bucket: this.bucket,
      Key: pending,
      Conditions: [['content-length-range', 1, maxBytes], ...(redirect ? [['eq', '$success_action_redirect', redirect] as ['eq', string, string]] : [])],
      Fields: redirect ? { success_action_redirect: redirect } : {},
      Expires: RECORD_UPLOAD_SECONDS,
    });
    return { method: 'POST', url, fields };
  }

  async readPending(pending: string, maxBytes: number): Promise<Uint8Array | undefined> {
    const { GetObjectCommand } = await loadS3();
    try {
      const { Body, ContentLength } = await (await this.client()).send(new GetObjectCommand({ Bucket: this.bucket, Key: pending }));
      if ((ContentLength ?? 0) > maxBytes) {
        (Body as Readable | undefined)?.destroy();
        return new Uint8Array(maxBytes + 1);
      }
      return Body ? await Body.transformToByteArray() : undefined;
    } catch (error) {
      // By name: the class is the on-demand copy's, whichever copy threw.
      if ((error as Error).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async removePending(pending: string): Promise<void> {
    const { DeleteObjectCommand } = await loadS3();
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: pending }));
  }

  async put(object: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const { PutObjectCommand } = await loadS3();
    await (await this.client()).send(new PutObjectCommand({ Bucket: this.bucket, Key: object, Body: bytes, ContentType: contentType }));
  }

  async remove(object: string): Promise<void> {
    const { DeleteObjectCommand } = await loadS3();
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: object }));
  }

  async stream(object: string): Promise<Readable> {
    const { GetObjectCommand } = await loadS3();
    const { Body } = await (await this.client()).send(new GetObjectCommand({ Bucket: this.bucket, Key: object }));
    if (!Body) throw new Error('empty record object');
    return Body instanceof Readable ? Body : Readable.fromWeb(Body.transformToWebStream() as never);
  }

  async link(object: string, downloadName: string, inline: boolean): Promise<string> {
    const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([loadS3(), loadRequestPresigner()]);
    const disposition = `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(downloadName)}`;
    return getSignedUrl(await this.client(), new GetObjectCommand({ Bucket: this.bucket, Key: object, ResponseContentDisposition: disposition }), { expiresIn: RECORD_LINK_SECONDS });
  }
}

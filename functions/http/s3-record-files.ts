// Record files (台账) in the district's records bucket. Uploads go from the organizer's browser straight
// to S3 with a presigned POST whose policy names the one key and a content-length-range, so S3 itself
// refuses a larger file; the organizer function then reads the upload back to check it and moves it
// under records/. Downloads and photos on pages are short-lived presigned links.
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable } from 'node:stream';
import type { RecordFiles, UploadTarget } from '../../shared/records/record-store.js';

/** Long enough to pick a file and send it on a slow link; a presigned link dies soon after. */
export const RECORD_UPLOAD_SECONDS = 15 * 60;
export const RECORD_LINK_SECONDS = 15 * 60;

export class S3RecordFiles implements RecordFiles {
  constructor(
    private readonly bucket: string,
    private readonly client: S3Client = new S3Client({}),
  ) {}

  async uploadTarget(pending: string, maxBytes: number, redirect?: string): Promise<UploadTarget> {
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: pending,
      Conditions: [['content-length-range', 1, maxBytes], ...(redirect ? [['eq', '$success_action_redirect', redirect] as ['eq', string, string]] : [])],
      Fields: redirect ? { success_action_redirect: redirect } : {},
      Expires: RECORD_UPLOAD_SECONDS,
    });
    return { method: 'POST', url, fields };
  }

  async readPending(pending: string, maxBytes: number): Promise<Uint8Array | undefined> {
    try {
      const { Body, ContentLength } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: pending }));
      if ((ContentLength ?? 0) > maxBytes) {
        (Body as Readable | undefined)?.destroy();
        return new Uint8Array(maxBytes + 1);
      }
      return Body ? await Body.transformToByteArray() : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async removePending(pending: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: pending }));
  }

  async put(object: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: object, Body: bytes, ContentType: contentType }));
  }

  async remove(object: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: object }));
  }

  async stream(object: string): Promise<Readable> {
    const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: object }));
    if (!Body) throw new Error('empty record object');
    return Body instanceof Readable ? Body : Readable.fromWeb(Body.transformToWebStream() as never);
  }

  async link(object: string, downloadName: string, inline: boolean): Promise<string> {
    const disposition = `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(downloadName)}`;
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: object, ResponseContentDisposition: disposition }), { expiresIn: RECORD_LINK_SECONDS });
  }
}

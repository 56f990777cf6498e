// In AWS the organizer's pages post record uploads straight to the records bucket and show photos through
// links that redirect there: their CSP must name the bucket's origin, exactly as the S3 client spells it
// (aws-cn included), or the browser refuses the form and the photos.
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { bucketOrigin, S3RecordFiles } from '../../functions/http/s3-record-files.js';
import { contentSecurityPolicy } from '../../functions/http/security-headers.js';
import { pendingName, recordObjectName } from '../../shared/records/record-store.js';

const credentials = { accessKeyId: 'AKIDORIGIN', secretAccessKey: 'test' };

function directive(csp: string, name: string): string[] {
  return (csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '').split(' ').slice(1);
}

describe('the records bucket origin in the pages\' CSP', () => {
  it.each([
    ['cn-north-1', 'https://diancai-beta-records.s3.cn-north-1.amazonaws.com.cn'],
    ['eu-central-1', 'https://diancai-beta-records.s3.eu-central-1.amazonaws.com'],
  ])('Should be where the upload form posts and the links point in %s', async (region, expected) => {
    const files = new S3RecordFiles('diancai-beta-records', new S3Client({ region, credentials }));
    // Spelled without the SDK, as both apps' cold starts do; the SDK's own upload and link URLs agree below.
    const origin = bucketOrigin('diancai-beta-records', region);
    expect(origin).toBe(expected);
    const target = await files.uploadTarget(pendingName('e1', 'photo', 'u1'), 1024, 'https://survey.example/admin/lectures/e1/record/confirm');
    expect(target.method).toBe('POST');
    expect(new URL(target.url).origin).toBe(origin);
    expect(new URL(await files.link(recordObjectName('e1', 'i1', 'jpg'), '现场.jpg', true)).origin).toBe(origin);
  });

  it('Should let forms post and images load from the given origin, and from no other host', () => {
    const origin = 'https://diancai-beta-records.s3.cn-north-1.amazonaws.com.cn';
    const csp = contentSecurityPolicy({ scripts: [], styles: [] }, [origin]);
    expect(directive(csp, 'form-action')).toEqual(["'self'", origin]);
    expect(directive(csp, 'img-src')).toEqual(["'self'", 'data:', origin]);
    expect(directive(csp, 'connect-src')).toEqual(["'self'"]);
    // Without a file store (locally), nothing but 'self'.
    const plain = contentSecurityPolicy({ scripts: [], styles: [] });
    expect(directive(plain, 'form-action')).toEqual(["'self'"]);
    expect(directive(plain, 'img-src')).toEqual(["'self'", 'data:']);
  });
});

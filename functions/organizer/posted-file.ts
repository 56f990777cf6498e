// An import form's file: an upload, or the preview's hidden copy (base64url, at most 256 KB of file: well
// under the body limit) posted back to apply it. The catalogue's and the people's imports share it.
import type { Context } from 'hono';
import { MAX_IMPORT_BYTES } from '../../shared/catalogue-admin/catalogue-file.js';
import { UnreadableFileError } from '../../shared/errors.js';
import type { OrganizerEnv } from './access-guard.js';

/** The posted file (an upload, or the preview's hidden copy) and whether to apply it. */
export async function postedFile(c: Context<OrganizerEnv>): Promise<{ bytes: Uint8Array; apply: boolean }> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new UnreadableFileError('not a form');
  }
  const file = form.get('file');
  if (file && typeof file !== 'string' && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) throw new UnreadableFileError('too large');
    return { bytes: new Uint8Array(await file.arrayBuffer()), apply: false };
  }
  const content = form.get('content');
  if (typeof content === 'string' && content !== '' && content.length <= Math.ceil((MAX_IMPORT_BYTES * 4) / 3) && /^[A-Za-z0-9_-]+$/.test(content)) {
    return { bytes: new Uint8Array(Buffer.from(content, 'base64url')), apply: form.get('apply') === '1' };
  }
  throw new UnreadableFileError('no file');
}

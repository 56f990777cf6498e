// The copy of an essay's file an expert downloads: the same document without the metadata that names
// who wrote it. DOCX: the package's core and app properties (creator, last modified by, company,
// manager) and every comment's and tracked change's author and initials. PDF: the Info dictionary and
// the XMP metadata stream, and any object no longer reachable from the document (an incremental save
// leaves the earlier Info behind in the file). Text the unit wrote inside the document can still name
// itself: the call's rules ask units not to.
import { loadPdfLib } from '../kernel/pdf-lib.js';
import type { EssayFileFormat } from './essay-file.js';

/** The bytes are not the document they claim to be (a ZIP without word/document.xml, an unreadable or encrypted PDF). */
export class NotADocumentError extends Error {
  override name = 'NotADocumentError';
}

export function blindCopy(bytes: Uint8Array, format: EssayFileFormat): Promise<Uint8Array> {
  return format === 'pdf' ? blindPdf(bytes) : blindDocx(bytes);
}

/** Empties an XML element's text wherever it appears (<dc:creator>张三</dc:creator> → <dc:creator></dc:creator>). */
function emptied(xml: string, tags: readonly string[]): string {
  return tags.reduce((text, tag) => text.replace(new RegExp(`(<${tag}(?:\\s[^>]*)?>)[\\s\\S]*?(</${tag}>)`, 'g'), '$1$2'), xml);
}

/** Attributes that name a person in WordprocessingML parts: comments, tracked changes, people.xml. */
const PERSON_ATTRIBUTES = /\b(w:author|w:initials|w15:author|w15:userId|w15:providerId)="[^"]*"/g;

async function blindDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  let zip: import('jszip');
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new NotADocumentError('not a zip');
  }
  if (!zip.file('word/document.xml')) throw new NotADocumentError('a zip without word/document.xml');
  const edits: Promise<void>[] = [];
  const rewrite = (path: string, change: (xml: string) => string) => {
    const entry = zip.file(path);
    if (entry) edits.push(entry.async('string').then((xml) => void zip.file(path, change(xml))));
  };
  rewrite('docProps/core.xml', (xml) => emptied(xml, ['dc:creator', 'cp:lastModifiedBy']));
  rewrite('docProps/app.xml', (xml) => emptied(xml, ['Company', 'Manager']));
  for (const path of Object.keys(zip.files)) if (/^word\/[^/]+\.xml$/.test(path)) rewrite(path, (xml) => xml.replace(PERSON_ATTRIBUTES, '$1=""'));
  await Promise.all(edits);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function blindPdf(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await loadPdfLib();
  // pdf-lib reads leniently: a broken file may load and fail later, anywhere. Any failure here means
  // the bytes are not a PDF this can vouch for (an encrypted one too), never a server error.
  try {
    return await strippedPdf(pdf, bytes);
  } catch (error) {
    throw new NotADocumentError(`an unreadable or encrypted pdf: ${(error as Error).message?.slice(0, 120)}`);
  }
}

async function strippedPdf(pdf: Awaited<ReturnType<typeof loadPdfLib>>, bytes: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFRef, PDFDict, PDFArray, PDFStream } = pdf;
  // updateMetadata: false, or loading would write a Producer and dates of its own.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (doc.getPageCount() < 1) throw new Error('no pages');
  const { context, catalog } = doc;
  context.trailerInfo.Info = undefined;
  catalog.delete(PDFName.of('Metadata'));
  // Keep only what the catalog reaches: the old Info and XMP (and any earlier revision's) go with the rest.
  const reached = new Set<string>();
  const visit = (value: unknown): void => {
    if (value instanceof PDFRef) {
      if (reached.has(value.tag)) return;
      reached.add(value.tag);
      visit(context.lookup(value));
    } else if (value instanceof PDFDict) {
      // XMP may hang on pages and images too: the key goes, and its stream is then unreached.
      value.delete(PDFName.of('Metadata'));
      for (const [, inner] of value.entries()) visit(inner);
    } else if (value instanceof PDFArray) {
      for (const inner of value.asArray()) visit(inner);
    } else if (value instanceof PDFStream) {
      visit(value.dict);
    }
  };
  visit(context.trailerInfo.Root);
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref);
  return doc.save({ updateFieldAppearances: false });
}

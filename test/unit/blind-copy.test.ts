// The blind copy an expert downloads, read back: nothing of the author survives in a DOCX's properties,
// comments, tracked changes or people list, nor in a PDF's Info, XMP or an object left unreferenced
// (what an incremental save leaves of an earlier Info); what is not a document is refused.
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { blindCopy, NotADocumentError } from '../../shared/essays/blind-copy.js';
import { claimedFormat } from '../../shared/essays/essay-file.js';
import { AUTHOR, COMPANY, docxText, docxWithAuthor, pdfAuthor, pdfWithAuthor, PNG_BYTES } from '../support/essay-documents.js';

describe('blind copies of essay files', () => {
  it('Should take the author out of a DOCX everywhere Word keeps it, and keep its text', async () => {
    const zip = await JSZip.loadAsync(await docxWithAuthor());
    zip.file('word/people.xml', `<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${AUTHOR}"><w15:presenceInfo w15:providerId="AD" w15:userId="${AUTHOR}@example.cn"/></w15:person></w15:people>`);
    const original = await zip.generateAsync({ type: 'uint8array' });
    expect(await docxText(original)).toContain(AUTHOR);
    const blind = await docxText(await blindCopy(original, 'docx'));
    expect(blind).toContain('学习体会正文');
    expect(blind).toContain('<dc:creator></dc:creator>');
    for (const gone of [AUTHOR, COMPANY, 'ZXD']) expect(blind).not.toContain(gone);
  });

  it('Should take the Info dictionary, the XMP metadata and unreferenced objects out of a PDF, and keep its pages', async () => {
    const doc = await PDFDocument.load(await pdfWithAuthor(), { updateMetadata: false });
    // An earlier revision's Info, no longer referenced, still in the file.
    doc.context.register(doc.context.obj({ Author: PDFString.of(`${AUTHOR} (old)`) }));
    const original = await doc.save({ useObjectStreams: false });
    expect(Buffer.from(original).toString('latin1')).toContain(`${AUTHOR} (old)`);
    const blind = await blindCopy(original, 'pdf');
    expect(Buffer.from(blind).toString('latin1')).not.toContain(AUTHOR);
    expect(await pdfAuthor(blind)).toBeUndefined();
    const read = await PDFDocument.load(blind, { updateMetadata: false });
    expect(read.getPageCount()).toBe(1);
    expect(read.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
  });

  it('Should tell the format by the first bytes, and refuse what only looks like a document', async () => {
    expect(claimedFormat(await pdfWithAuthor())).toBe('pdf');
    expect(claimedFormat(await docxWithAuthor())).toBe('docx');
    expect(claimedFormat(PNG_BYTES)).toBeUndefined();
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    await expect(blindCopy(await xlsx.generateAsync({ type: 'uint8array' }), 'docx')).rejects.toBeInstanceOf(NotADocumentError);
    await expect(blindCopy(new TextEncoder().encode('%PDF-1.7 and then nothing'), 'pdf')).rejects.toBeInstanceOf(NotADocumentError);
  });
});

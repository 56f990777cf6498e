// Real documents with an author in their metadata, made the way Word and PDF writers make them, for the
// essay file tests: a DOCX (core and app properties, a comment and a tracked change by a named author)
// and a PDF (Info dictionary and XMP metadata naming the author).
import JSZip from 'jszip';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';

export const AUTHOR = 'Zhang Xiaodong';
export const COMPANY = 'Dongfeng Street Office';

export async function docxWithAuthor(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>学习体会正文</w:t></w:r><w:ins w:id="1" w:author="${AUTHOR}" w:date="2026-03-01T00:00:00Z"><w:r><w:t>补充</w:t></w:r></w:ins></w:p></w:body></w:document>`);
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="${AUTHOR}" w:initials="ZXD"><w:p><w:r><w:t>请核对</w:t></w:r></w:p></w:comment></w:comments>`);
  zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>学习体会</dc:title><dc:creator>${AUTHOR}</dc:creator><cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy></cp:coreProperties>`);
  zip.file('docProps/app.xml', `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>${COMPANY}</Company><Manager>${AUTHOR}</Manager></Properties>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function pdfWithAuthor(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setAuthor(AUTHOR);
  doc.setCreator(`Word (${COMPANY})`);
  doc.setProducer(COMPANY);
  doc.setTitle('学习体会');
  doc.addPage().drawText('essay');
  const xmp = doc.context.stream(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${AUTHOR}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  // Uncompressed, so a plain search of the bytes finds the author where it is and proves it gone where not.
  return doc.save({ useObjectStreams: false });
}

/** What a DOCX says of its author anywhere in its XML parts. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return parts.join('\n');
}

export async function pdfAuthor(bytes: Uint8Array): Promise<string | undefined> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getAuthor();
}

/** A PNG's first bytes: a picture, whatever its name says. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(7)]);

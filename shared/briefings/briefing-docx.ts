// A published briefing as a Word file (.docx), the form offices forward: title, the day in words,
// the text as paragraphs and the display photos, on A4 in the usual official layout (title in a
// bold black face, body in 仿宋 at 三号 (16 pt) with a two-character first-line indent).
import { loadDocx } from '../kernel/docx.js';
import { dayInWords, paragraphsOf, type PublishedBriefing } from './briefing-schema.js';

/** A4's text width at 2.8 cm side margins, in the pixels (96 per inch) docx sizes images in. */
const TEXT_WIDTH_PX = 586;
const BODY = { eastAsia: '仿宋', ascii: 'FangSong', hAnsi: 'FangSong' };
const TITLE = { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei' };

export async function briefingDocx(briefing: PublishedBriefing, photo: (photoId: string) => Promise<Uint8Array | undefined>, districtName?: string): Promise<Uint8Array> {
  const { AlignmentType, Document, ImageRun, LineRuleType, Packer, Paragraph, TextRun } = await loadDocx();
  const mm = (n: number) => Math.round((n / 25.4) * 1440);
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: briefing.title, bold: true, size: 44, font: TITLE })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: [districtName, dayInWords(briefing.date)].filter(Boolean).join('　'), size: 32, font: BODY })],
    }),
    ...paragraphsOf(briefing.text).map(
      (text) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text, size: 32, font: BODY })] }),
    ),
  ];
  for (const { photoId, width, height } of briefing.photos) {
    const bytes = await photo(photoId);
    if (!bytes) continue;
    const scale = Math.min(1, TEXT_WIDTH_PX / width);
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 240 },
        children: [new ImageRun({ type: 'jpg', data: bytes, transformation: { width: Math.round(width * scale), height: Math.round(height * scale) }, altText: { name: briefing.title, title: briefing.title, description: briefing.title } })],
      }),
    );
  }
  const document = new Document({
    title: briefing.title,
    creator: districtName ?? '点菜',
    sections: [{ properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

// Takes the metadata out of a record photo before it is stored: EXIF (GPS position, camera serial,
// times), XMP, IPTC and comments, without re-encoding a pixel. The image data is copied as it is;
// only the containers' metadata blocks are dropped. A JPEG's orientation is kept (as a one-tag EXIF
// block), or a portrait photo taken on a phone would show lying on its side.
//
// Why not a library: exif-be-gone (the maintained streaming stripper) covers JPEG and PNG but not
// WebP and drops the orientation with the rest; sharp re-encodes and ships a native binary per
// platform (arm64 in Lambda). The three containers are small, documented formats.
export type PhotoType = 'jpg' | 'png' | 'webp';

/** Thrown for bytes that do not parse as the container their type says: the upload is refused. */
export class MalformedImageError extends Error {
  override name = 'MalformedImageError';
}

export function stripMetadata(bytes: Uint8Array, type: PhotoType): Uint8Array {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'jpg') return stripJpeg(data);
  if (type === 'png') return stripPng(data);
  return stripWebp(data);
}

// --- JPEG: segments up to the start of scan; APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe
// colour transform) are kept because decoders need them; every other APPn and COM goes.
const KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

function stripJpeg(data: Buffer): Buffer {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) throw new MalformedImageError('not a JPEG');
  const kept: Buffer[] = [data.subarray(0, 2)];
  let orientation: number | undefined;
  let at = 2;
  for (;;) {
    if (at + 4 > data.length || data[at] !== 0xff) throw new MalformedImageError('bad JPEG segment');
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) {
      // Start of scan (or an image without one): the rest is image data, copied as it is.
      kept.push(data.subarray(at));
      break;
    }
    const length = data.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > data.length) throw new MalformedImageError('JPEG segment past the end');
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1) orientation ??= exifOrientation(data.subarray(at + 4, end));
    if ((isApp && !KEEP_APP.has(marker)) || marker === 0xfe) {
      at = end;
      continue;
    }
    kept.push(data.subarray(at, end));
    // The orientation goes right after the JFIF header (or the start of image).
    if (kept.length === 2 && marker === 0xe0) kept.push(Buffer.alloc(0));
    at = end;
  }
  if (orientation !== undefined && orientation !== 1) {
    const block = orientationSegment(orientation);
    const slot = kept.findIndex((b, i) => i > 0 && b.length === 0);
    if (slot > 0) kept[slot] = block;
    else kept.splice(1, 0, block);
  }
  return Buffer.concat(kept.filter((b) => b.length > 0));
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 "Exif\0\0" payload, if there is one. */
function exifOrientation(payload: Buffer): number | undefined {
  if (payload.length < 14 || payload.toString('latin1', 0, 6) !== 'Exif\0\0') return undefined;
  const tiff = payload.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  if (!little && tiff.toString('latin1', 0, 2) !== 'MM') return undefined;
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 EXIF block holding nothing but the orientation (big-endian TIFF, one IFD0 entry). */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // one value
  tiff.writeUInt16BE(orientation, 18); // the value, left-justified in the 4-byte field
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

// --- PNG: chunks; the textual ones (tEXt, zTXt, iTXt: XMP and comments), eXIf and tIME go.
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DROP = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripPng(data: Buffer): Buffer {
  if (data.length < 8 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) throw new MalformedImageError('not a PNG');
  const kept: Buffer[] = [PNG_SIGNATURE];
  let at = 8;
  while (at < data.length) {
    if (at + 12 > data.length) throw new MalformedImageError('PNG chunk past the end');
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > data.length) throw new MalformedImageError('PNG chunk past the end');
    if (!PNG_DROP.has(type)) kept.push(data.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}

// --- WebP: RIFF chunks; EXIF and XMP go, their flags in the VP8X header are cleared, the size is patched.
function stripWebp(data: Buffer): Buffer {
  if (data.length < 12 || data.toString('latin1', 0, 4) !== 'RIFF' || data.toString('latin1', 8, 12) !== 'WEBP') throw new MalformedImageError('not a WebP');
  const kept: Buffer[] = [];
  let at = 12;
  while (at + 8 <= data.length) {
    const fourcc = data.toString('latin1', at, at + 4);
    const size = data.readUInt32LE(at + 4);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > data.length) throw new MalformedImageError('WebP chunk past the end');
    if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      const chunk = Buffer.from(data.subarray(at, Math.min(end, data.length)));
      if (fourcc === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c;
      kept.push(chunk);
    }
    at = end;
  }
  const body = Buffer.concat(kept);
  const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}

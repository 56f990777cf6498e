// Small real images for the record (台账) tests, with the metadata a phone writes: a JPEG whose EXIF
// carries a GPS position, a camera make and an orientation; a PNG with text and eXIf chunks; a WebP with
// EXIF and XMP chunks. Built byte by byte, so the tests need no image tool.

/** A 1x1 baseline JPEG (JFIF) with no metadata. */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A 1x1 lossless WebP (VP8L). */
const TINY_VP8L = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64').subarray(12);

/** A TIFF block (big-endian): IFD0 with Make, Orientation and a GPS IFD holding latitude N 31°14'. */
export function exifTiff(orientation: number): Buffer {
  const entries: [tag: number, type: number, count: number, value: Buffer][] = [];
  const make = Buffer.from('PhoneCam\0', 'latin1');
  const out = Buffer.alloc(200);
  out.write('MM', 0, 'latin1');
  out.writeUInt16BE(42, 2);
  out.writeUInt32BE(8, 4);
  // IFD0 at 8: 3 entries (Make, Orientation, GPSInfo), then next-IFD 0; data after.
  const ifd0 = 8;
  const ifd0Size = 2 + 3 * 12 + 4;
  const makeAt = ifd0 + ifd0Size;
  const gpsAt = makeAt + make.length + (make.length % 2);
  out.writeUInt16BE(3, ifd0);
  const entry = (i: number, tag: number, type: number, count: number, write: (at: number) => void) => {
    const at = ifd0 + 2 + i * 12;
    out.writeUInt16BE(tag, at);
    out.writeUInt16BE(type, at + 2);
    out.writeUInt32BE(count, at + 4);
    write(at + 8);
  };
  entry(0, 0x010f, 2, make.length, (at) => out.writeUInt32BE(makeAt, at));
  entry(1, 0x0112, 3, 1, (at) => out.writeUInt16BE(orientation, at));
  entry(2, 0x8825, 4, 1, (at) => out.writeUInt32BE(gpsAt, at));
  out.writeUInt32BE(0, ifd0 + 2 + 3 * 12);
  make.copy(out, makeAt);
  // GPS IFD: LatitudeRef 'N', Latitude 31/1 14/1 0/1.
  const ratAt = gpsAt + 2 + 2 * 12 + 4;
  out.writeUInt16BE(2, gpsAt);
  out.writeUInt16BE(0x0001, gpsAt + 2);
  out.writeUInt16BE(2, gpsAt + 4);
  out.writeUInt32BE(2, gpsAt + 6);
  out.write('N\0', gpsAt + 10, 'latin1');
  out.writeUInt16BE(0x0002, gpsAt + 14);
  out.writeUInt16BE(5, gpsAt + 16);
  out.writeUInt32BE(3, gpsAt + 18);
  out.writeUInt32BE(ratAt, gpsAt + 22);
  out.writeUInt32BE(0, gpsAt + 26);
  [31, 1, 14, 1, 0, 1].forEach((n, i) => out.writeUInt32BE(n, ratAt + i * 4));
  void entries;
  return out.subarray(0, ratAt + 24);
}

/** The tiny JPEG with an APP1 EXIF block (GPS, make, orientation) and an XMP block after its JFIF header. */
export function jpegWithGps(orientation = 6): Buffer {
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(orientation)]);
  const xmp = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="31,14N"/></x:xmpmeta>', 'latin1');
  const segment = (marker: number, payload: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(payload.length + 2, 2);
    return Buffer.concat([head, payload]);
  };
  const jfifEnd = 2 + 2 + TINY_JPEG.readUInt16BE(4);
  return Buffer.concat([TINY_JPEG.subarray(0, jfifEnd), segment(0xe1, exif), segment(0xe1, xmp), segment(0xfe, Buffer.from('shot at home', 'latin1')), TINY_JPEG.subarray(jfifEnd)]);
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The tiny PNG with eXIf (GPS), tEXt and iTXt chunks before its image data. */
export function pngWithMetadata(): Buffer {
  const ihdrEnd = 8 + 12 + 13;
  return Buffer.concat([
    TINY_PNG.subarray(0, ihdrEnd),
    pngChunk('eXIf', exifTiff(1)),
    pngChunk('tEXt', Buffer.from('Comment\0shot at home', 'latin1')),
    pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>', 'latin1')),
    TINY_PNG.subarray(ihdrEnd),
  ]);
}

/** A WebP with a VP8X header flagging EXIF and XMP, its image, then EXIF (GPS) and XMP chunks. */
export function webpWithMetadata(): Buffer {
  const chunk = (fourcc: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(fourcc, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08 | 0x04; // EXIF and XMP present
  const body = Buffer.concat([chunk('VP8X', vp8x), TINY_VP8L, chunk('EXIF', exifTiff(1)), chunk('XMP ', Buffer.from('<x:xmpmeta/>', 'latin1'))]);
  const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}

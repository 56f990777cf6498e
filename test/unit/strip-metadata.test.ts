// Record photos lose their metadata (GPS, camera, XMP, comments) and keep their pixels and orientation.
import ExifReader from 'exifreader';
import { describe, expect, it } from 'vitest';
import { fileTypeFromBuffer } from 'file-type';
import { MalformedImageError, stripMetadata } from '../../shared/records/strip-metadata.js';
import { jpegWithGps, pngWithMetadata, TINY_JPEG, webpWithMetadata } from '../support/image-fixtures.js';

const tags = (bytes: Buffer) => ExifReader.load(bytes, { expanded: true }) as Record<string, Record<string, unknown> | undefined>;

describe('stripping a photo’s metadata', () => {
  it('Should take GPS, the camera and XMP out of a JPEG, keep its orientation and copy the image data as it is', () => {
    const before = jpegWithGps(6);
    expect(tags(before).gps?.Latitude).toBeCloseTo(31.2333, 3);
    const after = Buffer.from(stripMetadata(before, 'jpg'));
    const read = tags(after);
    expect(read.gps).toBeUndefined();
    expect(read.exif?.Make).toBeUndefined();
    expect(read.xmp).toBeUndefined();
    expect((read.exif?.Orientation as { value: number } | undefined)?.value).toBe(6);
    expect(after.includes(Buffer.from('shot at home'))).toBe(false);
    // The scan (everything from SOS on) is byte for byte the same.
    const sos = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
    expect(sos(after).equals(sos(before))).toBe(true);
  });

  it('Should leave a JPEG without metadata as it was, and add no orientation block for an upright photo', () => {
    expect(Buffer.from(stripMetadata(TINY_JPEG, 'jpg')).equals(TINY_JPEG)).toBe(true);
    expect(tags(Buffer.from(stripMetadata(jpegWithGps(1), 'jpg'))).exif).toBeUndefined();
  });

  it('Should drop eXIf and text chunks from a PNG and keep a valid PNG', async () => {
    const before = pngWithMetadata();
    expect(tags(before).gps).toBeDefined();
    const after = Buffer.from(stripMetadata(before, 'png'));
    expect(tags(after).gps).toBeUndefined();
    for (const chunk of ['eXIf', 'tEXt', 'iTXt']) expect(after.includes(Buffer.from(chunk, 'latin1'))).toBe(false);
    expect((await fileTypeFromBuffer(after))?.ext).toBe('png');
  });

  it('Should drop EXIF and XMP chunks from a WebP, clear their flags and patch the RIFF size', async () => {
    const after = Buffer.from(stripMetadata(webpWithMetadata(), 'webp'));
    expect(after.includes(Buffer.from('EXIF', 'latin1'))).toBe(false);
    expect(after.includes(Buffer.from('XMP ', 'latin1'))).toBe(false);
    expect(after.readUInt32LE(4)).toBe(after.length - 8);
    expect(after[20]! & 0x0c).toBe(0);
    expect((await fileTypeFromBuffer(after))?.ext).toBe('webp');
  });

  it('Should refuse bytes that are not the container they claim to be', () => {
    expect(() => stripMetadata(Buffer.from('not an image'), 'jpg')).toThrow(MalformedImageError);
    expect(() => stripMetadata(TINY_JPEG.subarray(0, 30), 'jpg')).toThrow(MalformedImageError);
  });
});

import { describe, expect, it } from 'vitest';
import { namespaceOf } from '../../shared/kernel/on-demand-import.js';

describe('a package loaded on demand', () => {
  class Parser {}
  it('Should reach named exports of an ES module as they are', () => {
    expect(namespaceOf({ SaxesParser: Parser }).SaxesParser).toBe(Parser);
  });

  it('Should reach named exports of the CommonJS copy shipped beside a Lambda bundle, which plain Node gives under default only', () => {
    const shipped = { default: { SaxesParser: Parser } } as unknown as { SaxesParser: typeof Parser };
    expect(namespaceOf(shipped).SaxesParser).toBe(Parser);
  });

  it('Should leave a default export that is a function (a class such as JSZip) where it is', () => {
    function JSZip() {}
    expect(namespaceOf({ default: JSZip }).default).toBe(JSZip);
  });
});

import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../shared/kernel/locale.js';

describe('negotiateLocale', () => {
  it('speaks Chinese by default', () => {
    expect(negotiateLocale(undefined, undefined)).toBe('zh');
    expect(negotiateLocale(undefined, 'fr-FR,de;q=0.8')).toBe('zh');
  });

  it('speaks English when asked with ?lang=en, whatever the browser says', () => {
    expect(negotiateLocale('en', 'zh-CN')).toBe('en');
    expect(negotiateLocale('zh', 'en-US')).toBe('zh');
  });

  it('follows Accept-Language by weight', () => {
    expect(negotiateLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale(undefined, 'en;q=0.5,zh-CN;q=0.9')).toBe('zh');
    expect(negotiateLocale(undefined, 'fr,en;q=0.3')).toBe('en');
  });
});

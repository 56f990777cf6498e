// A download's name, as both apps send it (the organizer's CSV and .xlsx, the public briefing's .docx).

/** RFC 6266: `filename*` carries the real (Chinese) name; `filename` a plain ASCII one for old clients. */
export function disposition(name: string, asciiName = name): string {
  const ascii = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

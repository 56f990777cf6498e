// A page's inline styles and scripts that its own CSP does not allow by hash: a browser drops them (no
// styles, no 复制 button) while an in-process test that never enforces the policy sees nothing wrong.
import { cspHash } from '../../functions/http/security-headers.js';

export function inlineBlockedByCsp(csp: string, html: string): string[] {
  return [...html.matchAll(/<(style|script)>([\s\S]*?)<\/\1>/g)].flatMap(([, tag, source]) => (csp.includes(cspHash(source!)) ? [] : [`<${tag}> ${source!.slice(0, 60)}`]));
}

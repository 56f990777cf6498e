// The one way to reach the `docx` package (Word files: briefings): loaded on first use, never at
// start-up. In Lambda it is not part of a bundle but a package of its own beside it
// (infra/on-demand-modules.ts), so neither function's cold start reads or parses it. Import only types
// from 'docx' elsewhere: a static import would put it back in the bundle (the bundle test refuses one).
import type * as DocxModule from 'docx';
import { namespaceOf } from './on-demand-import.js';

export type Docx = typeof DocxModule;

let loading: Promise<Docx> | undefined;

export function loadDocx(): Promise<Docx> {
  loading ??= import('docx').then((module) => namespaceOf(module));
  return loading;
}

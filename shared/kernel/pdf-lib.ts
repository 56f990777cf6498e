// The one way to reach @cantoo/pdf-lib (the maintained fork of pdf-lib, whose last release was 2021):
// loaded on first use, never at start-up. In Lambda it is a package shipped beside the bundle
// (infra/on-demand-modules.ts), so a cold start neither reads nor parses its half megabyte. Import only
// types from '@cantoo/pdf-lib' elsewhere (the bundle test refuses a static import).
import { namespaceOf } from './on-demand-import.js';

export type PdfLib = typeof import('@cantoo/pdf-lib');

let loading: Promise<PdfLib> | undefined;

export function loadPdfLib(): Promise<PdfLib> {
  loading ??= import('@cantoo/pdf-lib').then((module) => namespaceOf(module as PdfLib));
  return loading;
}

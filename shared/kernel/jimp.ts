// The one way to reach jimp (pure JavaScript image decoding, resizing and JPEG encoding: the display
// copies of briefing photos). Loaded on first use, and in Lambda shipped beside the organizer's
// bundle (infra/on-demand-modules.ts) rather than in it. Pure JavaScript on purpose: sharp's native
// binaries are per platform (x64 here, arm64 in Lambda), which a bundle built here cannot carry.
import type * as JimpModule from 'jimp';
import { namespaceOf } from './on-demand-import.js';

export type JimpNamespace = typeof JimpModule;

let loading: Promise<JimpNamespace> | undefined;

export function loadJimp(): Promise<JimpNamespace> {
  loading ??= import('jimp').then((module) => namespaceOf(module));
  return loading;
}

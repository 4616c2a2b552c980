/**
 * Messages between the dump doctor and its Web Worker: the page sends the
 * file (or pasted text), the worker answers with progress and then the
 * analysis or a read error. Plain data only (structured clone).
 */
import type { DumpReadError } from './readDump.ts';
import type { DumpAnalysis } from './report.ts';

/** What the page asks the worker. */
export type DumpJob = { readonly kind: 'file'; readonly file: Blob } | { readonly kind: 'text'; readonly text: string };

/** The stage the worker is in. */
export type DumpStage = 'reading' | 'decompressing' | 'parsing' | 'analysing';

/** What the worker answers. */
export type DumpWorkerMessage =
  | { readonly kind: 'progress'; readonly stage: DumpStage; readonly fraction: number }
  | { readonly kind: 'done'; readonly analysis: DumpAnalysis; readonly ms: number }
  | { readonly kind: 'failed'; readonly error: DumpReadError };

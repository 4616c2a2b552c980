/**
 * State of the dump doctor: the file or pasted text the reader gave, the
 * worker that reads it (progress, then the analysis or a read error), the
 * redaction switch and the ticket report. The dump stays in this page: it
 * is never sent, stored or put in a URL.
 */
import type { DumpAnalysis } from '../../lib/dump/report.ts';
import { analyseDump, ticketReport } from '../../lib/dump/report.ts';
import type { DumpReadError } from '../../lib/dump/readDump.ts';
import { MAX_DUMP_BYTES } from '../../lib/dump/readDump.ts';
import { copyText } from '../../lib/browser/clipboard.ts';
import type { DumpJob, DumpStage, DumpWorkerMessage } from '../../lib/dump/progress.ts';
import { dumpText } from '../../lib/dump/messages.ts';
import { iceText } from '../../lib/ice/messages.ts';
import { translator, type Translate, type KeyOf } from '../../i18n/dictionary.ts';
import { path, type Lang } from '../../i18n/locales.ts';

/** Where the doctor stands. */
export type DoctorPhase = 'idle' | 'reading' | 'done' | 'error';

/** The dump doctor's state. */
export class DumpDoctor {
  readonly lang: Lang;
  /** The widget's one lookup. */
  readonly t: Translate<KeyOf<typeof dumpText> | KeyOf<typeof iceText>>;
  phase: DoctorPhase = $state('idle');
  stage: DumpStage = $state('reading');
  progress = $state(0);
  fileName = $state('');
  pasted = $state('');
  redact = $state(true);
  error: { code: string; text: string } | null = $state(null);
  analysis: DumpAnalysis | null = $state.raw(null);
  /** What the last copy did: `null` before any, `true` copied, `false` this page could not copy. */
  copied = $state<boolean | null>(null);
  /** Set once the widget is live in the browser (for tests and styles). */
  ready = $state(false);
  /** Time the worker took to read, parse and analyse the last dump (ms). */
  workerMs: number | null = $state(null);
  readonly report = $derived.by(() => (this.analysis ? ticketReport(this.analysis, { lang: this.lang, redact: this.redact, link: (slug, id) => this.articleUrl(slug, id) }) : ''));
  #worker: Worker | null = null;
  #job = 0;
  #origin = '';

  constructor(lang: Lang) {
    this.lang = lang;
    this.t = translator(lang, dumpText, iceText);
  }

  /** Link to an article anchor, under the site's base path. */
  articleHref(slug: string, id: string): string {
    return `${path(this.lang, slug)}#${id}`;
  }

  /** Absolute link for the report (the page's own origin, nothing else). */
  articleUrl(slug: string, id: string): string {
    return `${this.#origin}${this.articleHref(slug, id)}`;
  }

  /** Starts the worker once the widget is in a browser. */
  mount(_root: HTMLElement | undefined): () => void {
    this.#origin = globalThis.location?.origin ?? '';
    this.ready = true;
    return () => {
      this.#worker?.terminate();
      this.#worker = null;
    };
  }

  #ensureWorker(): Worker | null {
    if (this.#worker) return this.#worker;
    if (typeof Worker === 'undefined') return null;
    try {
      this.#worker = new Worker(new URL('../../lib/browser/dumpWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    return this.#worker;
  }

  /** Reads a file the reader dropped or picked. */
  openFile(file: File): void {
    this.fileName = file.name;
    if (file.size > MAX_DUMP_BYTES) {
      this.#fail({ code: 'too-large', message: '', detail: MAX_DUMP_BYTES });
      return;
    }
    this.#run({ kind: 'file', file });
  }

  /** Reads the pasted text. */
  readPasted(): void {
    this.fileName = '';
    this.#run({ kind: 'text', text: this.pasted });
  }

  #run(job: DumpJob): void {
    const id = ++this.#job;
    this.phase = 'reading';
    this.stage = job.kind === 'file' ? 'reading' : 'parsing';
    this.progress = 0;
    this.error = null;
    this.copied = null;
    const worker = this.#ensureWorker();
    if (worker === null) {
      // No workers: read in the page (small dumps only stall it briefly).
      void (async () => {
        const input = job.kind === 'file' ? new Uint8Array(await job.file.arrayBuffer()) : job.text;
        if (id !== this.#job) return;
        const r = analyseDump(input);
        if (r.ok) this.#done(r.value);
        else this.#fail(r.error);
      })();
      return;
    }
    worker.onmessage = (e: MessageEvent<DumpWorkerMessage>) => {
      if (id !== this.#job) return;
      const m = e.data;
      if (m.kind === 'progress') {
        this.stage = m.stage;
        this.progress = m.fraction;
      } else if (m.kind === 'done') {
        this.workerMs = m.ms;
        this.#done(m.analysis);
      }
      else this.#fail(m.error);
    };
    worker.onerror = (e: ErrorEvent) => {
      if (id !== this.#job) return;
      this.error = { code: 'worker', text: this.t('error.worker', { detail: e.message || 'worker error' }) };
      this.phase = 'error';
      this.#worker?.terminate();
      this.#worker = null;
    };
    worker.postMessage(job);
  }

  #done(analysis: DumpAnalysis): void {
    this.analysis = analysis;
    this.phase = 'done';
    this.progress = 1;
  }

  #fail(error: DumpReadError): void {
    this.error = { code: error.code, text: this.t(`error.${error.code}`, { limit: MAX_DUMP_BYTES / 1024 / 1024, at: error.detail ?? 0 }) };
    this.phase = 'error';
    this.analysis = null;
  }

  /** Copies the ticket report to the clipboard. */
  async copyReport(): Promise<void> {
    this.copied = await copyText(this.report);
  }
}

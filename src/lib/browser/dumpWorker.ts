/**
 * The dump doctor's Web Worker: reads the dropped file in chunks (reporting
 * how much has been read), then decompresses, parses and analyses it with
 * `src/lib/dump`, so a dump of tens of megabytes never blocks the page.
 * Nothing leaves the browser.
 */
import { analyseDump } from '../dump/report.ts';
import { MAX_DUMP_BYTES } from '../dump/readDump.ts';
import type { DumpJob, DumpWorkerMessage } from '../dump/progress.ts';

const post = (m: DumpWorkerMessage): void => (globalThis as unknown as { postMessage(m: DumpWorkerMessage): void }).postMessage(m);

async function readAll(file: Blob): Promise<Uint8Array | null> {
  if (file.size > MAX_DUMP_BYTES) return null;
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  let lastPost = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > out.length) return null;
    out.set(value, at);
    at += value.length;
    if (at - lastPost > 1024 * 1024) {
      lastPost = at;
      post({ kind: 'progress', stage: 'reading', fraction: at / Math.max(1, file.size) });
    }
  }
  return out.subarray(0, at);
}

globalThis.addEventListener('message', (event: Event) => {
  const job = (event as MessageEvent<DumpJob>).data;
  void (async () => {
    const started = performance.now();
    let input: Uint8Array | string;
    if (job.kind === 'file') {
      post({ kind: 'progress', stage: 'reading', fraction: 0 });
      const bytes = await readAll(job.file);
      if (bytes === null) {
        post({ kind: 'failed', error: { code: 'too-large', message: `larger than ${MAX_DUMP_BYTES} bytes`, detail: MAX_DUMP_BYTES } });
        return;
      }
      input = bytes;
      post({ kind: 'progress', stage: bytes[0] === 0x1f && bytes[1] === 0x8b ? 'decompressing' : 'parsing', fraction: 1 });
    } else {
      input = job.text;
      post({ kind: 'progress', stage: 'parsing', fraction: 1 });
    }
    // A shape the model did not expect must still end in a specific message,
    // not in a silent worker error.
    let result: ReturnType<typeof analyseDump>;
    try {
      result = analyseDump(input);
    } catch (error) {
      post({ kind: 'failed', error: { code: 'not-a-dump', message: `unexpected dump shape: ${String(error)}`, detail: null } });
      return;
    }
    if (result.ok) post({ kind: 'done', analysis: result.value, ms: performance.now() - started });
    else post({ kind: 'failed', error: result.error });
  })();
});

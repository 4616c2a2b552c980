/**
 * Writes recordings to `src/data/lab/<kind>.json` (or another directory),
 * with sorted keys and one file per scenario kind, so re-running a scenario
 * replaces its file and the diff shows what changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GuardReport, LabEnvironment, LabRecording, RecordingBase } from '../../src/lib/lab/recordings.ts';
import { stableStringify } from './stableJson.ts';
import { repoRoot } from './session.ts';

/** Where committed recordings live. */
export const defaultRecordingDir = join(repoRoot, 'src', 'data', 'lab');

/**
 * The fields every recording starts with.
 *
 * @param environment - tool versions
 * @param command - the command line, as a reader would type it
 * @param guard - guard drops over the run
 * @returns the base fields
 */
export function recordingBase(environment: LabEnvironment, command: string, guard: GuardReport): RecordingBase {
  return { schemaVersion: 1, recordedOn: new Date().toISOString().slice(0, 10), command, environment, guard };
}

/**
 * Writes one recording as `<dir>/<kind>.json`.
 *
 * @param dir - target directory
 * @param recording - the recording
 * @returns the path written
 */
export function writeRecording(dir: string, recording: LabRecording): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${recording.kind}.json`);
  writeFileSync(path, stableStringify(recording));
  return path;
}

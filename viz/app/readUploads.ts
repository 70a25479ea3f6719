// The files chosen in the upload dialog, read as text: a scenario and the files it refers to
// (trigger exports, replayed ticket CSVs). What cannot be read — too large, not text, not
// UTF-8 — is named file by file, and nothing is loaded then.

import type { UploadedFile } from './chooseScenario.ts';

/** A YAML file larger than this is not a scenario anyone wrote. */
export const SCENARIO_LIMIT_BYTES = 2_000_000;
/** Any other file (a day's ticket export is a few MB at most). */
export const FILE_LIMIT_BYTES = 20_000_000;

const isYaml = (name: string) => /\.ya?ml$/i.test(name);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Why a file of this size is refused, or null. */
export function sizeProblem(name: string, bytes: number): string | null {
  if (isYaml(name) && bytes > SCENARIO_LIMIT_BYTES) return `${name}: ${mb(bytes)} is too large for a scenario (limit 2 MB)`;
  if (bytes > FILE_LIMIT_BYTES) return `${name}: ${mb(bytes)} is too large (limit 20 MB a file)`;
  return null;
}

/** The file's text, or why it is not UTF-8 text (a NUL byte, UTF-16, bytes UTF-8 cannot decode). */
export function decodeUpload(name: string, bytes: Uint8Array): { text: string } | { error: string } {
  const what = /\.csv$/i.test(name) ? 'a replayed ticket export is CSV text in UTF-8' : 'a scenario is YAML or JSON text in UTF-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: `${name} is UTF-16 text; save it as UTF-8 (a spreadsheet's "CSV UTF-8") and choose it again` };
  }
  if (bytes.includes(0)) return { error: `${name} is not a text file (${what})` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${name} is not UTF-8 text (${what}); save it as UTF-8 (a spreadsheet's "CSV UTF-8") and choose it again` };
  }
}

/** Reads every chosen file; `problems` lists those that cannot be used (then `files` is not to be used). */
export async function readUploads(chosen: readonly File[]): Promise<{ files: UploadedFile[]; problems: string[] }> {
  const files: UploadedFile[] = [];
  const problems: string[] = [];
  for (const f of chosen) {
    const big = sizeProblem(f.name, f.size);
    if (big !== null) {
      problems.push(big);
      continue;
    }
    const r = decodeUpload(f.name, new Uint8Array(await f.arrayBuffer()));
    if ('error' in r) problems.push(r.error);
    else files.push({ name: f.name, text: r.text });
  }
  return { files, problems };
}

// Which of the files chosen together in the upload dialog is the scenario: the one YAML or JSON
// file with `channels:` (trigger exports, ticket CSVs and sweep files have none). The others
// are the files it may refer to.

import { parse } from 'yaml';
import { looksLikeTriggerExport } from '../../sim/cli/triggerExport.ts';
import { isSweepDocument } from '../../sim/cli/sweepDocument.ts';

export interface UploadedFile {
  name: string;
  text: string;
}

const SCENARIO_EXTENSIONS = /\.(ya?ml|json)$/i;

/** A YAML or JSON file whose top level is a mapping with `channels:`. */
function looksLikeScenario(f: UploadedFile): boolean {
  if (!SCENARIO_EXTENSIONS.test(f.name)) return false;
  const raw = read(f);
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'channels' in raw;
}

/** Each file's top-level value, parsed once: choosing looks at a file up to twice. */
const parsed = new WeakMap<UploadedFile, unknown>();

/** The file's top-level value, or undefined when it is not YAML or JSON. */
function read(f: UploadedFile): unknown {
  if (parsed.has(f)) return parsed.get(f);
  let value: unknown;
  try {
    value = parse(f.text);
  } catch {
    value = undefined;
  }
  parsed.set(f, value);
  return value;
}

/**
 * Why a file the page would run as the scenario is another kind of file, as the CLI tells it
 * (sim/cli/loadScenario.ts): a sweep file, or a trigger export — instead of a dozen unknown keys
 * and a scenario with no channels. Null for anything else (a scenario's problems are its own).
 */
function otherKind(f: UploadedFile): string | null {
  if (!SCENARIO_EXTENSIONS.test(f.name)) return null;
  const raw = read(f);
  if (isSweepDocument(raw) && !('channels' in (raw as object))) {
    const sweeps = (raw as Record<string, unknown>)['scenario'];
    return `${f.name} is a sweep file (it has a grid:), not a scenario: the page runs one scenario and its variants — upload the scenario it sweeps` +
      `${typeof sweeps === 'string' ? ` (${sweeps})` : ''} with its files, or run the sweep with: omnisim sweep ${f.name}`;
  }
  if (looksLikeTriggerExport(raw)) {
    return `${f.name} is a Triggers API export, not a scenario: choose it together with the scenario that imports it (triggers: [{ import: ${f.name} }])`;
  }
  return null;
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * The scenario among `files` and the rest, or why none can be told: no file is a scenario, or
 * several are. One file alone is the scenario whatever it holds (its problems are shown as a
 * scenario's); so is the one YAML file among files none of which has `channels:` — unless it is
 * a sweep file or a trigger export, which is said.
 */
export function chooseScenario(files: readonly UploadedFile[]): { scenario: UploadedFile; others: UploadedFile[] } | { error: string } {
  const pick = (s: UploadedFile) => {
    const other = otherKind(s);
    return other !== null ? { error: other } : { scenario: s, others: files.filter((f) => f !== s) };
  };
  if (files.length === 1) return pick(files[0]!);
  const scenarios = files.filter(looksLikeScenario);
  if (scenarios.length === 1) return pick(scenarios[0]!);
  if (scenarios.length > 1) {
    return { error: `${list(scenarios.map((f) => f.name))} are each a scenario: upload one scenario at a time, chosen together with the files it refers to (trigger exports, replayed ticket CSVs)` };
  }
  const yaml = files.filter((f) => /\.ya?ml$/i.test(f.name));
  if (yaml.length === 1) return pick(yaml[0]!);
  return { error: `none of the chosen files (${list(files.map((f) => f.name))}) is a scenario — a YAML or JSON file with channels: — choose the scenario together with the files it refers to` };
}

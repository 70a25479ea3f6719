// Which of the files chosen together in the upload dialog is the scenario: the one YAML or JSON
// file with `channels:` (trigger exports, ticket CSVs and sweep files have none). The others
// are the files it may refer to.

import { parse } from 'yaml';

export interface UploadedFile {
  name: string;
  text: string;
}

const SCENARIO_EXTENSIONS = /\.(ya?ml|json)$/i;

/** A YAML or JSON file whose top level is a mapping with `channels:`. */
function looksLikeScenario(f: UploadedFile): boolean {
  if (!SCENARIO_EXTENSIONS.test(f.name)) return false;
  try {
    const raw: unknown = parse(f.text);
    return raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'channels' in raw;
  } catch {
    return false;
  }
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * The scenario among `files` and the rest, or why none can be told: no file is a scenario, or
 * several are. One file alone is the scenario whatever it holds (its problems are shown as a
 * scenario's); so is the one YAML file among files none of which has `channels:`.
 */
export function chooseScenario(files: readonly UploadedFile[]): { scenario: UploadedFile; others: UploadedFile[] } | { error: string } {
  const pick = (s: UploadedFile) => ({ scenario: s, others: files.filter((f) => f !== s) });
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

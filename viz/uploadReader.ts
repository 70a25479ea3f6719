// The files an uploaded scenario refers to (`triggers: [{ import: … }]`, `arrivals: { replay: … }`),
// read from the files chosen with it in the upload dialog — never from the page's bundled
// scenarios/, so a user's `data/tickets.csv` is theirs, not the page's file of that name. An
// upload gives files by name only (no folders), so a reference matches the chosen file of the
// same name, whatever folder it writes; two references to different folders' files of one name
// are refused rather than both given the one file.

import type { FileReader } from '../sim/scenario/read/readTriggers.ts';

export interface UploadReader {
  /** Reads a reference as the scenario writes it (relative to the scenario). */
  read: FileReader;
  /** The chosen files, other than the scenario, that no reference has read so far. */
  unused(): string[];
}

/** `a/./b/../c.csv` → `a/c.csv` (a leading `..` is kept); `\` separates too. */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split(/[/\\]/)) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

const baseName = (path: string): string => normalize(path).split('/').pop() ?? path;

/**
 * `scenario`: the scenario's file name; `files`: every chosen file by name, the scenario's
 * included; `bundled`: the page's own files (paths under scenarios/), only to say that one of
 * the same name exists and is not used.
 */
export function uploadReader(scenario: string, files: Readonly<Record<string, string>>, bundled: readonly string[] = []): UploadReader {
  /** Chosen file name → the first reference (normalized) that read it. */
  const readAs = new Map<string, string>();
  const read: FileReader = (path) => {
    const ref = normalize(path);
    const name = baseName(path);
    const text = Object.hasOwn(files, name) ? files[name] : undefined;
    if (text === undefined) return { error: missing(path, name) };
    const first = readAs.get(name);
    if (first !== undefined && first !== ref) {
      return { error: `${first} and ${ref} are both named ${name}, and an upload gives the page file names only, so it cannot tell which chosen ${name} is which: give the two files different names (and change the scenario's references to them)` };
    }
    readAs.set(name, ref);
    return text;
  };

  function missing(path: string, name: string): string {
    const chosen = Object.keys(files);
    const other = chosen.find((n) => n !== name && n.toLowerCase() === name.toLowerCase());
    const ours = bundled.find((b) => b === normalize(path)) ?? bundled.find((b) => baseName(b) === name);
    return `${path} was not uploaded with ${scenario}: select ${name} together with ${scenario} in the upload dialog (choose all the files at once;` +
      ` chosen now: ${chosen.join(', ')})` +
      (other !== undefined ? `; ${other} differs from it in upper and lower case only, but names must match exactly` : '') +
      (ours !== undefined ? `. The page's own scenarios/${ours} is not used for an uploaded scenario` : '');
  }

  return {
    read,
    unused: () => Object.keys(files).filter((n) => n !== scenario && !readAs.has(n)),
  };
}

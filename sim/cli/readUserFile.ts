// Reading a file the user named, or one a scenario or sweep names: what went wrong is said in
// words — missing, a directory, no permission — never as an errno code, nor as a parse error
// of a directory ("not valid JSON (EISDIR …)") or "no such file" for one that is there. The
// text comes without a byte-order mark.

import { readFileSync, statSync } from 'node:fs';
import { UserError } from './UserError.ts';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symbolic link that loops',
  ENAMETOOLONG: 'the name is too long',
};

/** Standard input's text, once read: a second reader of `-` (a check that it is a sweep, say) gets the same. */
let piped: string | undefined;

/** `-`: the text piped to standard input (`generate | omnisim run -`), read to its end once. */
function readStandardInput(what: string): string | { error: string } {
  if (piped !== undefined) return piped;
  // A terminal would wait for the user to type a scenario, which looks like a hang.
  if (process.stdin.isTTY) return { error: `-: standard input is a terminal; pipe ${what} in (… | omnisim run -) or give its file name` };
  try {
    piped = readFileSync(0, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { error: `-: cannot read standard input (${REASONS[code] ?? (code || String(e))})` };
  }
  return piped;
}

/** The text of `path` (`-`: standard input), or why it cannot be read: "<path>: no such file", "<path>: is a directory, not <what>", … */
export function tryReadUserFile(path: string, what = 'a file'): string | { error: string } {
  // An empty name (a shell variable that was not set) said ": no such file".
  if (path.trim() === '') return { error: `expected ${what}, got an empty name` };
  if (path === '-') return readStandardInput(what);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { error: `${path}: is a directory, not ${what}` };
    // A device is read for ever (/dev/zero) or waits on the terminal; pipes and files are read.
    if (stat.isCharacterDevice() || stat.isBlockDevice()) return { error: `${path}: is a device, not ${what}` };
    // A byte-order mark (Windows tools write one: PowerShell's Out-File) is no part of the text:
    // JSON.parse refused an export that began with one, with an invisible character in the message.
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { error: `${path}: no such file` };
    return { error: `${path}: cannot read (${REASONS[code] ?? (code || String(e))})` };
  }
}

/** The text of `path`, or a UserError saying why it cannot be read (`flag` first, when a flag named it). */
export function readUserFile(path: string, what = 'a file', flag?: string): string {
  const r = tryReadUserFile(path, what);
  if (typeof r === 'string') return r;
  throw new UserError(flag === undefined ? r.error : `${flag} ${r.error}`);
}

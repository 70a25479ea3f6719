// Writes a file the user asked for (--json, --csv, --html, --out …). A path that cannot be
// written is the user's to fix: it becomes a UserError naming the path and the reason.

import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from './UserError.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    // ENOENT in a folder that is there (/proc): files cannot be made in it.
    const reason = code === 'ENOENT' && existsSync(dirname(resolve(path))) ? 'no file can be made in its folder' : REASONS[code] ?? (code || String(e));
    throw new UserError(`${path}: cannot write (${reason})`);
  }
}

/** Before a long run: fails at once if `path`'s folder is missing (or `path` is a folder). */
export function checkWritable(flag: string, path: string | undefined, kind: 'file' | 'folder' = 'file'): void {
  // An empty path (a shell variable that was not set) wrote nothing and said nothing.
  if (path !== undefined && path.trim() === '') throw new UserError(`${flag}: give a ${kind} name${kind === 'file' ? ', or - for standard output' : ''}; got an empty one`);
  if (path === undefined || path === '-') return;
  // "out/" resolves to "out": its check passed, and the write failed after the run.
  if (kind === 'file' && /[\\/]$/.test(path)) throw new UserError(`${flag} ${path}: names a folder (it ends with ${path.at(-1)}); give a file name`);
  const parent = dirname(resolve(path));
  if (!existsSync(parent)) throw new UserError(`${flag} ${path}: its folder ${parent} does not exist`);
  if (!statSync(parent).isDirectory()) throw new UserError(`${flag} ${path}: ${parent} is a file, not a folder`);
  if (!existsSync(path)) return;
  const isFolder = statSync(path).isDirectory();
  if (kind === 'file' && isFolder) throw new UserError(`${flag} ${path}: is a folder; give a file name`);
  if (kind === 'folder' && !isFolder) throw new UserError(`${flag} ${path}: is a file; give a folder (it is made if missing)`);
}

/** At most one output goes to standard output (`-`): two would be mixed into one stream. */
export function oneToStandardOutput(outputs: readonly [flag: string, path: string | undefined][]): void {
  const dashes = outputs.filter(([, path]) => path === '-').map(([flag]) => `${flag} -`);
  if (dashes.length > 1) throw new UserError(`${dashes.join(' and ')}: only one of them can go to standard output`);
}

/** A path as the file system names it: two spellings of one file (./a, a, a symlink) compare equal. */
function samePath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    return full; // not there yet: only its spelling can be compared
  }
}

/**
 * Before a run: no output may overwrite a file read (`--json scenario.yaml` replaced the
 * scenario with its report) or another output (`--json r --html r` kept only the HTML).
 * `inputs` are [what, path] of the files read; `-` and absent outputs are left out.
 */
export function distinctOutputs(inputs: readonly [what: string, path: string][], outputs: readonly [flag: string, path: string | undefined][]): void {
  const given = outputs.filter((o): o is [string, string] => o[1] !== undefined && o[1] !== '-' && o[1].trim() !== '');
  for (const [flag, path] of given) {
    const input = inputs.find(([, p]) => samePath(p) === samePath(path));
    if (input) throw new UserError(`${flag} ${path}: is ${input[0]}, which this command reads; writing there would overwrite it. Give another file name`);
  }
  given.forEach(([flag, path], i) => {
    const other = given.slice(0, i).find(([, p]) => samePath(p) === samePath(path));
    if (other) throw new UserError(`${other[0]} ${other[1]} and ${flag} ${path}: the same file, where the second would overwrite the first; give each its own`);
  });
}

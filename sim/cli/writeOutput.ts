// Writes a file the user asked for (--json, --csv, --html, --out …). A path that cannot be
// written is the user's to fix: it becomes a UserError naming the path and the reason.

import { existsSync, statSync, writeFileSync } from 'node:fs';
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
    throw new UserError(`${path}: cannot write (${REASONS[code] ?? code ?? String(e)})`);
  }
}

/** Before a long run: fails at once if `path`'s folder is missing (or `path` is a folder). */
export function checkWritable(flag: string, path: string | undefined, kind: 'file' | 'folder' = 'file'): void {
  // An empty path (a shell variable that was not set) wrote nothing and said nothing.
  if (path !== undefined && path.trim() === '') throw new UserError(`${flag}: give a ${kind} name${kind === 'file' ? ', or - for standard output' : ''}; got an empty one`);
  if (path === undefined || path === '-') return;
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

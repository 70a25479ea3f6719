// Every problem found in a file, as one UserError: "FILE: N problems", then one indented line
// each ("file:line:col path: message"), so the user fixes them all in one go.

import { UserError } from './UserError.ts';

export function problemsError(file: string, lines: readonly string[]): UserError {
  const n = lines.length;
  return new UserError(`${file}: ${n} problem${n === 1 ? '' : 's'}\n${lines.map((l) => '  ' + l).join('\n')}`);
}

// YAML text (or JSON, which is YAML too) → its value, and the place of any path in the text.
// Scenario and sweep files share it, so both report syntax errors and problems the same way:
// at their line and column.

import { parseDocument, LineCounter, visit } from 'yaml';
import type { Problem } from './Problems.ts';
import { jsonSyntaxError } from './jsonSyntax.ts';
import { placeOf, pathSteps } from './placeOf.ts';
import type { Place, PathStep } from './placeOf.ts';

export interface YamlSource {
  /** The value the text holds (null for an empty text). */
  raw: unknown;
  /** Where `steps` stand in the text (see placeOf). */
  place(steps: readonly PathStep[]): Place | undefined;
  /** Gives each problem that has no line yet the place of its path (`agents[1].capacity`). */
  locate(problems: Problem[]): void;
}

/**
 * The text read, or its syntax errors, each placed (path ''). `what` names the file's kind
 * for the one-document rule ("a scenario", "a sweep file").
 */
export function readYamlSource(source: string, what: string): YamlSource | { errors: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const json = doc.errors.length > 0 ? jsonSyntaxError(source) : null;
  // A JSON file: its syntax error in JSON's words, once, rather than the YAML reader's.
  if (json !== null) return { errors: [{ path: '', message: json.message, ...at(json.offset) }] };
  const errors: Problem[] = doc.errors.map((err) => ({
    path: '',
    message: err.code === 'MULTIPLE_DOCS'
      ? `the file holds several YAML documents (separated by ---); ${what} is one document`
      : err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, ''),
    ...at(err.pos[0]),
  }));
  // An alias to an anchor that does not exist would only fail later, inside toJS.
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc)) errors.push({ path: '', message: `*${node.source} refers to no anchor &${node.source} defined before it`, ...at(node.range?.[0] ?? 0) });
    },
  });
  if (errors.length > 0) return { errors };
  const place = (steps: readonly PathStep[]) => placeOf(doc, lines, steps);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { errors: [{ path: '', message: `cannot read the YAML: ${(e as Error).message}`, ...place([]) }] };
  }
  return {
    raw,
    place,
    locate(problems) {
      for (const prob of problems) if (prob.line === undefined) Object.assign(prob, place(pathSteps(prob.path)));
    },
  };
}

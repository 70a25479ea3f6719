// Where a path stands in a YAML document, as a line and column: the key that names the value
// (or the list item), or — for a key the document does not have — the deepest key that exists.

import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';

/** One step into a document: a mapping key or a list position. */
export type PathStep = string | number;

export interface Place {
  line: number;
  column: number;
}

/**
 * `agents[1].capacity` → ['agents', 1, 'capacity']. A variant's problem
 * (`variants.recipe → settings.x`) is looked for inside that variant's changes first.
 */
export function pathSteps(path: string): PathStep[] {
  return path.split(/\.| → |\[(\d+)\]/).filter((s) => s !== undefined && s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The place of `steps` in `doc`; undefined only for an empty document. */
export function placeOf(doc: Document, lines: LineCounter, steps: readonly PathStep[]): Place | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = isNode(node) ? node.range?.[0] : undefined;
  for (const step of steps) {
    let next: unknown;
    let here: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((it) => (isScalar(it.key) ? String(it.key.value) : String(it.key)) === String(step));
      if (pair) {
        next = pair.value;
        here = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      }
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (item) {
        next = item;
        here = item.range?.[0];
      }
    }
    if (next === undefined && here === undefined) break;
    node = next;
    if (here !== undefined) offset = here;
  }
  if (offset === undefined) return undefined;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

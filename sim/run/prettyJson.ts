// JSON for people and diffs: objects indented two spaces, arrays of plain values on one line
// (a day of per-minute series stays one line per series). Numbers pass through `num`, which
// is told the key of the nearest enclosing object property.

export type NumberFormat = (v: number, key: string) => number | null;

export function prettyJson(value: unknown, num: NumberFormat = (v) => v): string {
  return write(value, '', num, '') + '\n';
}

function write(v: unknown, indent: string, num: NumberFormat, key: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return JSON.stringify(num(v, key));
  if (typeof v !== 'object') return JSON.stringify(v);
  const inner = indent + '  ';
  if (v instanceof Float64Array) return `[${Array.from(v, (x) => JSON.stringify(num(x, key))).join(', ')}]`;
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => write(x, inner, num, key)).join(', ')}]`;
    return `[\n${v.map((x) => inner + write(x, inner, num, key)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner, num, k)}`).join(',\n')}\n${indent}}`;
}

// Writing file fixtures inline and finding places in them, for tests of where problems are
// reported (scenario and sweep files alike).

/** YAML written indented in a template literal: drops the first newline and the common indent. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ ]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** 1-based line and column of the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k < occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the fixture`);
  }
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

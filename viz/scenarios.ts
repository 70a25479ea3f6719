// The scenarios shipped in scenarios/, bundled into the page (and the worker) at build time,
// with the files they refer to (trigger exports, replayed ticket exports), so the site works
// from any static host.

const files = import.meta.glob(['../scenarios/**/*.yaml', '../scenarios/**/*.json', '../scenarios/**/*.csv'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Path under scenarios/ → text. */
export const BUNDLED: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.replace('../scenarios/', ''), text]),
);

/** The scenario files (YAML), sorted: reference cases, recipes, the rest. */
export const SCENARIO_NAMES = Object.keys(BUNDLED).filter((p) => p.endsWith('.yaml') && !p.endsWith('.sweep.yaml')).sort();

/** Reads a file a bundled scenario refers to, relative to that scenario. */
export function bundledReader(scenarioPath: string) {
  const dir = scenarioPath.includes('/') ? scenarioPath.slice(0, scenarioPath.lastIndexOf('/') + 1) : '';
  return (path: string): string | { error: string } => {
    const parts = (dir + path).split('/');
    const out: string[] = [];
    for (const p of parts) {
      if (p === '..') out.pop();
      else if (p !== '.' && p !== '') out.push(p);
    }
    const text = BUNDLED[out.join('/')];
    return text ?? { error: `${path}: not found among the bundled files (in the browser, a scenario can only refer to files shipped in scenarios/)` };
  };
}

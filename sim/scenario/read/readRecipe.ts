// `recipe:` — where a recipe scenario comes from (spec §9): the help desk's recipe it encodes,
// the articles it was taken from, and, when part of it had to be reconstructed because the
// article was truncated or only its title was read (Q19), what was reconstructed. The CLI tells
// a reconstruction to whoever validates, runs, compares or traces the scenario.

import type { RecipeInfo } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { join, mapping, text } from './fields.ts';

const KEYS = ['name', 'sources', 'reconstructed'];

export function readRecipe(v: unknown, path: string, p: Problems): RecipeInfo | undefined {
  if (v === undefined || v === null) return undefined;
  const m = mapping(v, path, p, KEYS);
  if (!m) return undefined;
  const name = text(m['name'], join(path, 'name'), p);
  const sources = m['sources'] === undefined ? '' : text(m['sources'], join(path, 'sources'), p) ?? '';
  const reconstructed = m['reconstructed'] === undefined || m['reconstructed'] === null ? null
    : text(m['reconstructed'], join(path, 'reconstructed'), p) ?? null;
  if (name === undefined) return undefined;
  return { name, sources, reconstructed };
}

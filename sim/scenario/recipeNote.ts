// The note a user hears before trusting a recipe scenario whose recipe is partly reconstructed
// (spec Q19: recipes B, C, D and F3 — and A's conditions — come from truncated articles or
// from titles only). Told by validate, run, compare, staff and trace, beside the warnings, and
// shown by the HTML report and the page under the scenario's name (one text for them all).

import type { Scenario } from './Scenario.ts';

/** "note: recipe B — …: reconstructed (spec Q19): …", or null for an exact recipe or no recipe. */
export function recipeNote(sc: Pick<Scenario, 'recipe'>, variant?: string): string | null {
  const r = sc.recipe;
  if (!r || r.reconstructed === null) return null;
  const from = r.sources ? ` [${r.sources}]` : '';
  const who = variant === undefined ? '' : `variant ${variant}: `;
  return `note: ${who}recipe ${r.name}${from} is reconstructed (spec Q19): ${r.reconstructed} ` +
    'Check it against your help desk\'s recipe before switching it on.';
}

/** The note as a page shows it, a sentence under the scenario's name ("Note: recipe …"), or null. */
export function recipeNoteShown(sc: Pick<Scenario, 'recipe'>): string | null {
  return recipeNote(sc)?.replace(/^note: /, 'Note: ') ?? null;
}

/**
 * The notes of a scenario and its variants, each once: the scenario's, then a variant's own when
 * its recipe block differs from the scenario's (recipe F: only the F3 variant is reconstructed).
 */
export function recipeNotes(sc: Pick<Scenario, 'recipe'>, variants: readonly { name: string; compiled: { scenario: Pick<Scenario, 'recipe'> } }[]): string[] {
  const own = recipeNote(sc);
  const out = own === null ? [] : [own];
  for (const v of variants) {
    const note = recipeNote(v.compiled.scenario);
    if (note !== null && note !== own) out.push(recipeNote(v.compiled.scenario, v.name)!);
  }
  return out;
}

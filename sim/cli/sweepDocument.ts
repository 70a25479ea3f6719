// A sweep file read where a scenario is expected (`run`, `validate`, an upload on the page): its
// top level is a mapping with `grid:`. Pure, so the page and the CLI tell it by one rule.

/** Whether a file's value (as read from YAML or JSON) is a mapping with a top-level `grid`. */
export function isSweepDocument(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'grid' in doc;
}

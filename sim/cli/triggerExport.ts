// A Triggers API export given where a scenario is expected (`run`, `validate` … on
// zendesk-export.json) is told as such, with the command that reads it, rather than as a
// dozen unknown keys and a scenario with no channels.

/** Whether a file's value (as read) is `{ triggers: [ … ] }` or `{ trigger: { … } }` with no channels or agents, or a list. */
export function looksLikeTriggerExport(raw: unknown): boolean {
  if (Array.isArray(raw)) return raw.length > 0 && raw.every((t) => t !== null && typeof t === 'object' && ('conditions' in t || 'actions' in t));
  if (raw === null || typeof raw !== 'object' || 'channels' in raw || 'agents' in raw) return false;
  const o = raw as Record<string, unknown>;
  return Array.isArray(o['triggers']) || (o['trigger'] !== null && typeof o['trigger'] === 'object');
}

export function triggerExportMessage(file: string): string {
  return `${file}: is a Triggers API export, not a scenario; see what it maps to with: omnisim import-triggers ${file} ` +
    `(or import it in a scenario: triggers: [{ import: ${file} }])`;
}

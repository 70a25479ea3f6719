// Scenario files may be JSON. JSON is read as YAML (positions and messages come out the same),
// but a JSON syntax error is better told in JSON's words than in the YAML reader's.

/** For text that looks like JSON (it starts with { or [): JSON.parse's complaint and where, or null. */
export function jsonSyntaxError(source: string): { message: string; offset: number } | null {
  if (!/^\s*[[{]/.test(source)) return null;
  try {
    JSON.parse(source);
    return null;
  } catch (e) {
    const message = (e as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : source.length;
    return { message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}`, offset };
  }
}

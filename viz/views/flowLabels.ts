// A flow node's label as lines of styled pieces, and their measured width. Where both columns'
// labels fit beside the links, one line: "name count (share)". Where they do not (a phone-wide
// window), the name is wrapped to the room its side has and the figures take a line of their
// own — so no label runs past the diagram's edges.

import { FONT } from './palette.ts';
import { textWidth, wrapText } from './viewKit.ts';

export interface LabelPiece {
  text: string;
  kind: 'name' | 'count' | 'share';
}
export type LabelLine = LabelPiece[];

export interface LabelText {
  name: string;
  count: string;
  /** "(12.5%)", or null for none. */
  share: string | null;
  /** The name in bold (the arrival channels). */
  bold: boolean;
}

export const LABEL_FONT = `11.5px ${FONT}`;
export const LABEL_FONT_BOLD = `600 11.5px ${FONT}`;
/** Line height of wrapped labels (pixels). */
export const LABEL_LINE = 13.5;
/** Space before a piece that follows another on its line (the tspans' dx). */
export const PIECE_GAP: Record<LabelPiece['kind'], number> = { name: 0, count: 5, share: 4 };

function fontOf(p: LabelPiece, bold: boolean): string {
  return p.kind === 'count' || (p.kind === 'name' && bold) ? LABEL_FONT_BOLD : LABEL_FONT;
}

/** Width in pixels of one line as drawn. */
export function lineWidth(line: LabelLine, bold: boolean): number {
  return line.reduce((w, p, i) => w + textWidth(p.text, fontOf(p, bold)) + (i > 0 ? PIECE_GAP[p.kind] : 0), 0);
}

function figures(l: LabelText): LabelLine {
  return [{ text: l.count, kind: 'count' }, ...(l.share ? [{ text: l.share, kind: 'share' as const }] : [])];
}

/** The label on one line. */
export function oneLine(l: LabelText): LabelLine[] {
  return [[{ text: l.name, kind: 'name' }, ...figures(l)]];
}

/**
 * The label in lines no wider than `maxWidth`: the name wrapped at spaces (a word longer than
 * the room is cut with "…"; the node's tooltip keeps the whole name), then the figures.
 */
export function wrappedLabel(l: LabelText, maxWidth: number): LabelLine[] {
  const font = l.bold ? LABEL_FONT_BOLD : LABEL_FONT;
  const names = wrapText(l.name, maxWidth, font).map((s) => shorten(s, maxWidth, font));
  const lines: LabelLine[] = names.map((text) => [{ text, kind: 'name' }]);
  // The figures join the last name line when they fit there.
  const last = [...lines[lines.length - 1]!, ...figures(l)];
  if (lineWidth(last, l.bold) <= maxWidth) lines[lines.length - 1] = last;
  else lines.push(figures(l));
  return lines;
}

function shorten(text: string, maxWidth: number, font: string): string {
  if (textWidth(text, font) <= maxWidth) return text;
  let s = text;
  while (s.length > 1 && textWidth(`${s}…`, font) > maxWidth) s = s.slice(0, -1);
  return `${s}…`;
}

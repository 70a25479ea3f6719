// A CSV reader for ticket exports: RFC 4180 quoting ("a ""quoted"" field", line breaks inside
// quotes), CRLF or LF, a byte-order mark, and the separator of the header line (comma,
// semicolon as spreadsheets write it in much of Europe, or tab). Each record keeps the line it
// starts on, so messages can name it. Blank lines are skipped.

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export type CsvResult = { records: CsvRecord[]; separator: string } | { error: string; line: number };

export function parseCsv(text: string): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = detectSeparator(src);
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let wasQuoted = false;
    for (;;) {
      if (i >= n) {
        if (quoted) return { error: 'a quoted field is never closed (a " is missing)', line: start };
        fields.push(field);
        break;
      }
      const c = src[i]!;
      if (quoted) {
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
        continue;
      }
      if (c === '"' && field.trim() === '' && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field = '';
        i++;
      } else if (c === separator) {
        fields.push(field);
        field = '';
        wasQuoted = false;
        i++;
      } else if (c === '\n' || c === '\r') {
        fields.push(field);
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      } else {
        if (wasQuoted && c !== ' ' && c !== '\t') return { error: `text after the closing quote of field ${fields.length + 1}`, line };
        if (!wasQuoted) field += c;
        i++;
      }
    }
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    records.push({ line: start, fields });
  }
  return { records, separator };
}

/** The separator of the first line: the most frequent of comma, semicolon and tab outside quotes. */
function detectSeparator(src: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const s of [';', '\t']) if (counts[s]! > counts[best]!) best = s;
  return best;
}

import { UnrolledError } from '../errors.js';

const HEADER = '### SubwordTextEncoder';
const METADATA_PREFIX = '### Metadata: ';

// The format has no escaping: a quote inside a subword stays as it is, and a newline cannot be stored.
/** A vocabulary in TFDS's save_to_file format: header, metadata line, then one 'quoted' subword a line. */
export function subwordsFileText(subwords: readonly string[]): string {
  const bad = subwords.find((subword) => subword.includes('\n'));
  if (bad !== undefined) {
    throw new UnrolledError(
      'bad-input',
      `a .subwords file cannot hold a subword with a newline: ${JSON.stringify(bad)}`
    );
  }
  const lines = [HEADER, METADATA_PREFIX + '{}', ...subwords.map((subword) => `'${subword}'`)];
  return lines.join('\n') + '\n';
}

/** True when the text starts like a TFDS SubwordTextEncoder vocabulary file. */
export function looksLikeSubwordsFile(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(HEADER);
}

function bad(line: number, message: string): UnrolledError {
  return new UnrolledError('bad-input', `.subwords file, line ${line}: ${message}`);
}

/** The subwords of a TFDS .subwords file (its load_from_file); metadata line optional, CRLF tolerated. */
export function parseSubwordsFile(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  // The file ends with a newline, which leaves one empty last line.
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0]?.replace(/\r$/, '');
  if (header !== HEADER) throw bad(1, `expected "${HEADER}"`);
  let first = 1;
  const metadata = lines[1];
  if (metadata?.startsWith(METADATA_PREFIX)) {
    try {
      JSON.parse(metadata.slice(METADATA_PREFIX.length));
    } catch {
      throw bad(2, 'the metadata is not valid JSON');
    }
    first = 2;
  }
  return lines.slice(first).map((raw, i) => {
    // A line saved on Windows ends in "'\r"; a subword ending in "\r" still ends its line with "'".
    const line = raw.endsWith("'\r") ? raw.slice(0, -1) : raw;
    if (line.length < 2 || !line.startsWith("'") || !line.endsWith("'")) {
      throw bad(first + i + 1, `expected a subword in single quotes, got ${JSON.stringify(raw)}`);
    }
    return line.slice(1, -1);
  });
}

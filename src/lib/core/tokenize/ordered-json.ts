import type { OrderedJson, OrderedJsonObject } from './python-json.js';

/** Parses strict JSON, turning objects into Maps in file order (a repeated key keeps its first place, last value). Throws SyntaxError. */
export function parseOrderedJson(text: string): OrderedJson {
  const parser = new Parser(text);
  parser.skipSpace();
  const value = parser.value();
  parser.skipSpace();
  if (parser.at < text.length) parser.fail('unexpected text after the JSON value');
  return value;
}

class Parser {
  at = 0;
  // Sticky regexes carry lastIndex, so each parser owns its own.
  private readonly number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  fail(why: string): never {
    throw new SyntaxError(`${why} at position ${this.at}`);
  }

  skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  value(): OrderedJson {
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    this.number.lastIndex = this.at;
    const match = this.number.exec(this.text);
    if (!match) this.fail('expected a JSON value');
    this.at += match[0].length;
    return Number(match[0]);
  }

  object(): OrderedJsonObject {
    const map: OrderedJsonObject = new Map();
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return map;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') this.fail('expected a quoted key');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail('expected ":"');
      this.at++;
      this.skipSpace();
      map.set(key, this.value());
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === '}') return map;
      if (next !== ',') this.fail('expected "," or "}"');
    }
  }

  array(): OrderedJson[] {
    const items: OrderedJson[] = [];
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return items;
    }
    for (;;) {
      this.skipSpace();
      items.push(this.value());
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === ']') return items;
      if (next !== ',') this.fail('expected "," or "]"');
    }
  }

  // The closing quote is the first one not escaped by an odd run of backslashes; the native parser
  // then decodes the literal, which is much faster than decoding it here (vocabularies are megabytes).
  string(): string {
    const start = this.at;
    let quote = this.text.indexOf('"', start + 1);
    for (;;) {
      if (quote === -1) this.fail('unterminated string');
      let backslashes = 0;
      while (this.text[quote - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) break;
      quote = this.text.indexOf('"', quote + 1);
    }
    const literal = this.text.slice(start, quote + 1);
    let value: unknown;
    try {
      value = JSON.parse(literal);
    } catch {
      this.fail('bad string');
    }
    this.at = quote + 1;
    return String(value);
  }
}

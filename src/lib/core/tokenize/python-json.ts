/** A JSON value whose objects are Maps, so key order survives (plain objects move "10"-like keys first). */
export type OrderedJson = null | boolean | number | string | OrderedJson[] | OrderedJsonObject;
/** A JSON object that keeps its keys in file order. */
export type OrderedJsonObject = Map<string, OrderedJson>;

const SHORT_ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f'
};

// Python's json.dumps(ensure_ascii=True): printable ASCII stays, everything else is \uXXXX in
// lower-case hex, per UTF-16 unit (so astral characters become surrogate pairs, as in Python).
// Two passes: quote and backslash by a plain replacement (fast on megabyte-long dict strings), then
// the rest, all outside printable ASCII, one by one.
const QUOTE_OR_BACKSLASH = /["\\]/g;
const NOT_PRINTABLE_ASCII = /[^ -~]/g;

function escapeChar(char: string): string {
  return SHORT_ESCAPES[char] ?? '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');
}

function pythonString(text: string): string {
  return (
    '"' + text.replace(QUOTE_OR_BACKSLASH, '\\$&').replace(NOT_PRINTABLE_ASCII, escapeChar) + '"'
  );
}

/** Serialises like Python's json.dumps with default arguments (", " and ": " separators, ASCII only). */
export function pythonJsonDumps(value: OrderedJson): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return '[' + value.map(pythonJsonDumps).join(', ') + ']';
  const fields = [...value].map(([key, item]) => pythonString(key) + ': ' + pythonJsonDumps(item));
  return '{' + fields.join(', ') + '}';
}

// Command-line arguments: --name value pairs and --flags, checked against what each command accepts.

/** A user error on the command line; the CLI prints its message on one line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parsed options: string values, or true for flags. */
export type ParsedArgs = Record<string, string | true>;

/** Parses `--name value` and `--flag` arguments; throws UsageError for anything not in `known` or a value-less option. */
export function parseArgs(
  argv: readonly string[],
  known: { values: readonly string[]; flags?: readonly string[] }
): ParsedArgs {
  const parsed: ParsedArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}".`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (known.flags?.includes(name)) {
      parsed[name] = true;
    } else if (known.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value.`);
      }
      parsed[name] = value;
    } else {
      const all = [...known.values, ...(known.flags ?? [])].map((n) => `--${n}`).join(', ');
      throw new UsageError(`Unknown option --${name} (this command takes ${all}).`);
    }
  }
  return parsed;
}

/** A required string option. */
export function required(args: ParsedArgs, name: string): string {
  const value = args[name];
  if (typeof value !== 'string') throw new UsageError(`--${name} is required.`);
  return value;
}

/** An optional positive integer option, with a default. */
export function positiveInteger(args: ParsedArgs, name: string, fallback: number): number {
  const value = args[name];
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(parsed) || parsed <= 0) {
    throw new UsageError(`--${name} must be a positive whole number, got "${String(value)}".`);
  }
  return parsed;
}

/** Parses a comma-separated list of integers ("3,14,15"). */
export function integerList(value: string, name: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^-?\d+$/.test(part))) {
    throw new UsageError(`--${name} must be whole numbers separated by commas, got "${value}".`);
  }
  return parts.map(Number);
}

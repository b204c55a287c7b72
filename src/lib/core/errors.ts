/** What went wrong, as a stable machine-readable code. */
export type UnrolledErrorCode =
  | 'bad-input'
  | 'bad-trace'
  | 'bad-model-json'
  | 'missing-weights'
  | 'bad-weights'
  | 'unsupported-layer'
  | 'unknown-layer-class'
  | 'cancelled'
  | 'check-failed';

/** Every error unrolled throws on purpose: a clear one-line message plus a code to branch on. */
export class UnrolledError extends Error {
  /** The kind of failure. */
  readonly code: UnrolledErrorCode;
  /** The layer involved, when there is one. */
  readonly layer?: string;

  constructor(
    code: UnrolledErrorCode,
    message: string,
    options: { layer?: string; cause?: unknown } = {}
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UnrolledError';
    this.code = code;
    this.layer = options.layer;
  }
}

/** True for errors unrolled raised itself (as opposed to bugs or tfjs internals). */
export function isUnrolledError(error: unknown): error is UnrolledError {
  return error instanceof UnrolledError;
}

// Reading HDF5 bytes with jsfive (loaded on first use only): signature check, datasets as float32, string attributes.
import type { Dataset, Group } from 'jsfive';
import { UnrolledError } from '../../core/errors.js';

/** One dataset of a weights file: its path inside the group read, shape and values. */
export interface Hdf5Array {
  /** Path below the group it was listed from, e.g. "lstm/lstm/lstm_cell/kernel:0". */
  path: string;
  /** Its dimensions ([] for a scalar). */
  shape: number[];
  /** Its values as float32, row-major. */
  values: Float32Array;
}

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** Where the HDF5 superblock starts (after a user block of 512, 1024… bytes), or -1 when there is no signature. */
export function hdf5Start(bytes: Uint8Array): number {
  for (let at = 0; at + SIGNATURE.length <= bytes.length; at = at ? at * 2 : 512) {
    if (SIGNATURE.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

function littleEndian(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = size - 1; i >= 0; i--) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
}

/** The file length the superblock declares (its end-of-file address), or undefined for a superblock version it does not know. */
export function declaredLength(bytes: Uint8Array, start: number): number | undefined {
  const version = bytes[start + 8];
  if (version === 0 || version === 1) {
    const offsets = bytes[start + 13] ?? 8;
    // Signature, 8 version and size bytes, two K values and flags (4 more bytes in version 1),
    // then the base, free-space and end-of-file addresses.
    const base = start + (version === 0 ? 24 : 28);
    return start + littleEndian(bytes, base + 2 * offsets, offsets);
  }
  if (version === 2 || version === 3) {
    const offsets = bytes[start + 9] ?? 8;
    return start + littleEndian(bytes, start + 12 + 2 * offsets, offsets);
  }
  return undefined;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens HDF5 bytes; a file without the signature, or one jsfive cannot parse, is a one-line 'bad-input' naming the file. */
export async function openHdf5(bytes: Uint8Array, name: string): Promise<Group> {
  const start = hdf5Start(bytes);
  if (start < 0) {
    throw new UnrolledError('bad-input', `${name} is not an HDF5 file (no HDF5 signature).`);
  }
  const length = declaredLength(bytes, start);
  if (length !== undefined && bytes.length < length) {
    throw new UnrolledError(
      'bad-input',
      `${name} is truncated: ${bytes.length} of its ${length} bytes are there (was the copy cut short?).`
    );
  }
  const { File } = await import('jsfive');
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return new File(buffer as ArrayBuffer, name);
  } catch (error) {
    throw new UnrolledError(
      'bad-input',
      `${name} could not be read as HDF5 (truncated or corrupt: ${reason(error)}).`,
      { cause: error }
    );
  }
}

function isGroup(node: Group | Dataset | null): node is Group {
  return node !== null && Array.isArray((node as Group).keys);
}

/** A member of a group, or undefined when absent. */
export function member(group: Group, path: string): Group | Dataset | undefined {
  try {
    return group.get(path) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A subgroup, or undefined when absent or a dataset. */
export function subgroup(group: Group, path: string): Group | undefined {
  const node = member(group, path);
  return node !== undefined && isGroup(node) ? node : undefined;
}

/** A string attribute (fixed-length strings lose their NUL padding), or undefined. */
export function stringAttribute(node: Group | Dataset, name: string): string | undefined {
  const value = node.attrs[name];
  if (typeof value === 'string') return value.replace(/\0+$/, '');
  if (value instanceof Uint8Array) return new TextDecoder().decode(value).replace(/\0+$/, '');
  return undefined;
}

/** Every numeric dataset below a group, depth first, with paths relative to it; a damaged one is a 'bad-input' naming it. */
export function listArrays(group: Group, fileName: string, prefix = ''): Hdf5Array[] {
  const arrays: Hdf5Array[] = [];
  for (const key of group.keys) {
    const path = prefix === '' ? key : `${prefix}/${key}`;
    let node: Group | Dataset | null;
    let values: Float32Array | undefined;
    try {
      node = group.get(key);
      if (node === null || isGroup(node)) values = undefined;
      else values = Float32Array.from(node.value as ArrayLike<number>);
    } catch (error) {
      throw new UnrolledError(
        'bad-input',
        `${fileName}: the weights at ${path} could not be read (truncated or corrupt: ${reason(error)}).`,
        { cause: error }
      );
    }
    if (node === null) continue;
    if (isGroup(node)) arrays.push(...listArrays(node, fileName, path));
    else arrays.push({ path, shape: [...node.shape], values: values! });
  }
  return arrays;
}

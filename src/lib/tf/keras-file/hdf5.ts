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

/** True when the bytes start with (or carry after a user block) the HDF5 signature. */
export function hasHdf5Signature(bytes: Uint8Array): boolean {
  // HDF5 allows a user block of 512, 1024, 2048… bytes before the superblock.
  for (
    let offset = 0;
    offset + SIGNATURE.length <= bytes.length;
    offset = offset ? offset * 2 : 512
  ) {
    if (SIGNATURE.every((byte, i) => bytes[offset + i] === byte)) return true;
  }
  return false;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens HDF5 bytes; a file without the signature, or one jsfive cannot parse, is a one-line 'bad-input' naming the file. */
export async function openHdf5(bytes: Uint8Array, name: string): Promise<Group> {
  if (!hasHdf5Signature(bytes)) {
    throw new UnrolledError('bad-input', `${name} is not an HDF5 file (no HDF5 signature).`);
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

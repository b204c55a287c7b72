// The part of jsfive's API the Keras reader uses (the package ships no types).
declare module 'jsfive' {
  /** An HDF5 group: named links to groups and datasets, plus attributes. */
  export class Group {
    /** The group's full path. */
    readonly name: string;
    /** The names of its members. */
    readonly keys: string[];
    /** Its attributes, decoded. */
    readonly attrs: Record<string, unknown>;
    /** A member by (relative or absolute) path. */
    get(path: string): Group | Dataset | null;
  }
  /** An HDF5 dataset. */
  export class Dataset {
    /** The dataset's full path. */
    readonly name: string;
    /** Its dimensions. */
    readonly shape: number[];
    /** Its numpy-style type, e.g. '<f4'. */
    readonly dtype: string | unknown[];
    /** Its values, flattened. */
    readonly value: ArrayLike<number> | unknown[];
    /** Its attributes, decoded. */
    readonly attrs: Record<string, unknown>;
  }
  /** An HDF5 file opened from its bytes. */
  export class File extends Group {
    constructor(buffer: ArrayBuffer, filename?: string);
  }
}

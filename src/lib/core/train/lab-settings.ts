// The training lab's settings: which cells to train side by side on the memory task, and how. They
// live in the page's URL (or an element's attributes), so a copied link reruns the same training.
import { CELL_KINDS, type CellKind } from '../trace/types.js';

/** Everything the reader chooses in the lab. */
export interface LabSettings {
  /** Cells trained side by side on the same data from the same seed. */
  cells: CellKind[];
  /** Units of each recurrent layer. */
  units: number;
  /** Epochs. */
  epochs: number;
  /** Fresh sentences per epoch. */
  samplesPerEpoch: number;
  /** Distances (tokens between the country and the question) trained and validated on. */
  distances: { min: number; max: number };
  /** Grow the longest distance over the first half of the epochs. */
  curriculum: boolean;
  /** Adam's learning rate. */
  learningRate: number;
  /** Seed of the data, the batch order and the initial weights. */
  seed: number;
}

/** The cells' names on screen. */
export const LAB_CELL_NAMES: Record<CellKind, string> = {
  simple_rnn: 'Plain RNN',
  lstm: 'LSTM',
  gru: 'GRU'
};

/** The lab's defaults: measured to show the plain RNN fall behind the LSTM within about a minute. */
export const LAB_DEFAULTS: LabSettings = {
  cells: ['simple_rnn', 'lstm'],
  units: 16,
  epochs: 6,
  samplesPerEpoch: 2048,
  distances: { min: 2, max: 24 },
  curriculum: true,
  learningRate: 0.01,
  seed: 1
};

/** The bounds of every number a reader can set (the task's distances run 2–40). */
export const LAB_LIMITS = {
  units: { min: 1, max: 128 },
  epochs: { min: 1, max: 50 },
  samplesPerEpoch: { min: 64, max: 8192 },
  distance: { min: 2, max: 40 },
  learningRate: { min: 0.0001, max: 1 },
  seed: { min: 1, max: 99999 }
} as const;

/** The tfjs backends a lab can ask for: 'auto' is wasm where it starts, else cpu. */
export const LAB_BACKENDS = ['auto', 'wasm', 'cpu', 'webgl'] as const;

/** A backend the lab asks for. */
export type LabBackend = (typeof LAB_BACKENDS)[number];

/** The backend some text (a query value, an attribute) names, else 'auto'. */
export function labBackendOf(text: string | null | undefined): LabBackend {
  return LAB_BACKENDS.find((name) => name === text) ?? 'auto';
}

/** A setting read from text: its value, or a one-line reason it was not taken. */
export type Parsed<T> = { value: T } | { error: string };

function whole(text: string, name: string, min: number, max: number): Parsed<number> {
  const value = Number(text.trim());
  if (!/^\d{1,9}$/.test(text.trim()) || value < min || value > max) {
    return { error: `${name} must be a whole number from ${min} to ${max}, got "${text}".` };
  }
  return { value };
}

/** Cells from "simple_rnn,lstm" (each at most once, in the order given). */
export function parseCells(text: string): Parsed<CellKind[]> {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.find((name) => !(CELL_KINDS as readonly string[]).includes(name));
  if (unknown !== undefined || names.length === 0) {
    return { error: `cells must be some of ${CELL_KINDS.join(', ')}, got "${text}".` };
  }
  return { value: [...new Set(names as CellKind[])] };
}

/** Distances from "A-B" within the task's 2–40. */
export function parseDistances(text: string): Parsed<{ min: number; max: number }> {
  const match = /^(\d+)-(\d+)$/.exec(text.trim());
  const { min: low, max: high } = LAB_LIMITS.distance;
  const [min, max] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(min >= low && max >= min && max <= high)) {
    return { error: `distances must be A-B with ${low} ≤ A ≤ B ≤ ${high}, got "${text}".` };
  }
  return { value: { min, max } };
}

function parseRate(text: string): Parsed<number> {
  const value = Number(text.trim());
  const { min, max } = LAB_LIMITS.learningRate;
  if (text.trim() === '' || !(value >= min && value <= max)) {
    return { error: `lr must be a number from ${min} to ${max}, got "${text}".` };
  }
  return { value };
}

/** The query keys of the settings, in the order they are written. */
export const LAB_KEYS = [
  'cells',
  'units',
  'epochs',
  'samples',
  'distances',
  'curriculum',
  'lr',
  'seed'
] as const;

/** One query key. */
export type LabKey = (typeof LAB_KEYS)[number];

/** Settings from query parameters (or attributes): absent keys take the defaults; bad ones are listed. */
export function labSettingsFrom(read: (key: LabKey) => string | null | undefined): {
  settings: LabSettings;
  problems: string[];
} {
  const settings: LabSettings = { ...LAB_DEFAULTS, distances: { ...LAB_DEFAULTS.distances } };
  const problems: string[] = [];
  const take = <T>(key: LabKey, parse: (text: string) => Parsed<T>, set: (value: T) => void) => {
    const text = read(key);
    if (text === null || text === undefined) return;
    const parsed = parse(text);
    if ('error' in parsed) problems.push(parsed.error);
    else set(parsed.value);
  };
  const { units, epochs, samplesPerEpoch, seed } = LAB_LIMITS;
  take('cells', parseCells, (v) => (settings.cells = v));
  take(
    'units',
    (t) => whole(t, 'units', units.min, units.max),
    (v) => (settings.units = v)
  );
  take(
    'epochs',
    (t) => whole(t, 'epochs', epochs.min, epochs.max),
    (v) => (settings.epochs = v)
  );
  take(
    'samples',
    (t) => whole(t, 'samples', samplesPerEpoch.min, samplesPerEpoch.max),
    (v) => (settings.samplesPerEpoch = v)
  );
  take('distances', parseDistances, (v) => (settings.distances = v));
  take(
    'curriculum',
    (t): Parsed<boolean> =>
      t === '1' || t === '0' ? { value: t === '1' } : { error: 'curriculum must be 0 or 1.' },
    (v) => (settings.curriculum = v)
  );
  take('lr', parseRate, (v) => (settings.learningRate = v));
  take(
    'seed',
    (t) => whole(t, 'seed', seed.min, seed.max),
    (v) => (settings.seed = v)
  );
  return { settings, problems };
}

/** The query parameters of settings; defaults are left out (undefined), so the URL stays short. */
export function labQuery(settings: LabSettings): Record<LabKey, string | undefined> {
  const text = labQueryText(settings);
  const defaults = labQueryText(LAB_DEFAULTS);
  return Object.fromEntries(
    LAB_KEYS.map((key) => [key, text[key] === defaults[key] ? undefined : text[key]])
  ) as Record<LabKey, string | undefined>;
}

function labQueryText(settings: LabSettings): Record<LabKey, string> {
  return {
    cells: settings.cells.join(','),
    units: String(settings.units),
    epochs: String(settings.epochs),
    samples: String(settings.samplesPerEpoch),
    distances: `${settings.distances.min}-${settings.distances.max}`,
    curriculum: settings.curriculum ? '1' : '0',
    lr: String(settings.learningRate),
    seed: String(settings.seed)
  };
}

import { describe, expect, it } from 'vitest';
import { PartPicker } from '../../src/lib/state/part-picker.svelte.js';

function picker() {
  const shown: (string | undefined)[] = [];
  return { shown, picker: new PartPicker<string>((part) => shown.push(part)) };
}

const key = (name: string) => ({ key: name, preventDefault() {} }) as unknown as KeyboardEvent;

describe('PartPicker', () => {
  it('picker.leave() goes back to the pinned part, or none', () => {
    const { shown, picker: p } = picker();
    p.show('f');
    p.leave();
    p.pin('i');
    p.show('o');
    p.leave();
    expect(shown).toEqual(['f', undefined, 'i', 'o', 'i']);
  });

  it('picker.pin(part) twice unpins it and keeps showing it', () => {
    const { shown, picker: p } = picker();
    p.pin('c');
    p.pin('c');
    expect(p.pinned).toBeUndefined();
    expect(shown).toEqual(['c', 'c']);
  });

  it('picker.key(event, index, count, part) moves with arrows and pins with Enter', () => {
    const { picker: p } = picker();
    expect(p.key(key('ArrowRight'), 1, 3, 'f')).toBe(2);
    expect(p.active).toBe(2);
    expect(p.key(key('End'), 0, 3, 'f')).toBe(2);
    expect(p.key(key('Enter'), 2, 3, 'o')).toBeUndefined();
    expect(p.pinned).toBe('o');
    expect(p.key(key('x'), 2, 3, 'o')).toBeUndefined();
  });

  it('picker.tabStop(count) stays inside the parts', () => {
    const { picker: p } = picker();
    p.focus(5, 'h');
    expect(p.tabStop(3)).toBe(2);
    expect(p.tabStop(0)).toBe(0);
  });
});

describe('PartPicker.move', () => {
  it('picker.move(event, index, count) ignores Enter and Space (a button clicks on them)', () => {
    const { shown, picker: p } = picker();
    expect(p.move(key('Enter'), 0, 3)).toBeUndefined();
    expect(p.move(key(' '), 0, 3)).toBeUndefined();
    expect(p.pinned).toBeUndefined();
    expect(shown).toEqual([]);
    expect(p.move(key('ArrowDown'), 0, 3)).toBe(1);
    expect(p.active).toBe(1);
  });
});

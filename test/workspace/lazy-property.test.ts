import { describe, expect, it } from 'vitest';
import { lazyProperty } from '../../src/lazy-property.js';

interface Box {
  name: string;
  value: unknown;
  other: unknown;
}

const box = (): Box => ({ name: 'x', value: null, other: null });

describe('lazyProperty', () => {
  it('computes on the first read only, then holds a plain data property', () => {
    const b = box();
    let runs = 0;
    lazyProperty(b, 'value', () => {
      runs++;
      return { n: runs };
    });
    expect(runs).toBe(0);
    const first = b.value;
    expect(b.value).toBe(first);
    expect(runs).toBe(1);
    expect(Object.getOwnPropertyDescriptor(b, 'value')).toEqual({
      value: { n: 1 },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  it('takes a write before any read as the value, without computing', () => {
    const b = box();
    let runs = 0;
    lazyProperty(b, 'value', () => ++runs);
    b.value = 'written';
    expect(b.value).toBe('written');
    expect(runs).toBe(0);
  });

  it('keeps the keys enumerable and in their order, and adds no visible key', () => {
    const b = box();
    lazyProperty(b, 'value', () => 1);
    lazyProperty(b, 'other', () => 2);
    expect(Object.keys(b)).toEqual(['name', 'value', 'other']);
    expect({ ...b }).toEqual({ name: 'x', value: 1, other: 2 });
    expect(JSON.stringify(b)).toBe('{"name":"x","value":1,"other":2}');
  });

  it('gives every object the same accessor for a key (one hidden class for all, not one each)', () => {
    const a = box();
    const b = box();
    lazyProperty(a, 'value', () => 'a');
    lazyProperty(b, 'value', () => 'b');
    const da = Object.getOwnPropertyDescriptor(a, 'value');
    const db = Object.getOwnPropertyDescriptor(b, 'value');
    expect(da?.get).toBeTypeOf('function');
    expect(da?.get).toBe(db?.get);
    expect(da?.set).toBe(db?.set);
    expect([a.value, b.value]).toEqual(['a', 'b']);
  });

  it('computes on the object that holds it, when read or written through a prototype', () => {
    const parent = box();
    lazyProperty(parent, 'value', () => 'parent');
    const child = Object.create(parent) as Box;
    expect(child.value).toBe('parent');
    expect(parent.value).toBe('parent');
    expect(Object.hasOwn(child, 'value')).toBe(false);

    const other = box();
    lazyProperty(other, 'value', () => 'other');
    const first = Object.create(other) as Box;
    lazyProperty(first, 'other', () => 'first');
    const second = Object.create(other) as Box;
    lazyProperty(second, 'other', () => 'second');
    expect([first.other, second.other, other.value]).toEqual(['first', 'second', 'other']);
  });
});

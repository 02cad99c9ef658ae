// Properties computed on first read, for objects made by the thousand (a cold load makes one per
// case file).
/**
 * Makes `obj[key]` computed on first read: the getter replaces itself with a plain data property, and
 * a write before any read simply defines one.
 *
 * Every object gets the same getter and setter for a key, and finds its computation in a hidden
 * property. An accessor lives in the object's hidden class (its V8 map), not in the object: a getter
 * made afresh for each object gave each one a map of its own, kept in the old generation, and
 * everything the getter's closure reached (a case's values, its files' texts) outlived every
 * young-generation collection until the next full one: parsing 1,000 cases promoted 64 MB to the old
 * generation, 2.3 MB with shared accessors (bench/README.md).
 */
export function lazyProperty<T extends object>(obj: T, key: keyof T & string, compute: () => unknown): void {
  const holder = obj as Partial<Deferred>;
  if (holder[PENDING]) holder[PENDING][key] = compute;
  else Object.defineProperty(obj, PENDING, { value: { [key]: compute }, configurable: true });
  Object.defineProperty(obj, key, accessorFor(key));
}

/** The computations an object's lazy properties have not run yet, by key. */
const PENDING = Symbol('pending');
interface Deferred {
  [PENDING]: Record<string, (() => unknown) | undefined>;
}

/** The accessor of a lazy key, one per key for every object. */
function accessorFor(key: string): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (!accessor) {
    const define = (obj: Deferred, value: unknown) => {
      obj[PENDING][key] = undefined;
      Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    };
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: Deferred) {
        const value = (this[PENDING][key] as () => unknown)();
        define(this, value);
        return value;
      },
      set(this: Deferred, value: unknown) {
        define(this, value);
      },
    };
    accessors.set(key, accessor);
  }
  return accessor;
}
const accessors = new Map<string, PropertyDescriptor>();

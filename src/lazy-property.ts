// Properties computed on first read, for objects made by the thousand (a cold load makes one per
// case file).
/**
 * Makes `obj[key]` computed on first read: the getter replaces itself with a plain data property, and
 * a write before any read simply defines one. `key` must not be a property of `obj` already: V8 turns
 * an object whose data property is redefined as an accessor into a dictionary, every later read of
 * any of its fields a hash lookup (load.ts bundleOf adds each lazy key only once).
 *
 * Every object gets the same getter and setter for a key, and finds its computation in a hidden
 * property. An accessor lives in the object's hidden class (its V8 map), not in the object: a getter
 * made afresh for each object gave each one a map of its own, kept in the old generation, and
 * everything the getter's closure reached (a case's values, its files' texts) outlived every
 * young-generation collection until the next full one: parsing 1,000 cases promoted 64 MB to the old
 * generation, 2.3 MB with shared accessors (bench/README.md).
 */
export function lazyProperty<T extends object>(obj: T, key: keyof T & string, compute: () => unknown): void {
  const pending = Object.hasOwn(obj, PENDING) ? (obj as Deferred)[PENDING] : undefined;
  if (pending) pending[key] = compute;
  else Object.defineProperty(obj, PENDING, { value: { [key]: compute }, configurable: true });
  Object.defineProperty(obj, key, accessorFor(key));
}

/**
 * The computations an object's lazy properties have not run yet, by key: a record of its own (not one
 * it inherits). An object made by copying another's property descriptors would share it: not done.
 */
const PENDING = Symbol('pending');
interface Deferred {
  [PENDING]: Record<string, (() => unknown) | undefined>;
}

/** The object that holds `key` itself: `obj`, or the prototype `obj` reads it through. */
function ownerOf(obj: object, key: string): Deferred {
  let owner = obj;
  while (!Object.hasOwn(owner, key)) owner = Object.getPrototypeOf(owner) as object;
  return owner as Deferred;
}

/** The accessor of a lazy key, one per key for every object. */
function accessorFor(key: string): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (!accessor) {
    // The value becomes a plain property of the object that holds the accessor (the object read, or
    // the prototype it reads it through), and its computation is let go.
    const define = (owner: Deferred, value: unknown) => {
      owner[PENDING][key] = undefined;
      Object.defineProperty(owner, key, { value, writable: true, enumerable: true, configurable: true });
    };
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: object) {
        const owner = ownerOf(this, key);
        const value = (owner[PENDING][key] as () => unknown)();
        define(owner, value);
        return value;
      },
      set(this: object, value: unknown) {
        define(ownerOf(this, key), value);
      },
    };
    accessors.set(key, accessor);
  }
  return accessor;
}
const accessors = new Map<string, PropertyDescriptor>();

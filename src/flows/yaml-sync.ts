// Brings a YAML document in line with a value, touching only what differs: equal scalars, maps and
// list items keep their nodes (and so their comments and style), new keys go where the schema puts
// them. The result depends only on the document and the value, not on the order of the edits, so
// answering one question at a time and applying an answers file at once give the same bytes.
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { type FieldPath, isPlainObject } from '../commands/answers.js';
import { canonicalJson } from '../workspace/hash.js';
import { type JsonSchema, orderBySchema } from '../workspace/new-file.js';

/** Follows a `$ref` into `$defs`, and picks the branch of an anyOf that fits the value. */
export function deref(s: JsonSchema | undefined, root: JsonSchema, value?: unknown): JsonSchema | undefined {
  let out = s;
  if (out?.$ref?.startsWith('#/$defs/')) out = root.$defs?.[out.$ref.slice('#/$defs/'.length)];
  if (out?.anyOf) {
    const type = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : 'string';
    out = out.anyOf.find((b) => b.type === type) ?? out.anyOf[0];
  }
  return out;
}

/** The schema of `key` inside a value described by `s`. */
export function childSchema(s: JsonSchema | undefined, key: string | number): JsonSchema | undefined {
  if (!s) return undefined;
  if (typeof key === 'number') return s.items;
  if (s.properties && Object.hasOwn(s.properties, key)) return s.properties[key];
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}

export interface SyncOptions {
  root: JsonSchema;
  /** Key order for maps the schema leaves open (e.g. `steps`, in the order of the process). */
  keyOrder?: (path: FieldPath) => string[] | undefined;
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** Adds a comment line above a top-level key of `doc`, after any comment already there. */
export function commentAbove(doc: Document, key: string, text: string): void {
  const pair = isMap(doc.contents) ? (doc.contents.items.find((p) => keyOf(p as Pair) === key) as Pair) : undefined;
  if (!pair || !isScalar(pair.key)) return;
  const line = ` ${text}`;
  pair.key.commentBefore = pair.key.commentBefore ? `${pair.key.commentBefore}\n${line}` : line;
}

/** Makes `doc` hold `value` (a mapping), editing as little as possible. */
export function syncDocument(doc: Document, value: Record<string, unknown>, options: SyncOptions): void {
  const next = sync(doc, doc.contents as Node | null, value, options.root, [], options);
  if (next !== doc.contents) doc.contents = next as Document['contents'];
}

function create(doc: Document, value: unknown, s: JsonSchema | undefined, options: SyncOptions): Node {
  return doc.createNode(orderBySchema(value, s, options.root)) as Node;
}

function sync(
  doc: Document,
  node: Node | null,
  value: unknown,
  schema: JsonSchema | undefined,
  path: FieldPath,
  options: SyncOptions,
): Node {
  const s = deref(schema, options.root, value);
  // An alias (`*name`) that still stands for the value stays: printed again it would be its anchor's copy.
  if (isAlias(node)) {
    const anchored = node.resolve(doc);
    return anchored && canonicalJson(anchored.toJS(doc)) === canonicalJson(value)
      ? node
      : create(doc, value, s, options);
  }
  if (isPlainObject(value)) {
    if (!isMap(node)) return create(doc, value, s, options);
    const map = node as YAMLMap;
    map.items = map.items.filter((pair) => Object.hasOwn(value, keyOf(pair as Pair)));
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const child = childSchema(s, key);
      const pair = map.items.find((p) => keyOf(p as Pair) === key) as Pair | undefined;
      if (pair) {
        const updated = sync(doc, pair.value as Node | null, v, child, [...path, key], options);
        if (updated !== pair.value) pair.value = updated;
      } else {
        insertOrdered(
          map,
          doc.createPair(key, create(doc, v, deref(child, options.root, v), options)),
          s,
          path,
          options,
        );
      }
    }
    return map;
  }
  if (Array.isArray(value)) {
    if (!isSeq(node)) return create(doc, value, s, options);
    const items = s?.items;
    const byId = itemsById(node.items, value);
    if (byId) {
      // Items with ids (articles, areas, observations) keep their own nodes, and comments, when the
      // list is reordered or an item goes: matched by id, not by place.
      const first = node.items[0] as Node | undefined;
      node.items = value.map((v, i) => {
        const existing = byId.get((v as { id: string }).id);
        return existing === undefined
          ? create(doc, v, deref(items, options.root, v), options)
          : sync(doc, existing, v, items, [...path, i], options);
      });
      // `yaml` keeps a comment above the first item on the list: it goes with that item when it moves.
      if (
        first &&
        node.commentBefore &&
        node.items[0] !== first &&
        node.items.includes(first) &&
        !first.commentBefore
      ) {
        first.commentBefore = node.commentBefore;
        node.commentBefore = undefined;
      }
      return node;
    }
    value.forEach((v, i) => {
      const existing = node.items[i] as Node | undefined;
      if (existing === undefined) node.items.push(create(doc, v, deref(items, options.root, v), options));
      else {
        const updated = sync(doc, existing, v, items, [...path, i], options);
        if (updated !== existing) node.items[i] = updated;
      }
    });
    node.items.length = value.length;
    return node;
  }
  if (isScalar(node)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return create(doc, value, s, options);
}

const idOf = (v: unknown): string | undefined => (isPlainObject(v) && typeof v.id === 'string' ? v.id : undefined);

/** The list's nodes by their `id`, when every item of the list and of the value has a distinct one. */
function itemsById(nodes: unknown[], value: unknown[]): Map<string, Node> | undefined {
  const ids = value.map(idOf);
  if (ids.some((id) => id === undefined) || new Set(ids).size !== ids.length) return undefined;
  const byId = new Map<string, Node>();
  for (const item of nodes) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id !== 'string' || byId.has(id)) return undefined;
    byId.set(id, item as Node);
  }
  return byId;
}

/** Inserts a new key before the first existing key that the schema (or the process) puts after it. */
function insertOrdered(
  map: YAMLMap,
  pair: Pair,
  s: JsonSchema | undefined,
  path: FieldPath,
  options: SyncOptions,
): void {
  const order = options.keyOrder?.(path) ?? Object.keys(s?.properties ?? {});
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const r = rank(keyOf(pair));
  const at = map.items.findIndex((p) => rank(keyOf(p as Pair)) > r);
  if (at < 0 || r === Number.POSITIVE_INFINITY) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

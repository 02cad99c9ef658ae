// Pagination of measured items. Every block is first turned into items whose heights are known
// (lines, table rows, groups kept together, two-column pairs); the paginator then decides page
// breaks — keep-with-next chains, groups that move whole, table headers repeated, pairs that start
// on the same page in both columns — and calls each item's draw function at its place.

export interface Box {
  type: 'box';
  height: number;
  /** Space above; dropped at the top of a page. */
  gapBefore: number;
  /** Never end a page after this item (headings, a paragraph's first line, a table header). */
  keepWithNext: boolean;
  /** Last item of a block: a two-column pair may split here. */
  blockEnd: boolean;
  draw: (x: number, y: number) => void;
  /** Drawn first when this item starts a page (a table's header row). */
  repeat?: Box;
}

export interface Group {
  type: 'group';
  items: FlowItem[];
  gapBefore: number;
  keepWithNext: boolean;
  blockEnd: boolean;
}

export interface Pair {
  type: 'pair';
  left: FlowItem[];
  right: FlowItem[];
  /** x offset of the right column from the flow's x. */
  rightOffset: number;
  gapBefore: number;
  keepWithNext: boolean;
  blockEnd: boolean;
}

export interface PageBreak {
  type: 'break';
  gapBefore: 0;
  keepWithNext: false;
  blockEnd: true;
}

export type FlowItem = Box | Group | Pair | PageBreak;

const EPS = 0.01;

export function itemHeight(item: FlowItem): number {
  switch (item.type) {
    case 'box':
      return item.height;
    case 'group':
      return stackHeight(item.items);
    case 'pair':
      return Math.max(stackHeight(item.left), stackHeight(item.right));
    case 'break':
      return 0;
  }
}

// Stacks are built once and then only read (the paginator asks for their heights again and again).
const stackHeights = new WeakMap<readonly FlowItem[], number>();

/** Height of items stacked, without the first item's gap. */
export function stackHeight(items: readonly FlowItem[]): number {
  const hit = stackHeights.get(items);
  if (hit !== undefined) return hit;
  let h = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item) h += (i > 0 ? item.gapBefore : 0) + itemHeight(item);
  }
  stackHeights.set(items, h);
  return h;
}

/** Moves items right by dx (nested content: list items, quotes, the right column). */
export function shiftItems(items: FlowItem[], dx: number): FlowItem[] {
  if (dx === 0) return items;
  return items.map((item) => shiftItem(item, dx));
}

function shiftItem<T extends FlowItem>(item: T, dx: number): T {
  switch (item.type) {
    case 'box': {
      const draw = item.draw;
      const shifted: Box = { ...item, draw: (x, y) => draw(x + dx, y) };
      if (item.repeat) shifted.repeat = shiftItem(item.repeat, dx);
      return shifted as T;
    }
    case 'group':
      return { ...item, items: shiftItems(item.items, dx) };
    case 'pair':
      return { ...item, left: shiftItems(item.left, dx), right: shiftItems(item.right, dx) };
    default:
      return item;
  }
}

/** Draws items one under the other from y, with no page checks; returns the y below them. */
function drawStack(items: readonly FlowItem[], x: number, y: number, first: boolean): number {
  let cy = y;
  items.forEach((item, i) => {
    if (i > 0 || !first) cy += item.gapBefore;
    switch (item.type) {
      case 'box':
        item.draw(x, cy);
        cy += item.height;
        break;
      case 'group':
        cy = drawStack(item.items, x, cy, true);
        break;
      case 'pair': {
        const l = drawStack(item.left, x, cy, true);
        const r = drawStack(item.right, x + item.rightOffset, cy, true);
        cy = Math.max(l, r);
        break;
      }
      case 'break':
        break;
    }
  });
  return cy;
}

export interface PageFrame {
  x: number;
  top: number;
  bottom: number;
  /** Starts a new page (the caller adds it and draws its background). */
  newPage: () => void;
}

export class Paginator {
  private y: number;
  private atTop = true;
  /** A page break waits for content: one at the end of the document adds no blank page. */
  private breakPending = false;
  private readonly pageHeight: number;

  constructor(private readonly frame: PageFrame) {
    this.y = frame.top;
    this.pageHeight = frame.bottom - frame.top;
  }

  private remaining(): number {
    return this.frame.bottom - this.y;
  }

  private newPage(): void {
    this.frame.newPage();
    this.y = this.frame.top;
    this.atTop = true;
  }

  private gap(item: FlowItem): number {
    return this.atTop ? 0 : item.gapBefore;
  }

  run(items: readonly FlowItem[]): void {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!item) continue;
      if (item.type === 'break') {
        this.breakPending = true;
        continue;
      }
      if (this.breakPending) {
        this.breakPending = false;
        if (!this.atTop) this.newPage();
      }
      // Keep-with-next: the chain from here to the first item that does not keep must start on
      // this page with its last item's minimum start; else break now, if the chain fits a page.
      if (!this.atTop && item.keepWithNext) {
        let need = item.gapBefore + itemHeight(item);
        let j = i;
        for (;;) {
          const cur = items[j];
          const next = items[j + 1];
          if (!cur?.keepWithNext || !next || next.type === 'break') break;
          j++;
          const nextMin = next.keepWithNext ? itemHeight(next) : minStart(next, this.pageHeight);
          need += next.gapBefore + nextMin;
        }
        if (need > this.remaining() + EPS && need <= this.pageHeight + EPS) this.newPage();
      }
      this.place(item);
    }
  }

  private place(item: FlowItem): void {
    switch (item.type) {
      case 'box':
        this.placeBox(item);
        return;
      case 'group': {
        const h = itemHeight(item);
        if (h > this.pageHeight + EPS) {
          // Taller than a page: cannot be kept together; flow its parts.
          const [first, ...rest] = item.items;
          this.run(first ? [{ ...first, gapBefore: item.gapBefore } as FlowItem, ...rest] : []);
          return;
        }
        if (this.gap(item) + h > this.remaining() + EPS) this.newPage();
        this.y += this.gap(item);
        this.y = drawStack(item.items, this.frame.x, this.y, true);
        this.atTop = false;
        return;
      }
      case 'pair':
        this.placePair(item);
        return;
      case 'break':
        return;
    }
  }

  private placeBox(box: Box): void {
    if (!this.atTop && box.gapBefore + box.height > this.remaining() + EPS) this.newPage();
    if (this.atTop && box.repeat) {
      box.repeat.draw(this.frame.x, this.y);
      this.y += box.repeat.height;
      this.atTop = false;
    }
    this.y += this.gap(box);
    box.draw(this.frame.x, this.y);
    this.y += box.height;
    this.atTop = false;
  }

  private placePair(pair: Pair): void {
    if (this.gap(pair) + itemHeight(pair) <= this.remaining() + EPS) {
      this.y += this.gap(pair);
      this.y = drawStack([pair], this.frame.x, this.y, true);
      this.atTop = false;
      return;
    }
    // It does not fit: both columns break at block boundaries together and go on, side by side, on
    // the next page; if not even a first block of each column fits here, the pair starts on the next
    // page. Either way it starts on the same page in both columns. (Wrap it in :::keep to keep it
    // whole.)
    let left = pair.left;
    let right = pair.right;
    let first = true;
    while (left.length > 0 || right.length > 0) {
      const gap = first ? this.gap(pair) : 0;
      const avail = this.remaining() - gap;
      let [lHead, lTail] = splitColumn(left, avail, this.atTop);
      let [rHead, rTail] = splitColumn(right, avail, this.atTop);
      // Two versions of one text (the same blocks in each column) break after the same block, so
      // that a page holds the same paragraphs and list items in both languages.
      const lBlocks = boundaries(lHead);
      const rBlocks = boundaries(rHead);
      if (
        lBlocks !== rBlocks &&
        lTail.length + rTail.length > 0 &&
        endsAtBoundary(lHead) &&
        endsAtBoundary(rHead) &&
        boundaries(left) === boundaries(right)
      ) {
        const k = Math.min(lBlocks, rBlocks);
        [lHead, lTail] = cutAfterBlocks(left, k);
        [rHead, rTail] = cutAfterBlocks(right, k);
      }
      const starved = (left.length > 0 && lHead.length === 0) || (right.length > 0 && rHead.length === 0);
      if (starved && !this.atTop) {
        this.newPage();
        continue;
      }
      this.y += gap;
      const l = drawStack(lHead, this.frame.x, this.y, true);
      const r = drawStack(rHead, this.frame.x + pair.rightOffset, this.y, true);
      this.y = Math.max(l, r);
      this.atTop = false;
      first = false;
      left = lTail;
      right = rTail;
      if (left.length > 0 || right.length > 0) this.newPage();
    }
  }
}

/** The least height an item needs on a page to start there (a pair can split after a first block). */
function minStart(item: FlowItem, pageHeight: number): number {
  const h = itemHeight(item);
  if (item.type !== 'pair') return Math.min(h, pageHeight);
  const firstChunk = (items: FlowItem[]): number => stackHeight(splitColumn(items, 0, false, true)[0]);
  return Math.min(h, Math.max(firstChunk(item.left), firstChunk(item.right)));
}

/** Whether an item ends a block a column may break after. */
const isBoundary = (item: FlowItem | undefined): boolean => item?.blockEnd === true && !item.keepWithNext;

/** How many blocks a column's items hold, counted at the points where it may break. */
function boundaries(items: readonly FlowItem[]): number {
  let n = 0;
  for (const item of items) if (isBoundary(item)) n++;
  return n;
}

function endsAtBoundary(items: readonly FlowItem[]): boolean {
  return items.length > 0 && isBoundary(items[items.length - 1]);
}

/** Splits a column after its first `blocks` blocks; the rest continues at the top of a page. */
function cutAfterBlocks(items: FlowItem[], blocks: number): [FlowItem[], FlowItem[]] {
  let seen = 0;
  let cut = 0;
  while (cut < items.length && seen < blocks) {
    if (isBoundary(items[cut])) seen++;
    cut++;
  }
  const [t0, ...trest] = items.slice(cut);
  return [items.slice(0, cut), t0 ? [{ ...t0, gapBefore: 0 } as FlowItem, ...trest] : []];
}

/**
 * Splits a column's items where the head fits in `avail`, at a block boundary (never after an item
 * that keeps with the next). At the top of a page, when no boundary fits, it splits between lines
 * instead (a paragraph taller than a page). `firstBlock` returns the items up to the first boundary.
 */
function splitColumn(items: FlowItem[], avail: number, fresh: boolean, firstBlock = false): [FlowItem[], FlowItem[]] {
  let acc = 0;
  let boundary = 0;
  let fit = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (!item) break;
    const h = (k > 0 ? item.gapBefore : 0) + itemHeight(item);
    if (firstBlock) {
      if (item.blockEnd && !item.keepWithNext) return [items.slice(0, k + 1), items.slice(k + 1)];
      continue;
    }
    if (acc + h > avail + EPS) break;
    acc += h;
    fit = k + 1;
    if (item.blockEnd && !item.keepWithNext) boundary = k + 1;
  }
  if (firstBlock || fit === items.length) return [items, []];
  let cut = boundary;
  if (cut === 0 && fresh) cut = Math.max(1, fit);
  const tail = items.slice(cut);
  // The part that goes on continues at the top of a page: no gap above it.
  const [t0, ...trest] = tail;
  return [items.slice(0, cut), t0 ? [{ ...t0, gapBefore: 0 } as FlowItem, ...trest] : []];
}

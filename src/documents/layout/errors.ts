// Typed errors of the layout engine. They carry data (file, character, line…) and an English
// message for logs; the UI maps `code` and the fields to its own Spanish/English messages.
// This module imports nothing heavy, so callers can `instanceof`-check without loading pdfkit.

export type LayoutErrorCode = 'unknown-block' | 'block-syntax' | 'missing-glyph' | 'image' | 'font' | 'layout-options';

export abstract class LayoutError extends Error {
  abstract readonly code: LayoutErrorCode;
}

/** A `:::name` fence whose name is not one of the documented container blocks. */
export class UnknownBlockError extends LayoutError {
  readonly code = 'unknown-block';
  constructor(
    readonly blockName: string,
    /** 1-based line of the fence in the Markdown source. */
    readonly line: number,
  ) {
    super(`Unknown block ":::${blockName}" at line ${line}`);
    this.name = 'UnknownBlockError';
  }
}

export type BlockSyntaxProblem =
  | 'unclosed' // a `:::name` without its closing `:::`
  | 'unexpected-close' // a `:::` with no open block
  | 'columns-separator' // `:::columns` without exactly one `+++` line
  | 'misplaced' // a block where it is not allowed (e.g. pagebreak inside keep)
  | 'arguments' // bad words after the block name
  | 'empty' // a place-date or signature block with nothing in it
  | 'chart-data' // a chart block whose JSON is not a chart
  | 'progress-table'; // a progress block that is not one table with its bar column

/** A container block that is known but written wrongly. */
export class BlockSyntaxError extends LayoutError {
  readonly code = 'block-syntax';
  constructor(
    readonly problem: BlockSyntaxProblem,
    readonly blockName: string | undefined,
    readonly line: number,
    readonly detail?: string,
  ) {
    super(`${problem} ${blockName ? `":::${blockName}" ` : ''}at line ${line}${detail ? `: ${detail}` : ''}`);
    this.name = 'BlockSyntaxError';
  }
}

/** A character that none of the configured fonts can draw (never rendered as a silent box). */
export class MissingGlyphError extends LayoutError {
  readonly code = 'missing-glyph';
  /** "U+6771" */
  readonly codePoint: string;
  constructor(
    readonly char: string,
    /** Surrounding text, to find it in the source. */
    readonly context: string,
    /** 1-based Markdown line, when the text came from the Markdown. */
    readonly line: number | undefined,
    /** Where the text came from: the caller's field name (via `fieldAt`), or `footer`, `letterhead`… */
    readonly field: string | undefined,
  ) {
    const cp = char.codePointAt(0) ?? 0;
    const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    super(
      `No configured font has the character "${char}" (${codePoint}) in "${context}"` +
        (field ? ` (${field})` : line ? ` (line ${line})` : ''),
    );
    this.codePoint = codePoint;
    this.name = 'MissingGlyphError';
  }
}

export type ImageProblem =
  | 'not-found'
  | 'unreadable'
  | 'unsupported-format' // SVG, GIF, WebP…: only PNG and JPEG are accepted
  | 'corrupt';

export class ImageError extends LayoutError {
  readonly code = 'image';
  constructor(
    readonly file: string,
    readonly problem: ImageProblem,
    /** For unsupported-format: what the file looks like ("svg", "gif", "unknown"); else a short reason. */
    readonly detail?: string,
  ) {
    super(`Image ${file}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'ImageError';
  }
}

export class FontError extends LayoutError {
  readonly code = 'font';
  constructor(
    readonly file: string,
    readonly problem: 'not-found' | 'unreadable' | 'invalid',
    readonly detail?: string,
  ) {
    super(`Font ${file}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'FontError';
  }
}

/** An option of `renderPdf` that cannot be honoured (e.g. no hyphenation patterns for a language). */
export class LayoutOptionsError extends LayoutError {
  readonly code = 'layout-options';
  constructor(
    readonly option: string,
    readonly value: string,
    readonly detail?: string,
  ) {
    super(`Option ${option}=${JSON.stringify(value)}${detail ? `: ${detail}` : ''}`);
    this.name = 'LayoutOptionsError';
  }
}

// User text on its way to a terminal or into Markdown: what a YAML file may hold (a line break in a
// name, a stray CR, an escape sequence) must neither move the cursor nor end a heading or a table row.

/** C0 and C1 control characters and DEL, but the line feed (handled apart). */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
/** A line break of any kind (and a tab), with the spaces around it. */
const BREAK = /[^\S\n]*(?:\r\n?|[\n\t\u2028\u2029])\s*/g;

/** Text for the terminal: CR and CRLF become line feeds, other control characters are dropped. */
export const terminalText = (s: string): string =>
  s
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');

/** Text on one line (a table cell, a heading): every line break or tab a space, no control characters. */
export const oneLine = (s: string): string => s.replace(BREAK, ' ').replace(CONTROL, '');

/** Text inside a Markdown line (a heading, a list item, a table cell), shown as written. */
export const mdInline = (s: string): string => oneLine(s).replace(/[\\`*_[\]<>#|&~]/g, '\\$&');

/**
 * Text that takes one column a character at sight: printable ASCII, Latin-1 and Latin Extended,
 * Greek and Cyrillic, dashes, quotes and bullets (not the format characters around them), arrows,
 * and the box and block elements of the progress bar. The rest goes through the property classes
 * below, whose first use costs ≈1 ms.
 */
const NARROW =
  /^[\u0020-\u007E\u00A0-\u02FF\u0370-\u0482\u048A-\u04FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC\u25FF]*$/;
/**
 * East Asian wide and fullwidth characters and emoji shown as emoji (two columns each); what takes
 * none (combining marks, format characters, variation selectors, skin tones). Made on first use: V8
 * checks a regular expression literal with property classes when it parses the module (≈0.7 ms),
 * and a status rarely needs them.
 */
let classes: { wide: RegExp; zero: RegExp } | undefined;
const widthClasses = () =>
  (classes ??= {
    // biome-ignore lint/complexity/useRegexLiterals: a literal would be checked when the module loads
    wide: new RegExp(
      '[\\p{Emoji_Presentation}\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA000-\\uA4CF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6\\u{20000}-\\u{3FFFD}]',
      'u',
    ),
    // biome-ignore lint/complexity/useRegexLiterals: a literal would be checked when the module loads
    zero: new RegExp('[\\p{Mn}\\p{Me}\\p{Cf}\\p{Cc}\\p{Emoji_Modifier}]', 'u'),
  });
/** A regional indicator: two of them make a flag, two columns in all. */
const REGIONAL = /[\u{1F1E6}-\u{1F1FF}]/u;

/** A colour or weight: an escape sequence that takes no column. */
const SGR = /\u001b\[[\d;]*m/g;

/**
 * The columns a text takes in a terminal (委員会 takes six, 🌮 two, a combining accent none, a colour's
 * escape sequence none).
 */
export function displayWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  if (s.includes('\u001b')) return displayWidth(s.replace(SGR, ''));
  const { wide, zero } = widthClasses();
  let width = 0;
  let joined = false;
  for (const ch of s) {
    // An emoji joined to the one before (👨‍👩‍👧) shows in that one's columns.
    if (joined) joined = false;
    else if (ch === '\u200D') joined = true;
    else if (!zero.test(ch)) width += wide.test(ch) && !REGIONAL.test(ch) ? 2 : 1;
  }
  return width;
}

/**
 * A text's words, split at spaces; a `code span` (a command, a YAML key to copy) is one word, unless
 * it is wider than `width`.
 */
function words(text: string, width: number): string[] {
  const found: string[] = [];
  let open = false;
  for (const piece of text.split(' ')) {
    if (open) found[found.length - 1] += ` ${piece}`;
    else found.push(piece);
    if (piece.split('`').length % 2 === 0) open = !open;
  }
  // A backquote that opens no span that closes is no span.
  if (open) found.push(...(found.pop() as string).split(' '));
  return found.flatMap((w) => (w.includes(' ') && displayWidth(w) > width ? w.split(' ') : [w]));
}

/**
 * Words as lines of at most `width` columns (`first` for the first line); a longer word is cut, or with
 * `whole` stays whole on a line of its own: a path to copy, which the terminal folds where it must.
 */
function wrapWords(list: string[], width: number, whole: boolean, first = width): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of list) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) <= (lines.length === 0 ? first : width)) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    while (!whole && displayWidth(word) > width) {
      const [head, rest] = cut(word, width);
      lines.push(head);
      word = rest;
    }
    line = word;
  }
  lines.push(line);
  return lines;
}

/**
 * A text as lines of at most `width` columns, broken at spaces, not inside a `code span` that fits a
 * line; a longer word is cut, or with `whole` stays whole on a line of its own.
 */
export const wrapText = (text: string, width: number, whole = false): string[] =>
  wrapWords(words(text, width), width, whole);

/**
 * A line as lines of at most `width` columns, broken at spaces, the ones after the first under its
 * text: past its indent and the mark that leads it («  ⚠ », «■ », «> »). A line that fits stays as it is.
 * `whole`: a word longer than a line is not cut (wrapText).
 */
export function wrapLine(line: string, width: number, whole = false): string[] {
  if (displayWidth(line) <= width) return [line];
  const lead = /^\s*(?:[^\p{L}\p{N}\s] (?=\S))?/u.exec(line)?.[0] ?? '';
  const hang = ' '.repeat(displayWidth(lead));
  return wrapText(line.slice(lead.length), Math.max(10, width - hang.length), whole).map(
    (l, i) => (i === 0 ? lead : hang) + l,
  );
}

/** A text's lines, each broken as wrapLine breaks it: for lines said on a terminal `width` wide. */
export const wrapLines = (text: string, width: number, whole = false): string =>
  text
    .split('\n')
    .flatMap((line) => wrapLine(line, width, whole))
    .join('\n');

/**
 * `head`, never broken, then `text` broken at spaces, in lines of at most `width` columns, the ones
 * after the first after `hang`; a word longer than a line stays whole.
 */
export function wrapAfter(head: string, text: string, width: number, hang: string): string[] {
  const room = Math.max(10, width - displayWidth(hang));
  return wrapWords([head, ...words(text, room)], room, true, width).map((l, i) => (i === 0 ? l : hang + l));
}

/**
 * What follows a question fitted to `columns` (a choice made, an answer typed), broken at spaces to go
 * on after its last line, «✔ » before it; it starts with a line break when it does not fit there. A
 * word longer than a line stays whole.
 */
export function fitAfter(message: string, text: string, columns: number | undefined): string {
  if (!columns) return text;
  const last = message.slice(message.lastIndexOf('\n') + 1);
  // The question's last line is the head that stays whole; what comes after it is what is shown.
  const rest = wrapAfter(last, text, Math.max(10, columns - 2), '')
    .join('\n')
    .slice(last.length);
  return rest.startsWith(' ') ? rest.slice(1) : rest;
}

/** The first `width` columns of a word (at least one character) and the rest. */
function cut(word: string, width: number): [string, string] {
  let head = '';
  for (const ch of word) {
    if (head !== '' && displayWidth(head + ch) > width) break;
    head += ch;
  }
  return [head, word.slice(head.length)];
}

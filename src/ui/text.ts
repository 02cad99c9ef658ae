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

// The text prompt: inquirer's input, which takes each line break as Enter, so that a pasted paragraph
// kept its first line and lost the rest. Here a paste arrives whole. The terminal marks a paste
// (bracketed paste, switched on while the prompt is open); a terminal that does not still sends it
// in one read, and a line break with more after it in the same read is a paste's, not an Enter (a
// key pressed comes alone). While it is edited, a pasted line break shows as ↵ (one column, so that
// readline's cursor stays right); the answer has "\n" in its place (or a space, for a field of one line).
// A pasted tab (a table's cells) is kept in a free text, where YAML takes it; a space in a field of one line.
import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  isTabKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePrefix,
  useRef,
  useState,
} from '@inquirer/core';
import { fitAfter, wrapLines } from './text.js';

export interface TextConfig {
  message: string;
  /** The question once answered, when it reads otherwise (without a hint that helps only while answering). */
  answered?: string;
  default?: string;
  /** Whether the answer may keep line breaks; otherwise a pasted one becomes a space. */
  multiline?: boolean;
  validate?: (value: string) => true | string;
  transformer?: (value: string, state: { isFinal: boolean }) => string;
  /** The terminal's width: a default on a line of its own breaks at spaces within it. */
  columns?: number;
}

/** Inquirer's readline, with what Node's has and inquirer's type leaves out. */
type Readline = Parameters<Parameters<typeof useKeypress>[0]>[1] & { cursor: number; history: string[] };

/** A line break in the line being edited. */
const BREAK = '↵';
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';

/** The edited line with its pasted line breaks as the answer has them. */
const answerOf = (line: string, multiline: boolean) =>
  multiline
    ? line
        .replaceAll(BREAK, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .replace(/^\n+|\n+$/g, '')
    : line.replaceAll(BREAK, ' ').replaceAll('\t', ' ');

/** A read from the terminal that holds a line break with more after it (an Enter typed comes alone). */
const isUnmarkedPaste = (chunk: string | Buffer) => /[\r\n]/.test(String(chunk).replace(/(\r\n|\r|\n)$/, ''));

interface Line {
  text: string;
  cursor: number;
}

/** Written past inquirer's mute of the output between renders. */
function writeRaw(rl: Readline, text: string): void {
  rl.output.unmute();
  rl.output.write(text);
  rl.output.mute();
}

export const text = createPrompt<string, TextConfig>((config, done) => {
  const multiline = config.multiline ?? false;
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'loading' | 'done'>('idle');
  const [defaultValue, setDefaultValue] = useState((config.default ?? '').replaceAll('\n', BREAK));
  const [errorMsg, setError] = useState<string>();
  const [value, setValue] = useState('');
  const prefix = usePrefix({ status, theme });
  // The line before the key being handled: readline has handled it already.
  const before = useRef<Line>({ text: '', cursor: 0 });
  // While a marked paste comes: the text that was after the cursor.
  const pasting = useRef<string | undefined>(undefined);
  // While the keys of a read that is an unmarked paste come.
  const unmarked = useRef(false);
  const lastKey = useRef('');

  useEffect((readline) => {
    const rl = readline as Readline;
    // Bracketed paste while the prompt is open, off however it ends (answer, Ctrl+C, error).
    writeRaw(rl, PASTE_ON);
    // Each read is looked at before readline turns it into keys, and forgotten after.
    const look = (chunk: string | Buffer) => {
      unmarked.current = isUnmarkedPaste(chunk);
    };
    const forget = () => {
      unmarked.current = false;
    };
    rl.input.prependListener('data', look);
    rl.input.on('data', forget);
    return () => {
      rl.input.removeListener('data', look);
      rl.input.removeListener('data', forget);
      writeRaw(rl, PASTE_OFF);
    };
  }, []);

  /**
   * A pasted line break where readline took an Enter (and cleared its line): the line as it was,
   * with ↵ (or a space) at its cursor.
   */
  const lineBreak = (rl: Readline, at: Line) => {
    // readline kept the part as history, for ↑ to bring back in place of the whole paste.
    if (rl.history[0] === at.text) rl.history.shift();
    const head = at.text.slice(0, at.cursor) + (multiline ? BREAK : ' ');
    rl.line = head + at.text.slice(at.cursor);
    rl.cursor = head.length;
  };

  // Checked a few ticks later, as inquirer's input checks: a Ctrl+C that comes with the Enter still stops it.
  const check = async (answer: string) => (config.validate ? await config.validate(answer) : true);

  useKeypress(async (key, readline) => {
    if (status !== 'idle') return;
    const rl = readline as Readline;
    const name = key.name ?? '';
    const previous = lastKey.current;
    lastKey.current = name;
    if (name === 'paste-start') {
      // Node's readline puts a marked paste at the end of the line, whatever the cursor: the text
      // after the cursor waits aside until the paste ends.
      pasting.current = rl.line.slice(rl.cursor);
      rl.line = rl.line.slice(0, rl.cursor);
      before.current = { text: rl.line, cursor: rl.cursor };
      return;
    }
    if (name === 'paste-end') {
      rl.line += pasting.current ?? '';
      pasting.current = undefined;
    } else if (isEnterKey(key) && (pasting.current !== undefined || unmarked.current)) {
      // "\r\n" is one line break: readline let its "\n" pass.
      if (name === 'enter' && previous === 'return') return;
      lineBreak(rl, before.current);
    } else if (isEnterKey(key)) {
      const answer = value || defaultValue;
      const checked = answerOf(answer, multiline);
      setStatus('loading');
      const valid = await check(checked);
      if (valid === true) {
        setValue(answer);
        setStatus('done');
        done(checked);
      } else {
        // What was typed stays, to be corrected.
        rl.write(value);
        before.current = { text: rl.line, cursor: rl.cursor };
        setError(valid);
        setStatus('idle');
      }
      return;
    } else if (isBackspaceKey(key) && !value) {
      setDefaultValue('');
    } else if (isTabKey(key) && !value && pasting.current === undefined) {
      // Tab, pressed on an empty answer, takes the default; a tab that a paste begins with is its text.
      setDefaultValue('');
      rl.clearLine(0); // the tab readline inserted
      rl.write(defaultValue);
    }
    setValue(rl.line);
    setError(undefined);
    before.current = { text: rl.line, cursor: rl.cursor };
  });

  const final = status === 'done';
  const question = (final ? config.answered : undefined) ?? config.message;
  // A question that ends in a line break (no room after it) has what follows at the margin below.
  const below = question.endsWith('\n');
  const message = theme.style.message(below ? question.slice(0, -1) : question, status);
  const formatted = config.transformer
    ? config.transformer(final ? answerOf(value, multiline) : value, { isFinal: final })
    : final
      ? theme.style.answer(
          answerOf(value, multiline)
            .trim()
            .replace(/\n(?=.)/g, '\n  '),
        )
      : value;
  // On a line of its own, what follows the question breaks at spaces within the terminal (a space and
  // the cursor after a default).
  const fitBelow = (text: string, room: number) =>
    below && config.columns ? wrapLines(text, Math.max(10, config.columns - room), true) : text;
  const defaultStr =
    defaultValue && !final && !value ? fitBelow(theme.style.defaultAnswer(defaultValue), 2) : undefined;
  // After the question, the answer goes on at spaces within the terminal, its further lines too.
  const fitAfterQuestion = (answer: string) => {
    const [first, ...more] = answer.split('\n');
    return [
      fitAfter(message, first as string, config.columns),
      ...more.map((l) => wrapLines(l, config.columns as number, true)),
    ].join('\n');
  };
  const shownAnswer = !final
    ? formatted
    : below || !config.columns
      ? fitBelow(formatted, 0)
      : fitAfterQuestion(formatted);
  const after = [defaultStr, shownAnswer].filter((v) => v !== undefined).join(' ');
  return [
    `${prefix} ${message}${below ? '\n' : after.startsWith('\n') ? '' : ' '}${after}`,
    errorMsg ? theme.style.error(errorMsg) : '',
  ];
});

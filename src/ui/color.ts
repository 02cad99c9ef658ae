import { Chalk } from 'chalk';

/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
export function makeChalk(stream: NodeJS.WriteStream, noColor: boolean) {
  const off = noColor || 'NO_COLOR' in process.env || !stream.isTTY;
  return new Chalk({ level: off ? 0 : 1 });
}
export type Painter = ReturnType<typeof makeChalk>;

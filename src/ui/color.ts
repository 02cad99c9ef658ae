import { Chalk } from 'chalk';

/** Colour only on a terminal, and never with NO_COLOR (set and not empty, no-color.org) or --no-color. */
export function makeChalk(stream: NodeJS.WriteStream, noColor: boolean) {
  const off = noColor || Boolean(process.env.NO_COLOR) || !stream.isTTY;
  return new Chalk({ level: off ? 0 : 1 });
}
export type Painter = ReturnType<typeof makeChalk>;

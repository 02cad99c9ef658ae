import { Chalk } from 'chalk';

/**
 * Whether FORCE_COLOR asks for colour where there is no terminal (a CI log), or (0, false) for none
 * on a terminal: as Node reads it. Undefined when it is not set.
 */
function forcedColor(): boolean | undefined {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return force !== '0' && force !== 'false';
}

/**
 * Colour on a terminal, but a dumb one (TERM=dumb, which prints escape codes as they are), or wherever
 * FORCE_COLOR asks for it (as Node and chalk read it, over TERM=dumb too); never with --no-color or
 * NO_COLOR (set and not empty, no-color.org), which say more plainly what the user wants.
 */
export function makeChalk(stream: NodeJS.WriteStream, noColor: boolean) {
  const terminal = Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
  const off = noColor || Boolean(process.env.NO_COLOR) || !(forcedColor() ?? terminal);
  return new Chalk({ level: off ? 0 : 1 });
}
export type Painter = ReturnType<typeof makeChalk>;

// Commands as the CLI suggests them, to paste into a shell: its own output, its hints, its messages.

/** A command line a user can paste: arguments with spaces or shell characters quoted. */
export function commandLine(args: string[]): string {
  return args.map((a) => (/^[\p{L}\p{N}_@%+=:,./-]+$/u.test(a) ? a : `"${a.replace(/(["\\$`])/g, '\\$1')}"`)).join(' ');
}

/** Arguments to follow a command a message suggests (its `{globals}`): ` -C "San Pedro"`, or nothing. */
export const trailingArgs = (args: string[]): string => (args.length > 0 ? ` ${commandLine(args)}` : '');

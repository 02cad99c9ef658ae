// An esbuild plugin for the document renderer: the Unicode tables (unicode-trie) that fontkit,
// unicode-properties and linebreak build when they are imported ship as base64 of doubly deflated
// data, and inflating them in JavaScript (tiny-inflate) costs ≈40 ms of every `generate`. This plugin
// inflates them at build time, with unicode-trie itself, and puts the resulting table in their place
// in the form unicode-trie's constructor also accepts ({ data, highStart, errorValue }), decoded at
// run time by Buffer's native base64. The tables are the very same numbers, so every lookup, and so
// shaping and line breaking, gives the same answers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The packages whose code holds such tables, and how many each holds (a new version must be looked at). */
const EXPECTED = { fontkit: 3, 'unicode-properties': 1, linebreak: 1 };
const LITERAL = /"([A-Za-z0-9+/]{500,}={0,2})"/g;

/** Where the expression called with the string literal at `open` (the call's "(") begins. */
function calleeStart(code, open) {
  let i = open - 1;
  for (;;) {
    const c = code[i];
    if (c !== undefined && /[\w$.]/.test(c)) i--;
    else if (c === ')') {
      let depth = 0;
      for (; i >= 0; i--) {
        if (code[i] === ')') depth++;
        else if (code[i] === '(' && --depth === 0) break;
      }
      i--;
    } else return i + 1;
  }
}

/** The code that rebuilds the inflated table: little-endian 32-bit words, swapped on a big-endian host. */
function tableCode(trie) {
  const bytes = Buffer.alloc(trie.data.length * 4);
  for (let k = 0; k < trie.data.length; k++) bytes.writeUInt32LE(trie.data[k], k * 4);
  return (
    `((b) => { const d = new Uint32Array(Uint8Array.from(b).buffer);` +
    ` if (new Uint8Array(Uint32Array.of(1).buffer)[0] === 0) for (let k = 0; k < d.length; k++) d[k] = ((d[k] & 0xff) << 24 | (d[k] & 0xff00) << 8 | (d[k] >>> 8) & 0xff00 | d[k] >>> 24) >>> 0;` +
    ` return { data: d, highStart: ${trie.highStart}, errorValue: ${trie.errorValue} }; })` +
    `(Buffer.from(${JSON.stringify(bytes.toString('base64'))}, "base64"))`
  );
}

export function preinflateTries(root) {
  const requireRoot = createRequire(`${root}/package.json`);
  const UnicodeTrie = requireRoot('unicode-trie');
  const found = Object.fromEntries(Object.keys(EXPECTED).map((p) => [p, 0]));
  const packageOf = (path) => Object.keys(EXPECTED).find((p) => path.includes(`/node_modules/${p}/dist/`));
  return {
    name: 'preinflate-tries',
    setup(b) {
      b.onLoad(
        { filter: /[/\\]node_modules[/\\](fontkit|unicode-properties|linebreak)[/\\]dist[/\\].*\.(c|m)?js$/ },
        (args) => {
          const path = args.path.split('\\').join('/');
          const pkg = packageOf(path);
          if (pkg === undefined) return undefined;
          const code = readFileSync(args.path, 'utf8');
          let out = '';
          let last = 0;
          for (const m of code.matchAll(LITERAL)) {
            const open = m.index - 1;
            if (code[open] !== '(' || code[m.index + m[0].length] !== ')') continue;
            const trie = new UnicodeTrie(Buffer.from(m[1], 'base64'));
            const start = calleeStart(code, open);
            out += `${code.slice(last, start)}${tableCode(trie)}`;
            last = m.index + m[0].length + 1;
            found[pkg]++;
          }
          return { contents: out + code.slice(last), loader: 'js' };
        },
      );
      b.onEnd((result) => {
        if (result.errors.length > 0) return;
        for (const [pkg, n] of Object.entries(EXPECTED)) {
          if (found[pkg] !== n) throw new Error(`preinflate-tries: ${found[pkg]} table(s) in ${pkg}, expected ${n}`);
        }
      });
    },
  };
}

#!/usr/bin/env node
// A thin shim: the bundled CLI (dist/cli.cjs) through V8's code cache (src/code-cache.ts), so that a
// run neither compiles the CLI nor goes through Node's ES module loader; on Node ≥ 22.1, Node's own
// compile cache and a plain require. CommonJS (bin/package.json) under the name every install has
// linked: npx keeps a link to it per checkout, and a renamed bin leaves that link dangling.
'use strict';
require('node:module').enableCompileCache?.();
const { commandOf, requireWithCodeCache } = require('../dist/code-cache.cjs');
requireWithCodeCache(require.resolve('../dist/cli.cjs'), commandOf(process.argv.slice(2)));

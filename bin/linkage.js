#!/usr/bin/env node
// A thin shim: Node's compile cache where there is one (Node ≥ 22.1), then the bundled entry.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/entry.js');

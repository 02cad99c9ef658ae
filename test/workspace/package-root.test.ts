import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackageRoot, PACKAGE_NAME, packageRoot } from '../../src/workspace/package-root.js';
import { REPO, tempDir } from '../helpers.js';

describe('the package root', () => {
  it('is the repository when running from src/', () => {
    expect(packageRoot()).toBe(REPO);
  });

  it('is the first folder upward named linkage-mx, past other packages and folders without one', () => {
    const top = tempDir();
    writeFileSync(join(top, 'package.json'), JSON.stringify({ name: PACKAGE_NAME }));
    // A global install: node_modules/linkage-mx/dist/lazy, under a user's project with its own package.json.
    const other = join(top, 'dist');
    mkdirSync(join(other, 'lazy', 'deep'), { recursive: true });
    writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'someone-else' }));
    writeFileSync(join(other, 'lazy', 'package.json'), '{ not json');
    expect(findPackageRoot(join(other, 'lazy', 'deep'))).toBe(top);
  });

  it('is undefined when no package.json up to the file-system root names it', () => {
    const dir = tempDir();
    expect(findPackageRoot(dir, 'no-such-package-name-xyz')).toBeUndefined();
  });
});

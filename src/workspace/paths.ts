import { realpathSync } from 'node:fs';
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { rememberedByText } from './hash.js';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A message id when a slug is not a safe folder name, else undefined. */
export function checkSlug(slug: string): string | undefined {
  if (slug === '' || slug === '.' || slug === '..' || slug.includes('/') || slug.includes('\\')) return 'slug.unsafe';
  if (RESERVED.test(slug)) return 'slug.reserved';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return 'slug.form';
  return undefined;
}

/**
 * Resolves a path taken from data (an evidence reference, a template name) inside `base`, or returns
 * undefined when it would leave the workspace, is absolute, or names a reserved Windows device.
 */
export function resolveInside(root: string, base: string, ref: string): string | undefined {
  if (ref === '' || isAbsolute(ref) || /^[a-zA-Z]:/.test(ref) || ref.includes('\\')) return undefined;
  if (ref.split('/').some((part) => RESERVED.test(part) || part === '..')) return undefined;
  const abs = resolve(base, normalize(ref));
  const top = resolve(root);
  // With no `..` part, the usual path lies below the root: told without path.relative, which costs
  // more (a check run asks this for every evidence file).
  if (abs.startsWith(top) && abs[top.length] === sep && abs.length > top.length + 1) return abs;
  return isInside(top, abs) ? abs : undefined;
}

/**
 * A file linkage.yaml names (the coat of arms, a font): inside the workspace by its path and where a
 * symbolic link on the way points, else undefined. A file that is not there is left to its reader,
 * which says it is missing.
 */
export function resolveFileInside(root: string, ref: string): string | undefined {
  const abs = resolveInside(root, root, ref);
  if (!abs) return undefined;
  try {
    return isInside(realpathSync.native(root), realpathSync.native(abs)) ? abs : undefined;
  } catch {
    return abs;
  }
}

/** Whether `abs` lies below the folder `top` (both absolute; not `top` itself). */
export function isInside(top: string, abs: string): boolean {
  const rel = relative(top, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export const toPosix = (p: string) => p.split(sep).join('/');

const TRANSLIT: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  İ: 'i',
  ħ: 'h',
};

/** `Kraków`, `PL` → `krakow-pl`; `León`, `ES` → `leon-es`. Empty when nothing transliterates. */
export function slugify(city: string, country: string): string {
  const ascii = [...city]
    .map((ch) => TRANSLIT[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? '' : `${ascii}-${country.toLowerCase()}`;
}

/**
 * A person's name as a key: two spellings of one name have the same, whatever the accents, capitals
 * and spaces («Núñez» and «NUNEZ»); a name with no Latin letters is itself (NFC, trimmed).
 * Remembered: `check` keys the signers of every case, the same few officials' names (≈3 µs each).
 */
export const nameKey = rememberedByText((name) => slugify(name, '') || name.normalize('NFC').trim());

// Stands in for the `brotli` decoder that fontkit imports for WOFF2 fonts. Loading the real one costs
// ≈25 ms and a large dictionary on every `generate`; WOFF2 is not a font linkage can use anyway
// (pdfkit crashes on its composite glyphs, fontkit issue 201): fonts.ts refuses one by its magic
// number before fontkit sees it, and this throws the same error should fontkit ever get that far.
import { FontError } from './errors.js';

export default function decompress(): never {
  throw new FontError('WOFF2', 'invalid', 'WOFF2 fonts are not supported: use the TTF or OTF file');
}

// Stands in for @noble/ciphers' AES, which pdfkit imports for encrypted PDFs: the real module builds
// its lookup tables when it is loaded (≈15 ms of every `generate`), and linkage never encrypts a PDF
// (pdf.ts passes no password or permissions). Should pdfkit ever get here, this says so.
import { LayoutOptionsError } from './errors.js';

function unsupported(): never {
  throw new LayoutOptionsError('encryption', 'AES', 'PDF encryption is not supported');
}

export const cbc = unsupported;
export const ecb = unsupported;

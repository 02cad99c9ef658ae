// The file name of a generated document: generate writes it, the handover finds an issued one by it.

/**
 * `letter-krakow-pl-es-en.pdf`; a workspace document without a case: `profile-es-en.pdf`; a
 * document about one year's AOP carries the year: `aop-aurora-us-2026-es-en.pdf`; an oficio about an
 * amendment, the amendment's id: `opinion-request-aurora-us-modificacion-1-es.pdf`.
 */
export function documentFileName(
  doc: string,
  slug: string | undefined,
  langs: string[],
  part?: number | string,
): string {
  return `${[doc, slug, part, langs.join('-')].filter(Boolean).join('-')}.pdf`;
}

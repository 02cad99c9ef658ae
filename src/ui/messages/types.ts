/** A catalog entry: the message in each UI language, and a hint that says what to do next. */
export interface Message {
  es: string;
  en: string;
  hint?: { es: string; en: string };
}
export type Catalog = Record<string, Message>;
export type UiLang = 'es' | 'en';

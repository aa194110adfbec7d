/**
 * @module import/locales — one file per import language (header synonyms and value words).
 * Adding a language: write `<code>.ts` of the `Locale` shape, list it here, add its test.
 */
import { cs } from './cs';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import { tr } from './tr';
import type { Locale } from './types';

export type { Locale, LocaleKind, ValueWords, HeaderWords } from './types';

export const LOCALES: readonly Locale[] = [en, fr, de, es, pt, el, cs, pl, it, nl, sv, tr];

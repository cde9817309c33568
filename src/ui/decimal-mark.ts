import { uiLocale } from '../shared/i18n';

/** The locale's decimal mark: "," in Italian, "." in English. */
export function decimalMark(locale = uiLocale()): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

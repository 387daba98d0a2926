/**
 * Counted texts: one text per CLDR plural category the language uses (Intl.PluralRules: Russian „1 пункт,
 * 2 пункта, 5 пунктов“, Arabic with zero, one, two, few, many), the count written with the language's digits
 * (Intl.NumberFormat). No JSON here, so the finder script in the browser uses the same rules as the server.
 */
import { countFormat, pluralRules } from './intl-formats';
import { fillPlaceholders } from './placeholders';

/** The forms of one counted text; `other` is required and stands in for every category a language leaves out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A counted text ready to use: its forms and the Intl locale whose rules choose among them. */
export interface PluralText {
  forms: PluralForms;
  intl: string;
}

/** The form for `count`, its `{count}` written in the locale's digits and the other placeholders filled. */
export function pluralText({ forms, intl }: PluralText, count: number, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(forms[pluralRules(intl).select(count)] ?? forms.other, { ...params, count }, countFormat(intl));
}

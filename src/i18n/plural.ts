/**
 * Plural forms by the language's CLDR rules (Intl.PluralRules): English has
 * one/other, Russian one/few/many (1 клиент, 2 клиента, 5 клиентов; other
 * is for fractions: 1,5 клиента).
 */
import type { Lang } from './lang.js';

export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** The form of a word for a count: plural('ru', 5, { one: 'клиент', few: 'клиента', many: 'клиентов', other: 'клиента' }) → 'клиентов'. */
export function pluralForm(lang: Lang, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const cat = r.select(n) as keyof PluralForms;
  return forms[cat] ?? forms.other;
}

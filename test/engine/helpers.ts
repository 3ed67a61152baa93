import { checkDraftText } from '../../src/draft/load.js';
import type { Draft } from '../../src/draft/schema.js';

/** A validated draft from YAML text (defaults filled in), failing the test loudly if it is invalid. */
export function draftFrom(yaml: string): Draft {
  const check = checkDraftText(yaml, 'test.yaml');
  if (!check.valid || !check.draft) throw new Error(`test draft invalid: ${JSON.stringify(check.issues, null, 2)}`);
  return check.draft;
}

export const CUSTOMERS = (count: number): string => `
customers:
  synthetic:
    count: ${count}
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
`;

export const HEADER = `
name: test
currency: RUB
horizon_months: 24
gross_margin: 0.25
discount_rate_annual: 0.15
`;

/** A small valid draft for CLI tests: 200 customers, 6 months, a discount and one uncertain effect (fast to simulate). */
export const smallDraft = (name: string, rate = 0.03): string => `name: ${name}
currency: USD
horizon_months: 6
gross_margin: 0.3
customers:
  synthetic:
    count: 200
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 100 } }
effects:
  frequency_uplift: { uniform: { min: 0.05, max: 0.2 } }
mechanics:
  - type: discount
    rate: ${rate}
costs: { launch: 1000 }
`;

/**
 * The Russian business terms the interface uses, in one place, so that a
 * table header, a sentence and a hint never name one thing two ways
 * (STYLE.md habit 6). The choices follow the usage of Russian finance and
 * retail texts: ЧДД (чистый дисконтированный доход) for NPV, ретро-бонус for
 * a rebate paid after the period, окупаемость for payback, средний чек for
 * average order value. ROI stays ROI: Russian finance writes it so.
 */
export const G = {
  roi: 'ROI',
  npv: 'ЧДД',
  revenue: 'выручка',
  Revenue: 'Выручка',
  grossProfit: 'валовая прибыль',
  grossMargin: 'валовая маржа',
  netIncrementalProfit: 'чистая дополнительная прибыль',
  NetIncrementalProfit: 'Чистая дополнительная прибыль',
  incrementalRevenue: 'дополнительная выручка',
  IncrementalRevenue: 'Дополнительная выручка',
  churn: 'отток',
  Churn: 'Отток',
  averageCheck: 'средний чек',
  AverageCheck: 'Средний чек',
  rebate: 'ретро-бонус',
  rebates: 'ретро-бонусы',
  Rebates: 'Ретро-бонусы',
  discount: 'скидка',
  Discounts: 'Скидки',
  points: 'баллы',
  Points: 'Баллы',
  payback: 'окупаемость',
  Payback: 'Окупаемость',
  // the figure is a month count from launch: Russian finance calls it the payback period (срок), never «месяц окупаемости»
  paybackMonth: 'срок окупаемости',
  PaybackMonth: 'Срок окупаемости',
  programCost: 'затраты на программу',
  ProgramCost: 'Затраты на программу',
  windfall: 'вознаграждения без эффекта',
  Windfall: 'Вознаграждения без эффекта',
  member: 'участник',
  Members: 'Участники',
  customer: 'клиент',
  tier: 'уровень',
  breakage: 'сгорание баллов',
  draft: 'проект программы',
  breakeven: 'точка безубыточности',
  baseline: 'без программы',
  program: 'с программой',
  runs: 'прогонов',
  // ── issue 25: terms a finance reader checks ──
  npvLong: 'чистая приведённая стоимость',
  /** --seed: the standard term of Russian statistics texts; «зерно» is a calque of "seed". */
  seed: 'начальное значение генератора',
  /** --sample: the customers simulated; the way run-level inputs are drawn (lhs/mc) is the method. */
  sample: 'выборка',
  sampling: 'метод выборки',
  redemptionRate: 'доля выкупа баллов',
  /** Points that ran past expiry_months: one part of the breakage, not the whole of it. */
  expired: 'сгорело по сроку',
} as const;

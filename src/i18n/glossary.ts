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
  paybackMonth: 'месяц окупаемости',
  PaybackMonth: 'Месяц окупаемости',
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
} as const;

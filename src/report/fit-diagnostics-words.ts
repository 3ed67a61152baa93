/**
 * Every sentence and label of the fit diagnostics (terminal, `fit --html`,
 * the report's calibration section) in one place, shaped like an i18n
 * catalog area: values with numbers in them are functions whose arguments
 * are already formatted for the locale.
 */
export const FIT_DIAG = {
  pageTitle: (file: string) => `Fit diagnostics: ${file}`,
  generated: (date: string, time: string) => `Generated ${date} ${time} UTC by loyalty-sim`,
  meta: (n: number, customers: string, calibrationEnd: string, unit: 'week' | 'month') => `${customers} ${n === 1 ? 'customer' : 'customers'}, calibration up to ${calibrationEnd}, time unit: ${unit}`,
  holdoutMeta: (from: string, to: string) => `holdout ${from} to ${to}`,
  noHoldoutMeta: 'no holdout',
  parameters: 'Parameters',
  paramHead: ['Parameter', 'Estimate', 'Std. error'],
  warnings: 'Warnings',
  sectionCalibration: 'Calibration diagnostics',
  calibrationIntro: (source: string) => `How well the model fitted to ${source} describes it: the simulation's customers are drawn from this fit.`,

  trackingHeading: 'Tracking: cumulative repeat purchases by week',
  trackingTitle: 'Cumulative repeat purchases by week, actual vs model',
  actual: 'actual',
  model: 'model',
  week: 'week',
  calibrationEnd: 'calibration end',
  trackingCaption: (n: number, customers: string, calibrationEnd: string, start: string) =>
    `Repeat purchase days (each after the customer's first) of the ${customers} ${n === 1 ? 'customer' : 'customers'} who first bought by ${calibrationEnd}, cumulated week by week from ${start}. The model's curve is the sum over customers of their expected repeat purchases since their first purchase: it is not fitted to these weekly counts, so where it bends away from the actual curve is where the model is off.`,
  trackingHoldout: (from: number, to: number, actual: string, model: string, diff: string) => `Holdout weeks ${from}–${to}: actual ${actual}, model ${model} (${diff}).`,
  trackingCalibration: (to: number, actual: string, model: string, diff: string) => `Calibration weeks 1–${to}: actual ${actual}, model ${model} (${diff}).`,
  trackingNoDates: 'A summary input has no dates: the tracking chart needs the transactions (fit the sales history instead of --summary).',
  trackingHead: ['Week', 'Ends on', 'Actual', 'Model', 'Model vs actual'],
  trackingText: 'Tracking: cumulative repeat purchases by week (actual vs the model; | marks the calibration end)',

  conditionalHeading: 'Conditional expectation: holdout purchases by calibration frequency',
  conditionalTitle: 'Holdout purchases per customer by purchases in the calibration',
  conditionalX: 'repeat purchases in the calibration period',
  predicted: 'predicted',
  conditionalCaption: (length: string, unit: 'week' | 'month') =>
    `Mean repeat purchases per customer in the ${length} ${unit}s of the holdout, for the customers with 0, 1, …, 7 or more repeat purchases in the calibration: actual, and predicted by the model from each customer's own history (FHL 2005 figure 4).`,
  conditionalHead: ['Purchases in calibration', 'Customers', 'Actual per customer', 'Predicted per customer', 'Actual', 'Predicted'],
  total: 'total',
  noHoldout:
    'No holdout: the calibration runs to the last day of the data, so there are no later purchases to check the predictions against. Give --calibration-end or --holdout-from to keep the last months out of the fit.',

  noHoldoutReport: (source: string) =>
    `No holdout: the simulation is calibrated on the whole history, so there are no later purchases to check the predictions against. \`loyalty-sim fit ${source} --holdout-from DATE --html fit.html\` keeps the months after DATE out of the fit and shows this check.`,

  pAliveHeading: 'P(alive): how many customers the model thinks are still buying',
  pAliveTitle: 'Customers by P(alive)',
  pAliveCaption: (n: number, customers: string, calibrationEnd: string) =>
    `The probability that each of the ${customers} ${n === 1 ? 'customer' : 'customers'} is still active at ${calibrationEnd}, given their own history. A pile near 0 is customers the model counts as gone; customers with one purchase only are always at 1 under BG/NBD.`,

  ggHeading: 'Gamma-Gamma check: order value vs frequency',
  ggTitle: 'Mean order value by repeat purchases',
  ggHead: ['Repeat purchases', 'Customers', 'Mean order value'],
  ggCorrelation: (r: string) => `Correlation of frequency and mean order value among the repeat buyers: ${r}.`,
  ggMaterial: (limit: string) =>
    `Material (|r| > ${limit}): Gamma-Gamma assumes a customer's order values do not depend on how often they buy, so the simulated order values may be biased; check the bars above for a trend before trusting the spend side.`,
  ggSmall: (limit: string) => `Small (|r| ≤ ${limit}): the independence Gamma-Gamma assumes holds well enough.`,
} as const;

/**
 * People's names of the metrics, as simulate's tables print them: the --csv
 * header uses these, so a spreadsheet reads like the terminal; the camelCase
 * keys are for --json only. A metric with a baseline and a program value in
 * the KPI table gets the table's row label and its column in parentheses.
 */
import type { MetricKey } from '../engine/metrics.js';

export const METRIC_LABELS: Record<MetricKey, string> = {
  listSpendBaseline: 'List spend (baseline)',
  listSpendProgram: 'List spend (program)',
  revenueBaseline: 'Revenue (net of discounts) (baseline)',
  revenueProgram: 'Revenue (net of discounts) (program)',
  incrementalRevenue: 'Incremental revenue',
  discounts: 'Discounts',
  rebates: 'Rebates',
  pointsIssued: 'Points issued',
  pointsRedeemed: 'Points expected redeemed',
  pointsBreakage: 'Points breakage',
  pointsCost: 'Points (accrual)',
  pointsLiability: 'Points liability at the horizon',
  benefits: 'Benefits',
  perMemberCosts: 'Per-member costs',
  fixedCosts: 'Fixed (launch + monthly)',
  programCost: 'Program cost',
  windfallCost: 'Windfall cost',
  incrementalCost: 'Incremental cost',
  incrementalGrossProfit: 'Incremental gross profit',
  netIncrementalProfit: 'Net incremental profit',
  roi: 'ROI (net profit / cost)',
  npv: 'NPV',
  paybackMonth: 'Payback month',
  members: 'Members',
  costPerMember: 'Program cost per member',
  activeAtStart: 'Active customers at start',
  activeAtHorizonBaseline: 'Active customers at the horizon (baseline)',
  activeAtHorizonProgram: 'Active customers at the horizon (program)',
  churnAnnualBaseline: 'Annualised churn (baseline)',
  churnAnnualProgram: 'Annualised churn (program)',
  ordersBaseline: 'Orders (baseline)',
  ordersProgram: 'Orders (program)',
  ordersPerActiveMonthBaseline: 'Orders per active customer-month (baseline)',
  ordersPerActiveMonthProgram: 'Orders per active customer-month (program)',
  averageCheckBaseline: 'Average check (list) (baseline)',
  averageCheckProgram: 'Average check (list) (program)',
};

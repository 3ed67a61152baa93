/**
 * The English catalog: every sentence, label and hint the tool prints, by
 * area. Its shape is the type of every other catalog (ru.ts), so a key
 * missing there fails the build. Values with numbers in them are functions;
 * their arguments are already formatted for the locale unless named `n`
 * (a raw count, used to choose a plural form).
 */

import type { PathProblem } from '../draft/paths.js';
import type { MetricKey } from '../engine/metrics.js';
import { RFM_KEYS } from '../history/rfm.js';
import type { NumberProblem } from './number-input.js';

const s = (n: number, one: string, many: string): string => (n === 1 ? one : many);

export const en = {
  /** Small pieces used across areas. */
  common: {
    never: 'never',
    noData: '(no data)',
    /** A share written in prose (lint messages): 10% in English, 10 % in Russian. */
    pct: (x: number): string => `${Number((x * 100).toPrecision(3))}%`,
    /** A count written in prose (lint messages): whole from 100 on, else two significant digits. */
    count: (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(2)))),
    and: 'and',
    or: 'or',
  },

  /** cli/main.ts and the option parsers. */
  cli: {
    error: 'error:',
    hint: 'hint:',
    warning: 'warning:',
    note: 'note:',
    internalError: 'internal error:',
    bug: 'This is a bug in loyalty-sim; please report it with the command you ran.',
    addHelp: '(add --help for usage)',
    notWhole: (v: string) => `"${v}" is not a whole number.`,
    outOfRange: (n: string, min: string, max: string | null) => `${n} is out of range (${min} to ${max ?? 'any'}).`,
    notNumber: (v: string) => `"${v}" is not a number.`,
    notShare: (v: string) => `"${v}" is not a share (write 10% or 0.1).`,
    notOneOf: (v: string, choices: string) => `"${v}" is not one of: ${choices}.`,
    notLocale: (v: string) => `"${v}" is not a locale this Node knows (e.g. en-US, ru-RU).`,
    notCurrency: (v: string) => `"${v}" is not an ISO 4217 currency code (e.g. USD, EUR, RUB).`,
    unknownLocale: (v: string) => `unknown locale "${v}".`,
    unknownLocaleHint: 'use a BCP 47 tag such as en-US, ru-RU or de-DE',
    stopping: '\nstopping… (press Ctrl-C again to quit at once)',
    interruptedRuns: (done: number, asked: number) =>
      `interrupted: ${done} of ${asked} runs finished; no results printed (rerun with --runs ${Math.max(1, done)} for a quick look).`,
    interruptedBatch: (done: number, planned: number) =>
      `interrupted after ${done} of about ${planned} simulations; nothing to report (rerun with fewer --runs for a quick look).`,
    wroteRuns: (n: number, file: string) => `wrote ${n} runs to ${file}`,
    wrote: (file: string) => `wrote ${file}`,
    reportInterrupted: 'interrupted: no report written (any existing file is unchanged).',
    precisionNotReached: (p: number, runs: number) => `precision ${p} not reached within ${runs} runs; raise --runs for a tighter estimate.`,
    /** Commander's own messages, already English. */
    commander: (text: string): string => text,
  },

  /** `init` (cli/commands/init.ts). */
  init: {
    exists: (file: string) => `${file} already exists; not overwriting it`,
    existsHint: 'add --force to replace it, or give another file name: loyalty-sim init other.yaml',
    existsHintShort: 'add --force to replace it',
    notTty: 'init asks questions, but stdin is not a terminal',
    stopped: 'init stopped before the last question; nothing was written',
    stoppedHint: (file: string) => `run it again, or write a template without questions: loyalty-sim init ${file} --yes`,
    notTtyHint: (file: string, template: string) => `add --yes to write a template without questions: loyalty-sim init ${file} --template ${template} --yes`,
    cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
    cannotWriteHint: 'check that the folder exists and is writable',
    wrote: (file: string, template: string, warnings: number) =>
      `wrote ${file} (${template} template${warnings ? `, ${warnings} design ${s(warnings, 'warning', 'warnings')}` : ''})`,
    next: (file: string) => `next: loyalty-sim validate ${file}   then: loyalty-sim simulate ${file}`,
    schemaTip: 'for editor completion, put the JSON Schema beside it: loyalty-sim schema > program.schema.json',
  },

  /** The `init` wizard's questions (cli/prompts/init-wizard.ts). */
  wizard: {
    shareExample: (message: string, pct: string, value: number) => `${message} (e.g. ${pct}% or ${value})`,
    shareRange: (lo: number, hi: number) => `enter a share from ${lo}% up to (not including) ${hi}%`,
    mechanics: 'Which mechanics?',
    /** A template's line in the list (the English descriptions live with the templates). */
    template: (name: string, english: string) => english,
    name: 'Program name',
    currency: 'Currency (ISO 4217 code)',
    currencyRule: 'three capital letters, e.g. RUB, USD, EUR',
    horizon: 'Horizon, months',
    margin: 'Gross margin, share of list price',
    customers: 'Customers to simulate',
    discount: 'Member discount off list price',
    earn: 'Points earned per unit of net revenue',
    expiry: 'Points expire after, months',
    topDiscount: (level: string) => `Discount of the top level (${level})`,
    topRebate: (from: number) => `Rebate rate of the top bracket (from ${from})`,
    launch: (cur: string) => `Launch cost (one-time, ${cur})`,
    monthly: (cur: string) => `Running cost per month (${cur})`,
    selection:
      'Self-selection: how much more heavier buyers join, from 0 (at random) to 0.99 (research finds members are heavier buyers: Leenheer et al. 2007)',
    ramp: 'Months for the effects to build to full size (they build over months: Liu 2007)',
    threshold: 'Points needed for the smallest reward (reachable in a few months, so the goal pulls: Kivetz, Urminsky & Zheng 2006)',
    fee: (cur: string) => `Yearly club fee per member (${cur})`,
    referralRate: 'New customers each member refers per year',
    bonusReferrer: (cur: string) => `Bonus to the referring member (${cur})`,
    bonusNew: (cur: string) => `Bonus to the new customer (${cur})`,
    clubCost: (cur: string) => `What the club's services cost per member per month (${cur})`,
  },

  /** Who was simulated, for people. */
  population: {
    synthetic: (count: string) => `${count} synthetic customers`,
    sampledSynthetic: (size: string, full: string) => `${size} sampled of ${full} synthetic customers`,
    /** --sample at least the whole base: nothing is sampled, and the user should know their flag did nothing. */
    sampleNotSmaller: (sample: string, total: string) => `--sample ${sample} is not smaller than the ${total} customers there are: all of them are simulated, nothing is sampled or scaled`,
    /** Issue 29: a --sample so small that its scale-up is mostly chance (7 customers standing for 10,000). */
    sampleTooSmall: (n: number, sample: string, total: string, weight: string, minimum: string) =>
      `--sample ${sample}: a sample of ${sample} ${s(n, 'customer', 'customers')} stands for all ${total} (each counts ${weight} times), so the totals and their spread are mostly the chance of which customers were drawn; simulate at least ${minimum} (--sample ${minimum.replace(/\D/g, '')}) or leave --sample out`,
    how: (model: string, churnPrior: boolean, drawn: boolean, seasonal: boolean) =>
      `${model}${churnPrior ? ' with the --annual-churn prior' : ''}, ${drawn ? 'parameters drawn per run' : 'fixed parameters'}${seasonal ? ', seasonal' : ''}`,
    real: (total: string, file: string) => `${total} real customers of ${file}`,
    sampled: (size: string, strata: number, total: string, file: string) =>
      `${size} sampled (stratified, ${strata} strata) of ${total} real customers of ${file}`,
    noCustomers: (file: string) => `${file} has no customers.synthetic block, and no --history was given: there are no customers to simulate.`,
    noCustomersHint: 'add a customers.synthetic block (see `loyalty-sim init --template hybrid --yes`) or pass --history sales.csv',
    sampleNeedsHistory: '--sample works with --history only.',
    sampleNeedsHistoryHint: 'lower customers.synthetic.count in the draft to simulate fewer synthetic customers',
    syntheticIgnored: (file: string, history: string) => `note: ${file}: customers.synthetic is ignored; simulating the customers of ${history}.`,
    differs: (file: string, owner: string) => `${file}: its customers.synthetic block differs from ${owner}'s; it is compared on ${owner}'s customers.`,
  },

  /** The text of `simulate` (report/simulation-text.ts). */
  sim: {
    noCost: 'The program has no cost in this draft, so ROI is undefined; look at net incremental profit instead.',
    odds: {
      veryLikely: 'very likely pays back',
      probably: 'probably pays back',
      coinToss: 'is a coin toss',
      probablyLoses: 'probably loses money',
      veryLikelyLoses: 'very likely loses money',
    },
    windfallClause: (share: string) => `; ${share} of the reward budget pays for purchases members would have made anyway`,
    reading: (horizon: number, odds: string, mean: string, p5: string, p95: string, pPositive: string, pay: string, windfall: string) =>
      `Over ${horizon} months the program ${odds}: ROI ${mean} on average (P5 ${p5} to P95 ${p95}), positive in ${pPositive} of runs; ${pay}${windfall}.`,
    /** `text` is the count in the report's locale (1,000); `n` chooses the word. */
    runs: (n: number, text: string) => `${text} ${s(n, 'run', 'runs')}`,
    runsOf: (n: string, asked: number, askedText: string, reached: string | null) => `${n} of ${askedText} ${s(asked, 'run', 'runs')}${reached === null ? '' : ` (precision ${reached} reached)`}`,
    lhs: 'Latin hypercube',
    mc: 'Monte Carlo',
    months: (n: number) => `${n} ${s(n, 'month', 'months')}`,
    seed: (seed: number) => `seed ${seed}`,
    revenueBasis: 'Note: roi_basis is revenue, so gains count revenue, not gross profit: ROI is overstated.',
    decision: 'Decision',
    head: { mean: 'mean', se: '± s.e.' },
    roiRow: 'ROI (net profit / cost)',
    netProfit: 'Net incremental profit',
    npv: 'NPV',
    paybackMonth: 'Payback month',
    probabilities: (roi: string, npv: string, payback: string) => `P(ROI > 0) ${roi}   P(NPV > 0) ${npv}   ${payback}`,
    /** tails: the variance share is well below the spread share, because a few extreme runs carry the variance. */
    calibration: (spread: string, widening: string, share: string, tails: boolean, sd: string, runs: number) =>
      `Calibration uncertainty: ${spread} % of the ROI's spread, so its P5–P95 is about ${widening}× as wide as with the fit's parameters fixed (${share} % of the ROI variance${tails ? ', which the most extreme runs dominate' : ''}; ROI sd ${sd}). Shares are the adjusted R² of the runs' ROI normal scores, and of ROI itself, on each run's drawn parameters, over ${runs} runs. --no-parameter-uncertainty leaves it out.`,
    seNote: (error: string) =>
      `± s.e.: Monte Carlo standard error of the mean, ${error}; the payback month has no mean (a run that never pays back has no month): read its median and the share of runs that pay back.`,
    errorIid: (_n: number, runs: string) => `s.e. from ${runs} independent runs`,
    errorBlocks: (_blocksN: number, blocks: string, sizeN: number, size: string, last: string | null) =>
      `s.e. from ${blocks} independent Latin hypercube blocks of ${size} ${s(sizeN, 'run', 'runs')}${last === null ? '' : ` (the last of ${last})`}`,
    roiUndefinedRuns: (n: number) => `ROI is undefined in ${n} runs (program cost 0); they are left out of its statistics.`,
    roiAcrossRuns: 'ROI across runs',
    monthN: (n: number) => `month ${n}`,
    membersByMonth: 'Members by month (mean)',
    netByMonth: 'Net incremental profit by month (mean)',
    referredByMonth: 'Referred customers arriving by month (mean)',
    feeIncomeRow: 'Fee income (in net profit)',
    feeIncomeCostRow: 'Fee income (not a cost: in net profit)',
    selectionTitle: 'Observed vs causal (self-selection, docs/model.md §8)',
    cumulative: 'Cumulative net profit by month (mean)',
    monthValue: (month: number, value: string) => `month ${month}: ${value}`,
    costRows: {
      discounts: 'Discounts',
      pointsCost: 'Points (accrual)',
      rebates: 'Rebates',
      benefits: 'Benefits',
      perMemberCosts: 'Per-member costs',
      fixedCosts: 'Fixed (launch + monthly)',
    },
    programCost: 'Program cost',
    programCostTitle: 'Program cost (mean over runs)',
    share: 'share',
    windfall: (rewards: string, windfall: string, share: string, incremental: string) =>
      `Of ${rewards} in rewards, ${windfall} (${share}) is windfall, paid on purchases the members' baseline twins made anyway; ${incremental} is paid on incremental purchases.`,
    kpiTitle: 'KPIs (mean over runs)',
    pp: (v: string) => `${v} pp`,
    kpi: {
      active: (h: number) => `Active customers after month ${h}`,
      churn: 'Annualised churn',
      ordersPerMonth: 'Orders per active customer-month',
      averageCheck: 'Average check (list)',
      revenue: 'Revenue (net of discounts)',
      orders: 'Orders',
      members: 'Members',
      costPerMember: 'Cost per member (mean of ratios)',
      pointsIssued: 'Points issued',
      redeemed: '  expected redeemed',
      breakage: '  breakage',
      liability: (h: number) => `  liability after month ${h}`,
      effectiveRedemption: '  effective redemption share',
      referred: 'Referred customers',
      referredSpend: '  their list spend (non-organic share)',
      referredActive: '  still active at the horizon (non-organic share)',
    },
    kpiHead: { baseline: 'baseline', program: 'program', change: 'change' },
    tierTitle: (h: number) => `Tier mix of members after month ${h}`,
    tierHead: { level: 'level', members: 'members', share: 'share' },
  },

  /** The text of `compare`, `sweep`, `tornado` and `breakeven` (report/decide-text.ts). */
  decide: {
    meta: (population: string, horizon: number, n: number, runs: string, sampling: string, error: string, seed: number) =>
      `${population} · ${horizon} ${s(horizon, 'month', 'months')} · ${runs} ${s(n, 'run', 'runs')} each (${sampling}; ${error}) · seed ${seed} · same customers and random numbers throughout`,
    vs: ' vs ',
    moneyIn: (cur: string) => ` (money in ${cur})`,
    identical: (a: string, b: string) => `no difference: ${a} and ${b} earn the same in every run`,
    noise: (k: number) => `within noise: |difference| < ${k} s.e.`,
    ahead: (win: string, amount: string, cur: string, share: string) => `${win} ahead by ${amount} ${cur}, in ${share} of runs`,
    comparing: (n: number) => `Comparing ${n} ${s(n, 'draft', 'drafts')}`,
    rows: {
      roiMean: 'ROI (mean)',
      netProfit: 'Net incremental profit',
      npv: 'NPV',
      bands: '  P5 · P50 · P95',
      paybackP50: 'Payback: median month',
      roiPositive: 'P(ROI > 0)',
      programCost: 'Program cost',
      discounts: '  discounts',
      pointsCost: '  points (accrual)',
      rebates: '  rebates',
      benefits: '  benefits',
      perMemberCosts: '  per-member',
      fixedCosts: '  fixed (launch + monthly)',
      windfall: 'Windfall (rewards on sales made anyway)',
      incrementalRevenue: 'Incremental revenue',
      churn: 'Annual churn, baseline → program',
      members: 'Members',
      feeIncome: 'Fee income (in net profit, not a cost)',
      observedGap: 'Observed member gap (naive)',
      causalUplift: 'Causal member uplift',
    },
    /** Why compare shows two member gaps, in one plain sentence (MODEL.md §8). */
    selectionNote:
      'Observed gap: how much more members spend than non-members, what a naive member-vs-non-member (or before/after) analysis would tell the client; causal uplift: what the program adds to the same members; where the first is larger, heavier buyers joined more readily and would have bought more anyway.',
    pairedTitle: 'Paired runs (run i of each draft sees the same customers and random numbers)',
    pairHead: { pair: 'pair', meanDelta: 'mean Δ net profit', se: '± s.e.', pFirst: 'P(first > second)', paybackP50: 'median payback month', verdict: 'verdict' },

    // sweep and breakeven: how a value is put into the draft
    setTo: (path: string) => `${path} is set to each value`,
    shifted: (path: string, kind: string) => `${path} is a ${kind} distribution: it is shifted so that its mean is each value, its spread kept`,
    sweepOf: (names: string) => `Sweep of ${names}`,
    draftHas: (how: string, value: string) => `${how}; the draft has ${value}.`,
    sweepStopped: (runs: string, se: string, target: string) =>
      `Stopped at ${runs} runs per point: every point's paired difference from the best is known to ±${se} (target ${target} of the spread of mean net profit over the grid).`,
    sweepHead: { meanRoi: 'mean ROI', meanNet: 'mean net profit', se: '± s.e.', programCost: 'program cost', roiPositive: 'P(ROI > 0)' },
    bandTitle: 'Mean ROI with its P5–P95 band',
    signChange: (from: string, to: string, path: string) => `Mean net profit changes sign between ${from} and ${to}; \`breakeven --solve ${path}\` finds the value.`,
    sameSign: (positive: boolean) => `Mean net profit is ${positive ? 'positive' : 'negative'} over the whole range.`,
    gridTitle: (down: string, across: string) => `Mean net incremental profit: ${down} down, ${across} across`,
    frontier: '* next to a cell of the opposite sign: the break-even frontier runs beside it.',
    signMap: 'Sign map (+ profit, − loss)',
    // tornado
    tornadoTitle: 'Tornado: mean net incremental profit with one input at its P10 and P90, the others at their medians',
    tornadoHead: { input: 'input', netLow: 'net at P10', netHigh: 'net at P90', swing: 'swing', se: '± s.e.', runs: 'runs', spearman: 'Spearman ρ' },
    tornadoStopped: (target: string, runs: string, total: string, full: string) =>
      `Each swing stopped once its paired s.e. was at most ${target} of the largest swing (or at ${runs} runs): ${total} runs in all, against ${full} without stopping.`,
    allMedian: (mean: string, se: string, cur: string) => `Every input at its median: mean net profit ${mean} ± ${se} ${cur}.`,
    spearmanNote: (runs: string, mean: string, se: string) =>
      `Spearman ρ: rank correlation of each input with net incremental profit over ${runs} ordinary Monte Carlo runs (every input drawn; mean net profit ${mean} ± ${se}), as spreadsheet risk tools show it.`,
    mattersMost: (name: string, swing: string, cur: string) => `${name} matters most: between its P10 and P90, mean net profit moves by ${swing} ${cur}.`,
    // breakeven
    breakevenOf: (path: string) => `Break-even of ${path}`,
    searched: (how: string, lo: string, hi: string) => `${how}. Searched ${lo} to ${hi}.`,
    noBreakeven: (path: string, lo: string, hi: string) => `No value of ${path} between ${lo} and ${hi} breaks even:`,
    staysSign: (negative: boolean, atLo: string, lo: string, atHi: string, hi: string) =>
      ` mean net incremental profit stays ${negative ? 'negative' : 'positive'} (${atLo} at ${lo}, ${atHi} at ${hi}).`,
    cannotPay: 'Changing this input alone cannot make the program pay; look at the tornado for inputs that matter more.',
    alwaysPays: 'The program pays for any valid value of this input.',
    breaksEvenAt: (path: string, v: string) => `${path} breaks even at ${v}`,
    breaksEvenSe: (se: string, at: string) => ` (± ${se} Monte Carlo s.e.; mean net profit there ${at}).`,
    draftValue: (v: string, mean: string, pays: boolean, above: boolean, at: string) =>
      `The draft has ${v} (mean net profit ${mean}): the program ${pays ? 'pays' : 'loses money'} there, and breaks even ${above ? 'above' : 'below'} it, at ${at}.`,
    evalHead: { meanNet: 'mean net profit', se: '± s.e.' },
    evaluations: (n: number, runs: number, runsText: string) => `${n} evaluations of ${runsText} ${s(runs, 'run', 'runs')} each, on the same seed.`,
    onlyOne: 'Only one draft: nothing to compare it with.',
    noDifference: 'No difference: the drafts earn the same net incremental profit in every run.',
    clearBest: (name: string, mean: string, cur: string, k: number) =>
      `${name} has the highest mean net incremental profit (${mean} ${cur}), ahead of every other draft by more than ${k} standard errors of the paired difference.`,
    tiedBest: (name: string, mean: string, cur: string, tied: string, k: number) =>
      `${name} has the highest mean net incremental profit (${mean} ${cur}), but its lead over ${tied} is within noise (less than ${k} standard errors of the paired difference): treat them as equal, or rerun with more --runs.`,
  },

  /** `profile` (report/profile-text.ts). */
  profile: {
    base: 'Customer base',
    customers: 'Customers',
    orders: 'Orders',
    revenue: 'Revenue (net of returns)',
    period: 'Period',
    periodValue: (first: string, last: string) => `${first} .. ${last}`,
    pareto: 'Top 20 % of customers: revenue share',
    ordersPerMonth: 'Orders per customer-month',
    averageCheck: 'Average check',
    churned: (days: number) => `Churned (no purchase in the last ${days} days)`,
    rfmTitle: 'RFM segments (recency × frequency quintiles)',
    rfmHead: ['Segment', 'Customers', 'Share', 'Revenue', 'Revenue share', 'Recency, days', 'Purchases', 'Revenue per customer'],
    /** An RFM segment's name (the data's English name in English). */
    segment: (name: string) => name,
    cohortTitle: (k: number) => `Cohort retention: share of each first-purchase month's customers buying k months later (k = 1..${k})`,
    cohortHead: ['Cohort', 'Customers'],
    cohort: (yyyyMm: string) => yyyyMm,
  },

  /** Month-of-year multipliers in `fit` and `profile` (report/seasonality-text.ts). */
  seasonality: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    none: 'Seasonality: none (--no-seasonality, or a summary file, which has no dates)',
    /** `model`: against the fit (fit); otherwise per plain at-risk month (profile). */
    title: (model: boolean) =>
      `Seasonality: repeat purchases by calendar month, ${
        model ? "against the fitted model's expected purchases at each customer's age" : 'per at-risk customer-month (first purchase to the end; not corrected for dropout, `fit` is)'
      }; mean 1`,
    multiplier: 'multiplier',
    interval: '± (95 %)',
    shrunk: (sd: string, dispersion: string, seen: string) =>
      `shrunk towards 1 (empirical Bayes): between-month sd ${sd}, dispersion of the monthly counts ${dispersion}; each month seen ${seen} times`,
    flat: (why: string) => `flat (all 1): ${why}`,
    tooShort: (months: number, min: number, missing: string, n: number) =>
      `${months} months of history: each calendar month must appear at least ${min} times to tell a season from a one-off (${missing} ${s(n, 'does', 'do')} not)`,
    noRepeats: 'no repeat purchases to measure a season by',
    noise: 'no season above the noise of the monthly counts',
  },

  /** `roi`, the articles' quick formula (report/quick-roi-text.ts). */
  roi: {
    title: 'Quick ROI (docs/model.md §7): gain = Z·Y·N·(1 − W + X), ROI = (gain − V) / V',
    inputs: {
      uplift: 'Uplift (Y)',
      churnReduction: 'Churn reduction (X)',
      cost: 'Cost (V)',
    } as Record<string, string>,
    revenuePerClient: 'Revenue per client per year (Z)',
    clients: 'Clients',
    revenueBase: 'Revenue base per year (Z × clients)',
    revenueUplift: 'Revenue uplift (Y)',
    years: 'Years (N)',
    churn: 'Annual churn (W)',
    churnReduction: 'Churn reduction, points (X)',
    cost: 'Program cost (V)',
    gain: (years: string, gain: string, z: string, uplift: string, kept: string) => `Revenue gain over ${years} years: ${gain}  (${z} × ${uplift} × ${years} × ${kept} kept)`,
    once: (v: string) => `ROI, cost paid once (V = ${v}):`,
    yearly: (v: string) => `ROI, cost paid every year (V × N = ${v}):`,
    sameOverOneYear: 'Over one year the two readings are the same.',
    whyDiffer: (years: string, cost: string, perYear: string, once: string) =>
      `Why they differ: articles call V a yearly cost yet subtract it once from a ${years}-year gain.\n` +
      `Break-even cost: ${perYear} a year if paid every year, ${once} if paid once (the cost given: ${cost}).`,
    breakEvenUplift: (once: string, yearly: string) => `Break-even uplift: ${once} with the cost paid once, ${yearly} with it paid every year.`,
    sensitivity: 'Sensitivity, one input at a time at −50 % and +50 %, the others as given:',
    head: ['Input', 'Low (−50 %)', 'High (+50 %)', 'ROI once, low', 'ROI once, high', 'ROI yearly, low', 'ROI yearly, high'],
    capped: '* held at the bound where ±50 % would take churn below 0 % or above 100 %.',
    leavesOutTitle: 'What this formula leaves out (run `loyalty-sim simulate` to count them):',
    /** The result's own (English) sentence on what the formula leaves out, or the language's. */
    leftOut: (_id: string, text: string) => text,
  },

  /** The HTML report (report/html.ts) and its charts. */
  html: {
    runsOf: (n: string, asked: number, askedText: string, reached: boolean) => `${n} of ${askedText} ${s(asked, 'run', 'runs')}${reached ? ' (precision reached)' : ''}`,
    runs: (n: number, text: string) => `${text} ${s(n, 'run', 'runs')}`,
    meanRoi: 'mean ROI',
    // issue 24: the tiles say their statistic, and a mean and median of opposite signs are named as such
    meanNet: 'mean net incremental profit',
    meanMedianDiffer: (mean: string, median: string) => `Mean and median disagree: the mean net incremental profit is ${mean}, but the median run makes ${median}; a minority of runs with large outcomes carries the mean.`,
    medianNet: 'median net incremental profit',
    medianPayback: 'median payback',
    month: (m: string) => `month ${m}`,
    revenueBasis: 'roi_basis is revenue, so gains count revenue, not gross profit: ROI is overstated.',
    npvNote: (npv: string, payback: string, error: string) => `P(NPV > 0) ${npv} · ${payback} · ${error}`,
    range: (lo: string, hi: string) => ` (${lo} to ${hi})`,
    identical: 'identical in every run',
    noise: 'within noise',
    ahead: (name: string) => `${name} ahead`,
    vs: ' vs ',
    sideBySide: 'Side by side',
    sideBySideNote:
      'Mean (P5 to P95) over runs. The drafts ran on the same customers with the same seed, so run i of each draft shares its random numbers (common random numbers): the differences below are paired run by run.',
    pairHead: ['pair (A vs B)', 'P(A’s net profit > B’s)', 'mean difference of net profit (A − B) ± s.e.', 'verdict'],
    customers: (population: string, currency: string) => `Customers: ${population} · currency ${currency}`,
    uncertainTitle: 'Uncertain inputs (drawn once per run)',
    uncertainHead: { input: 'input', distribution: 'distribution' },
    noUncertain: 'No uncertain inputs: every field is a fixed number.',
    fixedTitle: 'Fixed fields',
    tierDefaults: 'Tier level fields at their defaults (0, points multiplier 1) are left out.',
    fixedHead: { field: 'field', value: 'value' },
    roiTitle: (runs: number, text: string, name: string) => `ROI across ${text} ${s(runs, 'run', 'runs')}: ${name}`,
    roiAxis: 'ROI (net incremental profit / program cost)',
    binTitle: (from: string, to: string, n: number) => `${from} to ${to}: ${n} runs`,
    roiCaption: (p: string) => `Runs per ROI bin; bins below zero lose money. P(ROI > 0) ${p}.`,
    cumulativeTitle: (name: string) => `Cumulative net profit by month: ${name}`,
    monthAxis: 'month',
    cumulativePays: (payback: string, last: number, mean: string, p5: string, p95: string) =>
      `Cumulative undiscounted net profit, launch cost at month 0: the mean over runs and its P5–P95 band; ${payback}. After month ${last}: ${mean} (P5 ${p5}, P95 ${p95}).`,
    costTitle: (name: string) => `Program cost breakdown: ${name}`,
    costCaption: 'Mean over runs; reward costs (discounts, points, rebates) in orange.',
    splitTitle: 'Rewards: windfall vs incremental',
    windfall: 'windfall',
    incremental: 'incremental',
    splitChartTitle: (name: string) => `Reward cost split: ${name}`,
    splitCaption: (share: string, rewards: string) =>
      `Windfall: rewards paid on purchases the members' baseline twins made anyway (${share} of ${rewards}); incremental: rewards on purchases the program added.`,
    pointsRedeemed: 'Points expected redeemed',
    liability: (h: number) => `Points liability after month ${h}`,
    pointsRow: (label: string) => `Points ${label}`,
    noMembers: 'No members in this draft: nothing to compare.',
    causalOnMembers: "The program's effect on members (causal uplift)",
    membersTitle: (name: string) => `Members by month: ${name}`,
    membersCaption:
      'Members who have joined and are active at the start of each month (mean over runs): joins spread over the enrolment months, then dropout thins them.',
    monthlyTitle: (name: string) => `Net incremental profit by month: ${name}`,
    monthlyCaption:
      'Incremental gross profit less program cost (plus fee income) in each month, mean over runs; the launch cost falls at month 0 and is not drawn. Losses in orange.',
    monthlyHorizonPoints: (horizon: number) =>
      `Month ${horizon} also books the cost of the points members still hold that are expected to be redeemed (docs/model.md §10), so the last month drops more than the others.`,
    noReferral: 'No referral mechanic in this draft.',
    referredTitle: (name: string) => `Referred customers by month: ${name}`,
    referredCaption: (total: string) =>
      `New customers brought by members, arriving each month (mean over runs; every arrival, those who would have come anyway too: the bonuses are paid on each); ${total} in all.`,
    effectiveRedemption: 'Effective redemption share',
    referredSpend: 'Their list spend (non-organic share)',
    referredActive: 'Still active at the horizon (non-organic share)',
    noTiers: 'No tiers in this draft.',
    tierTitle: (h: number, name: string) => `Tier mix after month ${h}: ${name}`,
    tierCaption: (h: number) => `Share of members per level after month ${h} (mean over runs).`,
    noSwings: 'No uncertain inputs to swing.',
    tornadoTitle: (name: string) => `Tornado of net incremental profit: ${name}`,
    tornadoCaption: (base: string, sims: number, runs: string) =>
      `Mean net incremental profit with one uncertain input at its P10 (input low) or P90 (input high) and every other at its median; base (all at medians) ${base}. Largest swing first. ${sims} simulations of ${runs} runs on the same seed.`,
    tornadoHead: ['input', 'P10 / P90', 'net at P10', 'net at P90', 'swing', 'rank corr.'],
    rankNote: 'Rank corr.: Spearman correlation of the input with net incremental profit over the runs of an ordinary Monte Carlo (all inputs drawn).',
    generated: (date: string, time: string, seeds: string, runs: string, sampling: string) =>
      `Generated ${date} ${time} UTC by loyalty-sim · seed ${seeds} · ${runs} runs · ${sampling} sampling`,
    comparison: (names: string) => `Comparison: ${names}`,
    reportTitle: 'loyalty-sim report',
    sections: {
      decisions: 'The decisions',
      decision: 'The decision',
      roi: 'ROI distribution',
      cumulative: 'Cumulative net profit by month',
      costs: 'Program cost',
      kpis: 'KPIs: baseline vs program (mean over runs)',
      tiers: 'Tier mix',
      tornado: 'What moves the result (tornado)',
      inputs: 'Inputs',
      selection: 'Observed vs causal: what a naive analysis would see',
      members: 'Members by month',
      monthly: 'Net incremental profit by month',
      referred: 'Referred customers by month',
    },
    method:
      'Monte Carlo per the model reference (docs/model.md in the loyalty-sim package): each run draws the uncertain inputs once and simulates the same customers twice, without the program (baseline) and with it; the program is credited only with the difference. Figures are means over runs unless marked P5/P50/P95 (percentiles across runs); ± is the Monte Carlo standard error of the mean.',
    repeat: 'Repeat exactly:',
    chart: { mean: 'mean', inputLow: 'input low', inputHigh: 'input high', empty: 'nothing to draw', noFinite: 'no finite values to draw', noMonths: 'no months to draw', nothingToSplit: 'nothing to split', noSwings: 'no swings to draw' },
    /** A metric's label in the report tables: the report's own English words, or the language's name of the metric. */
    metricLabel: (_key: string, english: string) => english,
  },

  /** The XLSX workbook (report/xlsx.ts). */
  xlsx: {
    sheets: { summary: 'Summary', monthly: 'Monthly', runs: 'Runs', inputs: 'Inputs', costs: 'Costs', tornado: 'Tornado' },
    tornado: {
      input: 'Input',
      netLow: 'Net at P10',
      netHigh: 'Net at P90',
      swing: 'Swing',
      rank: 'Rank correlation',
      none: '(no uncertain inputs to swing)',
      base: 'base: every input at its median',
    },
    head: {
      draft: 'Draft', file: 'File', metric: 'Metric', key: 'Key', mean: 'Mean', se: 'S.E.', month: 'Month', run: 'Run', cost: 'Cost',
      netMean: 'Net incremental profit (mean)', cumMean: 'Cumulative net profit (mean)', cumP5: 'Cumulative P5', cumP50: 'Cumulative P50', cumP95: 'Cumulative P95',
      membersMean: 'Members (mean)', redeemedMean: 'Points redeemed (mean)', pushedMean: 'Pushed orders (mean)', feeMean: 'Fee income (mean)', referredMean: 'Referred customers (mean)',
      share: 'Share of program cost',
    },
    meta: { generated: 'Generated (UTC)', seed: 'Seed', runs: 'Runs', sampling: 'Sampling', customers: 'Customers' },
    vs: ' vs ',
    pNpv: 'P(NPV > 0)',
    pPayback: (h: number) => `P(pays back within ${h} months)`,
    pNever: (h: number) => `Share of runs that never pay back within ${h} months`,
    tierShare: (h: number, name: string) => `Tier share after month ${h}: ${name}`,
    pBeats: (name: string) => `P(net profit beats ${name})`,
    meanMinus: (name: string) => `Mean net profit minus ${name}`,
    // issue 24: the Inputs sheet's assumptions block
    assumptions: { input: 'Input', path: 'Path (for --set)', value: 'Value', distribution: 'Distribution (drawn per run)', fixed: 'fixed', draws: 'Values drawn in each run' },
    noInputs: '(no uncertain inputs: every field of the draft is a fixed number)',
    windfall: 'Rewards: windfall (on purchases made anyway)',
    incremental: 'Rewards: incremental (on added purchases)',
    /** Excel number formats; the separators shown follow the reader's Excel, these say what is literal. */
    percentFormat: '0.0%',
    dateFormat: 'yyyy-mm-dd hh:mm',
    currencyText: (code: string) => code,
  },

  /** `validate`'s report (cli/commands/validate.ts). */
  validate: {
    ok: 'ok',
    error: 'error',
    warning: 'warning',
    summary: (drafts: number, valid: number, invalid: number, errors: number, warnings: number) =>
      `${drafts} ${s(drafts, 'draft', 'drafts')}: ${valid} valid, ${invalid} invalid (${errors} ${s(errors, 'error', 'errors')}, ${warnings} ${s(warnings, 'warning', 'warnings')})`,
  },

  /** Schema problems explained (draft/zod-issues.ts). */
  zod: {
    nothing: 'nothing',
    text: (t: string) => `the text "${t}"`,
    aList: 'a list',
    emptyMap: 'an empty map',
    mapWith: (keys: string) => `a map with ${keys}`,
    aNumber: 'a number',
    wholeNumber: 'a whole number',
    textKind: 'text',
    trueFalse: 'true or false',
    mapKind: 'a map (key: value lines)',
    listKind: 'a list (lines starting with "- ")',
    oneOf: (values: string) => `one of ${values}`,
    oneOfBraces: (values: string) => `one of {${values}}`,
    or: ' or ',
    missingKey: (key: string) => `missing key "${key}"`,
    addKey: (key: string, what: string) => `add ${key}: ${what}`,
    unknownKey: (key: string) => `unknown key "${key}"`,
    didYouMean: (guess: string) => `did you mean "${guess}"?`,
    didYouMeanOneOf: (guess: string, options: string) => `did you mean "${guess}"? (one of ${options})`,
    requiredHere: (guess: string) => `did you mean "${guess}"? (${guess} is required here)`,
    allowedKeys: (keys: string) => `allowed keys here: ${keys}`,
    unknownTag: (key: string, what: string) => `unknown ${key} ${what}`,
    unknownDistribution: (key: string) => `unknown distribution "${key}"`,
    useOneOf: (values: string) => `use one of ${values}`,
    expected: (what: string, got: string) => `expected ${what}, got ${got}`,
    notAMap: (got: string) => `a draft is a map of keys such as name, currency, horizon_months; got ${got}`,
    atLeast: 'at least',
    moreThan: 'more than',
    atMost: 'at most',
    lessThan: 'less than',
    entries: (word: string, bound: string, n: number) => `needs ${word} ${bound} ${s(n, 'entry', 'entries')}`,
    characters: (word: string, bound: string) => `needs ${word} ${bound} characters`,
    mustBe: (word: string, bound: string, got: string) => `must be ${word} ${bound}, got ${got}`,
    notOneOf: (got: string, values: string) => `${got} is not one of ${values}`,
    notFormat: (got: string, what: string) => `${got} is not ${what}`,
    distributionExample: 'e.g. 0.05 or { pert: { min: 0.02, mode: 0.05, max: 0.10 } }',
    decimals: (v: number) => `write shares as decimals: ${v}`,
    noQuotes: (v: number) => `write the number without quotes or spaces: ${v}`,
  },

  /** Cross-field rules (draft/rules.ts) and reading the file (draft/load.ts). */
  rules: {
    maxAboveMin: (kind: string, max: number, min: number) => `${kind} max (${max}) must be above min (${min})`,
    fixedValueHint: 'for a fixed value write the number itself',
    modeBetween: (kind: string, mode: number, min: number, max: number) => `${kind} mode (${mode}) must lie between min (${min}) and max (${max})`,
    orderHint: 'order them min ≤ mode ≤ max',
    mustBeAbove0: (what: string, got: number) => `${what} must be above 0, got ${got}`,
    lognormalHint: 'mean and sd are of the value itself, not of its log',
    betaMean: (got: number) => `beta mean must lie strictly between 0 and 1, got ${got}`,
    betaSd: (mean: number, sd: number, max: number) => `no beta distribution has mean ${mean} and sd ${sd}: the sd must be below ${max} (sd² < mean·(1 − mean))`,
    betaSdHint: (sd: number) => `try sd ${sd} or less`,
    outOfRange: (name: string, range: string, got: number) => `${name} must be in ${range}, got ${got}`,
    drawsOutside: (dist: string, lo: number, hi: number, range: string, name: string) => `${dist} draws values in [${lo}, ${hi}], outside the valid range ${range} of ${name}`,
    boundsHint: (range: string) => `keep the distribution's bounds inside ${range}`,
    meanOutside: (dist: string, range: string, name: string) => `${dist} has its mean outside the valid range ${range} of ${name}`,
    tailsOutside: (dist: string, below: boolean, bound: number, range: string, name: string) =>
      `${dist} puts a few per cent of runs ${below ? `below ${bound}` : `above ${bound}`}, outside the valid range ${range} of ${name}`,
    tailsHint: 'use a bounded distribution (pert, triangular, uniform, beta) or a smaller sd',
    shareAsDecimal: (v: number, share: number) => `a share is a decimal no greater than 1; if ${v} is meant in percent, write ${share}`,
    ggQ: (q: number) => `gamma_gamma q must be above 1 for the mean order value p·gamma/(q − 1) to exist, got ${q}`,
    secondMechanic: (type: string, first: number) => `a second ${type} mechanic (the first is mechanics[${first}])`,
    mergeHint: (type: string) => `merge them into one ${type} entry`,
    expiryBeforeLag: (expiry: number, lag: number) => `points expire after ${expiry} months, before they can be redeemed (redemption_lag_months ${lag})`,
    expiryHint: 'make expiry_months at least redemption_lag_months',
    twoLevels: (name: string) => `two levels are named "${name}"`,
    twoLevelsHint: 'give each level its own name',
    firstLevel: (got: number) => `the first level must start at min_spend 0, got ${got}`,
    firstLevelHint: 'every member starts in the first level',
    levelsSorted: (name: string, spend: number, prev: string, prevSpend: number) => `levels must be sorted by min_spend: ${name} (${spend}) comes after ${prev} (${prevSpend})`,
    levelsSortedHint: 'list levels from the lowest min_spend to the highest, each above the one before',
    bracketsSorted: (spend: number, prev: number) => `brackets must be sorted by min_spend: ${spend} comes after ${prev}`,
    bracketsSortedHint: 'list brackets from the lowest min_spend to the highest, each above the one before',
    lowerRate: 'a higher bracket pays a lower rebate rate than the one below it',
    lowerRateHint: 'rates usually rise with spend',
    bigUplift: (key: string, v: number, frequency: boolean) => `a typical ${key} of ${v} means members more than double their ${frequency ? 'orders' : 'order value'}`,
    bigUpliftHint: 'uplifts are relative: 0.15 means +15 %; published programs rarely exceed 0.3',
    names: {
      discountRate: 'discount rate',
      levelDiscount: 'level discount',
      rebateRate: 'rebate rate',
      redemptionThreshold: 'redemption threshold',
      monthlyFee: 'monthly fee',
      yearlyFee: 'yearly fee',
      referralRate: 'referral rate',
      spendWeight: (k: string) => `by_spend ${k} weight`,
    },
    redemptionBoth: 'a points mechanic has either redemption_rate or a redemption block, not both',
    redemptionBothHint: 'the redemption block simulates balances and replaces redemption_rate and redemption_lag_months: delete one',
    redemptionNeeded: 'a points mechanic needs redemption_rate (the share of points ever redeemed) or a redemption block',
    redemptionNeededHint: 'add e.g. redemption_rate: 0.7, or redemption: { threshold: 1000, monthly_propensity: 0.5 }',
    referenceMissing: 'reward_elasticity scales the effects by the reward rate relative to a reference, but effects.reference_reward_rate is missing',
    referenceMissingHint: 'add effects.reference_reward_rate: the reward rate (e.g. 0.03) at which the uplifts were judged',
    // ── issue 27 (§14): actions and partners ──
    actionsEmpty: 'an actions mechanic needs early_payment or a list of actions',
    actionsEmptyHint: 'add e.g. early_payment: { share: 0.3, days: 20, points_per_currency: 0.01 }, or list: [ { name: Online order, monthly_probability: 0.2, points: 50, value: 300 } ]',
    twoActions: (name: string) => `two actions are named "${name}"`,
    twoActionsHint: 'give each action its own name, or merge the two into one',
    actionPointsWithoutPoints: 'actions earn points, but the draft has no points mechanic to give them a value or a cost',
    actionPointsWithoutPointsHint: 'add a points mechanic (point_value, redemption_rate or a redemption block), or set the actions\' points to 0',
    // ── end of issue 27's block ──
    // draft/load.ts
    aliases: (limit: number) => `aliases expand to too many nodes (limit ${limit}): refusing a possible "billion laughs" document`,
    aliasesHint: 'write the values out instead of using anchors and aliases',
    empty: 'the draft is empty',
    emptyHint: 'start from a template: loyalty-sim init --template hybrid --yes',
    yaml: {
      DUPLICATE_KEY: 'duplicate key: this key already appears earlier in the same map',
      TAG_RESOLVE_FAILED: 'unknown YAML tag: a draft is plain data, tags such as !foo are not allowed',
      MULTIPLE_DOCS: 'more than one YAML document (a line --- starts another): a draft is a single document',
      BAD_INDENT: 'bad indentation',
    } as Record<string, string>,
    /** `first` is null when the parser's words would not help a user. */
    yamlSyntax: (first: string | null) => `YAML syntax: ${first ?? 'the file cannot be read as YAML'}`,
    multipleDocsHint: 'remove the --- line and what follows, or move it to a file of its own',
    windows1251: 'the file is not UTF-8; it was read as Windows-1251 (Cyrillic)',
    windows1251Hint: 'save the draft as UTF-8 to be sure every letter reads as written',
    /** Our sentence for a YAML problem, with the parser's own (English) words after it where they add detail. */
    yamlDetail: (mine: string, parser: string) => `${mine} (${parser})`,
    duplicateHint: 'remove one of the two, or rename it',
    tagHint: 'remove the tag; quote the value if it is text',
    indentHint: 'check the indentation (spaces, not tabs) and that every key ends with a colon',
    noSuchDraft: 'no such draft',
    noSuchDraftHint: 'check the path, or create one with: loyalty-sim init',
    directory: 'this is a directory, not a draft',
    directoryHint: 'give the path of a .yaml file',
    cannotRead: (why: string) => `cannot read the draft: ${why}`,
    invalidDraft: (file: string, n: number, list: string) => `${file} is not a valid draft (${n} ${s(n, 'error', 'errors')}):\n${list}`,
    invalidDraftHint: (file: string) => `see all issues, warnings too, with: loyalty-sim validate ${file}`,
  },

  /**
   * People's names of the metrics, as simulate's tables print them: the --csv
   * header uses these (report/metric-labels.ts); the keys are --json's.
   */
  metricLabels: {
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
    costPerMember: 'Cost per member (mean of ratios)',
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
    observedMemberGap: 'Members vs non-members (observed gap)',
    causalMemberUplift: "The program's effect (causal uplift)",
    pointsExpired: 'Points expired',
    pointsForfeited: 'Points forfeited at dropout',
    pointsOutstanding: 'Points outstanding at the horizon',
    effectiveRedemptionShare: 'Points effective redemption share',
    pushedOrders: 'Pushed orders',
    feeIncome: 'Fee income (in net profit)',
    referredCustomers: 'Referred customers',
    referralRevenue: 'Referred customers: their list spend',
    referralBonuses: 'Referral bonuses',
    paymentTermsCost: 'Payment terms',
    referredActiveAtHorizon: 'Referred customers active at the horizon (non-organic share)',
    // ── issue 27 (§14): actions, early payment, partners ──
    actionPoints: 'Points earned by actions and early payment',
    actionValue: 'Value of members’ actions (in net profit)',
    earlyPaymentBenefit: 'Early payment: capital benefit (in net profit)',
    partnerFeeIncome: 'Partners’ fees per point redeemed (in net profit)',
    partnerFunding: 'Partner funding of rewards',
    // ── end of issue 27's block ──
  } satisfies Record<MetricKey, string>,

  // ── issue 24: the metric registry's one-line descriptions and the draft inputs' names (report/metric-registry.ts, report/input-names.ts) ──
  /** One line per metric: what it measures, for the --json docs, the workbook and the report's tooltips. */
  metricDescriptions: {
    listSpendBaseline: 'What the customers spend at list prices over the horizon without the program.',
    listSpendProgram: 'What the customers spend at list prices over the horizon with the program.',
    revenueBaseline: 'Revenue without the program (no discounts, so equal to list spend).',
    revenueProgram: 'Revenue with the program, net of member discounts.',
    incrementalRevenue: 'Revenue with the program minus revenue without it.',
    discounts: 'Member discounts given over the horizon.',
    rebates: 'Rebates (retro-bonuses) paid over the horizon.',
    pointsIssued: 'Points earned by members over the horizon.',
    pointsRedeemed: 'Points redeemed, or expected to be, for those issued.',
    pointsBreakage: 'Points issued that will never be redeemed.',
    pointsCost: 'The cost of the points, booked when they are issued.',
    pointsLiability: 'The value of points still held at the horizon and expected to be redeemed.',
    benefits: 'The cost of tier benefits (per month and per order).',
    perMemberCosts: 'Monthly running costs per member.',
    fixedCosts: 'Launch cost plus monthly fixed costs over the horizon.',
    programCost: 'Everything the program costs: rewards, benefits, member and fixed costs.',
    windfallCost: 'Rewards paid on purchases customers would have made anyway.',
    incrementalCost: 'Rewards paid on the purchases the program added.',
    incrementalGrossProfit: 'Gross margin times the extra list spend the program brings.',
    netIncrementalProfit: 'Incremental gross profit plus fee income minus the program cost.',
    roi: 'Net incremental profit divided by the program cost.',
    npv: 'Monthly net profit discounted at the draft rate, minus the launch cost.',
    paybackMonth: 'The month from which cumulative net profit stays at or above zero (mean over the runs that pay back).',
    members: 'Customers who joined the program.',
    costPerMember: 'Each run’s program cost divided by its members, averaged over the runs: a mean of ratios, so not the mean cost divided by the mean members.',
    activeAtStart: 'Customers still buying at the start.',
    activeAtHorizonBaseline: 'Customers still buying at the horizon without the program.',
    activeAtHorizonProgram: 'Customers still buying at the horizon with the program.',
    churnAnnualBaseline: 'Share of active customers lost in a year, without the program.',
    churnAnnualProgram: 'Share of active customers lost in a year, with the program.',
    ordersBaseline: 'Orders over the horizon without the program.',
    ordersProgram: 'Orders over the horizon with the program.',
    ordersPerActiveMonthBaseline: 'Orders per month of an active customer, without the program.',
    ordersPerActiveMonthProgram: 'Orders per month of an active customer, with the program.',
    averageCheckBaseline: 'Average order at list prices, without the program.',
    averageCheckProgram: 'Average order at list prices, with the program.',
    observedMemberGap: 'How much more members spend than non-members, as a naive comparison would see it.',
    causalMemberUplift: 'How much more members spend than they would have without the program.',
    pointsExpired: 'Points that expired unused.',
    pointsForfeited: 'Points lost by members who stopped buying.',
    pointsOutstanding: 'Points still held by active members at the horizon.',
    effectiveRedemptionShare: 'Share of points that left balances by being redeemed.',
    pushedOrders: 'Orders members placed to reach a reward threshold.',
    feeIncome: 'Membership fees received (counted in net profit, not as a negative cost).',
    referredCustomers: 'New customers brought by members’ referrals.',
    referralRevenue: 'List spend of the referred customers within the horizon.',
    referralBonuses: 'Bonuses paid to referrers and new customers.',
    paymentTermsCost: 'The cost of the extra days to pay given to members.',
    referredActiveAtHorizon: 'Referred customers still buying at the horizon, counted at their non-organic share; not in the churn of the original base.',
    // ── issue 27 (§14): actions, early payment, partners ──
    actionPoints: 'Points members earned for actions besides buying and for paying early; part of the points issued.',
    actionValue: 'Money the company gained from members’ actions (online orders, filled profiles): counted in net profit, not as a negative cost.',
    earlyPaymentBenefit: 'Net revenue paid early × days early / 365 × cost of capital: counted in net profit, not as a negative cost.',
    partnerFeeIncome: 'What partners paid per point redeemed: counted in net profit, not as a negative cost.',
    partnerFunding: 'All that partners paid: their share of the points’ cost (already left out of the program’s points cost) plus their fees per point redeemed.',
    // ── end of issue 27's block ──
  } satisfies Record<MetricKey, string>,

  /** The draft's inputs as people name them: tornado, inputs tables, --vary and the what-if panel (report/input-names.ts). */
  inputNames: {
    /** A field by its YAML key. */
    fields: {
      gross_margin: 'Gross margin',
      discount_rate_annual: 'Discount rate (annual)',
      cost_of_capital_annual: 'Cost of capital (annual)',
      horizon_months: 'Horizon (months)',
      participation: 'Participation',
      frequency_uplift: 'Frequency uplift',
      check_uplift: 'Check uplift',
      churn_reduction: 'Churn reduction',
      ramp_months: 'Ramp (months)',
      rate: 'Rate',
      discount: 'Discount',
      earn_per_currency: 'Points per unit of net revenue',
      point_value: 'Point value',
      redemption_rate: 'Redemption rate',
      reward_cost_ratio: 'Reward cost ratio',
      redemption_lag_months: 'Redemption lag (months)',
      expiry_months: 'Expiry (months)',
      threshold: 'Redemption threshold',
      monthly_propensity: 'Monthly redemption propensity',
      min_spend: 'Minimum spend',
      points_multiplier: 'Points multiplier',
      benefit_cost_per_month: 'Benefit cost per month',
      benefit_cost_per_order: 'Benefit cost per order',
      monthly: 'Monthly',
      yearly: 'Yearly',
      launch: 'Launch cost',
      per_member_monthly: 'Cost per member per month',
      bonus_new: 'Bonus to the new customer',
      bonus_referrer: 'Bonus to the referrer',
      reach: 'Push reach (share below the next level)',
      organic_share: 'Share that would have come anyway',
      extra_payment_days: 'Extra days to pay',
      eligible_top_share: 'Eligible share (top spenders)',
      long_run_share: 'Long-run share',
      half_life_months: 'Half-life (months)',
      post_reward_lift: 'Lift after a reward',
      post_reward_months: 'Months of lift after a reward',
      pull_forward: 'Pull-forward share',
      reward_elasticity: 'Reward elasticity',
      reference_reward_rate: 'Reference reward rate',
      light: 'Light buyers',
      medium: 'Medium buyers',
      heavy: 'Heavy buyers',
      months: 'Months',
      count: 'Count',
      currency: 'Currency',
      roi_basis: 'ROI basis',
      review: 'Review period',
      qualification: 'Qualification',
      period: 'Period',
      form: 'Reward form',
      recipient: 'Reward recipient',
      selection: 'Selection by spend',
      push: 'Push before a reward date',
      pressure: 'Pressure near the threshold',
      // issue 27 (§14)
      share: 'Share of months paid early',
      days: 'Days paid early',
      points_per_currency: 'Points per unit of net revenue paid early',
      monthly_probability: 'Monthly probability',
      points: 'Points per action',
      value: 'Value per action',
      partner_funded_share: 'Partner-funded share of the points’ cost',
      partner_fee_per_point: 'Partner fee per point redeemed',
    } as Record<string, string>,
    /** The block a field sits in, as a prefix: "Points: Redemption rate". */
    sections: {
      effects: 'Effects',
      costs: 'Costs',
      discount: 'Discount',
      points: 'Points',
      tiers: 'Tiers',
      rebate: 'Rebate',
      fee: 'Fee',
      referral: 'Referral',
      payment_terms: 'Payment terms',
      enrolment: 'Enrolment',
      selection: 'Selection',
      redemption: 'Redemption',
      push: 'Push',
      warm_start: 'Warm start',
      pressure: 'Pressure',
      by_spend: 'By spend',
      // issue 27 (§14)
      actions: 'Actions',
      early_payment: 'Early payment',
      list: 'Actions',
    } as Record<string, string>,
    level: (name: string) => `Tier ${name}`,
    bracket: (i: number) => `Bracket ${i}`,
    item: (i: number) => `Item ${i}`,
    /** Prefix and field, joined. */
    join: (parts: string[]) => parts.join(': '),
  },
  // ── end of issue 24's block ──

  /** What the reports say of MODEL.md §8–11 (report/behaviour-view.ts). */
  behaviour: {
    selectionSame: (o: string, c: string) =>
      `Members spend ${o} more than non-members and the program causes ${c}: members joined much as at random, so a member-vs-non-member comparison would read the program's effect about right.`,
    selectionOver: (o: string, c: string) =>
      `A naive member-vs-non-member (or before/after) analysis would tell the client the program lifts spend by ${o}; it causes ${c}: the rest is who joined, since heavier buyers sign up more readily and would have bought more anyway.`,
    selectionUnder: (o: string, c: string) =>
      `A naive member-vs-non-member analysis would tell the client ${o}, understating the program's ${c}: lighter buyers joined more than heavy ones, so members look weaker than the program made them.`,
    paymentTerms: 'Payment terms',
    referralBonuses: 'Referral bonuses',
    feeIncome: 'Fee income (counted in net profit, not a cost)',
    // ── issue 27 (§14) ──
    actionValue: 'Value of members’ actions (in net profit, not a cost)',
    earlyPaymentBenefit: 'Early payment benefit (in net profit, not a cost)',
    partnerFeeIncome: 'Partners’ fees per point redeemed (in net profit, not a cost)',
    partnerFunding: (total: string, share: string, fees: string) => `Partners fund ${total} of the rewards: ${share} of the points’ cost (left out of the program’s points cost above) and ${fees} in fees per point redeemed.`,
    // ── end of issue 27's block ──
    points: { redeemed: 'redeemed', expired: 'expired', forfeited: 'forfeited at dropout', outstanding: 'outstanding at the horizon' },
  },

  /** Spend thresholds against the history (engine/threshold-fit.ts, cli/simulation-options.ts). */
  thresholdFit: {
    tier: (name: string) => `tier "${name}"`,
    bracket: (i: number, period: string) => `rebate bracket ${i} (per ${period})`,
    where: (draft: string, history: string) => `${draft} on ${history}`,
    /** `period` is null for tiers, which qualify on 12-month spend. */
    per: (period: string | null) => (period === null ? '12-month spend' : `spend per ${period}`),
    scaled: (value: string, months: number) => `≈ ${value}, 12-month spend × ${months}/12`,
    noneReach: (where: string, level: string, per: string, value: string) => `${where}: ${level} is out of everyone's reach: above the highest ${per} (${value})`,
    almostNoneReach: (where: string, level: string, per: string, value: string) =>
      `${where}: ${level} is out of reach of almost everyone: above the P99 of ${per} (${value})`,
    allReach: (where: string, level: string, per: string, value: string) => `${where}: ${level} is reached by everyone: at or below the P1 of ${per} (${value})`,
    percentiles: (file: string, _n: number, spenders: string) => `${file}: 12-month spend of the ${spenders} customers who bought in the last 12 months: `,
    max: 'max',
    currencyColumn: (column: string) => `the history has a currency column "${column}"`,
    gapUp: (lowest: string, times: string) => `the lowest threshold (${lowest} a year) is ${times}× the P99 of 12-month spend`,
    gapDown: (times: string, highest: string) => `the P50 of 12-month spend is ${times}× the highest threshold (${highest} a year)`,
    currency: (where: string, currency: string, why: string) =>
      `${where}: is the history in ${currency}, like the draft? ${why}: a currency mismatch would explain it; convert the amounts, or set the draft's currency and thresholds to the history's`,
    uncertaintyLeftOut: (source: string, why: string) => `${source}: parameter uncertainty left out of the runs: ${why}`,
  },

  /** `optimize` (report/optimize-text.ts, cli/commands/optimize.ts). */
  optimize: {
    objective: { npv: 'mean NPV', net: 'mean net incremental profit', roi: 'mean ROI' },
    title: (objective: string, fields: number) => `Optimizing ${objective} over ${fields} field${fields > 1 ? 's' : ''}`,
    meta: (population: string, horizon: number, _n: number, searchRuns: string, searchSeed: number, _m: number, confirmRuns: string, confirmSeed: number) =>
      `${population} · ${horizon} ${s(horizon, 'month', 'months')} · search: ${searchRuns} runs per design on seed ${searchSeed} (the same customers and random numbers for every design) · confirmation: ${confirmRuns} runs on the fresh seed ${confirmSeed}`,
    head: { field: 'input', low: 'low', high: 'high', draft: 'draft', chosen: 'chosen', constraint: 'constraint', margin: 'margin', se: '± s.e.', holds: 'holds' },
    yes: 'yes',
    no: 'NO',
    atEdge: (paths: string) => `At the edge of its range: ${paths}; the best value may lie beyond it (widen the range if that is allowed).`,
    confirmedWord: 'Confirmed',
    confirmed: (word: string, objective: string, design: string, draft: string, gain: string) =>
      `${word} on fresh runs: ${objective} ${design} (the draft: ${draft}); gain over the draft ${gain} (paired runs).`,
    notFound: (k: number) =>
      `No design evaluated met every constraint by ${k} standard errors on the search runs: the one shown comes closest. Widen the ranges, relax the constraints or raise --runs.`,
    borderline: 'On the fresh runs the chosen design misses a constraint it met on the search runs: treat it as borderline, and rerun with more --runs.',
    constraintsTitle: (k: number) => `Constraints on the confirmation runs (the search asked each to hold by ${k} s.e.)`,
    comparisonTitle: 'The draft (A) and the chosen design (B) on the confirmation runs',
    tradeOffTitle: 'Trade-off: every design evaluated on all search runs',
    meanNpv: 'mean NPV',
    p5Npv: 'P5 NPV',
    legend: '◆ chosen   ● on the frontier (no design that meets the constraints beats it on both mean and P5 NPV)   · another design   x misses a constraint',
    work: (simulations: string, _runs: number, runs: string, customerMonths: string, _designs: number, designs: string, rejected: string | null) =>
      `Work: ${simulations} simulations, ${runs} runs, ${customerMonths} customer-months (${designs} designs evaluated${rejected === null ? '' : `, ${rejected} rejected by the draft rules without simulating`}).`,
    wrote: (file: string, values: string) => `wrote ${file}: ${values}`,
    designName: (name: string) => `${name} (optimised)`,
    designFile: 'optimised',
    /** --vary PATH=LO:HI (decide/optimize.ts). */
    range: {
      format: 'write it as PATH=LO:HI, e.g. mechanics.tiers.levels.Gold.min_spend=50000:400000',
      noPath: (spec: string) => `--vary "${spec}" has no PATH=.`,
      needsLoHi: (spec: string) => `--vary "${spec}" needs LO:HI after the = (optimize searches a range, it takes no STEP).`,
      notNumber: (spec: string, what: string, s: string) => `--vary "${spec}": ${what} "${s}" is not a number.`,
      loBelowHi: (path: string, lo: number, hi: number) => `--vary ${path}: LO ${lo} must be below HI ${hi}.`,
      whole: (path: string) => `${path} takes whole numbers; LO and HI must be whole.`,
      none: 'optimize needs at least one --vary PATH=LO:HI.',
      tooMany: (n: number, max: number) => `${n} --vary options; optimize searches at most ${max} fields at once.`,
      tooManyHint: 'fix the fields that matter least (see `loyalty-sim tornado`) and search the rest',
      twice: (path: string) => `--vary ${path} is given twice.`,
      twiceHint: 'vary different fields',
      outside: (path: string, v: number, valid: string) => `--vary ${path}: ${v} is outside the field's valid values (${valid}).`,
      outsideHint: 'search a range inside them',
    },
    /** The scatter's axes (report/charts-text.ts). */
    axes: (x: string, y: string) => `${x} across, ${y} up`,
  },

  /** `optimize --html`: the search, the chosen design beside the draft and the trade-off frontier as a page (report/optimize-html.ts). */
  optimizePage: {
    title: (name: string) => `Optimised design: ${name}`,
    meta: (file: string) => `draft ${file}`,
    searched: 'What was searched',
    objective: (objective: string) => `Objective: the highest ${objective}.`,
    constraints: (list: string, k: number) => `Constraints: ${list}. The search counted a constraint as met only when it held by ${k} standard errors of its statistic.`,
    noConstraints: 'Constraints: none.',
    method: (_s: number, starts: string, _f: number, startRuns: string, runs: string) =>
      `How: every design ran on the same seed (the same customers and random numbers); ${starts} start designs spread over the ranges (a Latin hypercube, with the draft's own values when they lie inside) on ${startRuns} runs each, the better half on more runs, the best on all ${runs}, then a compass search from the best, each step on all ${runs} runs. The chosen design's figures below come from a confirmation on a fresh seed the search never saw.`,
    result: 'The chosen design beside the draft',
    resultNote: (_n: number, runs: string, seed: number) =>
      `On the ${runs} confirmation runs of the fresh seed ${seed}: mean ± its Monte Carlo standard error, and P5 / P95 across runs. Both ran on the same customers and random numbers, so the difference is paired run by run.`,
    head: { metric: 'metric', draft: 'draft', chosen: 'chosen design', difference: 'chosen − draft ± s.e.' },
    rows: { npv: 'NPV', net: 'Net incremental profit', roi: 'ROI', cost: 'Program cost', band: 'P5 / P95', roiPositive: 'P(ROI > 0)', payback: 'Median payback month' },
    constraintsTitle: 'Constraint margins on the confirmation runs',
    constraintsNote: (k: number) =>
      `Margin: how far inside its bound the constraint is (negative: missed). "By ${k} s.e.": whether it holds by ${k} standard errors of its statistic, as the search asked, so that it should still hold on runs not yet seen.`,
    holdsBy: (k: number) => `by ${k} s.e.`,
    frontierTitle: 'Trade-off frontier',
    chartTitle: 'Mean NPV against P5 NPV of every design evaluated on all search runs',
    xAxis: 'mean NPV',
    yAxis: 'P5 NPV (the worst 5 % of runs)',
    legend: { frontier: 'on the frontier', other: 'another design', infeasible: 'misses a constraint', line: 'frontier' },
    chosenMark: 'chosen',
    draftMark: 'draft',
    draftConfirmationMark: 'draft (confirmation runs)',
    caption: (_n: number, designs: string, _r: number, runs: string, seed: number, k: number) =>
      `Each point is one of the ${designs} designs evaluated on all ${runs} search runs (seed ${seed}, the same customers and random numbers for every design). The frontier joins the designs that meet the constraints and that no other such design beats on both mean NPV and P5 NPV (when none meets them, all designs): moving along it buys a higher mean with more downside. Crosses miss a constraint (by the search's rule: by ${k} standard errors).`,
    draftFromConfirmation: (se: string) =>
      `The search did not evaluate the draft's own values on all its runs, so the draft is drawn at its figures on the confirmation runs (another seed): its place beside the other points carries that seed's noise, ± ${se} on mean NPV.`,
    draftRounded: (values: string) => `The draft is drawn at the point the search evaluated for it, ${values}: its values put on the search's grid of a thousandth of each range.`,
    noPoints: 'No design was evaluated on all search runs, so there is no frontier to draw.',
    pointTitle: (values: string, mean: string, p5: string, cost: string) => `${values}: mean NPV ${mean}, P5 NPV ${p5}, program cost ${cost}`,
    frontierTable: 'Designs on the frontier',
    frontierHead: { npvMean: 'mean NPV', npvP5: 'P5 NPV', cost: 'program cost (mean)', objective: (objective: string) => `${objective} ± s.e.`, feasible: 'meets the constraints', note: 'note' },
  },

  /** The progress bar and the --json note of a batch's work (cli/progress.ts, cli/batch-options.ts). */
  progress: {
    labels: { simulating: 'simulating', solving: 'solving', comparing: 'comparing', optimizing: 'optimizing', sweeping: 'sweeping', tornado: 'tornado' } as Record<string, string>,
    times: (elapsed: string, eta: string) => `${elapsed} elapsed, ETA ${eta}`,
    batchNote: (label: string, runs: number, seconds: string, workers: number) =>
      `note: ${label}: ${runs.toLocaleString('en-US')} runs in ${seconds} s on ${workers} worker${workers > 1 ? 's' : ''}.`,
  },

  /** The what-if panel of `report --interactive` (report/whatif.ts, report/html.ts, browser/whatif-page.ts). */
  whatif: {
    levers: {
      participation: 'Participation (share of eligible customers who join)',
      frequency: 'Frequency uplift of members',
      check: 'Check uplift of members',
      churn: 'Churn reduction of members',
      ramp: 'Ramp: months until effects reach full size',
      discount: 'Member discount rate',
      earn: 'Points earned per unit of net revenue',
      rebate: (bracket: number) => `Rebate rate of bracket ${bracket}`,
      feeMonthly: 'Monthly membership fee',
      feeYearly: 'Yearly membership fee',
      horizon: 'Horizon (months)',
    },
    ofDistribution: ' (mean of its distribution)',
    exactValue: (label: string) => `${label}: exact value`,
    title: 'What if…? (computed in this page)',
    note: (_n: number, runs: string, sample: string, customers: string, seed: number) =>
      `Move a lever and this page re-runs the simulation with the tool's own engine: ${runs} runs on ${sample} of the ${customers} customers (totals scaled to all), seed ${seed}. The what-if figures are compared with the draft on the same sample and random numbers, so the difference is the lever's; the figures above come from the full report. A lever on an uncertain input moves the mean of its distribution and keeps its spread.`,
    noscript: 'The what-if panel needs scripts, which this viewer does not run; the report above is complete without it.',
    stateInitial: 'What-if: no lever moved.',
    reset: 'Reset to the draft',
    copy: 'Copy these settings',
    commandLabel: 'Repeat this what-if in a terminal (same sample, runs and seed):',
    flagsLabel: 'Flags for a full rerun (add to simulate or report):',
    badge: (_n: number, runs: string) => `What-if (${runs} runs) — not the report's figures`,
    // the page script
    stateMoved: (list: string) => `What-if: ${list}.`,
    movedLever: (label: string, value: string, draft: string) => `${label} ${value} (draft ${draft})`,
    stateNone: 'What-if: no lever moved; the figures are the draft’s own on the sample.',
    nothingToAdd: '(no lever moved: nothing to add)',
    running: (_n: number, runs: string, sample: string) => `running ${runs} runs on ${sample} customers…`,
    copied: 'command copied',
    failed: (why: string) => `what-if failed: ${why}`,
    noResult: 'no result',
    population: (sample: string, customers: string) => `${sample} of ${customers} customers (what-if sample)`,
    updated: (_n: number, runs: string, seconds: string) => `what-if (${runs} runs) updated in ${seconds} s`,
    engineFailed: (why: string) => `what-if engine failed: ${why}`,
    table: {
      meanRoi: 'Mean ROI',
      netMean: 'Net incremental profit (mean)',
      npvMean: 'NPV (mean)',
      paybackMedian: 'Payback month (median)',
      costMean: 'Program cost (mean)',
      draftHead: (_n: number, runs: string) => `draft on the sample (${runs} runs)`,
      whatifHead: (_n: number, runs: string) => `what-if (${runs} runs)`,
    },
  },

  /** A pilot's dates against its history (pilot/periods.ts); dates stay ISO, as --start and --end take them. */
  pilotDates: {
    startsBefore: (start: string, before: boolean, first: string) =>
      `the pilot starts on ${start}, ${before ? 'before' : 'on'} the history's first day ${first}: there is no pre period to compare with`,
    startsBeforeHint: (first: string, last: string) => `--start is the pilot's first day, inside the history (${first} .. ${last})`,
    startsAfter: (start: string, last: string) => `the pilot starts on ${start}, after the history's last day ${last}: there is no pilot period in it`,
    startsAfterHint: 'give the history that covers the pilot, or check --start',
    endsBeforeStart: (end: string, start: string) => `the pilot ends on ${end}, before it starts on ${start}`,
    endsBeforeStartHint: "--end is the pilot's last day: on or after --start",
    tooLong: (months: string, start: string, end: string, max: number) =>
      `the pilot runs ${months} months (${start} .. ${end}): more than ${max} months is not a pilot; check --start and --end`,
    cutShort: (last: string, end: string) => `the history ends on ${last}, before the pilot's end ${end}: the pilot period is cut short`,
    preIncomplete: (first: string) => `the history starts on ${first}, inside the pre period: pre-period values are incomplete`,
  },

  /** `pilot plan` and `pilot analyze`: tables, sentences and messages (report/pilot-text.ts, cli/commands/pilot.ts, pilot/*). Numbers come formatted; `n` is a raw count. */
  pilot: {
    planHead: ['Pilot plan', 'Value', 'What it means'],
    months: (n: number, f: string) => `${f} ${s(n, 'month', 'months')}`,
    metricWords: { revenue: 'revenue per customer', orders: 'orders per customer', active: 'share of customers who buy' } as Record<'revenue' | 'orders' | 'active', string>,
    baselineMean: 'Baseline mean',
    baselineMeanText: (metric: string, months: string, from: string, to: string, customers: string) =>
      `${metric} over the last ${months} of the history (${from} .. ${to}), ${customers} customers who had bought before`,
    baselineSd: 'Baseline sd',
    baselineSdText: 'how much that varies from customer to customer: the noise a pilot must see through',
    z: (alpha: string, power: string) => `two-sided alpha ${alpha}, power ${power}`,
    detectable: 'Detectable effect',
    detectableText: (groupSize: string, z: string) => `the smallest change in the mean that ${groupSize} customers per group detect (${z}): 2(z₁₋α/₂ + z₁₋β)²σ²/n, square-rooted, over the mean`,
    withCuped: '… with CUPED',
    cupedText: "the same when the analysis adjusts for each customer's previous-window value",
    perGroup: 'Customers per group',
    perGroupText: (mde: string, abs: string, z: string) => `to detect a ${mde} change (${abs}) with ${z}: n = 2(z₁₋α/₂ + z₁₋β)²σ²/Δ²`,
    cupedPerGroupText: "the same when the analysis adjusts for each customer's previous-window value (pilot analyze does)",
    varianceReduction: 'Variance reduction',
    varianceText: (rho: string, months: string, from: string, to: string) => `the share of the variance CUPED removes: ρ², ρ = ${rho} the correlation with the ${months} before (${from} .. ${to})`,
    varianceNone: 'none: the history is shorter than two pilot windows, so there is no previous window to adjust by',

    balanceHead: ['Pre-period metric', 'Treatment', 'Control', 'Std. difference', ''],
    balanceMetric: { orders: 'orders', revenue: 'revenue', active: 'active' } as Record<string, string>,
    imbalanced: 'imbalanced (|d| > 0.1)',
    ok: 'ok',
    assignment: (t: string, c: string, e: string) => `Assignment: ${t} treatment, ${c} control, from ${e} eligible customers`,
    strataHead: ['Stratum', 'Eligible', 'Treatment', 'Control'],
    balanceBefore: (from: string, to: string) => `Balance before the pilot (${from} .. ${to}): means per customer by group`,
    balanceIn: 'Balance in the pre period: means per customer by group',

    effect: { frequencyUplift: 'Order frequency', checkUplift: 'Average check', churnReduction: 'Churn reduction', revenuePerCustomer: 'Revenue per customer' },
    method: { cuped: 'cuped', 'difference-in-differences': 'difference-in-differences', difference: 'difference' } as Record<string, string>,
    statementHead: (label: string, v: string, level: string, lo: string, hi: string, p: string) => `${label}: ${v} (${level} CI ${lo} to ${hi}, p = ${p})`,
    distinguishable: (head: string, alpha: string) => `${head}: distinguishable from zero at alpha ${alpha}.`,
    notDistinguishable: (head: string, alpha: string) => `${head}: not distinguishable from zero at alpha ${alpha}; the pilot cannot tell it from no effect.`,
    periods: (preFrom: string, preTo: string, from: string, to: string, months: string) => `Pre period ${preFrom} .. ${preTo}; pilot ${from} .. ${to} (${months} months)`,
    groupsHead: ['Group', 'Customers', 'Orders/cust.-month pre', 'pilot', 'Avg check pre', 'pilot', 'Revenue/cust. pre', 'pilot', 'Churn in pilot'],
    group: { treatment: 'treatment', control: 'control' },
    churnOf: (share: string, of: string) => `${share} of ${of}`,
    effectsTitle: (level: string, bootstrap: number, b: string, permutations: number, p: string) =>
      `Effects of the program (treatment vs control; ${level} bootstrap intervals from ${b} ${s(bootstrap, 'resample', 'resamples')}, p-values from ${p} ${s(permutations, 'permutation', 'permutations')} within strata)`,
    effectsHead: (level: string) => ['Effect', 'Method', 'Estimate', `${level} CI`, 'p'],
    sampleRatio: (label: string, t: string, c: string, et: string, ec: string, p: string, mismatch: boolean) =>
      `${label}: ${t} treatment / ${c} control, expected ${et} / ${ec}, p = ${p}: ${mismatch ? 'MISMATCH (p < 0.001), do not trust the effects until it is explained' : 'ok'}`,
    ratioAssignment: 'Sample ratio, assignment',
    ratioPresent: 'Sample ratio, present in the history',
    capped: (pctile: string, pre: string, pilot: string, n: string) => `Revenue capped at the ${pctile}th percentile (pre ${pre}, pilot ${pilot} per customer): ${n} customers capped.`,
    tercileTitle: "Effects by pre-period spend tercile (the weights are the draft's effects.by_spend this pilot suggests)",
    tercileUneven: (sizes: string) => `The terciles are uneven (${sizes} customers): many customers spent exactly the same before the pilot (often 0), and equal spenders stay in one group, so the cuts cannot make thirds.`,
    tercileHead: (level: string) => ['Tercile', 'Treatment', 'Control', 'Frequency', 'Check', 'Revenue per active', `${level} CI`, 'Weight'],
    tercile: { light: 'light', medium: 'medium', heavy: 'heavy' } as Record<string, string>,
    churnNote:
      'Churn here is inactivity (no purchase in the pilot among pre-period buyers) after the frequency effect is thinned out of it: more orders alone would make inactivity rarer, and that is frequency, not churn.',

    scheduleTitle: (alpha: string) =>
      `Look schedule if you watch the pilot as it runs (pilot analyze --interim): O'Brien–Fleming-type alpha spending, two-sided alpha ${alpha} over all looks`,
    scheduleHead: ['Look', 'Day', 'Information', '|z| to stop', 'Alpha spent'],
    scheduleNote:
      'Early looks need an overwhelming effect; the last one is almost the ordinary test. Testing at 1.96 every week instead would find an "effect" far more often than alpha when there is none.',
    decision: { 'stop: effect': 'stop: effect shown', continue: 'continue', 'end: no effect shown': 'end: no effect shown', 'end: effect': 'end: effect shown' } as Record<string, string>,
    noLook: 'No look yet: the first look is one look interval after the start.',
    looksTitle: "Interim looks at revenue per customer (CUPED difference, treatment − control), against O'Brien–Fleming-type boundaries",
    looksHead: ['Day', 'Information', 'Effect', 'z', '|z| to stop', 'Decision'],
    soFar: (z: string, b: string, naive: string) => `So far: continue. |z| = ${z} is below ${b}; a naive test at ${naive} would not control the error over repeated looks.`,
    decided: (d: string) => `Decision: ${d}.`,

    valueHead: (runs: number, r: string, net: string, launch: boolean) =>
      `Value of information for the launch decision (${r} ${s(runs, 'run', 'runs')} of the draft): expected net incremental profit now ${net}, so the decision now is ${launch ? 'to launch' : 'not to launch'}.`,
    evpiHead: ['Uncertain input', 'EVPI'],
    allOfThem: 'all of them',
    evpiNote: 'EVPI: what knowing the input exactly before deciding would be worth; a pilot can only learn the effects, and not exactly.',
    pilotsHead: ['Customers per group', 'Months', 'Value of the pilot', 'sd of frequency effect', 'sd of check effect'],
    note: (n: string) => `Note: ${n}.`,
    fixedEffects: 'the frequency and check effects are fixed numbers in the draft: a pilot has nothing to learn about them, so its value is 0',
    noChurnLearning: 'the value counts a pilot of a few months as learning nothing about churn, a cautious simplification (pilot analyze does estimate the dropout effect, but a short pilot pins it down poorly); its own cost and the launch delay are not subtracted',
    monthPilot: (n: number, f: string) => `${f}-month`,
    clear: (launch: boolean, m: string, perGroup: string, value: string) =>
      `Recommendation: under the draft's priors the decision is clear (${launch ? 'launch' : 'do not launch'}); a ${m} pilot on ${perGroup} customers per group is worth about ${value} to it. Pilot for other reasons (to learn the effects for the budget) or not at all.`,
    worth: (m: string, perGroup: string, value: string) => `Recommendation: a ${m} pilot on ${perGroup} customers per group is worth about ${value}`,
    doubling: (v: string) => `; doubling it adds ${v}`,
    perfect: (v: string) => ` (perfect information on everything: ${v}).`,
    mostWorth: (list: string) => ` The inputs most worth learning: ${list}.`,

    infeasible: (per: string, eligible: string, last: string, cuped: string | null) =>
      `infeasible: the plan needs 2 × ${per} customers but only ${eligible} are eligible at the history's end (${last})${cuped === null ? '' : `; with CUPED 2 × ${cuped} fit`}; a larger --mde, a longer --months or a smaller --group-size would fit`,
    valueRuns: (n: number, runs: string, file: string, sample: string, size: string) => `value of information: ${runs} ${s(n, 'run', 'runs')} of ${file}, ${sample} customers per run standing for ${size}`,
    strataConflicts: (n: string, column: string) => `${n} customers have more than one "${column}" value; the last one in the file is used`,
    short: (eligible: string, per: string) => `only ${eligible} customers are eligible, fewer than 2 × ${per}: all of them are assigned and the pilot is underpowered`,
    imbalancedDraw: (metric: string, d: string) => `the groups differ in pre-period ${metric} (standardised difference ${d}); another --seed gives another draw`,
    wroteAssignment: (n: string, file: string, seed: string) => `wrote ${n} customers to ${file} (seed ${seed})`,
    capRange: (cap: string) => `--cap must be a percentile between 50% and 100%, got ${cap}`,
    capRangeHint: 'write e.g. --cap 99%',
    interimNoWrite: "--interim does not write effects: an interim look is not the pilot's result",
    interimNoWriteHint: 'run without --interim after the planned end to write them',
    interimNeedsEnd: '--interim needs --end, the planned last day of the pilot',
    interimNeedsEndHint: 'e.g. --end 2024-05-31',
    writing: (file: string) => `${file}: the pilot's effects replace the old values (keep this output to undo):`,

    srMismatch: (t: string, c: string, p: string) =>
      `sample ratio mismatch: ${t} treatment and ${c} control customers where the design expects equal groups (p = ${p}); the assignment file may be cut or edited, and the comparison is not to be trusted until that is explained`,
    srPresentMismatch: (t: string, c: string, p: string) =>
      `sample ratio mismatch among the customers present in the history: ${t} treatment and ${c} control (p = ${p}); one group lost more customers, e.g. in the export, and the effects may be biased`,
    imbalancedBefore: (metric: string, d: string) =>
      `the groups differ before the pilot in ${metric} (standardised difference ${d}, above 0.1): the CUPED and difference-in-differences estimates adjust for it, a plain comparison would not`,
    smallGroups: (t: string, c: string, min: string) => `only ${t} treatment and ${c} control customers: intervals are wide and the bootstrap is rough below about ${min} per group`,
    shortPilot: (days: string, median: string) =>
      `the pilot (${days} days) is shorter than the typical time between purchases (median ${median} days): many customers had no chance to buy, so frequency and churn effects are hard to see`,
    missing: (n: string) => `${n} assigned customers have no rows in the history; they count as customers without purchases`,
    noPreBuyers: 'no customer in one group bought in the pre period: the churn effect cannot be estimated',

    churnUnclear: (p: string, months: string, sd: string) =>
      `churn: after the frequency effect is taken out, the pilot cannot tell a churn effect from none (p = ${p}); ` +
      `a pilot of ${months} months sees few customers leave. Written: centred on 0 with sd ${sd}, wide enough to hold the whole interval, not the raw inactivity contrast (it double-counts frequency).`,
    ramp: (ramp: string, months: string, share: string, range: string | null, factor: string, factorSd: string | null, beyond: boolean) =>
      `ramp: with ramp_months ${ramp} the pilot's ${months} months saw ${share} % of the full effect on average${range === null ? '' : ` (${range} % over ramp_months' 90 % range)`}; ` +
      `the measured effects are divided by that share (× ${factor}), and so are their sds${factorSd === null ? '' : `, plus ${factorSd} for the ramp's own uncertainty`}. ` +
      `This assumes the effect keeps growing linearly to month ${ramp} as docs/model.md §9 says; ${beyond ? 'the pilot ended before the ramp did, so the full size is an extrapolation the pilot did not see.' : 'the pilot lasted past the ramp, so the full size was seen.'}`,
  },

  /** The pilot's input files and settings refused (pilot/assign.ts, plan.ts, analyze.ts, write-effects.ts, cli/pilot-files.ts). */
  pilotErrors: {
    fewEligible: (n: number) => `only ${n} customers are eligible for the pilot`,
    relaxHint: 'relax --min-revenue / --active-within-days',
    cannotParse: (file: string, why: string) => `cannot parse ${file}: ${why}`,
    assignmentCsvHint: 'the assignment is a CSV with columns customer_id,group,stratum',
    /** Said after the file:line the error carries (issue 29: the file was named twice). */
    noColumns: 'the assignment has no customer_id and group columns',
    noColumnsHint: 'write it with `loyalty-sim pilot plan --assign FILE`, or use the header customer_id,group,stratum',
    noId: 'a row without a customer_id',
    noIdHint: 'fill it in or delete the row',
    badGroup: (group: string) => `group "${group}" is neither treatment nor control`,
    badGroupHint: 'each customer is in group treatment or control',
    twice: (id: string) => `customer ${id} is assigned twice`,
    twiceHint: 'keep one row per customer',
    noGroup: (file: string, group: 'treatment' | 'control') => `${file} has no ${group} customers`,
    noGroupHint: 'the analysis compares the two groups',
    groupsTooSmall: (t: number, c: number) => `the assignment has ${t} treatment and ${c} control customers; each group needs at least 2`,
    alpha: (v: number) => `alpha must be between 0 and 1, got ${v}`,
    power: (v: number) => `power must be between 0 and 1, got ${v}`,
    historyTooShort: (days: number, months: number, windowDays: number) => `the history (${days} days) is not longer than one pilot window of ${months} months (${windowDays} days)`,
    historyTooShortHint: 'use a longer history or a shorter --months',
    fewPool: (n: number, months: number) => `only ${n} eligible customers bought before ${months} months from the history's end; no variance to plan from`,
    fewPoolHint: 'relax --min-revenue / --active-within-days, or use a longer history',
    meanNotPositive: (metric: 'revenue' | 'orders' | 'active', months: number, mean: number) =>
      `the mean ${metric} per customer over the last ${months} months is ${mean}; a relative effect needs a positive baseline`,
    meanNotPositiveHint: 'choose another --metric or a longer --months',
    mde: (v: number) => `the minimum detectable effect must be above 0, got ${v}`,
    mdeHint: 'write e.g. --mde 10%',
    noFinite: (field: string, mean: number, sd: number) => `the pilot gave no finite estimate for ${field} (mean ${mean}, sd ${sd}); the draft is left as it is`,
    noFiniteHint: 'check the warnings of pilot analyze',
    wouldBeInvalid: (file: string, list: string) => `the draft with the pilot's effects would not be valid, so ${file} is left as it is:\n${list}`,
    wouldBeInvalidHint: 'the pilot estimates may be outside the allowed ranges (e.g. a churn reduction of 1 or more); check them',
    strataNotColumn: (column: string, file: string, columns: string) => `--strata "${column}" is not a column of ${file}; the columns are ${columns}`,
    strataHint: 'name a column that holds a segment, region or tier per customer',
    cannotRead: (file: string, why: string) => `cannot read ${file}: ${why}`,
    assignmentFileHint: 'give the file written by: loyalty-sim pilot plan --assign FILE',
    draftFileHint: 'give the draft the effects should go into',
  },

  /** Writing output files, a draft that will not take new values (draft/set-values.ts, pilot/write-effects.ts), and the usage mistakes of the commands' own flags (cli/files.ts, history-flags.ts, simulation-options.ts, commands/report.ts). */
  cliErrors: {
    isFolder: (file: string) => `cannot write ${file}: it is a folder`,
    isFolderHint: (example: string) => `give a file name, e.g. ${example}`,
    exists: (file: string) => `${file} already exists; not overwriting it`,
    existsHint: (flag: string) => `add ${flag} to replace it, or choose another file name`,
    noFolder: (file: string, folder: string) => `cannot write ${file}: the folder ${folder} does not exist`,
    noFolderHint: 'create the folder first or choose another path',
    cannotWrite: (file: string, code: string) => `cannot write ${file}: ${code}`,
    cannotWriteHint: 'check the path, that the folder is writable and that the disk has space',
    amountOrQuantity: 'give either --amount or --quantity with --price, not both',
    amountOrQuantityHint: 'amount = quantity × price when the file has no amount column',
    historyOrSummary: 'give --history or --summary, not both.',
    historyOrSummaryHint: '--summary is a per-customer summary of the same kind of history',
    reportNowhere: 'report needs somewhere to write: give --html FILE, --xlsx FILE, or both.',
    reportNowhereHint: 'e.g. loyalty-sim report draft.yaml --html report.html --xlsx report.xlsx',
    sameFile: (file: string) => `--html and --xlsx name the same file (${file}).`,
    sameFileHint: 'give them different names, e.g. report.html and report.xlsx',
    interactiveNeedsHtml: '--interactive adds a panel to the HTML report: give --html FILE too.',
    interactiveNeedsHtmlHint: 'e.g. loyalty-sim report draft.yaml --html report.html --interactive',
    interactiveOneDraft: '--interactive works with one draft: its levers move that draft.',
    interactiveOneDraftHint: 'make one report per draft with --interactive, or compare without it',
    precisionOneDraft: '--precision works with one draft only: compared drafts need the same number of runs to pair them.',
    precisionOneDraftHint: 'drop --precision, or set --runs',
    customersDiffer: (file: string) => `${file}: its customers block differs; every draft runs on the customers of the first draft that has one.`,
    notYaml: (file: string, parser: string) => `${file} is not valid YAML: ${parser}`,
    validateHint: (file: string) => `check it with: loyalty-sim validate ${file}`,
    chosenInvalid: (list: string) => `the draft with the chosen values would not be valid:\n${list}`,
  },

  /** optimize's --constraint, as people write it (decide/constraint.ts). */
  constraint: {
    format: 'e.g. P(roi>0)>=0.9, p5(npv)>=0, programCost<=50e6, mean(roi)>=20%',
    atColumn: (message: string, column: number) => `${message} at column ${column}`,
    notComparison: (text: string) => `"${text}" is not a comparison a constraint can hold to`,
    notComparisonHint: 'use >=, <=, > or <',
    unexpected: (c: string) => `unexpected "${c}"`,
    missing: (what: string) => `${what} is missing`,
    expected: (what: string, got: string) => `expected ${what}, got "${got}"`,
    metricName: 'a metric name',
    number: 'a number',
    comparisonInP: 'a comparison (> or <) inside P( )',
    comparison: 'a comparison (>=, <=, > or <)',
    unknownMetric: (name: string) => `unknown metric "${name}"`,
    metrics: (guess: string | null, list: string) => (guess === null ? `metrics: ${list}` : `did you mean ${guess}? (metrics: ${list})`),
    empty: 'the constraint is empty',
    percentile: (text: string) => `percentile ${text} is outside p1 … p99`,
    unknownStatistic: (text: string) => `unknown statistic "${text}"`,
    statisticHint: 'use P(metric>x), pN(metric) (e.g. p5) or mean(metric); e.g. P(roi>0)>=0.9, p5(npv)>=0, programCost<=50e6, mean(roi)>=20%',
    afterEnd: (text: string) => `unexpected "${text}" after the end of the constraint`,
    probability: (bound: string) => `a probability bound must be between 0 and 1 (or 0% and 100%), got ${bound}`,
  },

  /** A path into a draft that leads nowhere (draft/paths.ts), as sweep, tornado, breakeven and --set report it. */
  paths: {
    reason: (p: PathProblem): string => {
      switch (p.kind) {
        case 'badSegment':
          return `"${p.part}" is not a valid path segment`;
        case 'empty':
          return 'empty path';
        case 'notAField':
          return 'does not lead to a field';
        case 'indexOut':
          return `index ${p.index} is out of range (0..${p.last})`;
        case 'noField':
          return `no field "${p.part}"`;
        case 'insideNumber':
          return `"${p.part}" is inside a number, not an object`;
        case 'noEntry':
          return `no entry named "${p.part}"`;
        case 'noSuchField':
          return 'no such field';
      }
    },
  },


  /** Usage mistakes of sweep, breakeven, tornado, compare, --set and roi's inputs (decide/*). Numbers are as the user typed them. */
  decideErrors: {
    // sweep's --vary PATH=FROM:TO:STEP (decide/sweep.ts)
    varyFormat: 'write it as PATH=FROM:TO:STEP, e.g. mechanics.discount.rate=0.01:0.10:0.01',
    /** The three numbers' names, as the format above writes them. */
    bounds: { from: 'FROM', to: 'TO', step: 'STEP' },
    needsFromToStep: (spec: string) => `--vary "${spec}" needs FROM:TO:STEP after the =.`,
    stepNoLead: (path: string, step: number, from: number, to: number) => `--vary ${path}: STEP ${step} does not lead from ${from} to ${to}.`,
    stepNoLeadHint: 'use a STEP above 0 with FROM ≤ TO (or below 0 with FROM ≥ TO)',
    tooManyPoints: (path: string, n: number, max: number) => `--vary ${path}: ${n} points, more than ${max}; each one is a full simulation.`,
    largerStep: 'use a larger STEP',
    oneOrTwo: 'sweep takes one or two --vary options.',
    twiceHint: 'vary two different fields',
    wholeFromStep: (path: string) => `${path} takes whole numbers; FROM and STEP must be whole.`,
    gridTooBig: (total: number, max: number) => `the grid has ${total} points, more than ${max}; each one is a full simulation.`,
    largerSteps: 'use larger STEPs',
    // a field to vary (decide/variant.ts)
    customersShared: (path: string) => `${path}: the customers are shared by every variant (that is what keeps the comparison fair), so they cannot be varied here.`,
    customersSharedHint: 'simulate copies of the draft with different customers.synthetic blocks instead',
    numericFields: (list: string) => `numeric fields of this draft: ${list}`,
    /** `choices` is null when the path's parent has no fields to list. */
    noNumericField: (path: string, reason: string, choices: string | null) => `no numeric field at ${path}: ${reason}${choices === null ? '' : ` (there: ${choices})`}.`,
    didYouMeanThese: (guess: string, fields: string) => `did you mean ${guess}? (${fields})`,
    didYouMean: (guess: string) => `did you mean ${guess}?`,
    /** `holds`: 'list', or a JavaScript type name (string, boolean, object). */
    notNumeric: (path: string, holds: string) => `${path} is not a numeric field (it holds ${holds === 'list' ? 'a list' : holds}).`,
    notFinite: (path: string, value: number) => `${path} = ${value} is not a finite number.`,
    wholeGot: (path: string, value: number) => `${path} takes whole numbers, got ${value}.`,
    wholeHint: 'use whole-number FROM, TO and STEP',
    variantInvalid: (path: string, value: number, why: string) => `setting ${path} to ${value} makes the draft invalid: ${why}.`,
    keepInRange: (path: string, distribution: boolean) =>
      `keep ${path} within its valid range${distribution ? ' (a distribution moves as a whole, so its min must stay in range too)' : ''}`,
    // --set PATH=VALUE (decide/overrides.ts)
    setFormat: (text: string) => `--set "${text}" is not PATH=VALUE`,
    setFormatHint: 'e.g. --set costs.launch=500000 or --set "effects.frequency_uplift={ triangular: { min: 0.05, mode: 0.1, max: 0.2 } }"',
    setNotValue: (path: string, raw: string) => `--set ${path}: "${raw}" is neither a number nor a distribution`,
    setNotValueHint: 'write a number (0.05) or a distribution in YAML flow syntax: { uniform: { min: 0.02, max: 0.06 } }',
    setNoField: (path: string, reason: string, choices: string | null) => `--set: no field at ${path}: ${reason}${choices === null ? '' : ` (there: ${choices})`}`,
    setNotNumeric: (path: string) => `--set: ${path} is not a numeric field`,
    setInvalid: (sets: string, why: string) => `--set ${sets} makes the draft invalid: ${why}`,
    setInvalidHint: 'keep each field within its valid range (loyalty-sim validate explains the ranges)',
    /** The note on stderr that says what --set changed (cli/simulation-options.ts). */
    setApplied: (file: string, sets: string) => `note: ${file}: ${sets} (--set; the file is unchanged)`,
    // breakeven, tornado, compare
    wholeNoBreakeven: (path: string) => `${path} takes whole numbers, so there is no exact break-even value to solve for.`,
    wholeNoBreakevenHint: (path: string) => `try: loyalty-sim sweep DRAFT --vary ${path}=FROM:TO:1`,
    noUncertain: 'this draft has no uncertain inputs: every numeric field is a fixed number, so there is nothing to rank.',
    noUncertainHint: 'write the inputs you are unsure of as distributions, e.g. frequency_uplift: { triangular: { min: 0.02, mode: 0.08, max: 0.15 } }',
    /** One draft's horizon in the list of differing ones. */
    horizonOf: (months: number) => `${months} ${s(months, 'month', 'months')}`,
    currencies: (list: string) => `the drafts are in different currencies: ${list}.`,
    currenciesHint: 'convert them to one currency before comparing',
    horizons: (list: string) => `the drafts have different horizons: ${list}; profits over different periods do not compare.`,
    horizonsHint: 'set the same horizon_months in each, or pass --horizon MONTHS to run all of them over the same months',
    compareNone: 'compare needs at least one draft.',
    // roi's inputs (decide/quick-roi.ts)
    roiInput: {
      revenuePerClient: 'Revenue per client',
      uplift: 'Uplift',
      years: 'Years',
      churn: 'Churn',
      churnReduction: 'Churn reduction',
      cost: 'Cost',
      clients: 'Clients',
    } as Record<'revenuePerClient' | 'uplift' | 'years' | 'churn' | 'churnReduction' | 'cost' | 'clients', string>,
    roiNotNumber: (name: string, value: number) => `${name} must be a number, got ${value}.`,
    roiNotNumberHint: (flag: string) => `pass ${flag} as a plain number`,
    roiRevenueNegative: (z: number) => `Revenue per client must not be negative, got ${z}.`,
    roiRevenueHint: 'pass yearly revenue per client, e.g. --revenue-per-client 1200',
    roiUpliftLow: (y: number) => `Uplift ${y} would take revenue below zero.`,
    roiUpliftHint: 'write the uplift as a share: 10% or 0.1 (a fall of revenue is negative, at least -100%)',
    roiYears: (n: number) => `Years must be more than 0, got ${n}.`,
    roiYearsHint: 'pass the program length in years, e.g. --years 3',
    roiChurn: (w: number) => `Churn must be between 0 and 1 (0% to 100%), got ${w}.`,
    roiChurnHint: 'write annual churn as a share: 20% or 0.2',
    roiReductionAbove: (x: number, w: number) => `Churn reduction ${x} is larger than churn ${w}: churn with the program would be negative.`,
    roiReductionAboveHint: 'the reduction is in percentage points: 20% churn cut to 15% is --churn-reduction 5% (0.05)',
    roiReductionRaises: (x: number) => `Churn reduction ${x} would take churn above 100%.`,
    roiReductionRaisesHint: 'a program that raises churn has a negative reduction, at most churn − 100%',
    roiCost: (v: number) => `Cost must be more than 0, got ${v}.`,
    roiCostHint: 'pass the program cost as a plain number, e.g. --cost 10000; ROI is undefined when nothing is spent',
    roiClients: (c: number) => `Clients must be more than 0, got ${c}.`,
    roiClientsHint: 'leave --clients out when the revenue is already the whole base',
    // optimize's search (decide/optimize.ts)
    allStartsBreak: 'every start point of the search breaks the draft rules, so there is nothing to compare.',
    allStartsBreakHint: 'check that the ranges can hold together (e.g. tier levels keep their order: each min_spend above the one before)',
  },

  /** Design lint (draft/lint.ts). */
  lint: {
    tooManyRules: (rules: number, mechanics: number, levels: number, brackets: number) =>
      `the program has ${rules} rules (${mechanics} mechanics, ${levels} tier levels, ${brackets} rebate brackets): too many to explain in one sentence`,
    tooManyRulesHint: (max: number) => `keep it to ${max} or fewer: drop a mechanic, or merge tier levels or rebate brackets`,
    shortExpiry: (months: number) => `points expire after ${months} months: members feel cheated and the program earns distrust rather than loyalty`,
    shortExpiryHint: (min: number) => `give points at least ${min} months (12 or more is usual in B2B)`,
    cashToEmployees: 'rewards are paid as cash to client employees: in B2B this reads as a kickback (a bribery risk for both companies)',
    giftToEmployees: (form: string) => `rewards (${form}) go to client employees personally: a gift to the buyer rather than the company is a bribery risk`,
    employeesHint: 'pay rewards to the client company (recipient: company), as a discount, goods or service on its account',
    discretionary:
      'tier membership is chosen by managers rather than earned by objective spend: an antitrust risk (benefits must be open to every client who meets published criteria)',
    discretionaryHint: 'qualify levels by trailing 12-month spend (qualification: spend) and publish the thresholds',
    topLevelLoses: (name: string, total: string, parts: string | null, margin: string) =>
      `the top level (${name}) gets ${total} off list price${parts === null ? '' : ` (${parts})`}, at or above the ${margin} gross margin: every sale to it loses money`,
    topLevelParts: (base: string, level: string) => `${base} discount + ${level} level discount`,
    topLevelHint: 'keep the total discount well below the gross margin, or give the top level service benefits instead of price',
    discountLoses: (rate: string, margin: string) => `a ${rate} discount is at or above the ${margin} gross margin: every member sale loses money`,
    discountHint: 'keep the discount well below the gross margin',
    noRunningCosts:
      'no running costs are budgeted (costs.monthly and costs.per_member_monthly are 0): platform, staff and member communications are never free',
    noRunningCostsHint: 'budget costs.monthly (platform, staff) and costs.per_member_monthly (communications)',
    revenueBasis: 'roi_basis revenue counts incremental revenue as the gain, overstating ROI by about 1 / gross margin',
    revenueBasisHint: 'use roi_basis: margin (the default): only the gross profit on extra sales pays for the program',
    loading: (pullForward: string) =>
      `pull_forward ${pullForward}: the bonus mostly moves orders in time (clients load orders before the bonus date and buy less after it), so the rebate it wins is nearly pure cost`,
    loadingHint:
      'check the loading in past order data around period ends; reward growth over last year (a target) rather than a fixed volume bracket, or smooth it with a yearly period',
    /** `months` is null when the median member earns nothing. */
    thresholdOutOfReach: (perMonth: string, months: string | null, threshold: string, expiry: number) =>
      `the median member earns ${perMonth} points a month and needs ${months === null ? 'forever' : `${months} months`} to reach the ${threshold}-point threshold, but points expire after ${expiry}: most points will expire before anyone can use them`,
    thresholdOutOfReachHint: (most: string, expiry: number) =>
      `lower the threshold to at most ${most} points, raise earn_per_currency, or let points live longer than ${expiry} months`,
    feeWithoutBenefits:
      'members pay a fee but the draft costs no benefits (no tier level has benefit_cost_per_month or benefit_cost_per_order): what do members pay for?',
    feeWithoutBenefitsHint:
      'cost what the club gives (research, training, a knowledge base, a manager) as benefit costs on a tiers level; a one-level tiers mechanic with min_spend 0 does for a flat club',
    // ── issue 27 (§14) ──
    earlyPointsCostMore: (cost: string, benefit: string, days: number) =>
      `the points for paying early cost ${cost} of the net revenue paid early, but ${days} days earlier save only ${benefit} of it in capital: every early payment loses money`,
    earlyPointsCostMoreHint: (most: string) => `lower early_payment.points_per_currency to at most ${most}, or ask for more days early`,
    actionCostsMore: (name: string, cost: string, value: string) => `the points for "${name}" cost ${cost} per action, more than the ${value} the action is worth to the company`,
    actionCostsMoreHint: 'give fewer points for the action, or check its value (a saved call, an online order instead of a manager\'s time)',
    // ── end of issue 27's block ──
  },

  /** What reading a sales history skipped or assumed, on stderr (cli/history-flags.ts). */
  history: {
    reasons: { missingCustomer: 'no customer', badDate: 'bad date', badAmount: 'bad amount', raggedRow: 'ragged row' } as Record<'missingCustomer' | 'badDate' | 'badAmount' | 'raggedRow', string>,
    skipped: (n: number, reason: string, examples: string) => `skipped ${n} ${s(n, 'row', 'rows')} (${reason})${examples}`,
    skippedExamples: (where: string, message: string) => `, e.g. ${where}: ${message}`,
    returnsOnly: (n: number) => `${n} customers have only returns and are left out`,
    headerLine: (line: number) => `the header is line ${line}; the ${line - 1 === 1 ? 'line' : `${line - 1} lines`} above it ${line - 1 === 1 ? 'is' : 'are'} left out (--skip-rows N to choose)`,
    dateOrder: (format: string) => `dates could be day-first or month-first; read as ${format} (pass --date-format to choose)`,
    // Issue 28 part 4: the DuckDB reader (history/duckdb.ts) and when the JS reader reads instead
    engineFallback: (reason: 'encoding' | 'header' | 'decimalComma' | 'unreadableRows' | 'strict' | 'noPurchases' | 'rejected', detail?: string) =>
      `read by the JS reader, not DuckDB: ${
        {
          encoding: 'the file is not UTF-8 (DuckDB reads UTF-8 only)',
          header: 'the header is not the first line (title lines above it, or --skip-rows)',
          decimalComma: 'the amounts have decimal commas',
          unreadableRows: 'some rows are unreadable, and the JS reader names their lines',
          strict: '--strict stops at the first bad row with its line',
          noPurchases: 'DuckDB found no purchase to read',
          rejected: `DuckDB could not parse the file${detail ? ` (${detail})` : ''}`,
        }[reason]
      }`,
    parquetNeedsDuckDb: (file: string) => `${file} is a Parquet file, and only the DuckDB reader reads Parquet`,
    parquetNeedsDuckDbHint: 'leave out --engine js (or pass --engine duckdb), or export the table as CSV',
    parquetUnreadable: (file: string, why: string) => `DuckDB could not read the Parquet file ${file}: ${why}`,
    // why a row is skipped (history/read.ts); with --strict, why reading stops
    rowWidth: (fields: number, width: number) => `row has ${fields} fields, the header has ${width}`,
    rowWidthHint: 'check the delimiter and quoting of this row',
    noCustomerIn: (column: string) => `no customer in column "${column}"`,
    noCustomerHint: 'fill in the customer or drop the row',
    badDateIn: (raw: string, column: string, format: string) => `bad date "${raw}" in column "${column}" (read as ${format})`,
    badDateHint: 'fix the date or pass --date-format',
    /** `after` is null for a date before 1990; else today's date, which the date is more than a year after. */
    implausibleDate: (raw: string, column: string, after: string | null) =>
      `date "${raw}" in column "${column}" is ${after === null ? 'before 1990-01-01' : `more than a year after today (${after})`}`,
    implausibleDateHint: 'fix the date (1C writes an empty date as 01.01.0001)',
    badAmountIn: (raw: string, column: string, decimal: string) => `bad amount "${raw}" in column "${column}" (decimal separator "${decimal}")`,
    badNumberIn: (raw: string, column: string, decimal: string) => `bad number "${raw}" in column "${column}" (decimal separator "${decimal}")`,
    badNumberHint: 'fix the number or pass --decimal',
    tooLarge: (amount: string, column: string) => `amount ${amount} in column "${column}" is beyond ±1e12`,
    tooLargeHint: 'fix the number; no single sale is that large',
    strictHint: (hint: string) => `${hint}; without --strict such rows are skipped and counted`,
    // the whole file refused
    unreadable: (n: number, rows: number, share: string, max: string, table: string) => `${n} of ${rows} rows (${share}) cannot be read, more than the ${max} allowed:\n${table}`,
    /** One reason's line of that table: its label (padded), the count, where it first happened and why. */
    unreadableRow: (label: string, count: string, where: string, message: string | null) => `  ${label} ${count}  first at line ${where}${message === null ? '' : `: ${message}`}`,
    unreadableHint: (allow: number) => `fix the rows (a second date format? pass --date-format), or leave them out with --max-skipped ${allow}`,
    noUsable: (file: string, rows: number, skipped: string | null) => `${file}: no usable purchases (${rows} ${s(rows, 'row', 'rows')}${skipped === null ? '' : `; skipped: ${skipped}`})`,
    skippedCount: (n: number, reason: string) => `${n} ${reason}`,
    firstBadRow: (where: string, message: string) => `first bad row: ${where}: ${message}`,
    needsPurchases: 'the history needs one row per purchase',
    notColumn: (flag: string, name: string, file: string, columns: string) => `${flag} "${name}" is not a column of ${file}; the columns are ${columns}`,
    /** `missing`: the roles no column was found for. */
    noColumns: (missing: ('customer' | 'date' | 'amount')[], columns: string) =>
      `no ${missing.map((m) => (m === 'amount' ? 'amount (or quantity and price)' : m)).join(', no ')} column found; the columns are ${columns}`,
    columnsHint: 'name the columns with --customer COL --date COL --amount COL (or --quantity COL --price COL, and --order COL to group invoice lines)',
    notAFile: (file: string) => `${file} is not a file`,
    notAFileHint: 'give the path of the sales history CSV, not a folder',
    noSuchFile: 'no such history file',
    noSuchFileHint: 'check the path of the sales history CSV',
    cannotRead: (file: string, why: string) => `cannot read ${file}: ${why}`,
    permissionDenied: 'permission denied',
    isFolder: 'it is a folder',
    /** Issue 29: why a file cannot be read, instead of the system's ENOENT. */
    noSuchPath: 'no such file',
    readableHint: 'check the file is readable by you',
    pathHint: 'check the path of the history CSV',
    streamHint: 'check the path and that the file is readable by you (ls -l)',
    unclosedQuote: (line: number) => `unclosed quote: a field opened with " at line ${line} is never closed`,
    unclosedQuoteHint: 'close the quote, or double the quote character inside a quoted field ("")',
    cannotParse: (line: number, why: string) => `cannot parse the CSV near line ${line}: ${why}`,
    cannotParseHint: 'check the delimiter (--delimiter) and the quoting',
    empty: (file: string) => `${file} is empty`,
    emptyHint: 'the history needs a header row and one row per transaction',
    // issues 28 and 29: the reader's refusals and warnings (history/columns.ts, history/read.ts, history/xlsx.ts)
    twoAmounts: (a: string, ca: number, b: string, cb: number) => `two amount columns, "${a}" (column ${ca}) and "${b}" (column ${cb}): the reader does not pick one`,
    twoAmountsHint: (a: string, b: string) =>
      a === b ? `rename one of the two "${a}" columns, then pass --amount with the one the customer paid` : `pass --amount "${a}" or --amount "${b}": the amount the customer paid (with VAT, if the receipts show it)`,
    allZero: 'every amount in the history is 0: revenue, the average check and the spend model will be 0 (is the amount column the right one? --amount COL)',
    notWorkbook: (file: string, why: string) => `${file} is not a workbook that can be read (${why})`,
    notWorkbookHint: 'save it from Excel as .xlsx (Excel Workbook), or export the sheet as CSV',
    noSheet: (sheet: string, file: string, sheets: string) => `${file} has no sheet "${sheet}"; its sheets are ${sheets}`,
    noSheetHint: 'name one of the sheets with --sheet NAME',
    netNegative: (revenue: number) => `the history's net revenue is negative (${revenue.toFixed(2)}): returns exceed sales (an export of returns only, or amounts with the wrong sign?)`,
  },

  /** A per-customer summary file refused (history/summary-file.ts); the column names are the file's. */
  summaryFile: {
    cannotRead: (why: string) => `cannot read the summary: ${why}`,
    cannotReadHint: 'write a plain CSV with a header row',
    empty: 'the summary file is empty',
    emptyHint: (header: string) => `the header is ${header}`,
    noColumns: (missing: string) => `the summary has no ${missing} column`,
    noColumnsHint: (required: string, optional: string, found: string) => `the header must name ${required} (optional: ${optional}); found ${found}`,
    width: (fields: number, width: number) => `${fields} fields where the header has ${width}`,
    widthHint: 'every row needs a value for every column',
    notNumber: (column: string, raw: string) => `${column} "${raw}" is not a number`,
    notNumberHint: 'write plain numbers with a dot as the decimal separator',
    negative: (column: string, v: number) => `${column} ${v} is negative`,
    negativeHint: (column: string) => `${column} counts or measures time or money spent; it cannot be below 0`,
    noId: 'no customer id',
    noIdHint: 'every row is one customer',
    twice: (id: string) => `customer ${id} appears twice`,
    twiceHint: 'a summary has one row per customer: group by customer',
    notWhole: (x: number) => `frequency ${x} is not a whole number`,
    notWholeHint: 'frequency counts repeat purchase days',
    recencyZero: (x: number) => `frequency ${x} with recency 0`,
    recencyZeroHint: 'recency is the time from the first purchase to the last repeat one, so repeat purchases make it positive',
    recencyWithout: (tx: number) => `recency ${tx} with frequency 0`,
    recencyWithoutHint: 'with no repeat purchases the recency is 0',
    recencyAfterT: (tx: number, T: number) => `recency ${tx} is after T ${T}`,
    recencyAfterTHint: 'T is the time from the first purchase to the end of the data, so recency ≤ T',
    notDate: (raw: string) => `first_purchase "${raw}" is not a date`,
    notDateHint: 'write YYYY-MM-DD',
    noSuchFile: 'no such summary file',
    noSuchFileHint: 'check the path of the customer summary CSV',
    // issue 28: the BTYD libraries' summaries (history/summary-file.ts) and profile --summary-out
    readAs: (file: string, convention: 'lifetimes' | 'btyd', unit: 'day' | 'week' | 'month', flag: string) =>
      `${file}: read as a ${convention === 'lifetimes' ? 'lifetimes / PyMC-Marketing summary (customer_id, frequency, recency, T, monetary_value)' : 'BTYD / CLVTools summary (cust, x, t.x, T.cal, m.x)'}; recency and T taken in ${unit}s (${flag} day|week|month to change; lifetimes writes days by default)`,
    wroteSummary: (file: string, n: number) =>
      `wrote ${file}: the lifetimes summary of ${n} customers, recency and T in days (lifetimes' default; in Python: BetaGeoFitter().fit(df.frequency, df.recency, df.T))`,
  },

  /** `fit`'s parameters, churn, Gamma-Gamma, P(alive) and holdout tables (report/fit-text.ts), and its warnings (fit/fit-history.ts, English in --json). */
  fit: {
    /** `n` raw: English prints the count as it is. */
    header: (n: number, _count: string, calibrationEnd: string, unit: 'week' | 'month') => `${n} ${s(n, 'customer', 'customers')}, calibration up to ${calibrationEnd}, time unit: ${unit}`,
    /** A summary file without first_purchase dates has no calibration end date (its --json keeps these English words). */
    summaryEnd: 'the end of the summary',
    needInput: 'give a sales history or --summary FILE (one of them)',
    needInputHint: 'e.g. `loyalty-sim fit sales.csv` or `loyalty-sim fit --summary customers.csv --unit week`',
    summaryNoDates: 'a summary has no dates to split: --calibration-end and --holdout-from work with transactions only',
    summaryNoDatesHint: 'summarise the calibration period only, or fit the transactions',
    endOrHoldout: 'give --calibration-end or --holdout-from, not both',
    endOrHoldoutHint: '--holdout-from D is the same as --calibration-end on the day before D',
    modelTitle: { 'bg-nbd': 'BG/NBD (Fader, Hardie & Lee 2005)', 'pareto-nbd': 'Pareto/NBD (Schmittlein, Morrison & Colombo 1987)' },
    priorWeak: ', penalised by a weak prior (dropout not identified)',
    priorChurn: ', with the --annual-churn prior',
    choice: (reason: string) => `model: ${reason}`,
    /** --model auto's reason with a holdout; `errors` are "model error x %" parts. */
    choiceHoldout: (best: string, errors: { model: string; error: string }[]) =>
      `${best} predicts the holdout better: ${errors.map((e) => `${e.model} error ${e.error} %`).join(', ')} (Σ|predicted − actual| over the frequency buckets / actual)`,
    // Issue 23: a near tie of --model auto's holdout errors is said as a tie, and the default model kept.
    choiceTie: (kept: string, errors: { model: string; error: string }[]) =>
      `holdout errors ${errors.map((e) => `${e.model} ${e.error} %`).join(' vs ')}: no meaningful difference; ${kept} kept`,
    choiceLikelihood: (lls: { model: string; ll: string }[]) =>
      `no holdout, so by likelihood (both have 4 parameters): ${lls.map((e) => `${e.model} ${e.ll}`).join(', ')}; give --calibration-end to choose by prediction`,
    /** The parameters' rows by key; `unit` is the time unit of the scales. */
    param: {
      r: () => 'r (purchase-rate shape)',
      alpha: (unit: 'week' | 'month') => `α (purchase-rate scale, ${unit}s)`,
      a: () => 'a (dropout shape)',
      b: () => 'b (dropout shape)',
      s: () => 's (lifetime-rate shape)',
      beta: (unit: 'week' | 'month') => `β (lifetime-rate scale, ${unit}s)`,
      p: () => 'p (order-value shape)',
      q: () => 'q (shape across customers)',
      gamma: () => 'γ (scale across customers)',
    },
    logLikelihood: (ll: string, diagnostics: string) => `log-likelihood ${ll}; ${diagnostics}`,
    converged: (iterations: number, gradient: string) => `converged after ${iterations} iterations, gradient norm ${gradient}`,
    notConverged: (message: string) => `NOT converged: ${message}`,
    churn: (churn: string, sd: string) => `annual churn of active customers ${churn} ± ${sd}`,
    churnFromData: '(from the data)',
    churnWeak: '(NOT identified: this number comes from the weak prior, not the data; state yours with --annual-churn, e.g. 0.15±0.05)',
    churnHeld: (data: string) => `(stated with --annual-churn and held: every run draws it from this range${data})`,
    churnDataSay: (churn: string, sd: string) => `; the data alone say ${churn} ± ${sd}`,
    churnDataCannot: '; the data alone cannot say',
    /** --annual-churn far from what an identifying history says (Identification.priorConflict ≥ 2); the stated churn is held all the same. */
    priorConflict: (prior: string, data: string, z: string) =>
      `the churn you stated (${prior}) and this history's own (${data}) disagree by ${z} standard deviations: the stated churn is what is simulated (keep it if you know the export misses churn: lost accounts left out, a recent change); drop --annual-churn to let the history decide`,
    gammaGamma: (n: number, _count: string) => `Gamma-Gamma (Fader & Hardie 2013), ${n} ${s(n, 'customer', 'customers')} with repeat purchases`,
    correlation: (r: string, material: boolean) =>
      `frequency / order-value correlation ${r}${material ? ' (material: Gamma-Gamma assumes independence, order values may be biased)' : ' (small: the Gamma-Gamma independence assumption holds)'}`,
    pAliveTitle: "P(alive) of the customers (the model's view of who is still buying)",
    pAliveHead: ['P(alive)', 'Customers', ''],
    holdoutTitle: (from: string, to: string, length: string, unit: 'week' | 'month') => `Holdout check: repeat purchases ${from} .. ${to} (${length} ${unit}s)`,
    holdoutHead: ['Purchases in calibration', 'Customers', 'Predicted', 'Actual', 'Predicted per customer', 'Actual per customer'],
    total: 'total',
    // warnings (--json keeps the English ones)
    correlated: (r: string, limit: string) =>
      `frequency and mean order value are correlated (r = ${r} > ${limit}): the Gamma-Gamma model assumes they are independent, so order values may be biased`,
    shortHistory: (days: string) => `the history covers ${days} days, less than a year: seasonality is not in the fit`,
    notIdentifiedChurn: (model: string, dropout: string, share: string) =>
      `${model} dropout (${dropout}) is not identified by this history on its own: the annual churn comes from --annual-churn (the prior decided ${share} % of it)`,
    notIdentifiedWeak: (model: string, dropout: string) =>
      `${model} dropout (${dropout}) is not identified by this history (standard errors not below the estimates): the fit is penalised by a weak prior, and \`simulate --history\` will not run on it until you state the churn you know, e.g. --annual-churn 0.15±0.05 (share of active customers lost per year)`,
    vague: (model: string, keys: string, n: number) => `${model} ${keys} ${s(n, 'is', 'are')} poorly identified (standard error not below the estimate)`,
    paretoCap: (cap: string) =>
      `Pareto/NBD s is at its cap ${cap} (the history shows no spread in dropout rates between customers, so every customer gets the same one; the likelihood is flat beyond the cap and s is not drawn per run)`,
    fitFailed: (model: string, message: string) => `${model} fit: ${message}`,
    infiniteMean: (q: string) => `Gamma-Gamma q = ${q} ≤ 1: the mean order value is infinite under the fit`,
    /** Why the optimiser stopped short (fit/optimize.ts); `gradient` is the gradient norm as 1.23e-4. */
    stopped: {
      hessian: () => 'Hessian could not be made positive definite',
      noStep: (gradient: string) => `stopped: no Newton step lowers the objective (gradient norm ${gradient})`,
      iterations: (n: number, gradient: string) => `not converged after ${n} iterations (gradient norm ${gradient})`,
      runaway: () => 'stopped early: a shape parameter ran off towards infinity (the data show no spread between customers for it to measure)',
    },
    // the fit refused (fit/fit-history.ts)
    churnUnreachable: (model: string, churn: number) => `no ${model} parameters near the fit give today's active customers an annual churn of ${churn}`,
    churnTooHigh: (why: string) => `${why}: the customers still buying in this history buy so often that the model cannot lose that many of them`,
    churnTooHighHint: 'state a lower --annual-churn, or try --model pareto-nbd / bg-nbd (the other one)',
    noCohort: (end: string) => `no customer's first purchase is on or before the calibration end ${end}`,
    dataRun: (first: string, last: string) => `the data run from ${first} to ${last}`,
    /** `end` is the calibration end when it comes before the history's last day, else null. */
    noRepeaters: (file: string, end: string | null, customers: number, first: string, last: string) =>
      `no customer in ${file} buys again on a later day${end === null ? '' : ` by the calibration end ${end}`} (${customers} customers, ${first} to ${last}): the model learns frequency and order value from repeat purchases`,
    noRepeatersHint: 'give a longer history (months, not a day), and check that --customer names a customer id, not an order or receipt number',
    noRepeatersSummary: (customers: number) => `no customer buys again on a later day (${customers} customers): the model learns frequency and order value from repeat purchases`,
    noRepeatersSummaryHint: 'give a longer history, or check that the customer column names a customer id, not an order number',
  },

  /** The fit's diagnostics: fit's terminal tracking rows, `fit --html`, the report's calibration section (report/fit-diagnostics-*.ts, fit-html.ts). */
  fitDiag: {
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
  },

  // Issue 23: payback read one way in every output (docs/model.md §5): the median month over all runs and
  // the share of runs that pay back within the horizon; the mean over the paying runs is never shown as "mean".
  payback: {
    /** "median payback month 25; 51% of runs pay back within 36 months" (month null: the median run never does). */
    headline: (month: string | null, share: string, horizon: number) =>
      `${month === null ? 'median payback: never' : `median payback month ${month}`}; ${share} of runs pay back within ${horizon} ${s(horizon, 'month', 'months')}`,
    mark: (month: number) => `median payback month ${month}`,
    shareRow: (horizon: number) => `Pays back within ${horizon} ${s(horizon, 'month', 'months')} (share of runs)`,
    conditionalMean: 'Payback month: mean over the runs that pay back only (conditional)',
  },
  // --- issue 22: the pilot's effects on the model's scale (pilot/ramp-fit.ts, pilot/model-draft.ts, report/pilot-text.ts) ---
  pilotModel: {
    title: (level: string, t: string, c: string) =>
      `Effects on the model's scale (what --write-effects writes; docs/model.md §4 and §9): maximum likelihood over ${t} treatment and ${c} control customers, each with their own purchase rate and dropout from the history before the pilot; ${level} intervals`,
    head: (level: string) => ['Effect', 'Full size', 'sd', `${level} interval`, 'P(> 0)'],
    name: { frequency: 'Order frequency (λ × (1 + f))', check: 'Average check (× (1 + c))', churn: 'Dropout hazard (× (1 − d))' } as Record<'frequency' | 'check' | 'churn', string>,
    sure: (label: string, v: string, level: string, lo: string, hi: string, prob: string, sureWord: string) => `${label}: ${v}, ${level} between ${lo} and ${hi}; ${sureWord} (P(> 0) = ${prob}).`,
    sureWords: { positive: 'the pilot shows an effect', negative: 'the pilot shows an effect in the wrong direction', unclear: 'the pilot cannot tell it from no effect' } as Record<'positive' | 'negative' | 'unclear', string>,
    monthlyTitle: (level: string) => `Month by month (a free effect per pilot month, ${level} intervals; • the fitted ramp):`,
    monthlyHead: ['Month', 'Frequency', 'interval', '', 'Check'],
    rampZero: 'Ramp: the months fit best with full-size effects from the first month (ramp_months 0).',
    rampFitted: (r: string) => `Ramp: the months fit best with effects that build over ${r} months (ramp_months ${r}).`,
    draftSupported: (r: string, lr: string) => `The draft's ramp_months ${r} is consistent with the pilot (likelihood ratio ${lr} against the best ramp, below 3.84).`,
    draftNotSupported: (r: string, best: string, lr: string) =>
      `The pilot does not support the draft's ramp_months ${r}: ramp_months ${best} fits the months better (likelihood ratio ${lr}, above 3.84 = 5 % for χ² with 1 degree of freedom).`,
    extrapolated: (share: string) =>
      `The effect was still growing when the pilot ended: ${share} of the weight is on ramps longer than the pilot, so the full size is an extrapolation; that doubt is in the written sd.`,
    written: (field: string, mean: string, sd: string, level: string, lo: string, hi: string) => `${field}: normal(mean ${mean}, sd ${sd}); ${level} of it between ${lo} and ${hi}`,
    writtenRamp: (r: string) => `ramp_months: ${r}, the ramp the months fit best; the full-size effects above go with it (averaged over the ramps the pilot cannot rule out, whose spread is in their sd)`,
    noneInHistory: (n: string, assignment: string, history: string) => `none of the ${n} customers in ${assignment} is in the history ${history}: there is nothing to compare`,
    noneInHistoryHint: 'check that the assignment and the history come from the same system and use the same customer_id (another export, a prefix, lost leading zeros)',
    noPreBuyers: (n: string) => `none of the assigned customers who are in the history bought before the pilot (${n}): the model needs their history before the pilot`,
    noPreBuyersHint: 'check --start: the pilot starts after the history the groups were drawn from',
  },
  // ── issue 25: numbers as typed (src/i18n/number-input.ts) ──
  /** What the number reader could not read, said back; `text` is the input as typed. */
  numberInput: {
    problem: (text: string, p: NumberProblem): string => {
      switch (p.kind) {
        case 'empty':
          return 'the value is empty';
        case 'unreadable':
          return p.part === text.trim() ? `"${text}" is not a number` : `"${text}" is not a number: cannot read "${p.part}"`;
        case 'percent':
          return `"${text}": a percentage is not expected here; write the number itself`;
        case 'currency':
          return `"${text}": a currency mark ("${p.part}") is not expected here; write the number itself`;
        case 'grouping':
          return `"${text}": the digit groups in "${p.part}" are not thousands (write 6 000 000, 6,000,000 or 6000000)`;
      }
    },
    /** The reading rule, for hints. */
    rule: 'a decimal point or comma (0.25, 0,25), thousands grouped by spaces (6 000 000); a share may end in % (25 %), an amount in a currency (6 000 000 ₽); "1,000" is one thousand under --lang en and 1 under --lang ru',
    notWhole: (text: string) => `"${text}" is not a whole number`,
    wizardRange: (min: string, max: string | null) => (max === null ? `enter a number of at least ${min}` : `enter a number from ${min} to ${max}`),
    wizardAbove: (min: string) => `enter a number above ${min}`,
    wizardKept: (text: string, problem: string) => `${problem}; you typed "${text}": type the number again`,
    wizardAgain: (problem: string) => `${problem}: type the number again`,
    /** The wizard's key hint under a list (inquirer's own words are English). */
    keys: { navigate: 'navigate', select: 'select' } as Record<string, string>,
    /** A template's name in the list: the template's own name (a YAML value the user may type with --template), said in words. */
    templateName: (name: string) => name,
    /** A YAML parser message said in this language, by its code; null: English keeps the parser's own words. */
    yamlCode: (_code: string): string | null => null,
    /** optimize's comparison names the draft as it was, where compare shows a file name. */
    draftFile: 'draft',
    churnFormat: (v: string) => `"${v}" is not a churn with its uncertainty (write e.g. 0.15±0.05, 15 %±5 % or 0.15+-0.05).`,
    churnMean: (part: string, why: string | null) => `the churn "${part}" is not a share between 0 and 1${why ? ` (${why})` : ''} (e.g. 0.15 for 15 % a year).`,
    churnSd: (part: string, why: string | null) => `the uncertainty "${part}" is not a positive share below 1${why ? ` (${why})` : ''} (e.g. 0.05).`,
    skipRows: (v: string) => `"${v}" is not a number of lines (0 to 1000).`,
    maxSkipped: (v: string) => `"${v}" is not a share between 0 and 1 (write 5% or 0.05).`,
    dateFormat: (v: string) => `"${v}" is not a date format (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD, excel).`,
    encoding: (v: string) => `"${v}" is not a supported encoding (utf8, windows-1251, utf16le).`,
    date: (v: string) => `"${v}" is not a date (write YYYY-MM-DD or DD.MM.YYYY).`,
    setInDistribution: 'inside a distribution { … } write decimals with a point: the comma separates its fields',
  },
  // ── issue 29 (the first hour, second pass): safe writes, a full stdout, guards against silent wrong answers ──

  /** Writing output files: what --force will not replace (cli/files.ts), and a stdout that cannot be written (cli/main.ts). */
  safeWrite: {
    notRegular: (file: string, kind: 'fifo' | 'device' | 'socket' | 'other') =>
      `cannot write ${file}: it is ${{ fifo: 'a named pipe (FIFO)', device: 'a device file', socket: 'a socket', other: 'not a regular file' }[kind]}; --force replaces only regular files`,
    notRegularHint: 'give the name of a regular file, new or to be replaced',
    danglingLink: (file: string) => `cannot write ${file}: it is a symbolic link to a file that does not exist`,
    readOnly: (file: string, mode: string) => `cannot replace ${file}: it is read-only (mode ${mode})`,
    readOnlyHint: 'make it writable first (chmod u+w) or choose another file name',
    interrupted: (file: string) => `interrupted: ${file} not written (any existing file is unchanged).`,
    stdoutFailed: (code: string) => `cannot write the output: ${code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : code}`,
  },

  /** Fits and commands that would otherwise answer wrongly without a word (fit/fit-history.ts, commands/*.ts). */
  fitGuards: {
    calibrationAfterData: (end: string, last: string) =>
      `the calibration end ${end} is after the data's last day ${last}: the days after it would count as days without purchases and overstate churn`,
    calibrationRangeHint: (first: string, last: string) => `the data run from ${first} to ${last}; give a calibration end within them`,
  },

  /** optimize --write when no design meets the constraints (commands/optimize.ts). */
  optimizeGuards: {
    notWritten: (file: string) => `${file} not written: no design met the constraints (exit 1); loosen a constraint or widen a --vary range`,
  },

  /** A draft file that is not text (draft/load.ts). */
  draftGuards: {
    binary: (file: string) => `${file} is not a YAML draft: it holds binary data (NUL bytes)`,
    tooLarge: (file: string, mb: number) => `${file} is not a YAML draft: it is larger than ${mb} MB (a draft is a few kilobytes)`,
    notDraftHint: 'give the program draft, a UTF-8 or Windows-1251 text file; loyalty-sim init writes one',
  },

  /** breakeven on a cost (decide/breakeven.ts, report/decide-text.ts). */
  breakevenGuards: {
    costOnlyLowers: (path: string, lowest: string) =>
      `No break-even: a cost only lowers profit, and mean net profit is negative already at ${path} = ${lowest}, so no value of it makes the program pay; look at the tornado for inputs that matter more.`,
  },

  // Issue 24 part 4: `sweep`, `tornado` and `breakeven --html`, each result as an offline page (report/decide-html.ts).
  decidePage: {
    meta: (file: string) => `draft ${file}`,
    sweepTitle: (name: string) => `Sweep: ${name}`,
    varied: 'What was varied',
    variedHead: { name: 'input', path: 'path in the draft', from: 'from', to: 'to', step: 'step', draft: 'draft value' },
    curve: 'Along the range',
    roiChart: (field: string) => `Mean ROI with its P5–P95 band over ${field}`,
    netChart: (field: string) => `Mean net incremental profit with its P5–P95 band over ${field}`,
    curveCaption: (_n: number, runs: string, seed: number) =>
      `Each point: ${runs} runs on seed ${seed}, the same customers and random numbers at every point, so the curve's shape is the program's, not noise. The line is the mean; the band runs from P5 to P95 across runs.`,
    pointsTitle: 'Every point',
    netP5: 'net P5',
    netP95: 'net P95',
    grid: 'Over the grid',
    gridCaption: (_n: number, runs: string, seed: number) =>
      `Each cell: mean net incremental profit over ${runs} runs on seed ${seed}, the same customers and random numbers in every cell. Blue cells make a profit, orange cells a loss; the deeper the colour, the larger the amount. * marks a cell beside one of the opposite sign: the break-even frontier runs there.`,
    gridBand: 'P5 / P95 of net incremental profit in each cell',
    gridBandNote: 'Across runs: in 5 % of runs net incremental profit falls below P5, in 5 % above P95.',
    legend: { mean: 'mean', band: 'P5–P95', profit: 'profit', loss: 'loss' },
    tornadoTitle: (name: string) => `Tornado: ${name}`,
    swings: 'What moves net profit most',
    inputHead: { name: 'input', path: 'path in the draft' },
    mattersMost: (name: string, swing: string) => `${name} matters most: between its P10 and P90, mean net incremental profit moves by ${swing}.`,
    breakevenTitle: (name: string) => `Break-even: ${name}`,
    value: 'The break-even value',
    breaksEvenAt: (name: string, v: string, se: string) => `${name} breaks even at ${v} (± ${se}, Monte Carlo standard error).`,
    interval: (lo: string, hi: string) => `95 % interval: ${lo} to ${hi} (the value ± 1.96 standard errors).`,
    bracket: (lo: string, hi: string) => `The search's last bracket, where mean net profit changes sign: ${lo} to ${hi}.`,
    noBreakeven: (name: string, lo: string, hi: string) => `No value of ${name} between ${lo} and ${hi} breaks even.`,
    curveSearched: 'The curve searched',
    searchChart: (field: string) => `Mean net incremental profit at each value of ${field} evaluated, with its 95 % interval`,
    searchCaption: (_n: number, evaluations: string, _r: number, runs: string, seed: number) =>
      `Each point is one of the ${evaluations} evaluations, a full simulation of ${runs} runs on seed ${seed} (the same customers and random numbers at every value). The band: mean ± 1.96 standard errors; the green span: the break-even value's 95 % interval.`,
    bandLabel: '95 % interval',
    breakEvenMark: (v: string) => `break-even ${v}`,
    evalHead: { value: 'value', note: 'note' },
    breakEvenNote: 'break-even',
    draftNote: 'draft',
  },
  // ── issue 22 part 5 / issue 24 part 4: the pilot's page, pilot analyze --html (report/pilot-html.ts) ──
  pilotPage: {
    title: 'Pilot report',
    meta: (history: string, assignment: string) => `history ${history}, groups ${assignment}`,
    interimMeta: (start: string, end: string, asOf: string, alpha: string) => `A look at a running pilot: started ${start}, planned to end ${end}, data up to ${asOf}; significance level ${alpha} over all looks.`,
    decisionTitle: 'Decision',
    verdict: {
      positive: 'The pilot shows an effect: revenue per customer rose in the treatment group beyond what chance explains. Recount the budget with the effects below (what --write-effects writes) before launching.',
      negative: 'The pilot shows revenue per customer fell in the treatment group beyond what chance explains: the program as piloted does not pay.',
      unclear: 'The pilot cannot tell the effect on revenue per customer from no effect at this size and length; the effects below carry that doubt into the forecast when written back.',
    } as Record<'positive' | 'negative' | 'unclear', string>,
    effectsTitle: "Effects on the model's scale",
    monthlyTitle: 'How the effect built up, month by month',
    chartTitle: 'Order frequency effect by pilot month',
    xAxis: 'pilot month',
    monthLegend: "month's effect",
    rampLegend: 'fitted ramp',
    chartCaption: (level: string) => `A free frequency effect per pilot month (the line) with its ${level} interval (the band), and the fitted ramp's effect in each month (dashed): the full-size effect times min(1, month / ramp_months).`,
    monthlyHead: (level: string) => ['Month', 'Frequency', `${level} interval`, 'Fitted ramp', 'Check'],
    noMonths: 'No month-by-month effects: the pilot is shorter than a month.',
    checksTitle: 'Checks: sample ratio and balance',
    writtenTitle: 'Written back',
    writtenTo: (file: string) => `Written into ${file} (old → new):`,
    writtenHead: ['Field', 'Old', 'New'],
    notWritten: 'Nothing was written: run with --write-effects <draft.yaml> to put these effects into a draft.',
    looksChartTitle: 'Interim looks: |z| against the boundary',
    looksAxis: 'look',
    statisticLegend: '|z|',
    boundaryLegend: 'boundary',
    looksCaption: "Each look's |z| of the revenue per customer difference (CUPED) and the O'Brien–Fleming-type boundary it must reach to stop with an effect shown.",
  },
  // ── init --history (issue 27, part 4): a first draft fitted to a client's history ──
  /** The comments of that draft (src/draft/from-history.ts) and the command's messages (cli/commands/init.ts). */
  draftFromHistory: {
    date: (iso: string) => iso,
    header: (h: { file: string; customers: number; first: string; last: string; spenders: number }) => [
      `Drafted by \`loyalty-sim init --history\` from ${h.file}: ${Math.round(h.customers).toLocaleString('en-US')} ${s(h.customers, 'client', 'clients')},`,
      `${h.first} to ${h.last}, ${Math.round(h.spenders).toLocaleString('en-US')} of them buying in the last 12 months. Thresholds`,
      'sit at stated quantiles of their spend, so every level and bracket has',
      'clients; the comment beside each number says where it came from.',
      'Simulate on the same clients, read the same way:',
    ],
    currencyColumn: (column: string, code: string) => [`The file has a currency column "${column}": check that every amount is in ${code}.`],
    synthetic: (file: string) => [
      'The synthetic customers below stand in only without --history; they are',
      `not fitted to this history (loyalty-sim fit ${file} estimates its own).`,
    ],
    wizardDefaults: (file: string) => `the answers offered are fitted to ${file}: press Enter to keep them`,
    fromOrTemplate: 'give --template or --from, not both',
    fromOrTemplateHint: '--from starts from your own draft, --template from one of the templates listed in loyalty-sim init --help',
    wroteFrom: (file: string, from: string, warnings: number) => `wrote ${file} (from ${from}${warnings ? `, ${warnings} design ${s(warnings, 'warning', 'warnings')}` : ''})`,
    syntheticFitted: (file: string) => [
      'The synthetic customers below stand in only without --history: BG/NBD and',
      `Gamma-Gamma fitted to this history (loyalty-sim fit ${file} shows the fit).`,
    ],
    fitOrders: "BG/NBD fit of the history: orders a month r/α",
    fitDropout: 'BG/NBD fit: dropout after an order',
    fitValue: 'Gamma-Gamma fit: mean order p·γ/(q − 1)',
    currencyFlag: 'given with --currency',
    currencyCyrillic: 'the history has Russian column names: roubles (--currency to change)',
    currencyLocale: (locale: string) => `the file names no currency: the ${locale} locale's (--currency to change)`,
    count: 'the clients in the history',
    quantile: (period: 'month' | 'quarter' | 'year', pct: number, exact: number, n: number) =>
      `P${pct} of the history's ${{ month: 'monthly', quarter: 'quarterly', year: '12-month' }[period]} spend: ${Math.round(exact).toLocaleString('en-US')} (${Math.round(n).toLocaleString('en-US')} ${period === 'year' ? s(n, 'client', 'clients') : s(n, `client-${period}`, `client-${period}s`)})`,
    points: (monthly: number, months: number, expiry: number) =>
      `the median client earns ${Math.round(monthly).toLocaleString('en-US')} points a month: reached in ${months} of the ${expiry} months to expiry`,
    wrote: (file: string, template: string, history: string, warnings: number) =>
      `wrote ${file} (${/\.ya?ml$/i.test(template) ? template : `${template} template`} fitted to ${history}${warnings ? `, ${warnings} design ${s(warnings, 'warning', 'warnings')}` : ''})`,
    noSpenders: (file: string) => `${file}: no client bought anything in its last 12 months, so there is no spend to set thresholds by`,
    noSpendersHint: 'give a history that reaches the last year of sales (the thresholds sit at quantiles of 12-month and quarterly spend)',
    tooFewValues: (file: string) => `${file}: the clients' spend has too few distinct values to set the template's thresholds apart`,
    tooFewValuesHint: 'give a longer history or more clients, or a template with fewer levels (--template points or discount)',
    next: (file: string, history: string) => `next: loyalty-sim validate ${file}   then: loyalty-sim simulate ${file} --history ${history} (the draft's comment has the reading flags)`,
  },
  // ── issue 25, finished: several drafts named in one title, the workbook's title cell ──
  draftNames: {
    /** Drafts named together in a title (the compared report, its workbook): "A vs B vs C". */
    list: (names: string[]): string => names.join(' vs '),
    workbookTitle: 'loyalty-sim report',
    /** The one level of a program without tiers (engine/params.ts ALL_MEMBERS_TIER). */
    allMembersTier: 'All members',
    /** A currency where a reader sees it (a column of money, the draft's currency field): the code in English, ₽ in Russian. */
    currency: (code: string): string => code,
  },
  // ── end of issue 25, finished ──
  // docs/model.md §13: segments and personal offers (issue 27, part 1)
  segments: {
    reservedName: (name: string) => `a segment may not be named "${name}": "other" is the name of the customers no segment matches`,
    reservedNameHint: 'choose another name, e.g. "Regular clients"',
    twoSegments: (name: string) => `two segments named "${name}"`,
    twoSegmentsHint: 'segment names must be unique: they name the rows of the per-segment table',
    bandOrder: (a: number, b: number) => `spend_top_share [${a}, ${b}]: the first bound must be below the second`,
    bandOrderHint: 'write the band from the top: [0, 0.2] is the top 20 % by spend, [0.2, 0.7] the next half',
    noSuchMechanic: (type: string) => `an override for the ${type} mechanic, which the draft does not have`,
    noSuchMechanicHint: (type: string) => `add a ${type} mechanic to the draft's mechanics, or remove the override: a segment changes terms, not the program's shape`,
    bracketCount: (n: number, draft: number) => `${n} rebate ${s(n, 'rate', 'rates')} for the draft's ${draft} ${s(draft, 'bracket', 'brackets')}`,
    bracketCountHint: "give one rate per bracket of the draft's rebate, in the same order",
    nobody: (name: string) => `segment "${name}" holds nobody: earlier segments take every customer its spend band names`,
    nobodyHint: 'first match wins: move it before the segments that cover its band, or remove it',
    overlap: (name: string, named: string, held: string) => `segment "${name}" overlaps earlier ones: its band names ${named} of the base, it gets ${held}`,
    overlapHint: 'first match wins: make the bands adjacent ([0, 0.2], then [0.2, 0.7]) so each segment holds what its where says',
    uninvitedTerms: (name: string) => `segment "${name}" is not invited, yet it has its own participation, effects or mechanics`,
    uninvitedTermsHint: 'nobody in an uninvited segment joins, so its terms have no effect: remove them or set invite: true',
    title: 'By segment (docs/model.md §13)',
    head: ['segment', 'invited', 'customers', 'members', 'program cost¹', 'incremental gross profit', 'fee income', 'net profit¹', 'ROI¹'],
    otherName: 'other (the rest)',
    yes: 'yes',
    no: 'no',
    beforeFixed: (fixed: string) => `¹ before the fixed costs (launch and monthly: ${fixed}), stated at the total; the segments' sums are the totals.`,
    namedAmount: (name: string, amount: string) => `${name} (${amount})`,
    paysFor: (payers: string, paid: string) => `Paying for the others: ${payers}; paid for: ${paid}.`,
    allPay: (payers: string) => `Every invited segment pays for itself before fixed costs: ${payers}.`,
    nonePays: 'No segment pays for itself before fixed costs.',
    noSegment: (path: string, names: string) => `--vary ${path}: the draft has no such segment${names ? ` (its segments: ${names})` : ''}`,
    inputName: (name: string) => `Segment ${name}`,
    xlsxLabel: (segment: string, metric: string, beforeFixed: boolean) => `Segment ${segment}: ${metric}${beforeFixed ? ' (before fixed costs)' : ''}`,
    noSegmentHint: 'a yes/no variable is a segment\'s invitation: --vary segments.<name>.invite, with the name as in the draft\'s segments',
  },
  // docs/model.md §13: segments by RFM class and by customer column, and --customers FILE (issue 27, part 1, the rest)
  segmentData: {
    unknownRfm: (name: string) => `"${name}" is not an RFM class`,
    unknownRfmHint: `the classes are those \`loyalty-sim profile\` shows, written in snake case: ${RFM_KEYS.join(', ')} (docs/model.md §13)`,
    nobodyByValue: (name: string, values: readonly string[]) => `segment "${name}" holds nobody: earlier segments already take ${values.join(', ')}`,
    valuesTaken: (name: string, values: readonly string[]) => `segment "${name}" shares ${values.join(', ')} with earlier segments, which keep those customers`,
    valuesTakenHint: 'first match wins (docs/model.md §13): name each class or value in one segment only',
    mayShare: (name: string, earlier: readonly string[]) => `segment "${name}" may share customers with earlier segments of another kind (${earlier.join(', ')}): a customer who matches both stays in the earlier one`,
    mayShareHint: 'first match wins (docs/model.md §13): put first the segment whose offer should apply to customers who match both',
    needsHistory: (name: string, kind: 'rfm' | 'column') => `segment "${name}" selects by ${kind === 'rfm' ? 'RFM class' : 'a customer column'}, which synthetic customers do not have`,
    needsHistoryHint: 'run on real customers: --history sales.csv (and --customers customers.csv for columns the history lacks), or select by spend_top_share (docs/model.md §13)',
    customersWithoutHistory: (file: string) => `--customers ${file}: customer attributes need the customers of a history to join`,
    customersWithoutHistoryHint: 'add --history sales.csv (or --summary), whose customer ids the file uses',
    customersUnused: (file: string) => `--customers ${file}: no segment of the draft selects by a column, so the file is not used`,
    rfmFromSummary: (source: string) => `${source}: RFM classes from the summary's recency and frequency (as of its end), with profile's quintiles and grid`,
    inFile: (file: string, columns: string) => `${file} has ${columns}`,
    columnNowhere: (name: string, column: string, where: string) => `segment "${name}" selects by column "${column}", which no file given has${where ? ` (${where})` : ''}`,
    columnNowhereHint: 'give a customer file with that column: --customers customers.csv (customer id, then columns such as region, industry), or name a column the history has',
    workbookColumnsHint: 'columns of a workbook history are not read for segments: give them in a CSV with --customers customers.csv (customer id, then the columns)',
    valueNobodyHas: (name: string, column: string, missing: string, present: string) => `segment "${name}": no customer has ${column} = ${missing} (the values found: ${present || 'none'})`,
    valueNobodyHasHint: 'values are compared as written, case and spaces included',
    columnNotInFile: (name: string, column: string, file: string) => `segment "${name}" selects by column "${column}", which ${file} does not have: a simulation then needs it in the history`,
    columnNotInFileHint: 'add the column to the customer file, or check its name against the file\'s header (case, spaces and _ do not count)',
    notInHistory: (file: string, n: number, count: string, ids: string, source: string) => `${file}: ${count} ${s(n, 'customer is', 'customers are')} not in ${source} (${ids}): not simulated, as the history has no purchases of theirs`,
    notInFile: (file: string, n: number, count: string, ids: string, source: string) => `${file}: ${count} ${s(n, 'customer', 'customers')} of ${source} ${s(n, 'is', 'are')} not in the file (${ids}): without values there, no segment by its columns takes them`,
    historyConflicts: (source: string, column: string, n: number, ids: string) => `${source}: ${n} ${s(n, "customer's", "customers'")} rows disagree on ${column} (${ids}): the last value in the file is used`,
  },
  customerFile: {
    readHint: 'give a CSV of customer attributes: the customer id, then columns such as region, industry',
    empty: 'the customer file is empty',
    emptyHint: 'the first line names the columns (customer_id;region;industry), then one line per customer',
    noRows: 'the customer file has a header and no customers',
    noAttributes: (header: string) => `the customer file has one column (${header}) and no attributes`,
    noAttributesHint: 'put the customer id first, then the attribute columns, separated by , ; or tab',
    blankHeader: (column: number) => `column ${column} of the header has no name`,
    blankHeaderHint: 'name every column: segments name it in where: { column: { name: …, values: […] } }',
    width: (got: number, want: number) => `${got} ${s(got, 'field', 'fields')} where the header has ${want}`,
    widthHint: (delimiter: string) => `every line needs as many fields as the header (delimiter "${delimiter}"); quote a value that holds the delimiter`,
    blankId: (column: string) => `no customer id in ${column}`,
    blankIdHint: 'every line names its customer, as the history does',
    twice: (id: string, line: number) => `customer ${id} again (first on line ${line})`,
    twiceHint: 'one line per customer: a customer has one region, one industry',
    unclosedQuote: 'a quote opens here and is never closed',
    unclosedQuoteHint: 'close the quoted value with " (a quote inside a quoted value is written "")',
  },
};

export type Messages = typeof en;

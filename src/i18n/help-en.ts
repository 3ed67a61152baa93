/**
 * --help in English: each command's description, arguments, options and
 * closing text (examples, how it works), keyed by the command's path. An
 * option's entry is looked up as `command --flag` first, then as `--flag` for
 * the options many commands share (src/cli/help.ts). The Russian help
 * (help-ru.ts) has this type, so the two name the same things, and
 * test/cli/help-catalog.test.ts fails if anything a user can see in --help
 * has no entry here: the text written next to an option in a command file is
 * not what --help prints.
 */

import { BATCH_RUNS } from './batch-runs.js';

export { BATCH_RUNS };

const BATCH = `
Every simulation in the batch uses the same seed, so run i of each sees the
same customers, the same baseline and the same draws of shared uncertain
inputs (common random numbers): differences are the drafts', not noise.
--runs defaults to ${BATCH_RUNS} here (not 1000 as in simulate) because the command
runs many simulations; raise it for a final answer. The runs of different
simulations pair up one to one, so a --precision (sweep and tornado) stops on
the precision of paired differences, never on one simulation's own level.
With --json a note of the runs and the time spent goes to stderr.`;

export const helpEn = {
  /** The description of -h/--help and of the help command. */
  help: 'display help for command',
  /** Commander's headings. */
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
  } as Record<string, string>,
  /** Commander's words in a usage line: [options], [command]. */
  usage: (text: string): string => text,
  /** Commander's notes after a description: "(default: …)", "choices: …". */
  notes: (text: string): string => text,
  commands: {
    '': 'Design customer loyalty programs and test their ROI by Monte Carlo simulation before launch.',
    'init': 'write a commented program draft from a template, asking for the mechanics and main numbers',
    'validate': 'check program drafts: schema errors with line:column, then design lint warnings',
    'schema': 'print the JSON Schema of program drafts (for editors and CI)',
    'profile': 'describe a customer base from a sales history CSV: counts, Pareto share, RFM segments, frequency, average check, churn, cohorts',
    'fit': 'fit BG/NBD or Pareto/NBD (orders, dropout) and Gamma-Gamma (order value) to a sales history, with standard errors and a holdout check',
    'simulate': 'the Monte Carlo of a program draft: ROI, cost and KPI tables with P5/P50/P95 (the model: docs/model.md)',
    'compare': 'several drafts on the same customers and random numbers, side by side, with P(A beats B) from paired runs',
    'sweep': 'ROI and net profit along one numeric field of a draft, or over a grid of two',
    'tornado': 'one-at-a-time swings of every uncertain input between its P10 and P90, ranked, plus rank correlations from the Monte Carlo',
    'breakeven': 'the value of one input at which expected net incremental profit is zero',
    'optimize': 'search up to six numeric fields of a draft for the design with the best expected NPV, net profit or ROI, under risk and budget constraints',
    'roi': 'the articles\' quick ROI formula (docs/model.md §7), under both readings of the cost, with its sensitivity',
    'pilot': 'design and read a pilot on a small group: sample size, stratified assignment, effects with intervals, written back as distributions',
    'pilot plan': 'customers per group a pilot needs (or the effect a group size detects), with and without CUPED; --assign draws the groups',
    'pilot analyze': 'effects of a pilot on frequency, check and churn on the model\'s scale (maximum likelihood, the ramp month by month) and on revenue (CUPED, bootstrap CIs, randomisation p-values)',
    'report': 'a self-contained HTML report (charts) and/or an XLSX workbook of a simulation, or of a comparison of several drafts',
    'completion': 'print the shell completion script: commands, flags, templates and the draft\'s paths for --vary and --solve',
  },
  arguments: {
    'init file': 'the draft to write',
    'validate draft': 'YAML program drafts',
    'profile history.csv': 'sales export: one row per purchase (or per invoice line with --order)',
    'fit history.csv': 'sales export: one row per purchase (or per invoice line with --order); or give --summary',
    'simulate draft': 'program draft (YAML)',
    'compare draft': 'program drafts (YAML); all in one currency and over the same horizon',
    'sweep draft': 'program draft (YAML)',
    'tornado draft': 'program draft (YAML) with some inputs written as distributions',
    'breakeven draft': 'program draft (YAML)',
    'optimize draft': 'program draft (YAML)',
    'report draft': 'program draft(s) (YAML); several are compared on the same customers and random numbers',
    'completion shell': 'the shell',
  },
  /** An option's text: `command --flag` where the command says more, else `--flag` for every command that has it. */
  options: {
    '--version': 'output the version number',
    '--lang': 'language of messages, tables and help: en or ru (default: from LC_ALL, LC_MESSAGES or LANG)',
    '--template': 'the mechanics, a template listed below',
    '--yes': 'ask nothing: write the template as it is (hybrid unless --template)',
    '--force': 'replace an existing --html file',
    'init --force': 'overwrite the file if it exists',
    // issue 27, part 4: init fitted to a client's history
    'init --history': "fit the template to a client's sales history: currency and customer count from it, tier thresholds and rebate brackets at quantiles of its 12-month and quarterly spend, a points threshold the median client reaches",
    'init --from': "start from this draft of one's own (its mechanics and comments) instead of a template; with --history, fitted the same way",
    'init --currency': "the currency of the amounts (default: RUB for a history with Russian column names, else the locale's)",
    'profile --force': 'replace an existing --summary-out file',
    'simulate --force': 'replace an existing --csv file',
    'optimize --force': 'replace an existing --write or --html file',
    'pilot plan --force': 'replace an existing --assign file',
    'report --force': 'replace existing output files',
    '--json': 'machine-readable JSON on stdout',
    'validate --json': 'print { files: [ { file, valid, issues } ] } as JSON on stdout',
    'profile --json': 'machine-readable output on stdout',
    'fit --json': 'machine-readable output on stdout',
    'roi --json': 'print JSON only: { gain, roiCostOnce, roiCostEveryYear, sensitivity, leavesOut, ... }',
    'pilot plan --json': 'machine-readable output on stdout',
    'pilot analyze --json': 'machine-readable output on stdout',
    '--customer': 'customer column (default: found by name, e.g. customer_id, CustomerID, Контрагент)',
    '--date': 'date column (default: date, InvoiceDate, Дата …)',
    '--amount': 'amount column (default: amount, total, Сумма …)',
    '--quantity': 'quantity column; amount = quantity × price',
    '--price': 'unit price column; amount = quantity × price',
    '--order': 'order/invoice column, to count invoice lines as one order',
    '--date-format': 'YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD or excel (serial numbers like 44563) (default: detected)',
    '--delimiter': 'field delimiter: ",", ";", tab, "|" (default: detected)',
    '--decimal': 'decimal separator "." or "," (default: detected)',
    '--encoding': 'utf8, windows-1251 or utf16le (default: detected)',
    '--strict': 'stop at the first bad row instead of skipping and counting it',
    '--sheet': 'with an .xlsx history: the sheet to read (default: the first)',
    '--skip-rows': 'lines above the header, e.g. report titles (default: the header is found)',
    '--engine': 'the reader: js (every encoding and layout) or duckdb (UTF-8 CSV and Parquet, in parallel; the JS reader takes over, saying why, when DuckDB cannot read a CSV as it would) (default: duckdb for Parquet, js for CSV)',
    '--max-skipped': 'largest share of unreadable rows (bad date, amount, ragged) to skip before stopping, 0.05 or 5%',
    '--inactive-days': 'a customer without a purchase for this many days counts as churned',
    '--cohort-months': 'months after the first purchase shown in the cohort table',
    '--locale': 'number and date format for tables',
    'profile --locale': 'number and date format of the tables',
    'fit --locale': 'number format of the tables',
    'roi --locale': 'number format, e.g. en-US or ru-RU',
    'pilot plan --locale': 'number and date format of the tables',
    'pilot analyze --locale': 'number and date format of the tables',
    '--currency': 'currency for money in the output (default: the --locale\'s, e.g. RUB for ru-RU, USD for en-US)',
    'pilot plan --currency': 'currency for money in the output (default: the --value draft\'s, else the --locale\'s, e.g. RUB for ru-RU)',
    'pilot analyze --currency': 'currency for money in the output (default: the --value draft\'s, else the --locale\'s, e.g. RUB for ru-RU)',
    '--summary-out': 'also write the per-customer summary lifetimes and PyMC-Marketing read (customer_id, frequency, recency, T, monetary_value; days), to check a fit in Python on the same numbers',
    '--model': 'purchase and dropout model of --history: bg-nbd (dropout right after a purchase), pareto-nbd (dropout at any time) or auto (the better holdout prediction, else the higher likelihood)',
    'fit --model': 'purchase and dropout model of the history: bg-nbd (dropout right after a purchase), pareto-nbd (dropout at any time) or auto (the better holdout prediction, else the higher likelihood)',
    '--annual-churn': 'what you know about churn: the share of active customers lost per year, e.g. 0.15±0.05; held as stated (each run draws it from the range, the history fits the rest; needed when the history is too short to measure dropout)',
    '--no-seasonality': 'flat purchase rates: no month-of-year multipliers from the dates of --history',
    'fit --no-seasonality': 'flat purchase rates: no month-of-year multipliers from the dates of the history',
    '--unit': 'with --summary: the time unit of its recency and T columns (day for lifetimes\' default)',
    'fit --unit': 'time unit of the parameters: month (the simulation\'s) or week (the published CDNOW values)',
    '--calibration-end': 'fit on purchases up to this day (YYYY-MM-DD); the rest is the holdout',
    '--holdout-from': 'the holdout starts on this day (the calibration ends the day before)',
    '--summary': 'simulate the customers of a per-customer summary instead of --history: customer, frequency, recency, T, monetary_value (optional spend_12m, first_purchase)',
    'fit --summary': 'fit a per-customer summary instead of transactions: lifetimes / PyMC-Marketing columns (customer_id, frequency, recency, T, monetary_value; optional spend_12m, first_purchase) or BTYD / CLVTools ones (cust, x, t.x, T.cal, m.x)',
    '--summary-unit': 'with --summary: the time unit of its recency and T (default: --unit; day for lifetimes\' default output)',
    '--html': 'also write the diagnostics as a page (tracking chart, holdout purchases by frequency, P(alive), Gamma-Gamma check): one file, opens offline',
    'sweep --html': 'also write the sweep as a page: the curve with its P5–P95 band (one field) or the grid as a heat map (two); one file, opens offline',
    'tornado --html': 'also write the tornado as a page: the bars and the table by readable input name, the rank correlations; one file, opens offline',
    'breakeven --html': 'also write the break-even value with its 95 % interval and the curve searched as a page: one file, opens offline',
    'optimize --html': 'also write the search, the chosen design beside the draft and the trade-off frontier as a page: one file, opens offline',
    'pilot analyze --html': 'also write the report as a page: the decision, the effects with intervals, the month-by-month chart, the checks, what was written back (with --interim: the looks against their boundaries); one file, opens offline',
    'report --html': 'write the HTML report (one file, opens offline, prints to PDF) here',
    '--csv': 'also write one row per run (inputs as drawn, every metric) to this CSV file; under a decimal-comma --locale (ru-RU) with ";", decimal commas and a BOM, as that locale\'s Excel reads it',
    '--plain': 'no terminal chart, tables only',
    'simulate --plain': 'no terminal charts, tables only',
    'tornado --plain': 'no bars, the table only',
    '--runs': 'Monte Carlo runs',
    'pilot plan --runs': 'with --value: simulation runs of the draft',
    '--seed': 'random seed (the same seed repeats a result exactly)',
    'pilot plan --seed': 'random seed (the same seed repeats the result exactly)',
    'pilot analyze --seed': 'random seed (the same seed repeats the result exactly)',
    '--horizon': 'months to simulate (default: the draft\'s horizon_months)',
    '--workers': 'worker threads (results are identical for any number)',
    '--sampling': 'run-level sampling of uncertain inputs: lhs (Latin hypercube) or mc',
    '--precision': 'stop early once the standard error of mean net profit is below this share of its absolute mean (e.g. 0.02)',
    'sweep --precision': 'stop before --runs once every point\'s paired difference from the best point is known to this share of the spread of mean net profit over the grid (e.g. 0.05)',
    'tornado --precision': 'stop each input\'s P10 and P90 before --runs once the paired s.e. of its swing is at most this share of the largest swing (e.g. 0.05)',
    '--set': 'override a numeric field for this run, repeatable: costs.launch=500000, or a distribution in YAML flow syntax',
    '--history': 'simulate the real customers of this sales history (fitted by BG/NBD + Gamma-Gamma) instead of the draft\'s synthetic ones',
    'pilot plan --history': 'sales history (one row per purchase)',
    'pilot analyze --history': 'sales history (one row per purchase)',
    '--sample': 'simulate n customers and scale the totals to the whole base: with --history or --summary a stratified sample, else the first n synthetic customers (each an independent draw)',
    'pilot plan --sample': 'with --value: customers simulated per run, standing for all of the draft\'s customers',
    'validate --customers': 'a CSV of customer attributes (customer id, then columns): also warn of a segment by column whose value no customer in it has (docs/model.md §13)',
    '--customers': 'with --history or --summary: a CSV of customer attributes (the customer id, then columns such as region or industry) for segments by column (docs/model.md §13)',
    '--no-parameter-uncertainty': 'with --history: every run uses the fitted parameters instead of drawing them from the fit\'s uncertainty',
    '--vary': 'a numeric field and its range (once, or twice for a grid); 5% is read as 0.05',
    'optimize --vary': "a numeric field and the range to search (repeat for up to 6 fields); 5% is read as 0.05; a segment's invitation, segments.NAME.invite with no range, is a yes/no variable (docs/model.md §13)",
    '--solve': 'the numeric field to solve for, e.g. effects.frequency_uplift',
    '--objective': 'what to maximise: npv (mean NPV), net (mean net incremental profit) or roi (mean ROI)',
    '--constraint': 'a condition the design must meet (repeatable), e.g. P(roi>0)>=0.9, p5(npv)>=0, programCost<=50e6, mean(roi)>=20%',
    '--write': 'write the draft with the chosen values (the draft\'s comments and layout kept)',
    '--revenue-per-client': 'Z: revenue per client per year',
    '--years': 'N: years the program runs',
    '--churn': 'W: annual churn without the program (20% or 0.2)',
    '--churn-reduction': 'X: cut in annual churn, in percentage points (5% or 0.05)',
    '--uplift': 'Y: revenue uplift (10% or 0.1)',
    '--cost': 'V: program cost (the articles call it yearly)',
    '--clients': 'clients the revenue per client applies to (scales the gain to the base)',
    '--metric': 'per-customer metric over the pilot: revenue, orders, active',
    '--months': 'pilot length in months',
    '--mde': 'minimum detectable effect, relative to the baseline mean (10% or 0.1)',
    '--alpha': 'two-sided significance level',
    'pilot analyze --alpha': 'significance level (intervals are 1 − alpha)',
    '--power': 'chance of detecting an effect of the --mde size',
    '--group-size': 'customers per group you can afford: report the effect it detects instead',
    '--assign': 'draw treatment and control (stratified, seeded) and write customer_id,group,stratum',
    '--strata': 'history column to stratify by (default: RFM segment as `profile` shows it)',
    '--min-revenue': 'only customers with at least this net revenue in the last 12 months',
    '--active-within-days': 'only customers with a purchase in the last N days',
    '--look-days': 'days between interim looks in the printed look schedule',
    'pilot analyze --look-days': 'with --interim: days between looks',
    '--value': 'value of information: EVPI of the draft\'s uncertain inputs and the value of pilots of several sizes and lengths to its launch decision',
    '--assignment': 'the groups: customer_id,group,stratum (from pilot plan --assign)',
    '--start': 'first day of the pilot (YYYY-MM-DD)',
    '--end': 'last day of the pilot (default: the history\'s last day)',
    '--bootstrap': 'bootstrap resamples for the intervals',
    '--permutations': 'label permutations for the p-values',
    '--write-effects': 'set the draft\'s effects.frequency_uplift, check_uplift, churn_reduction (normal distributions on the model\'s scale) and ramp_months as the pilot fits them (see below)',
    '--cap': 'cap each customer\'s revenue at this pooled percentile before estimating (99% or 0.99): B2B whales',
    '--interim': 'a look at a running pilot: --end is the planned end, the data run to the history\'s last day; group-sequential boundaries decide',
    '--xlsx': 'write the XLSX workbook (Summary, Monthly, Runs, Inputs, Costs) here',
    '--tornado': 'add a tornado (each uncertain input at its P10 and P90; 2k + 2 more simulations for k inputs)',
    '--interactive': 'with --html: a what-if panel (levers for participation, effects, ramp, reward rates, fee, horizon) that re-runs 200 runs on 2,000 customers in the browser with the same engine, offline',
  },
  /** Defaults said in words (commander's "(default: …)"). */
  defaults: {
    '--workers': 'the machine\'s cores',
  },
  /** The closing text of a command's --help: examples, and how it works. */
  epilogues: {
    '': `
Examples:
  $ loyalty-sim init my-program.yaml                 answer a few questions, get a draft
  $ loyalty-sim validate scenarios/*.yaml            check drafts, with line:column
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 1000 --seed 7

Exit codes: 0 success, 1 a check failed, 2 bad usage or bad input.
The model, every draft field and the lint: docs/model.md in the package
($(npm root -g)/loyalty-sim/docs/model.md when installed globally).`,
    'init': `
Templates:
  points    points on every purchase, redeemed for goods once a threshold is reached
  discount  a flat member discount off list price
  tiers     Silver / Gold / Platinum levels by trailing 12-month spend
  rebate    a quarterly rebate on volume brackets
  hybrid    points + tiers + rebate, the full wholesale example
  club      a paid business club: a yearly fee for market research and training
  referral  dealers rewarded for bringing new dealers into the network
  early-pay a distributor's points for paying invoices early and ordering online, partly supplier-funded
  segments  a personal offer by spend rank: key accounts 2 %, the middle 4 %, the smallest 30 % not invited

Examples:
  $ loyalty-sim init                                    answer a few questions, get program.yaml
  $ loyalty-sim init rebate.yaml --template rebate --yes
  $ loyalty-sim init client.yaml --history fixtures/examples/sales.csv --template tiers --yes`,
    'validate': `
Examples:
  $ loyalty-sim validate scenarios/*.yaml
  $ loyalty-sim validate fixtures/examples/program.yaml --json

Exit codes: 0 every draft is valid (warnings allowed), 1 a draft has errors, 2 a file cannot be read.`,
    'schema': `
Example:
  $ loyalty-sim schema > program.schema.json`,
    'profile': `
Examples:
  $ loyalty-sim profile fixtures/history/cdnow_sample.csv
  $ loyalty-sim profile fixtures/examples/sales.csv --customer Контрагент --date Дата --amount Сумма --locale ru-RU --currency RUB
  $ loyalty-sim profile fixtures/examples/online-retail.csv --order InvoiceNo --quantity Quantity --price UnitPrice --json`,
    'fit': `
Examples:
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30 --model auto
  $ loyalty-sim fit fixtures/examples/sales.csv --annual-churn 0.15±0.05
  $ loyalty-sim fit fixtures/examples/sales.csv --holdout-from 2023-09-01 --json
  $ loyalty-sim fit --summary fixtures/examples/cdnow-summary.csv --unit week
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30 --html fit.html`,
    'simulate': `
Examples:
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 5000 --seed 7 --locale ru-RU
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --precision 0.02 --json > result.json
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --csv runs.csv
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --set costs.launch=500000 --set "effects.frequency_uplift={ uniform: { min: 0.05, max: 0.2 } }"
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --customer Контрагент --date Дата --amount Сумма
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --annual-churn 0.15±0.05 --model pareto-nbd`,
    'compare': `
Examples:
  $ loyalty-sim compare scenarios/*.yaml
  $ loyalty-sim compare scenarios/points-only.yaml scenarios/tiers.yaml --runs 1000 --seed 7
  $ loyalty-sim compare scenarios/discount-only.yaml scenarios/rebate.yaml --json > comparison.json

All drafts run on the customers of the first draft with a customers.synthetic
block (or of --history); a draft whose own customers block differs gets a
warning and is still run on the shared customers, since that is what makes the
comparison fair. Drafts in different currencies, or with different
horizon_months (unless --horizon sets one for all), are an error.
"Within noise" means the mean paired difference of net incremental profit is
less than 2 standard errors of that difference.
${BATCH}`,
    'sweep': `
Examples:
  $ loyalty-sim sweep scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.10:0.01
  $ loyalty-sim sweep scenarios/points-only.yaml --vary mechanics.points.earn_per_currency=0.01:0.05:0.01
  $ loyalty-sim sweep scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold.discount=0:0.06:0.01 --vary effects.frequency_uplift=0:0.3:0.05
  $ loyalty-sim sweep scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.10:0.01 --runs 200 --html sweep.html

PATH names any numeric field as in the draft: effects.frequency_uplift,
participation, mechanics.points.redemption_rate, mechanics.tiers.levels.Gold.min_spend,
mechanics.rebate.brackets[0].rate, costs.monthly, … (a bad path lists the ones the
draft has). A field that holds a distribution is shifted, not replaced: it moves
so that its mean is each value, keeping its spread (min, mode and max move
together; normal, lognormal, beta and gamma keep their sd). Every grid point is
checked against the draft rules first: a range that leaves a field's valid
values is an error, not a silent clamp.
With --precision the points run in blocks of 25 runs (the same runs for every
point, so they stay paired) and stop once the differences between points are
that precise; --runs is then the most any point runs, and the output says how
many each used.
With two --vary options the output is a grid of mean net incremental profit,
cells beside a sign change marked * (the break-even frontier).
${BATCH}`,
    'tornado': `
Examples:
  $ loyalty-sim tornado scenarios/wholesale-hybrid.yaml
  $ loyalty-sim tornado scenarios/points-only.yaml --runs 500 --json > tornado.json
  $ loyalty-sim tornado scenarios/wholesale-hybrid.yaml --runs 200 --html tornado.html

Every uncertain input (a field written as a distribution) is held at its
median; then each in turn is set to its P10 and its P90, and the inputs are
ranked by how far mean net incremental profit moves between the two (2 runs of
the batch per input, plus the all-median base). The Spearman column comes from
one ordinary Monte Carlo of the draft, every input drawn: the rank correlation
of each input with net incremental profit, as spreadsheet risk tools show it.
With --precision each input's P10 and P90 run in blocks of 25 paired runs
until its swing is that precise (the all-median base and the Monte Carlo still
run --runs); the table then shows each swing's s.e. and the runs it used.
${BATCH}`,
    'breakeven': `
Examples:
  $ loyalty-sim breakeven scenarios/points-only.yaml --solve effects.frequency_uplift
  $ loyalty-sim breakeven scenarios/tiers.yaml --solve costs.monthly --runs 500
  $ loyalty-sim breakeven scenarios/discount-only.yaml --solve mechanics.discount.rate --json
  $ loyalty-sim breakeven scenarios/points-only.yaml --solve effects.frequency_uplift --runs 200 --html breakeven.html

The value is searched over the field's valid range (rates and discounts [0, 1),
shares [0, 1], uplifts [-0.5, 3], churn reduction (-1, 1), money and counts from 0
upward, the upper end growing until the sign changes), bracketed, then narrowed by
regula falsi (Illinois), each step a full simulation on the same seed. A field
that holds a distribution is shifted so that its mean is the value, keeping its
spread. The ± is the Monte Carlo standard error of the value: se(mean net
profit at the value) / |slope|. When no value in the range breaks even, it says so
(value null in --json).
${BATCH}`,
    'optimize': `
Examples:
  $ loyalty-sim optimize scenarios/tiers.yaml --vary mechanics.tiers.levels.Platinum.min_spend=200000:1500000 --runs 40
  $ loyalty-sim optimize scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold.min_spend=50000:400000 \\
      --vary mechanics.tiers.levels.Platinum.min_spend=450000:1500000 --constraint 'P(roi>0)>=0.9' --constraint 'programCost<=150e6' --write tiers-best.yaml
  $ loyalty-sim optimize scenarios/points-only.yaml --vary mechanics.points.earn_per_currency=0.01:0.05 --objective roi --json > best.json
  $ loyalty-sim optimize scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.08 --constraint 'programCost<=40e6' --runs 24 --html optimize.html

PATH names a numeric field as in sweep (a distribution is shifted so that its
mean is the value); LO:HI is the box searched. Tier levels must keep their
order: a design with a level's min_spend at or below the one before is
rejected by the draft rules, without being simulated.
Constraints: P(metric>x)>=p (a share of runs), pN(metric)>=x (a percentile,
p1…p99), mean(metric)<=x or just metric<=x; metrics as in simulate --json
(npv, roi, netIncrementalProfit, programCost, paybackMonth, …). The search
counts a constraint as met only when it holds by 2 standard errors of its
statistic, so it still holds on runs the search never saw.
How: every design runs on the same seed (common random numbers); a Latin
hypercube of 4d + 4 designs on a quarter of --runs, the better half on half,
the best on all --runs, then a compass search from the best; it stops at a
step of 1/128 of each range or when the neighbours differ by less than one
paired standard error. The result printed is a confirmation of the chosen
design beside the draft on a FRESH seed (with its standard error), not the
search's own best figure. The work spent is printed (customer-months).
${BATCH}`,
    'roi': `
Money is a plain number (1200 or 1200.50); shares are 10% or 0.1.
Z is per client while V is the whole program's cost: pass --clients N (or
Z as the whole base's yearly revenue) so that gain and cost are on one scale.
In --json, sensitivity rows give roiLow/roiHigh with the cost paid once and
roiLowCostEveryYear/roiHighCostEveryYear with it paid every year.

Example:
  $ loyalty-sim roi --revenue-per-client 1200 --clients 5000 --uplift 10% \\
      --years 3 --churn 20% --churn-reduction 5% --cost 1000000
  $ loyalty-sim roi --revenue-per-client 90000 --uplift 0.08 --years 2 --churn 0.3 \\
      --churn-reduction 0.05 --cost 5000 --currency RUB --locale ru-RU`,
    'pilot': `
Examples:
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --mde 10% --assign groups.csv
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31`,
    'pilot plan': `
The variance comes from the history: the metric per customer over the last
--months of it, among customers who had bought before; CUPED uses the --months
before that as the covariate. --assign draws --group-size (or the planned size)
customers per group from those eligible at the history's end.

The look schedule: if you will look at the pilot before its end (pilot analyze
--interim), every --look-days, the boundary |z| must cross at each look. It
spends alpha by the Lan–DeMets O'Brien–Fleming-type function: early looks need
an overwhelming effect, the final one is nearly the ordinary test, and the
false-positive rate over all looks stays at --alpha (testing at 1.96 every
week would not).

--value simulates the draft (its customers.synthetic block) and asks what
learning each uncertain input would be worth to the launch decision (launch
when the expected net incremental profit is positive): the expected value of
perfect information (EVPI) per input, and the expected value of the pilot's
information for pilots of ¼×..4× the planned customers per group (--group-size,
else the CUPED size) and 1, --months and 2×--months long. The pilot's own cost
and the launch delay are not subtracted.

JSON (--json): the plan's fields, plus
  looks:  [{ day, informationFraction, boundary, alphaSpent }]
  with --value:
  value:  { expectedNet, decideNow, launchNow, evpiTotal,
            evpi:   [{ input, value }]            (highest first)
            pilots: [{ perGroup, months, value, seFrequency, seCheck }],
            recommendation, notes }

Examples:
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --metric revenue --months 3 --mde 10%
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --group-size 100 --json
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --mde 15% --assign groups.csv --seed 7 --min-revenue 100000
  $ loyalty-sim pilot plan --history fixtures/pilot/before.csv --group-size 400 --value scenarios/wholesale-hybrid.yaml`,
    'pilot analyze': `
The pre period is as long as the pilot and ends the day before --start.

Frequency, check and churn are estimated on the model's own scale
(docs/model.md §4 and §9): each customer's purchase rate and dropout come
from their history before the pilot (BG/NBD and Gamma-Gamma, as fit does),
and the pilot's months give, by maximum likelihood over both groups, the
multipliers of the purchase rate (1 + f), of the order value (1 + c) and of
the dropout hazard (1 − d); recency within the pilot and each customer's own
rate inform churn, not only "bought or not". How the effects build up is
fitted too: a free effect per month (the chart) and the ramp
(effects.ramp_months, whole months) that fits the months best, with the
draft's own ramp tested against it. --write-effects writes the full-size
effects as normal(mean, sd), the sd holding the ramp's doubt too, and
effects.ramp_months as fitted (when the pilot fits a ramp or the draft has
one). It prints the old and new values (old → new) and replaces the draft in
place, keeping its comments and key order; it is validated first.

Checks: sample ratio (χ², mismatch at p < 0.001) on the assignment and on the
customers present in the history; --cap winsorises revenue (reported); the
effects by pre-period spend tercile suggest the draft's effects.by_spend weights.

--interim: a look at revenue per customer (CUPED) every --look-days from
--start, each against a boundary from Lan–DeMets O'Brien–Fleming-type alpha
spending, so that looking every week keeps the false-positive rate at --alpha.
Group-sequential boundaries were chosen over always-valid confidence sequences
because a pilot has a planned end: nearly all of alpha stays for it.

JSON (--json):
  pilot analyze:  { groups, effects: { frequencyUplift, checkUplift, churnReduction,
                    revenuePerCustomer: { estimate, ciLow, ciHigh, pValue, se, method, … } },
                    sampleRatio: { expected, observed, pValue, mismatch,
                                   present: { expected, observed, pValue, mismatch } },
                    capping?, bySpend: [{ tercile, frequencyUplift, checkUplift, revenueUplift, weight }],
                    balance, warnings,
                    model: { calibration, frequencyUplift, checkUplift, churnReduction: { mean, sd, pPositive },
                             fittedRamp, extrapolated, ramps: [{ rampMonths, logLikelihood, weight, … }],
                             draftRamp?: { rampMonths, lr, supported }, monthly: [{ month, frequency, check }] },
                    written?: { file, changes, notes } }
  --interim:      { start, plannedEnd, asOf, alpha, lookDays,
                    looks: [{ day, informationFraction, boundary, statistic, estimate, se, decision }] }
                  decision: continue | stop: effect | end: effect | end: no effect shown

Examples:
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --interim --json
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --cap 99% --json
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --html pilot.html

Writing the effects back changes the draft in place, so write them into your own copy:
  cp scenarios/wholesale-hybrid.yaml my-program.yaml
  loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --write-effects my-program.yaml`,
    'report': `
Examples:
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html report.html
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html report.html --xlsx report.xlsx --runs 2000 --locale ru-RU
  $ loyalty-sim report scenarios/points-only.yaml scenarios/tiers.yaml --html compare.html --tornado
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html whatif.html --interactive
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --sample 200 --xlsx report.xlsx
The seed and the runs are printed in the report, so it can be repeated exactly.
--json prints what was written and the simulate --json document of each draft.`,
    'completion': `
Examples:
  $ source <(loyalty-sim completion bash)          in this shell only
  $ loyalty-sim completion bash > loyalty-sim.bash   then source it from ~/.bashrc
  $ loyalty-sim completion zsh > _loyalty-sim        then put it in a folder of $fpath
  $ loyalty-sim completion fish > loyalty-sim.fish   then move it to ~/.config/fish/completions/`,
  },
};

export type HelpMessages = typeof helpEn;

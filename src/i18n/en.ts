/**
 * The English catalog: every sentence, label and hint the tool prints, by
 * area. Its shape is the type of every other catalog (ru.ts), so a key
 * missing there fails the build. Values with numbers in them are functions;
 * their arguments are already formatted for the locale unless named `n`
 * (a raw count, used to choose a plural form).
 */

const s = (n: number, one: string, many: string): string => (n === 1 ? one : many);

export const en = {
  /** Small pieces used across areas. */
  common: {
    never: 'never',
    noData: '(no data)',
    /** A share written in prose (lint messages): 10% in English, 10 % in Russian. */
    pct: (x: number): string => `${Number((x * 100).toPrecision(3))}%`,
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
    unknownLocaleHint: 'Use a BCP 47 tag such as en-US, ru-RU or de-DE.',
    stopping: '\nstopping… (press Ctrl-C again to quit at once)',
    interruptedRuns: (done: number, asked: number) =>
      `interrupted: ${done} of ${asked} runs finished; no results printed (rerun with --runs ${Math.max(1, done)} for a quick look).`,
    interruptedBatch: (done: number, planned: number) =>
      `interrupted after ${done} of about ${planned} simulations; nothing to report (rerun with fewer --runs for a quick look).`,
    wroteRuns: (n: number, file: string) => `wrote ${n} runs to ${file}`,
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
    notTtyHint: (file: string, template: string) => `add --yes to write a template without questions: loyalty-sim init ${file} --template ${template} --yes`,
    cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
    cannotWriteHint: 'check that the folder exists and is writable',
    wrote: (file: string, template: string, warnings: number) =>
      `wrote ${file} (${template} template${warnings ? `, ${warnings} design ${s(warnings, 'warning', 'warnings')}` : ''})`,
    next: (file: string) => `next: loyalty-sim validate ${file}   then: loyalty-sim simulate ${file}`,
    schemaTip: 'for editor completion, put the JSON Schema beside it: loyalty-sim schema > program.schema.json',
  },

  /** Who was simulated, for people. */
  population: {
    synthetic: (count: string) => `${count} synthetic customers`,
    real: (total: string, file: string) => `${total} real customers of ${file}`,
    sampled: (size: string, strata: number, total: string, file: string) =>
      `${size} sampled (stratified, ${strata} strata) of ${total} real customers of ${file}`,
    noCustomers: (file: string) => `${file} has no customers.synthetic block, and no --history was given: there are no customers to simulate.`,
    noCustomersHint: 'Add a customers.synthetic block (see `loyalty-sim init --template hybrid --yes`) or pass --history sales.csv.',
    sampleNeedsHistory: '--sample works with --history only.',
    sampleNeedsHistoryHint: 'Lower customers.synthetic.count in the draft to simulate fewer synthetic customers.',
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
    noPaybackMedian: 'the median run does not pay back within the horizon',
    paybackMedian: (month: number) => `the median run pays back in month ${month}`,
    windfallClause: (share: string) => `; ${share} of the reward budget pays for purchases members would have made anyway`,
    reading: (horizon: number, odds: string, mean: string, p5: string, p95: string, pPositive: string, pay: string, windfall: string) =>
      `Over ${horizon} months the program ${odds}: ROI ${mean} on average (P5 ${p5} to P95 ${p95}), positive in ${pPositive} of runs; ${pay}${windfall}.`,
    runs: (n: number) => `${n} runs`,
    runsOf: (n: number, asked: number, reached: string | null) => `${n} of ${asked} runs${reached === null ? '' : ` (precision ${reached} reached)`}`,
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
    probabilities: (roi: string, npv: string, horizon: number, payback: string) =>
      `P(ROI > 0) ${roi}   P(NPV > 0) ${npv}   pays back within ${horizon} months in ${payback} of runs`,
    roiUndefinedRuns: (n: number) => `ROI is undefined in ${n} runs (program cost 0); they are left out of its statistics.`,
    roiAcrossRuns: 'ROI across runs',
    cumulative: 'Cumulative net profit by month (mean)',
    breaksEven: (month: number) => `breaks even in month ${month}`,
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
      costPerMember: 'Program cost per member',
      pointsIssued: 'Points issued',
      redeemed: '  expected redeemed',
      breakage: '  breakage',
      liability: (h: number) => `  liability after month ${h}`,
    },
    kpiHead: { baseline: 'baseline', program: 'program', change: 'change' },
    tierTitle: (h: number) => `Tier mix of members after month ${h}`,
    tierHead: { level: 'level', members: 'members', share: 'share' },
  },

  /** The text of `compare`, `sweep`, `tornado` and `breakeven` (report/decide-text.ts). */
  decide: {
    meta: (population: string, horizon: number, n: number, runs: string, sampling: string, seed: number) =>
      `${population} · ${horizon} months · ${runs} ${s(n, 'run', 'runs')} each (${sampling}) · seed ${seed} · same customers and random numbers throughout`,
    moneyIn: (cur: string) => ` (money in ${cur})`,
    identical: (a: string, b: string) => `no difference: ${a} and ${b} earn the same in every run`,
    noise: (k: number) => `within noise: |difference| < ${k} s.e.`,
    ahead: (win: string, amount: string, cur: string, share: string) => `${win} ahead by ${amount} ${cur}, in ${share} of runs`,
    comparing: (n: number) => `Comparing ${n} drafts`,
    rows: {
      roiMean: 'ROI (mean)',
      netProfit: 'Net incremental profit',
      npv: 'NPV',
      bands: '  P5 · P50 · P95',
      paybackP50: 'Payback month (P50)',
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
    },
    pairedTitle: 'Paired runs (run i of each draft sees the same customers and random numbers)',
    pairHead: { pair: 'pair', meanDelta: 'mean Δ net profit', se: '± s.e.', pFirst: 'P(first > second)', verdict: 'verdict' },

    // sweep and breakeven: how a value is put into the draft
    setTo: (path: string) => `${path} is set to each value`,
    shifted: (path: string, kind: string) => `${path} is a ${kind} distribution: it is shifted so that its mean is each value, its spread kept`,
    sweepOf: (paths: string) => `Sweep of ${paths}`,
    draftHas: (how: string, value: string) => `${how}; the draft has ${value}.`,
    sweepHead: { meanRoi: 'mean ROI', meanNet: 'mean net profit', se: '± s.e.', programCost: 'program cost', roiPositive: 'P(ROI > 0)' },
    bandTitle: 'Mean ROI with its P5–P95 band',
    signChange: (from: string, to: string, path: string) => `Mean net profit changes sign between ${from} and ${to}; \`breakeven --solve ${path}\` finds the value.`,
    sameSign: (positive: boolean) => `Mean net profit is ${positive ? 'positive' : 'negative'} over the whole range.`,
    gridTitle: (down: string, across: string) => `Mean net incremental profit: ${down} down, ${across} across`,
    frontier: '* next to a cell of the opposite sign: the break-even frontier runs beside it.',
    signMap: 'Sign map (+ profit, − loss)',
    // tornado
    tornadoTitle: 'Tornado: mean net incremental profit with one input at its P10 and P90, the others at their medians',
    tornadoHead: { input: 'input', netLow: 'net at P10', netHigh: 'net at P90', swing: 'swing', spearman: 'Spearman ρ' },
    allMedian: (mean: string, se: string, cur: string) => `Every input at its median: mean net profit ${mean} ± ${se} ${cur}.`,
    spearmanNote: (runs: string, mean: string, se: string) =>
      `Spearman ρ: rank correlation of each input with net incremental profit over ${runs} ordinary Monte Carlo runs (every input drawn; mean net profit ${mean} ± ${se}), as spreadsheet risk tools show it.`,
    mattersMost: (path: string, swing: string, cur: string) => `${path} matters most: between its P10 and P90, mean net profit moves by ${swing} ${cur}.`,
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

  /** The XLSX workbook (report/xlsx.ts). */
  xlsx: {
    sheets: { summary: 'Summary', monthly: 'Monthly', runs: 'Runs', inputs: 'Inputs', costs: 'Costs' },
    head: {
      draft: 'Draft', file: 'File', metric: 'Metric', key: 'Key', mean: 'Mean', se: 'S.E.', month: 'Month', run: 'Run', cost: 'Cost',
      netMean: 'Net incremental profit (mean)', cumMean: 'Cumulative net profit (mean)', cumP5: 'Cumulative P5', cumP50: 'Cumulative P50', cumP95: 'Cumulative P95',
      share: 'Share of program cost',
    },
    meta: { generated: 'Generated (UTC)', seed: 'Seed', runs: 'Runs', sampling: 'Sampling', customers: 'Customers' },
    vs: ' vs ',
    /** A metric's label from its JSON key: netIncrementalProfit → Net Incremental Profit. */
    metric: (key: string) => key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()),
    pNpv: 'P(NPV > 0)',
    pPayback: (h: number) => `P(pays back within ${h} months)`,
    tierShare: (h: number, name: string) => `Tier share after month ${h}: ${name}`,
    pBeats: (name: string) => `P(net profit beats ${name})`,
    meanMinus: (name: string) => `Mean net profit minus ${name}`,
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
    shareAsDecimal: (v: number) => `write shares as decimals: ${v}% is ${v / 100}`,
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
    // draft/load.ts
    aliases: (limit: number) => `aliases expand to too many nodes (limit ${limit}): refusing a possible "billion laughs" document`,
    aliasesHint: 'write the values out instead of using anchors and aliases',
    empty: 'the draft is empty',
    emptyHint: 'start from a template: loyalty-sim init --template hybrid --yes',
    yaml: {
      DUPLICATE_KEY: 'duplicate key: this key already appears earlier in the same map',
      TAG_RESOLVE_FAILED: 'unknown YAML tag: a draft is plain data, tags such as !foo are not allowed',
      MULTIPLE_DOCS: 'more than one YAML document: a draft is a single document',
      BAD_INDENT: 'bad indentation',
    } as Record<string, string>,
    yamlSyntax: (first: string) => `YAML syntax: ${first}`,
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
  },
};

export type Messages = typeof en;

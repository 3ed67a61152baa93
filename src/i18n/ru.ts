/**
 * The Russian catalog. Its type is the English one's, so a key missing here
 * fails the build. Business terms come from glossary.ts; typography follows
 * Russian usage: a space before %, «ёлочки» for quotes in prose, numbers and
 * dates already formatted by the ru-RU locale.
 */
import type { Messages } from './en.js';
import { G } from './glossary.js';
import { pluralForm } from './plural.js';

const p = (n: number, one: string, few: string, many: string): string => pluralForm('ru', n, { one, few, many, other: few });
const months = (n: number) => `${n} ${p(n, 'месяц', 'месяца', 'месяцев')}`;
const runs = (n: number) => `${n} ${p(n, 'прогон', 'прогона', 'прогонов')}`;

export const ru: Messages = {
  common: {
    never: 'никогда',
    noData: '(нет данных)',
    pct: (x: number): string => `${Number((x * 100).toPrecision(3)).toLocaleString('ru-RU')}\u00a0%`,
    and: 'и',
    or: 'или',
  },

  cli: {
    error: 'ошибка:',
    hint: 'подсказка:',
    warning: 'предупреждение:',
    note: 'примечание:',
    internalError: 'внутренняя ошибка:',
    bug: 'Это ошибка в loyalty-sim; сообщите о ней, приложив команду, которую вы запускали.',
    addHelp: '(справка: --help)',
    notWhole: (v) => `«${v}» — не целое число.`,
    outOfRange: (n, min, max) => `${n} вне допустимого диапазона (от ${min}${max === null ? '' : ` до ${max}`}).`,
    notNumber: (v) => `«${v}» — не число.`,
    notShare: (v) => `«${v}» — не доля (пишите 10% или 0.1).`,
    notOneOf: (v, choices) => `«${v}» — не одно из значений: ${choices}.`,
    notLocale: (v) => `«${v}» — неизвестная Node локаль (например, en-US, ru-RU).`,
    notCurrency: (v) => `«${v}» — не код валюты ISO 4217 (например, RUB, USD, EUR).`,
    unknownLocale: (v) => `неизвестная локаль «${v}».`,
    unknownLocaleHint: 'Укажите тег BCP 47, например ru-RU, en-US или de-DE.',
    stopping: '\nостанавливаю… (нажмите Ctrl-C ещё раз, чтобы выйти сразу)',
    interruptedRuns: (done, asked) =>
      `прервано: завершено ${done} из ${runs(asked)}; результаты не выведены (для быстрой оценки запустите с --runs ${Math.max(1, done)}).`,
    interruptedBatch: (done, planned) =>
      `прервано после ${done} из примерно ${planned} симуляций; выводить нечего (для быстрой оценки уменьшите --runs).`,
    wroteRuns: (n, file) => `записано ${runs(n)} в ${file}`,
    precisionNotReached: (prec, n) => `точность ${String(prec).replace('.', ',')} не достигнута за ${runs(n)}; увеличьте --runs для более точной оценки.`,
    commander: translateCommander,
  },

  population: {
    synthetic: (count) => `${count} синтетических клиентов`,
    real: (total, file) => `${total} реальных клиентов из ${file}`,
    sampled: (size, strata, total, file) =>
      `выборка ${size} (стратифицированная, ${strata} ${p(strata, 'страта', 'страты', 'страт')}) из ${total} реальных клиентов из ${file}`,
    noCustomers: (file) => `в ${file} нет блока customers.synthetic, и --history не указан: моделировать некого.`,
    noCustomersHint: 'Добавьте блок customers.synthetic (см. `loyalty-sim init --template hybrid --yes`) или укажите --history sales.csv.',
    sampleNeedsHistory: '--sample работает только вместе с --history.',
    sampleNeedsHistoryHint: 'Чтобы моделировать меньше синтетических клиентов, уменьшите customers.synthetic.count в проекте.',
    syntheticIgnored: (file, history) => `примечание: ${file}: блок customers.synthetic не используется; моделируются клиенты из ${history}.`,
    differs: (file, owner) => `${file}: блок customers.synthetic отличается от блока в ${owner}; сравнение идёт на клиентах из ${owner}.`,
  },

  sim: {
    noCost: `В этом проекте у программы нет затрат, поэтому ROI не определён; смотрите на ${G.netIncrementalProfit}.`,
    odds: {
      veryLikely: 'почти наверняка окупится',
      probably: 'скорее всего окупится',
      coinToss: 'окупится с вероятностью около половины',
      probablyLoses: 'скорее всего будет убыточной',
      veryLikelyLoses: 'почти наверняка будет убыточной',
    },
    noPaybackMedian: 'медианный прогон не окупается в пределах горизонта',
    paybackMedian: (month) => `медианный прогон окупается на ${month}-м месяце`,
    windfallClause: (share) => `; ${share} бюджета вознаграждений уходит на покупки, которые участники сделали бы и без программы`,
    reading: (horizon, odds, mean, p5, p95, pPositive, pay, windfall) =>
      `За ${months(horizon)} программа ${odds}: ROI в среднем ${mean} (от ${p5} на P5 до ${p95} на P95), положителен в ${pPositive} прогонов; ${pay}${windfall}.`,
    runs: (n) => runs(n),
    runsOf: (n, asked, reached) => `${n} из ${runs(asked)}${reached === null ? '' : ` (достигнута точность ${reached})`}`,
    lhs: 'латинский гиперкуб',
    mc: 'метод Монте-Карло',
    months,
    seed: (seed) => `зерно ${seed}`,
    revenueBasis: 'Примечание: roi_basis равен revenue, поэтому выгода считается по выручке, а не по валовой прибыли: ROI завышен.',
    decision: 'Решение',
    head: { mean: 'среднее', se: '± ст. ош.' },
    roiRow: 'ROI (чистая прибыль / затраты)',
    netProfit: G.NetIncrementalProfit,
    npv: G.npv,
    paybackMonth: G.PaybackMonth,
    probabilities: (roi, npv, horizon, payback) =>
      `P(ROI > 0) ${roi}   P(${G.npv} > 0) ${npv}   окупается за ${months(horizon)} в ${payback} прогонов`,
    roiUndefinedRuns: (n) => `ROI не определён в ${runs(n)} (затраты на программу равны 0); они исключены из его статистики.`,
    roiAcrossRuns: 'ROI по прогонам',
    cumulative: 'Накопленная чистая прибыль по месяцам (среднее)',
    breaksEven: (month) => `выход на безубыточность на ${month}-м месяце`,
    monthValue: (month, value) => `месяц ${month}: ${value}`,
    costRows: {
      discounts: G.Discounts,
      pointsCost: 'Баллы (начисление)',
      rebates: G.Rebates,
      benefits: 'Привилегии',
      perMemberCosts: 'Затраты на участника',
      fixedCosts: 'Постоянные (запуск + ежемесячные)',
    },
    programCost: G.ProgramCost,
    programCostTitle: `${G.ProgramCost} (среднее по прогонам)`,
    share: 'доля',
    windfall: (rewards, windfall, share, incremental) =>
      `Из ${rewards} вознаграждений ${windfall} (${share}) — ${G.windfall}: они выплачены за покупки, которые «двойники» участников без программы сделали и так; ${incremental} выплачено за дополнительные покупки.`,
    kpiTitle: 'Показатели (среднее по прогонам)',
    pp: (v) => `${v} п.\u00a0п.`,
    kpi: {
      active: (h) => `Активные клиенты после ${h}-го месяца`,
      churn: `${G.Churn} за год`,
      ordersPerMonth: 'Заказов на активного клиента в месяц',
      averageCheck: `${G.AverageCheck} (по прайсу)`,
      revenue: `${G.Revenue} (за вычетом скидок)`,
      orders: 'Заказы',
      members: G.Members,
      costPerMember: 'Затраты на одного участника',
      pointsIssued: 'Начислено баллов',
      redeemed: '  ожидаемое списание',
      breakage: `  ${G.breakage}`,
      liability: (h) => `  обязательства после ${h}-го месяца`,
    },
    kpiHead: { baseline: G.baseline, program: G.program, change: 'изменение' },
    tierTitle: (h) => `Распределение участников по уровням после ${h}-го месяца`,
    tierHead: { level: G.tier, members: 'участники', share: 'доля' },
  },

  decide: {
    meta: (population, horizon, n, text, sampling, seed) =>
      `${population} · ${months(horizon)} · по ${text} ${p(n, 'прогону', 'прогона', 'прогонов')} (${sampling}) · зерно ${seed} · везде одни и те же клиенты и случайные числа`,
    moneyIn: (cur) => ` (деньги в ${cur})`,
    identical: (a, b) => `разницы нет: ${a} и ${b} дают одно и то же в каждом прогоне`,
    noise: (k) => `в пределах шума: |разница| < ${k} ст. ош.`,
    ahead: (win, amount, cur, share) => `${win} впереди на ${amount} ${cur}, в ${share} прогонов`,
    comparing: (n) => `Сравнение ${n} ${p(n, 'проекта', 'проектов', 'проектов')}`,
    rows: {
      roiMean: 'ROI (среднее)',
      netProfit: G.NetIncrementalProfit,
      npv: G.npv,
      bands: '  P5 · P50 · P95',
      paybackP50: `${G.PaybackMonth} (P50)`,
      roiPositive: 'P(ROI > 0)',
      programCost: G.ProgramCost,
      discounts: '  скидки',
      pointsCost: '  баллы (начисление)',
      rebates: `  ${G.rebates}`,
      benefits: '  привилегии',
      perMemberCosts: '  на участника',
      fixedCosts: '  постоянные (запуск + ежемесячные)',
      windfall: G.Windfall,
      incrementalRevenue: G.IncrementalRevenue,
      churn: `${G.Churn} за год, без программы → с программой`,
      members: G.Members,
    },
    pairedTitle: 'Парные прогоны (прогон i каждого проекта видит тех же клиентов и те же случайные числа)',
    pairHead: { pair: 'пара', meanDelta: 'средняя Δ чистой прибыли', se: '± ст. ош.', pFirst: 'P(первый > второго)', verdict: 'вывод' },
    onlyOne: 'Проект только один: сравнивать не с чем.',
    noDifference: `Разницы нет: ${G.netIncrementalProfit} проектов одинакова в каждом прогоне.`,
    clearBest: (name, mean, cur, k) =>
      `У ${name} самая высокая средняя ${G.netIncrementalProfit} (${mean} ${cur}); отрыв от каждого другого проекта больше ${k} стандартных ошибок парной разницы.`,
    tiedBest: (name, mean, cur, tied, k) =>
      `У ${name} самая высокая средняя ${G.netIncrementalProfit} (${mean} ${cur}), но отрыв от ${tied} в пределах шума (меньше ${k} стандартных ошибок парной разницы): считайте их равными или повторите расчёт с бо́льшим --runs.`,
  },

  validate: {
    ok: 'в порядке',
    error: 'ошибка',
    warning: 'предупреждение',
    summary: (drafts, valid, invalid, errors, warnings) =>
      `${drafts} ${p(drafts, 'проект', 'проекта', 'проектов')}: корректных ${valid}, с ошибками ${invalid} (${errors} ${p(errors, 'ошибка', 'ошибки', 'ошибок')}, ${warnings} ${p(warnings, 'предупреждение', 'предупреждения', 'предупреждений')})`,
  },

  zod: {
    nothing: 'пустое значение',
    text: (t) => `текст «${t}»`,
    aList: 'список',
    emptyMap: 'пустой словарь',
    mapWith: (keys) => `словарь с ключами ${keys}`,
    aNumber: 'число',
    wholeNumber: 'целое число',
    textKind: 'текст',
    trueFalse: 'true или false',
    mapKind: 'словарь (строки «ключ: значение»)',
    listKind: 'список (строки, начинающиеся с «- »)',
    oneOf: (values) => `одно из ${values}`,
    oneOfBraces: (values) => `одно из {${values}}`,
    or: ' или ',
    missingKey: (key) => `нет ключа «${key}»`,
    addKey: (key, what) => `добавьте ${key}: ${what}`,
    unknownKey: (key) => `неизвестный ключ «${key}»`,
    didYouMean: (guess) => `может быть, «${guess}»?`,
    didYouMeanOneOf: (guess, options) => `может быть, «${guess}»? (одно из ${options})`,
    requiredHere: (guess) => `может быть, «${guess}»? (${guess} здесь обязателен)`,
    allowedKeys: (keys) => `допустимые ключи: ${keys}`,
    unknownTag: (key, what) => `неизвестное значение ${key}: ${what}`,
    unknownDistribution: (key) => `неизвестное распределение «${key}»`,
    useOneOf: (values) => `используйте одно из ${values}`,
    expected: (what, got) => `ожидается ${what}, а указано ${got}`,
    notAMap: (got) => `проект — это словарь с ключами вроде name, currency, horizon_months; а указано ${got}`,
    atLeast: 'не меньше',
    moreThan: 'больше',
    atMost: 'не больше',
    lessThan: 'меньше',
    entries: (word, bound, n) => `нужно ${word} ${bound} ${p(n, 'элемента', 'элементов', 'элементов')}`,
    characters: (word, bound) => `нужно ${word} ${bound} символов`,
    mustBe: (word, bound, got) => `должно быть ${word} ${bound}, а указано ${got}`,
    notOneOf: (got, values) => `${got} — не одно из ${values}`,
    notFormat: (got, what) => `${got} — не ${what}`,
    distributionExample: 'например, 0.05 или { pert: { min: 0.02, mode: 0.05, max: 0.10 } }',
    decimals: (v) => `пишите доли десятичной дробью: ${v}`,
    noQuotes: (v) => `пишите число без кавычек и пробелов, с точкой: ${v}`,
  },

  rules: {
    maxAboveMin: (kind, max, min) => `у ${kind} max (${max}) должен быть больше min (${min})`,
    fixedValueHint: 'для фиксированного значения напишите само число',
    modeBetween: (kind, mode, min, max) => `у ${kind} mode (${mode}) должен лежать между min (${min}) и max (${max})`,
    orderHint: 'расставьте их так: min ≤ mode ≤ max',
    mustBeAbove0: (what, got) => `${what}: должно быть больше 0, а указано ${got}`,
    lognormalHint: 'mean и sd — это среднее и стандартное отклонение самой величины, а не её логарифма',
    betaMean: (got) => `mean у beta должно лежать строго между 0 и 1, а указано ${got}`,
    betaSd: (mean, sd, max) => `не бывает beta-распределения с mean ${mean} и sd ${sd}: sd должно быть меньше ${max} (sd² < mean·(1 − mean))`,
    betaSdHint: (sd) => `попробуйте sd ${sd} или меньше`,
    outOfRange: (name, range, got) => `${name}: допустимо ${range}, а указано ${got}`,
    drawsOutside: (dist, lo, hi, range, name) => `${dist} даёт значения в [${lo}, ${hi}] — за пределами допустимого диапазона ${range} для ${name}`,
    boundsHint: (range) => `держите границы распределения внутри ${range}`,
    meanOutside: (dist, range, name) => `среднее ${dist} лежит за пределами допустимого диапазона ${range} для ${name}`,
    tailsOutside: (dist, below, bound, range, name) =>
      `${dist} в нескольких процентах прогонов даёт значения ${below ? `меньше ${bound}` : `больше ${bound}`} — за пределами допустимого диапазона ${range} для ${name}`,
    tailsHint: 'возьмите ограниченное распределение (pert, triangular, uniform, beta) или меньшее sd',
    shareAsDecimal: (v) => `пишите доли десятичной дробью: ${v} % — это ${v / 100}`,
    ggQ: (q) => `q у gamma_gamma должно быть больше 1, иначе средний заказ p·gamma/(q − 1) не существует; указано ${q}`,
    secondMechanic: (type, first) => `вторая механика ${type} (первая — mechanics[${first}])`,
    mergeHint: (type) => `объедините их в одну запись ${type}`,
    expiryBeforeLag: (expiry, lag) => `баллы сгорают через ${expiry} мес., раньше, чем их можно списать (redemption_lag_months ${lag})`,
    expiryHint: 'сделайте expiry_months не меньше redemption_lag_months',
    twoLevels: (name) => `два уровня называются «${name}»`,
    twoLevelsHint: 'дайте каждому уровню своё название',
    firstLevel: (got) => `первый уровень должен начинаться с min_spend 0, а указано ${got}`,
    firstLevelHint: 'каждый участник начинает с первого уровня',
    levelsSorted: (name, spend, prev, prevSpend) => `уровни должны идти по возрастанию min_spend: ${name} (${spend}) стоит после ${prev} (${prevSpend})`,
    levelsSortedHint: 'перечислите уровни от меньшего min_spend к большему, каждый выше предыдущего',
    bracketsSorted: (spend, prev) => `ступени должны идти по возрастанию min_spend: ${spend} стоит после ${prev}`,
    bracketsSortedHint: 'перечислите ступени от меньшего min_spend к большему, каждая выше предыдущей',
    lowerRate: 'более высокая ступень платит меньший ретро-бонус, чем ступень под ней',
    lowerRateHint: 'обычно ставка растёт с объёмом закупок',
    bigUplift: (key, v, frequency) => `типичное ${key} ${v} означает, что участники больше чем удваивают ${frequency ? 'число заказов' : 'сумму заказа'}`,
    bigUpliftHint: 'приросты относительные: 0.15 значит +15 %; в опубликованных программах они редко больше 0.3',
    names: {
      discountRate: 'ставка скидки',
      levelDiscount: 'скидка уровня',
      rebateRate: 'ставка ретро-бонуса',
      redemptionThreshold: 'порог списания',
      monthlyFee: 'ежемесячный взнос',
      yearlyFee: 'годовой взнос',
      referralRate: 'доля рекомендаций',
      spendWeight: (k) => `вес by_spend ${k}`,
    },
    redemptionBoth: 'у механики баллов должно быть либо redemption_rate, либо блок redemption, но не оба',
    redemptionBothHint: 'блок redemption моделирует остатки и заменяет redemption_rate и redemption_lag_months: удалите одно из двух',
    redemptionNeeded: 'механике баллов нужно redemption_rate (доля баллов, которые когда-либо спишут) или блок redemption',
    redemptionNeededHint: 'добавьте, например, redemption_rate: 0.7 или redemption: { threshold: 1000, monthly_propensity: 0.5 }',
    referenceMissing: 'reward_elasticity масштабирует эффекты по ставке вознаграждения относительно опорной, но effects.reference_reward_rate не задано',
    referenceMissingHint: 'добавьте effects.reference_reward_rate: ставку вознаграждения (например, 0.03), при которой оценивались приросты',
    aliases: (limit) => `псевдонимы раскрываются в слишком много узлов (предел ${limit}): документ похож на «billion laughs» и отклонён`,
    aliasesHint: 'выпишите значения явно вместо якорей и псевдонимов',
    empty: 'проект пуст',
    emptyHint: 'начните с шаблона: loyalty-sim init --template hybrid --yes --lang ru',
    yaml: {
      DUPLICATE_KEY: 'повторяющийся ключ: этот ключ уже есть выше в том же словаре',
      TAG_RESOLVE_FAILED: 'неизвестный тег YAML: проект — это просто данные, теги вроде !foo недопустимы',
      MULTIPLE_DOCS: 'больше одного документа YAML: проект — это один документ',
      BAD_INDENT: 'неверный отступ',
    },
    yamlSyntax: (first) => `синтаксис YAML: ${first}`,
    // the parser's words are English: our sentence says it all
    yamlDetail: (mine) => mine,
    duplicateHint: 'удалите один из двух или переименуйте',
    tagHint: 'удалите тег; если значение — текст, возьмите его в кавычки',
    indentHint: 'проверьте отступы (пробелы, не табуляция) и двоеточие после каждого ключа',
    noSuchDraft: 'нет такого проекта',
    noSuchDraftHint: 'проверьте путь или создайте проект: loyalty-sim init',
    directory: 'это папка, а не проект',
    directoryHint: 'укажите путь к файлу .yaml',
    cannotRead: (why) => `не удаётся прочитать проект: ${why}`,
    invalidDraft: (file, n, list) => `${file} — некорректный проект (${n} ${p(n, 'ошибка', 'ошибки', 'ошибок')}):\n${list}`,
    invalidDraftHint: (file) => `все замечания, включая предупреждения: loyalty-sim validate ${file}`,
  },

  lint: {
    tooManyRules: (rules, mechanics, levels, brackets) =>
      `в программе ${rules} ${p(rules, 'правило', 'правила', 'правил')} (механик: ${mechanics}, уровней: ${levels}, ступеней ретро-бонуса: ${brackets}): слишком много, чтобы объяснить одной фразой`,
    tooManyRulesHint: (max) => `оставьте не больше ${max}: уберите механику или объедините уровни либо ступени ретро-бонуса`,
    shortExpiry: (m) => `баллы сгорают через ${months(m)}: участники чувствуют себя обманутыми, и программа вызывает недоверие вместо лояльности`,
    shortExpiryHint: (min) => `дайте баллам жить не меньше ${months(min)} (в B2B обычно 12 и больше)`,
    cashToEmployees: 'вознаграждения выплачиваются деньгами сотрудникам клиента: в B2B это выглядит как откат (риск коммерческого подкупа для обеих компаний)',
    giftToEmployees: (form) => `вознаграждения (${form}) получают лично сотрудники клиента: подарок закупщику, а не компании, — риск коммерческого подкупа`,
    employeesHint: 'начисляйте вознаграждения компании-клиенту (recipient: company) — скидкой, товаром или услугой на её счёт',
    discretionary:
      'уровень участника назначают менеджеры, а не объективный объём закупок: антимонопольный риск (условия должны быть открыты каждому клиенту, выполнившему опубликованные критерии)',
    discretionaryHint: 'присваивайте уровни по закупкам за последние 12 месяцев (qualification: spend) и опубликуйте пороги',
    topLevelLoses: (name, total, parts, margin) =>
      `верхний уровень (${name}) получает ${total} от прайса${parts === null ? '' : ` (${parts})`} — не меньше валовой маржи ${margin}: каждая продажа ему убыточна`,
    topLevelParts: (base, level) => `скидка ${base} + скидка уровня ${level}`,
    topLevelHint: 'держите суммарную скидку заметно ниже валовой маржи или давайте верхнему уровню сервисные привилегии вместо цены',
    discountLoses: (rate, margin) => `скидка ${rate} не меньше валовой маржи ${margin}: каждая продажа участнику убыточна`,
    discountHint: 'держите скидку заметно ниже валовой маржи',
    noRunningCosts:
      'текущие затраты не заложены (costs.monthly и costs.per_member_monthly равны 0): платформа, персонал и рассылки участникам не бывают бесплатными',
    noRunningCostsHint: 'заложите costs.monthly (платформа, персонал) и costs.per_member_monthly (коммуникации)',
    revenueBasis: 'roi_basis: revenue считает выгодой дополнительную выручку и завышает ROI примерно в (1 / валовая маржа) раз',
    revenueBasisHint: 'используйте roi_basis: margin (по умолчанию): программу окупает только валовая прибыль с дополнительных продаж',
  },
};

/**
 * Commander's own messages (usage errors) in Russian. Commander has no
 * catalog, so its English sentences are matched here; one it does not know
 * is left as it is rather than guessed at.
 */
function translateCommander(text: string): string {
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown option '([^']+)'(?:\n\(Did you mean ([^?]+)\?\))?/, (_, o, d) => `ошибка: неизвестный параметр «${o}»${d ? `\n(может быть, ${d}?)` : ''}`],
    [/^error: unknown command '([^']+)'(?:\n\(Did you mean ([^?]+)\?\))?/, (_, c, d) => `ошибка: неизвестная команда «${c}»${d ? `\n(может быть, ${d}?)` : ''}`],
    [/^error: missing required argument '([^']+)'/, (_, a) => `ошибка: не указан обязательный аргумент «${a}»`],
    [/^error: option '([^']+)' argument missing/, (_, o) => `ошибка: у параметра «${o}» нет значения`],
    [/^error: option '([^']+)' argument '([^']*)' is invalid\./, (_, o, v) => `ошибка: недопустимое значение «${v}» параметра «${o}».`],
    [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\./, (_, v, a) => `ошибка: недопустимое значение «${v}» аргумента «${a}».`],
    [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./, (_, c, e, g) => `ошибка: слишком много аргументов${c ? ` для «${c}»` : ''}: ожидалось ${e}, получено ${g}.`],
    [/^error: required option '([^']+)' not specified/, (_, o) => `ошибка: не указан обязательный параметр «${o}»`],
    [/Allowed choices are ([^.]+)\./, (_, c) => `Допустимые значения: ${c}.`],
  ];
  let out = text;
  for (const [re, f] of rules) out = out.replace(re, (...m: unknown[]) => f(...(m.slice(0, -2) as string[]).map((x) => x ?? '')));
  return out;
}

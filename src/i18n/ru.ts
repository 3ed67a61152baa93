/**
 * The Russian catalog. Its type is the English one's, so a key missing here
 * fails the build. Business terms come from glossary.ts; typography follows
 * Russian usage: a space before %, «ёлочки» for quotes in prose, numbers and
 * dates already formatted by the ru-RU locale.
 */
import type { MetricKey } from '../engine/metrics.js';
import { RFM_KEYS } from '../history/rfm.js';
import { RFM_NAMES_RU } from './rfm-names.js';
import type { Messages } from './en.js';
import { G } from './glossary.js';
import { helpRu } from './help-ru.js';
import { pluralForm } from './plural.js';

const p = (n: number, one: string, few: string, many: string): string => pluralForm('ru', n, { one, few, many, other: few });
/** Names and values as the user wrote them, each in «», so a Latin name reads as a quote (segments, issue 27). */
const q = (items: readonly string[]): string => items.map((x) => `«${x}»`).join(', ');
const months = (n: number) => `${n} ${p(n, 'месяц', 'месяца', 'месяцев')}`;
/** A run count in prose (stderr messages, which have no --locale at hand): grouped as Russian writes it, 1 000. */
// ISO dates and months the core passes (2024-02-29, 2024-02) written the Russian way (29.02.2024, 02.2024); other words pass unchanged.
const ruDate = (s: string): string => (/^\d{4}-\d{2}(-\d{2})?$/.test(s) ? s.split('-').reverse().join('.') : s);
/** Distribution names of the draft format (YAML values) as Russian prose names them. */
const DISTRIBUTION_RU: Record<string, string> = {
  triangular: 'треугольное распределение',
  uniform: 'равномерное распределение',
  normal: 'нормальное распределение',
  lognormal: 'логнормальное распределение',
  beta: 'бета-распределение',
  gamma: 'гамма-распределение',
  pert: 'PERT-распределение',
};
/** A currency as Russian text writes it after a sum: ₽ for the ruble, the ISO code for others (USD, EUR). */
const sym = (code: string): string => (code === 'RUB' ? '₽' : code);
const runs = (n: number) => `${n.toLocaleString('ru-RU')} ${p(n, 'прогон', 'прогона', 'прогонов')}`;
/** The same after «в» (prepositional: в 1 прогоне, в 2 прогонах, в 5 прогонах). */
const inRuns = (n: number) => `${n.toLocaleString('ru-RU')} ${p(n, 'прогоне', 'прогонах', 'прогонах')}`;
/** After «из» (genitive: из 1 прогона, из 2 прогонов, из 5 прогонов). */
const ofRuns = (n: number) => `${n.toLocaleString('ru-RU')} ${p(n, 'прогона', 'прогонов', 'прогонов')}`;
/** After «по» (dative: по 1 прогону, по 2 прогонам, по 5 прогонам). */
const overRuns = (n: number) => `${n.toLocaleString('ru-RU')} ${p(n, 'прогону', 'прогонам', 'прогонам')}`;

/** What a non-numeric field holds (decide/variant.ts passes a JavaScript type name, or 'list'). */
const HOLDS_RU: Record<string, string> = { list: 'список', string: 'текст', boolean: 'логическое значение', object: 'вложенные поля', undefined: 'ничего' };

/** A pilot's metric as the subject of a sentence (pilot plan's refusal of a baseline that is not positive). */
const PILOT_METRIC_RU: Record<'revenue' | 'orders' | 'active', string> = { revenue: 'выручка на клиента', orders: 'число заказов на клиента', active: 'доля покупающих клиентов' };

/** The metrics' JSON keys as a Russian finance reader names them (the XLSX Summary). */
const METRICS_RU: Record<MetricKey, string> = {
  listSpendBaseline: 'Закупки по прайсу без программы',
  listSpendProgram: 'Закупки по прайсу с программой',
  revenueBaseline: 'Выручка без программы',
  revenueProgram: 'Выручка с программой',
  incrementalRevenue: G.IncrementalRevenue,
  discounts: G.Discounts,
  rebates: G.Rebates,
  pointsIssued: 'Начислено баллов',
  pointsRedeemed: 'Списано баллов (ожидаемо)',
  pointsBreakage: 'Сгорание баллов',
  pointsCost: 'Баллы (начисление)',
  pointsLiability: 'Обязательства по баллам',
  benefits: 'Привилегии',
  perMemberCosts: 'Затраты на участников',
  fixedCosts: 'Постоянные затраты',
  programCost: G.ProgramCost,
  windfallCost: G.Windfall,
  incrementalCost: 'Вознаграждения за дополнительные покупки',
  incrementalGrossProfit: 'Дополнительная валовая прибыль',
  netIncrementalProfit: G.NetIncrementalProfit,
  roi: 'ROI',
  npv: G.npv,
  paybackMonth: G.PaybackMonth,
  members: G.Members,
  costPerMember: 'Затраты на участника (среднее отношений)',
  activeAtStart: 'Активные клиенты на старте',
  activeAtHorizonBaseline: 'Активные клиенты в конце без программы',
  activeAtHorizonProgram: 'Активные клиенты в конце с программой',
  churnAnnualBaseline: 'Отток за год без программы',
  churnAnnualProgram: 'Отток за год с программой',
  ordersBaseline: 'Заказы без программы',
  ordersProgram: 'Заказы с программой',
  ordersPerActiveMonthBaseline: 'Заказов на активного клиента в месяц без программы',
  ordersPerActiveMonthProgram: 'Заказов на активного клиента в месяц с программой',
  averageCheckBaseline: 'Средний чек без программы',
  averageCheckProgram: 'Средний чек с программой',
  observedMemberGap: 'Разрыв между участниками и неучастниками (наблюдаемый)',
  causalMemberUplift: 'Эффект программы (причинный)',
  pointsExpired: 'Сгорело баллов по сроку',
  pointsForfeited: 'Баллы, потерянные при уходе',
  pointsOutstanding: 'Остаток баллов на конец горизонта',
  effectiveRedemptionShare: 'Фактическая доля списания баллов',
  pushedOrders: 'Подтолкнутые заказы',
  feeIncome: 'Членские взносы (в чистой прибыли)',
  referredCustomers: 'Клиенты, приведённые по рекомендации',
  referralRevenue: 'Приведённые клиенты: их закупки по прайсу',
  referralBonuses: 'Бонусы за рекомендации',
  paymentTermsCost: 'Отсрочка платежа',
  referredActiveAtHorizon: 'Приведённые клиенты, активные в конце горизонта (неорганическая доля)',
  // ── issue 27 (§14): действия, досрочная оплата, партнёры ──
  actionPoints: 'Баллы за действия и досрочную оплату',
  actionValue: 'Ценность действий участников (в чистой прибыли)',
  earlyPaymentBenefit: 'Досрочная оплата: выгода на капитале (в чистой прибыли)',
  partnerFeeIncome: 'Сборы партнёров за списанные баллы (в чистой прибыли)',
  partnerFunding: 'Финансирование вознаграждений партнёрами',
  // ── конец блока issue 27 ──
};

/** The RFM segments' usual Russian names (their own file: drafts may name classes by them). */
const RFM_RU = RFM_NAMES_RU;

/** What the quick ROI formula leaves out, by the result's id. */
const LEFT_OUT_RU: Record<string, string> = {
  margin: 'Маржа: выгода здесь — выручка, а не прибыль, хотя затраты — живые деньги; simulate считает валовую маржу × дополнительные продажи (roi_basis: margin).',
  windfall: 'Вознаграждения без эффекта: скидки и баллы за покупки, которые были бы и так; simulate делит вознаграждения на выплаченные без эффекта и за дополнительные покупки.',
  breakage: 'Сгорание баллов: баллы, которые так и не спишут, и обязательства по баллам, оставшимся на конец горизонта.',
  timing: 'Время: деньги в году N считаются как сегодняшние; simulate дисконтирует денежные потоки (ЧДД) и находит срок окупаемости.',
  participation: 'Участие: прирост применяется ко всем клиентам, хотя меняют поведение только вступившие и оставшиеся активными.',
  dropout: 'Динамика ухода: (1 − W + X) — удержание за один год, приложенное ко всем N годам; ушедшие в первый год не вернутся и во второй и третий, а simulate считает отток помесячно с накоплением.',
  uncertainty: 'Неопределённость: каждый параметр — одно число; simulate разыгрывает неопределённые эффекты из распределений и показывает P5/P50/P95 и P(ROI > 0).',
};

export const ru: Messages = {
  common: {
    never: 'никогда',
    noData: '(нет данных)',
    pct: (x: number): string => `${Number((x * 100).toPrecision(3)).toLocaleString('ru-RU')}\u00a0%`,
    count: (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('ru-RU') : Number(x.toPrecision(2)).toLocaleString('ru-RU')),
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
    notShare: (v) => `«${v}» — не доля (пишите 10 % или 0,1).`,
    notOneOf: (v, choices) => `«${v}» — не одно из значений: ${choices}.`,
    notLocale: (v) => `«${v}» — неизвестная Node локаль (например, en-US, ru-RU).`,
    notCurrency: (v) => `«${v}» — не код валюты ISO 4217 (например, RUB, USD, EUR).`,
    unknownLocale: (v) => `неизвестная локаль «${v}».`,
    unknownLocaleHint: 'укажите тег BCP 47, например ru-RU, en-US или de-DE',
    stopping: '\nостанавливаю… (нажмите Ctrl-C ещё раз, чтобы выйти сразу)',
    interruptedRuns: (done, asked) =>
      `прервано: завершено ${done} из ${ofRuns(asked)}; результаты не выведены (для быстрой оценки запустите с --runs ${Math.max(1, done)}).`,
    interruptedBatch: (done, planned) =>
      `прервано после ${done} из примерно ${planned} симуляций; выводить нечего (для быстрой оценки уменьшите --runs).`,
    wroteRuns: (n, file) => `записано ${runs(n)} в ${file}`,
    wrote: (file) => `записан ${file}`,
    reportInterrupted: 'прервано: отчёт не записан (существующие файлы не изменены).',
    precisionNotReached: (prec, n) => `точность ${String(prec).replace('.', ',')} не достигнута за ${runs(n)}; увеличьте --runs для более точной оценки.`,
    commander: translateCommander,
  },

  init: {
    exists: (file) => `${file} уже существует; не перезаписываю`,
    existsHint: 'добавьте --force, чтобы заменить его, или укажите другое имя: loyalty-sim init другой.yaml',
    existsHintShort: 'добавьте --force, чтобы заменить его',
    notTty: 'init задаёт вопросы, но stdin — не терминал',
    stopped: 'init остановлен до последнего вопроса; ничего не записано',
    stoppedHint: (file) => `запустите снова или запишите шаблон без вопросов: loyalty-sim init ${file} --yes`,
    notTtyHint: (file, template) => `добавьте --yes, чтобы записать шаблон без вопросов: loyalty-sim init ${file} --template ${template} --yes`,
    cannotWrite: (file, why) => `не удаётся записать ${file}: ${why}`,
    cannotWriteHint: 'проверьте, что папка существует и доступна для записи',
    wrote: (file, template, warnings) =>
      `записан ${file} (шаблон ${template}${warnings ? `, ${warnings} ${p(warnings, 'предупреждение', 'предупреждения', 'предупреждений')} о дизайне` : ''})`,
    next: (file) => `дальше: loyalty-sim validate ${file}   затем: loyalty-sim simulate ${file}`,
    schemaTip: 'для подсказок в редакторе положите рядом JSON Schema: loyalty-sim schema > program.schema.json',
  },

  wizard: {
    shareExample: (message, pct, value) => `${message} (например, ${pct} % или ${String(value).replace('.', ',')})`,
    shareRange: (lo, hi) => `введите долю от ${String(lo).replace('.', ',')} % до ${String(hi).replace('.', ',')} % (не включая ${String(hi).replace('.', ',')} %)`,
    mechanics: 'Какие механики?',
    template: (name, english) =>
      (
        {
          points: 'баллы за каждую покупку, обмениваются на товар после порога',
          discount: 'постоянная скидка участника от прайса',
          tiers: 'уровни Silver / Gold / Platinum по закупкам за 12 месяцев',
          rebate: 'квартальный ретро-бонус по ступеням объёма',
          hybrid: 'баллы + уровни + ретро-бонус, полный оптовый пример',
          club: 'платный бизнес-клуб: годовой взнос за исследования рынка и обучение',
          referral: 'вознаграждение дилерам, которые приводят в сеть новых дилеров',
          'early-pay': 'баллы дистрибьютора за досрочную оплату и заказы через кабинет, часть оплачивает поставщик',
          segments: 'персональные условия по рангу закупок: ключевым клиентам 2 %, средним 4 %, мелким 30 % — без приглашения',
        } as Record<string, string>
      )[name] ?? english,
    name: 'Название программы',
    currency: 'Валюта (код ISO 4217)',
    currencyRule: 'три заглавные латинские буквы, например RUB, USD, EUR',
    horizon: 'Горизонт, месяцев',
    margin: 'Валовая маржа, доля от прайса',
    customers: 'Сколько клиентов моделировать',
    discount: 'Скидка участника от прайса',
    earn: 'Баллов за единицу чистой выручки',
    expiry: 'Срок сгорания баллов, месяцев',
    topDiscount: (level) => `Скидка верхнего уровня (${level})`,
    topRebate: (from) => `Ставка ретро-бонуса верхней ступени (закупки от ${from.toLocaleString('ru-RU')})`,
    launch: (cur) => `Затраты на запуск (разовые, ${sym(cur)})`,
    monthly: (cur) => `Текущие затраты в месяц (${sym(cur)})`,
    selection:
      'Самоотбор: насколько охотнее вступают крупные покупатели, от 0 (случайно) до 0,99 (исследования показывают, что участники — более крупные покупатели: Leenheer et al. 2007)',
    ramp: 'За сколько месяцев эффекты выходят на полную силу (они нарастают месяцами: Liu 2007)',
    threshold: 'Сколько баллов нужно на самое маленькое вознаграждение (достижимо за несколько месяцев, чтобы цель тянула: Kivetz, Urminsky & Zheng 2006)',
    fee: (cur) => `Годовой членский взнос участника клуба (${sym(cur)})`,
    referralRate: 'Сколько новых клиентов каждый участник приводит за год',
    bonusReferrer: (cur) => `Бонус участнику, который привёл клиента (${sym(cur)})`,
    bonusNew: (cur) => `Бонус новому клиенту (${sym(cur)})`,
    clubCost: (cur) => `Сколько стоят услуги клуба на одного участника в месяц (${sym(cur)})`,
  },

  population: {
    synthetic: (count) => `${count} синтетических клиентов`,
    sampledSynthetic: (size, full) => `выборка ${size} из ${full} синтетических клиентов`,
    sampleNotSmaller: (sample, total) => `--sample ${sample} не меньше числа клиентов (${total}): моделируются все клиенты, без выборки и пересчёта на базу`,
    /** Задача 29: выборка так мала, что пересчёт на базу — в основном случайность (7 клиентов за 10 000). */
    sampleTooSmall: (n, sample, total, weight, minimum) =>
      `--sample ${sample}: выборка из ${sample} ${p(n, 'клиента', 'клиентов', 'клиентов')} представляет всю базу из ${total}: каждый клиент выборки считается за ${weight}, поэтому итоги и их разброс — в основном случайность того, какие клиенты попали в выборку; моделируйте хотя бы ${minimum} клиентов (--sample ${minimum.replace(/\D/g, '')}) или уберите --sample`,
    how: (model, churnPrior, drawn, seasonal) =>
      `${model}${churnPrior ? ' с априорным оттоком из --annual-churn' : ''}, ${drawn ? 'параметры разыгрываются в каждом прогоне' : 'параметры фиксированы'}${seasonal ? ', с сезонностью' : ''}`,
    real: (total, file) => `${total} реальных клиентов из ${file}`,
    sampled: (size, strata, total, file) =>
      `выборка ${size} (стратифицированная, ${strata} ${p(strata, 'страта', 'страты', 'страт')}) из ${total} реальных клиентов из ${file}`,
    noCustomers: (file) => `в ${file} нет блока customers.synthetic, и --history не указан: моделировать некого.`,
    noCustomersHint: 'добавьте блок customers.synthetic (см. `loyalty-sim init --template hybrid --yes`) или укажите --history sales.csv',
    sampleNeedsHistory: '--sample работает только вместе с --history.',
    sampleNeedsHistoryHint: 'чтобы моделировать меньше синтетических клиентов, уменьшите customers.synthetic.count в проекте',
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
    windfallClause: (share) => `; ${share} бюджета вознаграждений уходит на покупки, которые участники сделали бы и без программы`,
    reading: (horizon, odds, mean, p5, p95, pPositive, pay, windfall) =>
      `За ${months(horizon)} программа ${odds}: ROI в среднем ${mean} (от ${p5} на P5 до ${p95} на P95), положителен в ${pPositive} прогонов; ${pay}${windfall}.`,
    runs: (n, text) => `${text} ${p(n, 'прогон', 'прогона', 'прогонов')}`,
    runsOf: (n, asked, askedText, reached) => `${n} из ${askedText} ${p(asked, 'прогона', 'прогонов', 'прогонов')}${reached === null ? '' : ` (достигнута точность ${reached})`}`,
    lhs: 'латинский гиперкуб',
    mc: 'метод Монте-Карло',
    months,
    seed: (seed) => `начальное значение генератора ${seed}`,
    revenueBasis: 'Примечание: roi_basis равен revenue, поэтому выгода считается по выручке, а не по валовой прибыли: ROI завышен.',
    decision: 'Решение',
    head: { mean: 'среднее', se: '± ст. ош.' },
    roiRow: 'ROI (чистая прибыль / затраты)',
    netProfit: G.NetIncrementalProfit,
    npv: G.npv,
    paybackMonth: G.PaybackMonth,
    probabilities: (roi, npv, payback) => `P(ROI > 0) ${roi}   P(${G.npv} > 0) ${npv}   ${payback}`,
    calibration: (spread, widening, share, tails, sd, n) =>
      `Неопределённость калибровки: ${spread} % разброса ROI, поэтому его интервал P5–P95 примерно в ${widening} раза шире, чем при параметрах подгонки без разброса (${share} % дисперсии ROI${tails ? ', в которой преобладают самые крайние прогоны' : ''}; ст. откл. ROI ${sd}). Доли — скорректированный R² регрессии нормальных меток ROI по прогонам и самого ROI на разыгранные в каждом прогоне параметры, по ${overRuns(n)}. --no-parameter-uncertainty её исключает.`,
    seNote: (error) =>
      `± ст. ош.: стандартная ошибка Монте-Карло для среднего, ${error}; у месяца окупаемости нет среднего (у неокупившегося прогона нет месяца): смотрите медиану и долю окупившихся прогонов.`,
    errorIid: (n, text) => `ст. ош. по ${text} ${p(n, 'независимому прогону', 'независимым прогонам', 'независимым прогонам')}`,
    errorBlocks: (blocksN, blocks, sizeN, size, last) =>
      `ст. ош. по ${blocks} ${p(blocksN, 'независимому блоку', 'независимым блокам', 'независимым блокам')} латинского гиперкуба по ${size} ${p(sizeN, 'прогону', 'прогона', 'прогонов')}${last === null ? '' : ` (последний — ${last})`}`,
    roiUndefinedRuns: (n) => `ROI не определён в ${inRuns(n)} (затраты на программу равны 0); они исключены из его статистики.`,
    roiAcrossRuns: 'ROI по прогонам',
    monthN: (n) => `${n}-й месяц`,
    membersByMonth: 'Участники по месяцам (среднее)',
    netByMonth: `${G.NetIncrementalProfit} по месяцам (среднее)`,
    referredByMonth: 'Приведённые по рекомендации клиенты по месяцам (среднее)',
    feeIncomeRow: 'Членские взносы (в чистой прибыли)',
    feeIncomeCostRow: 'Членские взносы (не затраты: в чистой прибыли)',
    selectionTitle: 'Наблюдаемый разрыв и причинный эффект (самоотбор, docs/model.ru.md §8)',
    cumulative: 'Накопленная чистая прибыль по месяцам (среднее)',
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
      costPerMember: 'Затраты на участника (среднее отношений)',
      pointsIssued: 'Начислено баллов',
      redeemed: '  ожидаемое списание',
      breakage: `  ${G.breakage}`,
      liability: (h) => `  обязательства после ${h}-го месяца`,
      effectiveRedemption: '  фактическая доля списания',
      referred: 'Клиенты, приведённые по рекомендации',
      referredSpend: '  их закупки по прайсу (неорганическая доля)',
      referredActive: '  активны в конце горизонта (неорганическая доля)',
    },
    kpiHead: { baseline: G.baseline, program: G.program, change: 'изменение' },
    tierTitle: (h) => `Распределение участников по уровням после ${h}-го месяца`,
    tierHead: { level: G.tier, members: 'участники', share: 'доля' },
  },

  decide: {
    meta: (population, horizon, n, text, sampling, error, seed) =>
      `${population} · ${months(horizon)} · по ${text} ${p(n, 'прогону', 'прогона', 'прогонов')} (${sampling}; ${error}) · начальное значение генератора ${seed} · везде одни и те же клиенты и случайные числа`,
    moneyIn: (cur) => ` (суммы в ${sym(cur)})`,
    vs: ' / ',
    identical: (a, b) => `разницы нет: ${a} и ${b} дают одно и то же в каждом прогоне`,
    noise: (k) => `в пределах шума: |разница| < ${k} ст. ош.`,
    ahead: (win, amount, cur, share) => `${win} впереди на ${amount} ${sym(cur)}, в ${share} прогонов`,
    comparing: (n) => `Сравнение ${n} ${p(n, 'проекта', 'проектов', 'проектов')}`,
    rows: {
      roiMean: 'ROI (среднее)',
      netProfit: G.NetIncrementalProfit,
      npv: G.npv,
      bands: '  P5 · P50 · P95',
      paybackP50: 'Срок окупаемости: медианный месяц',
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
      feeIncome: 'Членские взносы (в чистой прибыли, не затраты)',
      observedGap: 'Разрыв участников и неучастников (наблюдаемый)',
      causalUplift: 'Эффект программы для участников (причинный)',
    },
    selectionNote:
      'Наблюдаемый разрыв: насколько участники покупают больше неучастников — это покажет клиенту наивное сравнение участников с неучастниками (или «до и после»); причинный эффект: что программа добавляет тем же участникам; где первый больше, охотнее вступали крупные покупатели, которые и так купили бы больше.',
    pairedTitle: 'Парные прогоны (прогон i каждого проекта видит тех же клиентов и те же случайные числа)',
    pairHead: { pair: 'пара', meanDelta: 'средняя Δ чистой прибыли', se: '± ст. ош.', pFirst: 'P(первый > второго)', paybackP50: 'медианный срок окупаемости', verdict: 'вывод' },

    setTo: (path) => `${path} принимает каждое значение`,
    shifted: (path, kind) => `${path} — ${DISTRIBUTION_RU[kind] ?? `распределение ${kind}`}: оно сдвигается так, чтобы его среднее было каждым значением, с тем же разбросом`,
    sweepOf: (names) => `Перебор: ${names}`,
    draftHas: (how, value) => `${how}; в проекте ${value}.`,
    sweepStopped: (runs, se, target) =>
      `Остановлено на ${runs} прогонах на точку: парная разница каждой точки с лучшей известна с точностью ±${se} (цель — ${target} от разброса средней чистой прибыли по сетке).`,
    sweepHead: { meanRoi: 'средний ROI', meanNet: 'средняя чистая прибыль', se: '± ст. ош.', programCost: 'затраты на программу', roiPositive: 'P(ROI > 0)' },
    bandTitle: 'Средний ROI и полоса P5–P95',
    signChange: (from, to, path) => `Средняя чистая прибыль меняет знак между ${from} и ${to}; точное значение найдёт \`breakeven --solve ${path}\`.`,
    sameSign: (positive) => `Средняя чистая прибыль ${positive ? 'положительна' : 'отрицательна'} на всём диапазоне.`,
    gridTitle: (down, across) => `Средняя ${G.netIncrementalProfit}: ${down} по строкам, ${across} по столбцам`,
    frontier: '* рядом с клеткой противоположного знака: здесь проходит граница безубыточности.',
    signMap: 'Карта знаков (+ прибыль, − убыток)',
    tornadoTitle: `«Торнадо»: средняя ${G.netIncrementalProfit}, когда один параметр на P10 и P90, а остальные на медианах`,
    tornadoHead: { input: 'параметр', netLow: 'прибыль на P10', netHigh: 'прибыль на P90', swing: 'размах', se: '± ст. ош.', runs: 'прогонов', spearman: 'ρ Спирмена' },
    tornadoStopped: (target, runs, total, full) =>
      `Каждый размах считался, пока его парная ст. ош. не стала не больше ${target} от наибольшего размаха (или до ${runs} прогонов): всего ${total} прогонов вместо ${full} без остановки.`,
    allMedian: (mean, se, cur) => `Все параметры на медианах: средняя чистая прибыль ${mean} ± ${se} ${sym(cur)}.`,
    spearmanNote: (runs, mean, se) =>
      `ρ Спирмена: ранговая корреляция каждого параметра с чистой дополнительной прибылью по ${runs} обычным прогонам Монте-Карло (все параметры разыгрываются; средняя чистая прибыль ${mean} ± ${se}), как в табличных инструментах анализа рисков.`,
    mattersMost: (name, swing, cur) => `Сильнее всего влияет параметр «${name}»: между его P10 и P90 средняя чистая прибыль меняется на ${swing} ${sym(cur)}.`,
    breakevenOf: (path) => `Точка безубыточности по ${path}`,
    searched: (how, lo, hi) => `${how}. Поиск от ${lo} до ${hi}.`,
    noBreakeven: (path, lo, hi) => `Ни при каком значении ${path} от ${lo} до ${hi} программа не выходит в ноль:`,
    staysSign: (negative, atLo, lo, atHi, hi) =>
      ` средняя ${G.netIncrementalProfit} остаётся ${negative ? 'отрицательной' : 'положительной'} (${atLo} при ${lo}, ${atHi} при ${hi}).`,
    cannotPay: 'Изменением одного этого параметра программу не окупить; посмотрите в «торнадо», какие параметры важнее.',
    alwaysPays: 'Программа окупается при любом допустимом значении этого параметра.',
    breaksEvenAt: (path, v) => `${path} выходит в ноль при ${v}`,
    breaksEvenSe: (se, at) => ` (± ${se} — стандартная ошибка Монте-Карло; средняя чистая прибыль в этой точке ${at}).`,
    draftValue: (v, mean, pays, above, at) =>
      `В проекте ${v} (средняя чистая прибыль ${mean}): там программа ${pays ? 'окупается' : 'убыточна'}, а в ноль выходит ${above ? 'выше' : 'ниже'}, при ${at}.`,
    evalHead: { meanNet: 'средняя чистая прибыль', se: '± ст. ош.' },
    evaluations: (n, runs, runsText) => `${n} ${p(n, 'расчёт', 'расчёта', 'расчётов')} по ${runsText} ${p(runs, 'прогону', 'прогона', 'прогонов')}, с одним начальным значением генератора.`,
    onlyOne: 'Проект только один: сравнивать не с чем.',
    noDifference: `Разницы нет: ${G.netIncrementalProfit} проектов одинакова в каждом прогоне.`,
    clearBest: (name, mean, cur, k) =>
      `У ${name} самая высокая средняя ${G.netIncrementalProfit} (${mean} ${sym(cur)}); отрыв от каждого другого проекта больше ${k} стандартных ошибок парной разницы.`,
    tiedBest: (name, mean, cur, tied, k) =>
      `У ${name} самая высокая средняя ${G.netIncrementalProfit} (${mean} ${sym(cur)}), но отрыв от ${tied} в пределах шума (меньше ${k} стандартных ошибок парной разницы): считайте их равными или повторите расчёт с бо́льшим --runs.`,
  },

  profile: {
    base: 'Клиентская база',
    customers: 'Клиенты',
    orders: 'Заказы',
    revenue: `${G.Revenue} (за вычетом возвратов)`,
    period: 'Период',
    // ISO dates from the data, written DD.MM.YYYY
    periodValue: (first, last) => `${ruDate(first)} – ${ruDate(last)}`,
    pareto: 'Топ-20 % клиентов: доля выручки',
    ordersPerMonth: 'Заказов на клиента в месяц',
    averageCheck: G.AverageCheck,
    churned: (days) => `Ушедшие (нет покупок за последние ${days} ${p(days, 'день', 'дня', 'дней')})`,
    rfmTitle: 'RFM-сегменты (квинтили давности × частоты)',
    rfmHead: ['Сегмент', 'Клиенты', 'Доля', G.Revenue, 'Доля выручки', 'Давность, дней', 'Покупок', 'Выручка на клиента'],
    segment: (name) => RFM_RU[name] ?? name,
    cohortTitle: (k) => `Удержание когорт: доля клиентов месяца первой покупки, купивших через k месяцев (k = 1..${k})`,
    cohortHead: ['Когорта', 'Клиенты'],
    cohort: (yyyyMm) => ruDate(yyyyMm),
  },

  seasonality: {
    months: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
    none: 'Сезонность: нет (--no-seasonality или файл сводки, в котором нет дат)',
    title: (model) =>
      `Сезонность: повторные покупки по календарным месяцам, ${
        model ? 'относительно ожидаемых по оценённой модели в возрасте каждого клиента' : 'на клиенто-месяц под риском (от первой покупки до конца; без поправки на уход, её делает fit)'
      }; среднее 1`,
    multiplier: 'множитель',
    interval: '± (95 %)',
    shrunk: (sd, dispersion, seen) =>
      `сжато к 1 (эмпирический Байес): разброс между месяцами (sd) ${sd}, дисперсия месячных счётов ${dispersion}; каждый месяц встречается ${seen} ${p(Number(seen.split('–').pop()), 'раз', 'раза', 'раз')}`,
    flat: (why) => `ровно (все 1): ${why}`,
    tooShort: (n, min, missing, count) =>
      `${months(n)} истории: каждый календарный месяц должен встретиться не меньше ${min} раз, чтобы отличить сезон от случайности (${count === 1 ? 'не встречается так часто' : 'не встречаются так часто'}: ${missing})`,
    noRepeats: 'нет повторных покупок, по которым можно измерить сезон',
    noise: 'сезонность не выше шума месячных счётов',
  },

  roi: {
    title: 'Быстрый ROI (docs/model.ru.md §7): выгода = Z·Y·N·(1 − W + X), ROI = (выгода − V) / V',
    inputs: {
      uplift: 'Прирост (Y)',
      churnReduction: 'Снижение оттока (X)',
      cost: 'Затраты (V)',
    },
    revenuePerClient: 'Выручка на клиента в год (Z)',
    clients: 'Клиентов',
    revenueBase: 'Выручка базы в год (Z × клиенты)',
    revenueUplift: 'Прирост выручки (Y)',
    years: 'Лет (N)',
    churn: 'Годовой отток (W)',
    churnReduction: 'Снижение оттока, п. п. (X)',
    cost: 'Затраты на программу (V)',
    gain: (years, gain, z, uplift, kept) => `Прирост выручки за ${years} г.: ${gain}  (${z} × ${uplift} × ${years} × ${kept} сохранённых)`,
    once: (v) => `ROI, затраты разовые (V = ${v}):`,
    yearly: (v) => `ROI, затраты каждый год (V × N = ${v}):`,
    sameOverOneYear: 'За один год оба прочтения совпадают.',
    whyDiffer: (years, cost, perYear, once) =>
      `Почему они различаются: в статьях V называют годовыми затратами, но вычитают один раз из выгоды за ${years} г.\n` +
      `Безубыточные затраты: ${perYear} в год при ежегодной оплате, ${once} при разовой (заданные затраты: ${cost}).`,
    breakEvenUplift: (once, yearly) => `Безубыточный прирост: ${once} при разовых затратах, ${yearly} при ежегодных.`,
    sensitivity: 'Чувствительность: один параметр за раз на −50 % и +50 %, остальные как заданы:',
    head: ['Параметр', 'Низ (−50 %)', 'Верх (+50 %)', 'ROI разово, низ', 'ROI разово, верх', 'ROI ежегодно, низ', 'ROI ежегодно, верх'],
    capped: '* удержано на границе, где ±50 % вывело бы отток ниже 0 % или выше 100 %.',
    leavesOutTitle: 'Что эта формула не учитывает (посчитать поможет `loyalty-sim simulate`):',
    leftOut: (id, text) => LEFT_OUT_RU[id] ?? text,
  },

  html: {
    runsOf: (n, asked, askedText, reached) => `${n} из ${askedText} ${p(asked, 'прогона', 'прогонов', 'прогонов')}${reached ? ' (точность достигнута)' : ''}`,
    runs: (n, text) => `${text} ${p(n, 'прогон', 'прогона', 'прогонов')}`,
    meanRoi: 'средний ROI',
    // issue 24: плитки называют свою статистику, а расхождение знаков среднего и медианы объясняется
    meanNet: `средняя ${G.netIncrementalProfit}`,
    meanMedianDiffer: (mean, median) => `Среднее и медиана расходятся: средняя ${G.netIncrementalProfit} — ${mean}, а медианный прогон даёт ${median}; среднее определяют немногие прогоны с крупными исходами.`,
    medianNet: `медианная ${G.netIncrementalProfit}`,
    medianPayback: 'медианная окупаемость',
    month: (m) => `${m}-й месяц`,
    revenueBasis: 'roi_basis равен revenue: выгода считается по выручке, а не по валовой прибыли, и ROI завышен.',
    npvNote: (npv, payback, error) => `P(${G.npv} > 0) ${npv} · ${payback} · ${error}`,
    range: (lo, hi) => ` (от ${lo} до ${hi})`,
    identical: 'одинаково в каждом прогоне',
    noise: 'в пределах шума',
    ahead: (name) => `впереди ${name}`,
    vs: ' и ',
    sideBySide: 'Рядом',
    sideBySideNote:
      'Среднее (от P5 до P95) по прогонам. Проекты считались на одних и тех же клиентах с одним начальным значением генератора, поэтому прогон i каждого проекта использует те же случайные числа (общие случайные числа): разницы ниже — парные, прогон к прогону.',
    pairHead: ['пара (A и B)', 'P(чистая прибыль A > B)', 'средняя разница чистой прибыли (A − B) ± ст. ош.', 'вывод'],
    customers: (population, currency) => `Клиенты: ${population} · валюта ${sym(currency)}`,
    uncertainTitle: 'Неопределённые параметры (разыгрываются раз за прогон)',
    uncertainHead: { input: 'параметр', distribution: 'распределение' },
    noUncertain: 'Неопределённых параметров нет: все поля — числа.',
    fixedTitle: 'Фиксированные поля',
    tierDefaults: 'Поля уровней со значениями по умолчанию (0, множитель баллов 1) не показаны.',
    fixedHead: { field: 'поле', value: 'значение' },
    roiTitle: (n, text, name) => `ROI по ${text} ${p(n, 'прогону', 'прогонам', 'прогонам')}: ${name}`,
    roiAxis: 'ROI (чистая дополнительная прибыль / затраты на программу)',
    binTitle: (from, to, n) => `от ${from} до ${to}: ${n} ${p(n, 'прогон', 'прогона', 'прогонов')}`,
    roiCaption: (pr) => `Число прогонов в каждом интервале ROI; интервалы ниже нуля убыточны. P(ROI > 0) ${pr}.`,
    cumulativeTitle: (name) => `Накопленная чистая прибыль по месяцам: ${name}`,
    monthAxis: 'месяц',
    cumulativePays: (payback, last, mean, p5, p95) =>
      `Накопленная недисконтированная чистая прибыль, затраты на запуск в месяце 0: среднее по прогонам и интервал P5–P95; ${payback}. После ${last}-го месяца: ${mean} (P5 ${p5}, P95 ${p95}).`,
    costTitle: (name) => `Структура затрат на программу: ${name}`,
    costCaption: 'Среднее по прогонам; вознаграждения (скидки, баллы, ретро-бонусы) — оранжевым.',
    splitTitle: 'Вознаграждения: без эффекта и за дополнительные покупки',
    windfall: 'без эффекта',
    incremental: 'за дополнительные покупки',
    splitChartTitle: (name) => `Структура вознаграждений: ${name}`,
    splitCaption: (share, rewards) =>
      `Без эффекта — вознаграждения за покупки, которые «двойники» участников без программы сделали и так (${share} из ${rewards}); остальное — за покупки, добавленные программой.`,
    pointsRedeemed: 'Баллов будет списано (ожидаемо)',
    liability: (h) => `Обязательства по баллам после ${h}-го месяца`,
    pointsRow: (label) => `Баллы: ${label}`,
    noMembers: 'В этом проекте нет участников: сравнивать нечего.',
    causalOnMembers: 'Эффект программы для участников (причинный)',
    membersTitle: (name) => `Участники по месяцам: ${name}`,
    membersCaption:
      'Участники, которые вступили и активны в начале каждого месяца (среднее по прогонам): вступления растянуты на месяцы набора, затем участников становится меньше из-за ухода.',
    monthlyTitle: (name) => `${G.NetIncrementalProfit} по месяцам: ${name}`,
    monthlyCaption:
      'Дополнительная валовая прибыль за вычетом затрат на программу (плюс членские взносы) в каждом месяце, среднее по прогонам; затраты на запуск приходятся на месяц 0 и не показаны. Убытки — оранжевым.',
    monthlyHorizonPoints: (horizon) =>
      `В месяце ${horizon} учтена и стоимость баллов, которые ещё лежат на счетах участников и, как ожидается, будут потрачены (docs/model.ru.md §10), поэтому последний месяц проседает сильнее остальных.`,
    noReferral: 'В этом проекте нет механики рекомендаций.',
    referredTitle: (name) => `Приведённые по рекомендации клиенты по месяцам: ${name}`,
    referredCaption: (total) =>
      `Новые клиенты, которых привели участники, по месяцам прихода (среднее по прогонам; все пришедшие, включая тех, кто пришёл бы и так: бонусы платятся за каждого); всего ${total}.`,
    effectiveRedemption: 'Фактическая доля списания баллов',
    referredSpend: 'Их закупки по прайсу (неорганическая доля)',
    referredActive: 'Активны в конце горизонта (неорганическая доля)',
    noTiers: 'В этом проекте нет уровней.',
    tierTitle: (h, name) => `Распределение по уровням после ${h}-го месяца: ${name}`,
    tierCaption: (h) => `Доля участников на каждом уровне после ${h}-го месяца (среднее по прогонам).`,
    noSwings: 'Нет неопределённых параметров.',
    tornadoTitle: (name) => `«Торнадо» чистой дополнительной прибыли: ${name}`,
    tornadoCaption: (base, sims, runsText) =>
      `Средняя ${G.netIncrementalProfit}, когда один неопределённый параметр на P10 (низ) или P90 (верх), а остальные на медианах; база (все на медианах) ${base}. Сверху — самый большой размах. ${sims} симуляций по ${runsText} прогонов с одним начальным значением генератора.`,
    tornadoHead: ['параметр', 'P10 / P90', 'прибыль на P10', 'прибыль на P90', 'размах', 'ранг. корр.'],
    rankNote: 'Ранг. корр.: корреляция Спирмена параметра с чистой дополнительной прибылью по прогонам обычного Монте-Карло (разыгрываются все параметры).',
    generated: (date, time, seeds, runsText, sampling) => `Создан ${date} ${time} UTC программой loyalty-sim · начальное значение генератора ${seeds} · ${runsText} прогонов · ${G.sampling}: ${sampling}`,
    comparison: (names) => `Сравнение: ${names}`,
    reportTitle: 'отчёт loyalty-sim',
    sections: {
      decisions: 'Решения',
      decision: 'Решение',
      roi: 'ROI по прогонам',
      cumulative: 'Накопленная чистая прибыль по месяцам',
      costs: G.ProgramCost,
      kpis: 'Показатели без программы и с программой (среднее по прогонам)',
      tiers: 'Уровни',
      tornado: 'Что влияет на результат («торнадо»)',
      inputs: 'Исходные данные',
      selection: 'Наблюдаемое и причинное: что увидел бы наивный анализ',
      members: 'Участники по месяцам',
      monthly: `${G.NetIncrementalProfit} по месяцам`,
      referred: 'Приведённые по рекомендации клиенты по месяцам',
    },
    method:
      'Монте-Карло по справочнику модели (docs/model.ru.md в пакете loyalty-sim): в каждом прогоне неопределённые параметры разыгрываются один раз, и те же клиенты моделируются дважды — без программы и с ней; программе засчитывается только разница. Числа — средние по прогонам, если не помечены P5/P50/P95 (процентили по прогонам); ± — стандартная ошибка Монте-Карло для среднего.',
    repeat: 'Повторить в точности:',
    chart: { mean: 'среднее', inputLow: 'низ параметра', inputHigh: 'верх параметра', empty: 'рисовать нечего', noFinite: 'нет конечных значений для графика', noMonths: 'нет месяцев для графика', nothingToSplit: 'делить нечего', noSwings: 'нет размахов для графика' },
    metricLabel: (key, english) => (key === 'roi' ? 'ROI (чистая прибыль / затраты)' : ((METRICS_RU as Record<string, string>)[key] ?? english)),
  },

  xlsx: {
    sheets: { summary: 'Сводка', monthly: 'По месяцам', runs: 'Прогоны', inputs: 'Параметры', costs: 'Затраты', tornado: 'Торнадо' },
    tornado: {
      input: 'Параметр',
      netLow: 'Прибыль на P10',
      netHigh: 'Прибыль на P90',
      swing: 'Размах',
      rank: 'Ранговая корреляция',
      none: '(нет неопределённых параметров)',
      base: 'база: все параметры на медианах',
    },
    head: {
      draft: 'Проект', file: 'Файл', metric: 'Показатель', key: 'Ключ', mean: 'Среднее', se: 'Ст. ош.', month: 'Месяц', run: 'Прогон', cost: 'Статья затрат',
      netMean: 'Чистая доп. прибыль (среднее)', cumMean: 'Накопленная чистая прибыль (среднее)', cumP5: 'Накопленная P5', cumP50: 'Накопленная P50', cumP95: 'Накопленная P95',
      membersMean: 'Участники (среднее)', redeemedMean: 'Списано баллов (среднее)', pushedMean: 'Подтолкнутые заказы (среднее)', feeMean: 'Членские взносы (среднее)', referredMean: 'Приведённые клиенты (среднее)',
      share: 'Доля в затратах на программу',
    },
    meta: { generated: 'Создан (UTC)', seed: 'Начальное значение генератора', runs: 'Прогонов', sampling: 'Метод выборки', customers: 'Клиенты' },
    vs: ' и ',
    pNpv: `P(${G.npv} > 0)`,
    pPayback: (h) => `P(окупится за ${months(h)})`,
    pNever: (h) => `Доля прогонов, не окупившихся за ${months(h)}`,
    tierShare: (h, name) => `Доля уровня после ${h}-го месяца: ${name}`,
    pBeats: (name) => `P(чистая прибыль выше, чем у ${name})`,
    meanMinus: (name) => `Средняя чистая прибыль минус ${name}`,
    // issue 24: блок допущений на листе входных параметров
    assumptions: { input: 'Параметр', path: 'Путь (для --set)', value: 'Значение', distribution: 'Распределение (разыгрывается в каждом прогоне)', fixed: 'фиксировано', draws: 'Значения, разыгранные в каждом прогоне' },
    noInputs: '(неопределённых параметров нет: все поля проекта — числа)',
    windfall: `Вознаграждения: ${G.windfall} (за покупки, которые были бы и так)`,
    incremental: 'Вознаграждения: за дополнительные покупки',
    percentFormat: '0.0"\u00a0"%',
    dateFormat: 'dd.mm.yyyy hh:mm',
    currencyText: (code) => (code === 'RUB' ? '₽' : code),
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
    expected: (what, got) => `ожидается ${what}; получено: ${got}`,
    notAMap: (got) => `проект — это словарь с ключами вроде name, currency, horizon_months; получено: ${got}`,
    atLeast: 'не меньше',
    moreThan: 'больше',
    atMost: 'не больше',
    lessThan: 'меньше',
    entries: (word, bound, n) => `нужно ${word} ${bound} ${p(n, 'элемента', 'элементов', 'элементов')}`,
    characters: (word, bound) => `нужно ${word} ${bound} символов`,
    mustBe: (word, bound, got) => `должно быть ${word} ${bound}; получено: ${got}`,
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
    mustBeAbove0: (what, got) => `${what}: должно быть больше 0; получено: ${got}`,
    lognormalHint: 'mean и sd — это среднее и стандартное отклонение самой величины, а не её логарифма',
    betaMean: (got) => `mean у beta должно лежать строго между 0 и 1; получено: ${got}`,
    betaSd: (mean, sd, max) => `не бывает beta-распределения с mean ${mean} и sd ${sd}: sd должно быть меньше ${max} (sd² < mean·(1 − mean))`,
    betaSdHint: (sd) => `попробуйте sd ${sd} или меньше`,
    outOfRange: (name, range, got) => `${name}: допустимо ${range}; получено: ${got}`,
    drawsOutside: (dist, lo, hi, range, name) => `${dist} даёт значения в [${lo}, ${hi}] — за пределами допустимого диапазона ${range} для ${name}`,
    boundsHint: (range) => `держите границы распределения внутри ${range}`,
    meanOutside: (dist, range, name) => `среднее ${dist} лежит за пределами допустимого диапазона ${range} для ${name}`,
    tailsOutside: (dist, below, bound, range, name) =>
      `${dist} в нескольких процентах прогонов даёт значения ${below ? `меньше ${bound}` : `больше ${bound}`} — за пределами допустимого диапазона ${range} для ${name}`,
    tailsHint: 'возьмите ограниченное распределение (pert, triangular, uniform, beta) или меньшее sd',
    shareAsDecimal: (v, share) => `доля — десятичная дробь не больше 1; если ${v} — это проценты, пишите ${share}`,
    ggQ: (q) => `q у gamma_gamma должно быть больше 1, иначе средний заказ p·gamma/(q − 1) не существует; указано ${q}`,
    secondMechanic: (type, first) => `вторая механика ${type} (первая — mechanics[${first}])`,
    mergeHint: (type) => `объедините их в одну запись ${type}`,
    expiryBeforeLag: (expiry, lag) => `баллы сгорают через ${expiry} мес., раньше, чем их можно списать (redemption_lag_months ${lag})`,
    expiryHint: 'сделайте expiry_months не меньше redemption_lag_months',
    twoLevels: (name) => `два уровня называются «${name}»`,
    twoLevelsHint: 'дайте каждому уровню своё название',
    firstLevel: (got) => `первый уровень должен начинаться с min_spend 0; получено: ${got}`,
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
    redemptionNeeded: `механике баллов нужно redemption_rate (${G.redemptionRate}: доля баллов, которые когда-либо спишут) или блок redemption`,
    redemptionNeededHint: 'добавьте, например, redemption_rate: 0.7 или redemption: { threshold: 1000, monthly_propensity: 0.5 }',
    referenceMissing: 'reward_elasticity масштабирует эффекты по ставке вознаграждения относительно опорной, но effects.reference_reward_rate не задано',
    referenceMissingHint: 'добавьте effects.reference_reward_rate: ставку вознаграждения (например, 0.03), при которой оценивались приросты',
    // ── issue 27 (§14): действия и партнёры ──
    actionsEmpty: 'механике actions нужна досрочная оплата (early_payment) или список действий (list)',
    actionsEmptyHint: 'добавьте, например, early_payment: { share: 0.3, days: 20, points_per_currency: 0.01 } или list: [ { name: Заказ через кабинет, monthly_probability: 0.2, points: 50, value: 300 } ]',
    twoActions: (name) => `два действия называются «${name}»`,
    twoActionsHint: 'дайте каждому действию своё название или объедините их в одно',
    actionPointsWithoutPoints: 'за действия начисляются баллы, но в проекте программы нет механики points, которая дала бы им стоимость и затраты',
    actionPointsWithoutPointsHint: 'добавьте механику points (point_value, redemption_rate или блок redemption) или поставьте действиям 0 баллов',
    // ── конец блока issue 27 ──
    aliases: (limit) => `псевдонимы раскрываются в слишком много узлов (предел ${limit}): документ похож на «billion laughs» и отклонён`,
    aliasesHint: 'выпишите значения явно вместо якорей и псевдонимов',
    empty: 'проект пуст',
    emptyHint: 'начните с шаблона: loyalty-sim init --template hybrid --yes --lang ru',
    yaml: {
      DUPLICATE_KEY: 'повторяющийся ключ: этот ключ уже есть выше в том же словаре',
      TAG_RESOLVE_FAILED: 'неизвестный тег YAML: проект — это просто данные, теги вроде !foo недопустимы',
      MULTIPLE_DOCS: 'больше одного документа YAML (строка --- начинает следующий): проект — это один документ',
      BAD_INDENT: 'неверный отступ',
    },
    // the parser's words are English: a code this catalog does not know is named without them
    yamlSyntax: () => 'синтаксическая ошибка YAML: файл не читается в этом месте',
    multipleDocsHint: 'удалите строку --- и всё, что после неё, или перенесите это в отдельный файл',
    windows1251: 'файл не в UTF-8; он прочитан как Windows-1251 (кириллица)',
    windows1251Hint: 'сохраните проект в UTF-8, чтобы каждая буква читалась как написано',
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

  metricLabels: { ...METRICS_RU, roi: 'ROI (чистая прибыль / затраты)' },

  // ── issue 24: описания показателей реестра и названия входных параметров проекта (report/metric-registry.ts, report/input-names.ts) ──
  metricDescriptions: {
    listSpendBaseline: 'Закупки клиентов по прайсу за горизонт без программы.',
    listSpendProgram: 'Закупки клиентов по прайсу за горизонт с программой.',
    revenueBaseline: 'Выручка без программы (скидок нет, поэтому равна закупкам по прайсу).',
    revenueProgram: 'Выручка с программой за вычетом скидок участникам.',
    incrementalRevenue: 'Выручка с программой минус выручка без неё.',
    discounts: 'Скидки участникам за горизонт.',
    rebates: 'Ретро-бонусы, выплаченные за горизонт.',
    pointsIssued: 'Баллы, начисленные участникам за горизонт.',
    pointsRedeemed: 'Баллы, списанные или ожидаемые к списанию из начисленных.',
    pointsBreakage: 'Начисленные баллы, которые так и не будут списаны.',
    pointsCost: 'Стоимость баллов, признанная в момент начисления.',
    pointsLiability: 'Стоимость баллов на счетах на конец горизонта, ожидаемых к списанию.',
    benefits: 'Затраты на привилегии уровней (в месяц и на заказ).',
    perMemberCosts: 'Ежемесячные затраты на обслуживание участника.',
    fixedCosts: 'Затраты на запуск плюс ежемесячные постоянные затраты за горизонт.',
    programCost: 'Все затраты программы: вознаграждения, привилегии, затраты на участников и постоянные.',
    windfallCost: 'Вознаграждения за покупки, которые клиенты сделали бы и так.',
    incrementalCost: 'Вознаграждения за покупки, добавленные программой.',
    incrementalGrossProfit: 'Валовая маржа, умноженная на прирост закупок по прайсу.',
    netIncrementalProfit: 'Дополнительная валовая прибыль плюс членские взносы минус затраты программы.',
    roi: 'Чистая дополнительная прибыль, делённая на затраты программы.',
    npv: 'ЧДД: помесячная чистая прибыль, дисконтированная по ставке проекта, минус затраты на запуск.',
    paybackMonth: 'Месяц, начиная с которого накопленная чистая прибыль не опускается ниже нуля (среднее по окупившимся прогонам).',
    members: 'Клиенты, вступившие в программу.',
    costPerMember: 'Затраты программы, делённые на число участников в каждом прогоне и усреднённые по прогонам: среднее отношений, а не средние затраты, делённые на среднее число участников.',
    activeAtStart: 'Покупающие клиенты на старте.',
    activeAtHorizonBaseline: 'Покупающие клиенты на конец горизонта без программы.',
    activeAtHorizonProgram: 'Покупающие клиенты на конец горизонта с программой.',
    churnAnnualBaseline: 'Доля активных клиентов, уходящих за год, без программы.',
    churnAnnualProgram: 'Доля активных клиентов, уходящих за год, с программой.',
    ordersBaseline: 'Заказы за горизонт без программы.',
    ordersProgram: 'Заказы за горизонт с программой.',
    ordersPerActiveMonthBaseline: 'Заказов в месяц на активного клиента без программы.',
    ordersPerActiveMonthProgram: 'Заказов в месяц на активного клиента с программой.',
    averageCheckBaseline: 'Средний чек по прайсу без программы.',
    averageCheckProgram: 'Средний чек по прайсу с программой.',
    observedMemberGap: 'Насколько участники тратят больше неучастников при простом сравнении.',
    causalMemberUplift: 'Насколько участники тратят больше, чем тратили бы без программы.',
    pointsExpired: 'Баллы, сгоревшие неиспользованными.',
    pointsForfeited: 'Баллы, потерянные ушедшими участниками.',
    pointsOutstanding: 'Баллы на счетах активных участников на конец горизонта.',
    effectiveRedemptionShare: 'Доля выкупа баллов: какая часть ушедших со счетов баллов была списана.',
    pushedOrders: 'Заказы, сделанные участниками ради порога вознаграждения.',
    feeIncome: 'Полученные членские взносы (входят в чистую прибыль, а не вычитаются из затрат).',
    referredCustomers: 'Новые клиенты, приведённые участниками по рекомендации.',
    referralRevenue: 'Закупки приведённых клиентов по прайсу в пределах горизонта.',
    referralBonuses: 'Бонусы рекомендателям и новым клиентам.',
    paymentTermsCost: 'Стоимость дополнительных дней отсрочки платежа для участников.',
    referredActiveAtHorizon: 'Приведённые клиенты, которые ещё покупают на конец горизонта, в неорганической доле; в отток исходной базы не входят.',
    // ── issue 27 (§14): действия, досрочная оплата, партнёры ──
    actionPoints: 'Баллы, начисленные участникам за действия помимо покупок и за досрочную оплату; входят в начисленные баллы.',
    actionValue: 'Деньги, которые компания получила от действий участников (заказы через личный кабинет, заполненные анкеты): учтены в чистой прибыли, а не вычтены из затрат.',
    earlyPaymentBenefit: 'Выручка, оплаченная досрочно, × дни досрочно / 365 × стоимость капитала: учтена в чистой прибыли, а не вычтена из затрат.',
    partnerFeeIncome: 'Сколько партнёры заплатили за каждый списанный балл: учтено в чистой прибыли, а не вычтено из затрат.',
    partnerFunding: 'Всё, что заплатили партнёры: их доля стоимости баллов (уже исключена из затрат программы на баллы) и сборы за списанные баллы.',
    // ── конец блока issue 27 ──
  },

  inputNames: {
    fields: {
      gross_margin: 'Валовая маржа',
      discount_rate_annual: 'Ставка дисконтирования (годовая)',
      cost_of_capital_annual: 'Стоимость капитала (годовая)',
      horizon_months: 'Горизонт (месяцев)',
      participation: 'Участие',
      frequency_uplift: 'Прирост частоты заказов',
      check_uplift: 'Прирост среднего чека',
      churn_reduction: 'Снижение оттока',
      ramp_months: 'Разгон (месяцев)',
      rate: 'Ставка',
      discount: 'Скидка',
      earn_per_currency: 'Баллов за единицу чистой выручки',
      point_value: 'Стоимость балла',
      redemption_rate: 'Доля выкупа баллов',
      reward_cost_ratio: 'Себестоимость вознаграждения',
      redemption_lag_months: 'Задержка списания (месяцев)',
      expiry_months: 'Срок жизни баллов (месяцев)',
      threshold: 'Порог списания',
      monthly_propensity: 'Склонность к списанию в месяц',
      min_spend: 'Минимальные закупки',
      points_multiplier: 'Множитель баллов',
      benefit_cost_per_month: 'Затраты на привилегии в месяц',
      benefit_cost_per_order: 'Затраты на привилегии на заказ',
      monthly: 'В месяц',
      yearly: 'В год',
      launch: 'Затраты на запуск',
      per_member_monthly: 'Затраты на участника в месяц',
      bonus_new: 'Бонус новому клиенту',
      bonus_referrer: 'Бонус рекомендателю',
      reach: 'Зона подталкивания (доля ниже следующей ступени)',
      organic_share: 'Доля пришедших бы и так',
      extra_payment_days: 'Дополнительные дни отсрочки',
      eligible_top_share: 'Доля подходящих (крупнейшие клиенты)',
      long_run_share: 'Долгосрочная доля',
      half_life_months: 'Период полураспада (месяцев)',
      post_reward_lift: 'Прирост после вознаграждения',
      post_reward_months: 'Месяцев прироста после вознаграждения',
      pull_forward: 'Доля перенесённых вперёд покупок',
      reward_elasticity: 'Эластичность по вознаграждению',
      reference_reward_rate: 'Опорная ставка вознаграждения',
      light: 'Малые клиенты',
      medium: 'Средние клиенты',
      heavy: 'Крупные клиенты',
      months: 'Месяцев',
      count: 'Количество',
      currency: 'Валюта',
      roi_basis: 'База ROI',
      review: 'Период пересмотра',
      qualification: 'Квалификация',
      period: 'Период',
      form: 'Форма вознаграждения',
      recipient: 'Получатель вознаграждения',
      selection: 'Отбор по закупкам',
      push: 'Подталкивание перед датой вознаграждения',
      pressure: 'Давление у порога',
      // issue 27 (§14)
      share: 'Доля месяцев с досрочной оплатой',
      days: 'Дней досрочно',
      points_per_currency: 'Баллов за рубль выручки, оплаченной досрочно',
      monthly_probability: 'Вероятность в месяц',
      points: 'Баллов за действие',
      value: 'Ценность действия',
      partner_funded_share: 'Доля стоимости баллов, оплачиваемая партнёрами',
      partner_fee_per_point: 'Сбор партнёра за списанный балл',
    },
    sections: {
      effects: 'Эффекты',
      costs: 'Затраты',
      discount: 'Скидка',
      points: 'Баллы',
      tiers: 'Уровни',
      rebate: 'Ретро-бонус',
      fee: 'Членский взнос',
      referral: 'Рекомендации',
      payment_terms: 'Отсрочка платежа',
      enrolment: 'Вступление',
      selection: 'Отбор',
      redemption: 'Списание',
      push: 'Подталкивание',
      warm_start: 'Тёплый старт',
      pressure: 'Давление',
      by_spend: 'По закупкам',
      // issue 27 (§14)
      actions: 'Действия',
      early_payment: 'Досрочная оплата',
      list: 'Действия',
    },
    level: (name) => `Уровень «${name}»`,
    bracket: (i) => `Ступень ${i}`,
    item: (i) => `Элемент ${i}`,
    join: (parts) => parts.join(': '),
  },
  // ── конец блока issue 24 ──

  thresholdFit: {
    tier: (name) => `уровень «${name}»`,
    bracket: (i, period) => `ступень ретро-бонуса ${i} (за ${({ month: 'месяц', quarter: 'квартал', year: 'год' } as Record<string, string>)[period] ?? period})`,
    where: (draft, history) => `${draft} на ${history}`,
    per: (period) =>
      period === null ? 'закупок за 12 месяцев' : `закупок за ${({ month: 'месяц', quarter: 'квартал', year: 'год' } as Record<string, string>)[period] ?? period}`,
    scaled: (value, m) => `≈ ${value}, закупки за 12 месяцев × ${m}/12`,
    noneReach: (where, level, per, value) => `${where}: ${level} недостижим ни для кого: выше максимума ${per} (${value})`,
    almostNoneReach: (where, level, per, value) => `${where}: ${level} недостижим почти ни для кого: выше P99 ${per} (${value})`,
    allReach: (where, level, per, value) => `${where}: ${level} достигают все: не выше P1 ${per} (${value})`,
    percentiles: (file, n, spenders) =>
      `${file}: закупки за 12 месяцев ${spenders} ${p(n, 'клиента', 'клиентов', 'клиентов')}, покупавших в последние 12 месяцев: `,
    max: 'максимум',
    currencyColumn: (column) => `в истории есть столбец валюты «${column}»`,
    gapUp: (lowest, times) => `самый низкий порог (${lowest} в год) в ${times} раз выше P99 закупок за 12 месяцев`,
    gapDown: (times, highest) => `P50 закупок за 12 месяцев в ${times} раз выше самого высокого порога (${highest} в год)`,
    currency: (where, currency, why) =>
      `${where}: история в ${currency}, как проект программы? ${why}: это объяснило бы несовпадение валют; пересчитайте суммы или задайте в проекте валюту и пороги истории`,
    uncertaintyLeftOut: (source, why) => `${source}: неопределённость параметров не учтена в прогонах: ${why}`,
  },

  optimize: {
    objective: { npv: `средний ${G.npv}`, net: `средняя ${G.netIncrementalProfit}`, roi: 'средний ROI' },
    title: (objective, fields) => `Оптимизация: ${objective} по ${fields} ${p(fields, 'полю', 'полям', 'полям')}`,
    meta: (population, horizon, n, searchRuns, searchSeed, m, confirmRuns, confirmSeed) =>
      `${population} · ${months(horizon)} · поиск: по ${searchRuns} ${p(n, 'прогону', 'прогона', 'прогонов')} на вариант, начальное значение генератора ${searchSeed} (для каждого варианта те же клиенты и случайные числа) · проверка: ${confirmRuns} ${p(m, 'прогон', 'прогона', 'прогонов')} с новым начальным значением генератора ${confirmSeed}`,
    head: { field: 'параметр', low: 'от', high: 'до', draft: 'в проекте', chosen: 'выбрано', constraint: 'ограничение', margin: 'запас', se: '± ст. ош.', holds: 'выполнено' },
    yes: 'да',
    no: 'НЕТ',
    atEdge: (paths) => `На границе диапазона: ${paths}; лучшее значение может лежать за ней (расширьте диапазон, если это допустимо).`,
    confirmedWord: 'Проверено',
    confirmed: (word, objective, design, draft, gain) =>
      `${word} на новых прогонах: ${objective} ${design} (в проекте: ${draft}); выигрыш по сравнению с проектом ${gain} (парные прогоны).`,
    notFound: (k) =>
      `Ни один из оценённых вариантов не выполнил все ограничения с запасом ${k} стандартные ошибки на прогонах поиска: показан ближайший. Расширьте диапазоны, ослабьте ограничения или увеличьте --runs.`,
    borderline: 'На новых прогонах выбранный вариант нарушает ограничение, которое выполнял на прогонах поиска: считайте его пограничным и повторите с бо́льшим --runs.',
    constraintsTitle: (k) => `Ограничения на проверочных прогонах (поиск требовал выполнения каждого с запасом ${k} ст. ош.)`,
    comparisonTitle: 'Проект (A) и выбранный вариант (B) на проверочных прогонах',
    tradeOffTitle: 'Компромисс: все варианты, оценённые на всех прогонах поиска',
    meanNpv: `средний ${G.npv}`,
    p5Npv: `P5 ${G.npv}`,
    legend: `◆ выбран   ● на границе Парето (ни один вариант, соблюдающий ограничения, не лучше сразу по среднему и P5 ${G.npv})   · другой вариант   x нарушает ограничение`,
    work: (simulations, n, runs, customerMonths, d, designs, rejected) =>
      `Работа: симуляций — ${simulations}, ${runs} ${p(n, 'прогон', 'прогона', 'прогонов')}, клиенто-месяцев — ${customerMonths} (оценено ${designs} ${p(d, 'вариант', 'варианта', 'вариантов')}${rejected === null ? '' : `, ${rejected} отклонено правилами проекта без симуляции`}).`,
    wrote: (file, values) => `записан ${file}: ${values}`,
    designName: (name) => `${name} (оптимизированный)`,
    designFile: 'выбранный вариант',
    range: {
      format: 'пишите ПУТЬ=LO:HI, например mechanics.tiers.levels.Gold.min_spend=50000:400000',
      noPath: (spec) => `в --vary «${spec}» нет ПУТЬ=.`,
      needsLoHi: (spec) => `в --vary «${spec}» после = нужно LO:HI (optimize ищет в диапазоне, шаг ему не нужен).`,
      notNumber: (spec, what, s) => `--vary «${spec}»: ${what} «${s}» — не число.`,
      loBelowHi: (path, lo, hi) => `--vary ${path}: LO ${lo} должно быть меньше HI ${hi}.`,
      whole: (path) => `${path} принимает целые числа; LO и HI должны быть целыми.`,
      none: 'optimize нужен хотя бы один --vary ПУТЬ=LO:HI.',
      tooMany: (n, max) => `параметров --vary: ${n}; optimize ищет не больше чем по ${max} полям сразу.`,
      tooManyHint: 'зафиксируйте поля, которые влияют меньше всего (см. `loyalty-sim tornado`), и ищите по остальным',
      twice: (path) => `--vary ${path} указан дважды.`,
      twiceHint: 'меняйте разные поля',
      outside: (path, v, valid) => `--vary ${path}: ${v} вне допустимых значений поля (${valid}).`,
      outsideHint: 'ищите внутри этого диапазона',
    },
    axes: (x, y) => `${x} — по горизонтали, ${y} — по вертикали`,
  },

  optimizePage: {
    title: (name) => `Оптимизированный вариант: ${name}`,
    meta: (file) => `${G.draft} ${file}`,
    searched: 'Что искали',
    objective: (objective) => `Цель: наибольший ${objective}.`,
    constraints: (list, k) => `Ограничения: ${list}. Поиск считал ограничение выполненным, только если оно выполнялось с запасом ${k} стандартные ошибки своей статистики.`,
    noConstraints: 'Ограничений нет.',
    method: (s, starts, f, startRuns, runs) =>
      `Как: все варианты считались с одним начальным значением генератора (те же клиенты и случайные числа); ${starts} ${p(s, 'начальный вариант', 'начальных варианта', 'начальных вариантов')}, разбросанных по диапазонам (латинский гиперкуб, и значения самого проекта, если они внутри), — по ${startRuns} ${p(f, 'прогону', 'прогона', 'прогонов')} на каждый, лучшая половина — на большем числе прогонов, лучший — на всех ${runs}, затем покоординатный поиск от лучшего, каждый шаг — на всех ${runs} прогонах. Цифры выбранного варианта ниже — проверка с новым начальным значением генератора, которого поиск не видел.`,
    result: 'Выбранный вариант рядом с проектом',
    resultNote: (n, runs, seed) =>
      `На ${runs} ${p(n, 'проверочном прогоне', 'проверочных прогонах', 'проверочных прогонах')} с новым начальным значением генератора ${seed}: среднее ± его стандартная ошибка Монте-Карло и P5 / P95 по прогонам. Оба считались на тех же клиентах и случайных числах, поэтому разница парная, прогон к прогону.`,
    head: { metric: 'показатель', draft: 'проект', chosen: 'выбранный вариант', difference: 'выбранный − проект ± ст. ош.' },
    rows: { npv: G.npv, net: G.NetIncrementalProfit, roi: 'ROI', cost: G.ProgramCost, band: 'P5 / P95', roiPositive: 'P(ROI > 0)', payback: `Медианный ${G.paybackMonth}` },
    constraintsTitle: 'Запас по ограничениям на проверочных прогонах',
    constraintsNote: (k) =>
      `Запас: насколько ограничение выполнено внутри своей границы (отрицательный — нарушено). «С запасом ${k} ст. ош.»: выполняется ли оно с запасом ${k} стандартные ошибки своей статистики, как требовал поиск, — тогда оно должно выполняться и на прогонах, которых ещё не было.`,
    holdsBy: (k) => `с запасом ${k} ст. ош.`,
    frontierTitle: 'Граница компромиссов',
    chartTitle: `Средний ${G.npv} и P5 ${G.npv} каждого варианта, оценённого на всех прогонах поиска`,
    xAxis: `средний ${G.npv}`,
    yAxis: `P5 ${G.npv} (худшие 5 % прогонов)`,
    legend: { frontier: 'на границе', other: 'другой вариант', infeasible: 'нарушает ограничение', line: 'граница' },
    chosenMark: 'выбран',
    draftMark: 'проект',
    draftConfirmationMark: 'проект (проверочные прогоны)',
    caption: (n, designs, r, runs, seed, k) =>
      `Каждая точка — один из ${designs} ${p(n, 'варианта', 'вариантов', 'вариантов')}, оценённых на всех ${runs} ${p(r, 'прогоне', 'прогонах', 'прогонах')} поиска (начальное значение генератора ${seed}, для каждого варианта те же клиенты и случайные числа). Граница соединяет варианты, которые соблюдают ограничения и которые ни один другой такой вариант не превосходит сразу по среднему ${G.npv} и по P5 ${G.npv} (если ограничения не соблюдает ни один — все варианты): движение вдоль неё покупает более высокое среднее ценой большего риска. Крестики нарушают ограничение (по правилу поиска: с запасом ${k} стандартные ошибки).`,
    draftFromConfirmation: (se) =>
      `Поиск не оценивал значения самого проекта на всех своих прогонах, поэтому проект нарисован по его цифрам на проверочных прогонах (другое начальное значение генератора): его положение рядом с другими точками несёт шум этих прогонов, ± ${se} по среднему ${G.npv}.`,
    draftRounded: (values) => `Проект нарисован в точке, которую поиск оценил вместо него, ${values}: его значения, округлённые до сетки поиска в тысячную долю каждого диапазона.`,
    noPoints: 'Ни один вариант не был оценён на всех прогонах поиска, поэтому границу нарисовать нельзя.',
    pointTitle: (values, mean, p5, cost) => `${values}: средний ${G.npv} ${mean}, P5 ${G.npv} ${p5}, ${G.programCost} ${cost}`,
    frontierTable: 'Варианты на границе',
    frontierHead: { npvMean: `средний ${G.npv}`, npvP5: `P5 ${G.npv}`, cost: `${G.programCost} (среднее)`, objective: (objective) => `${objective} ± ст. ош.`, feasible: 'выполняет ограничения', note: 'отметка' },
  },

  progress: {
    labels: { simulating: 'моделирование', solving: 'поиск', comparing: 'сравнение', optimizing: 'оптимизация', sweeping: 'перебор', tornado: 'торнадо' },
    times: (elapsed, eta) => `прошло ${elapsed}, осталось ${eta}`,
    batchNote: (label, runs, seconds, workers) =>
      `примечание: ${label}: ${runs.toLocaleString('ru-RU')} ${p(runs, 'прогон', 'прогона', 'прогонов')} за ${seconds.replace('.', ',')} с на ${workers} ${p(workers, 'потоке', 'потоках', 'потоках')}.`,
  },

  whatif: {
    levers: {
      participation: 'Участие (доля подходящих клиентов, которые вступают)',
      frequency: 'Прирост частоты заказов участников',
      check: 'Прирост среднего чека участников',
      churn: 'Снижение оттока участников',
      ramp: 'Разгон: месяцев до полной силы эффектов',
      discount: 'Скидка участника',
      earn: 'Баллов за единицу чистой выручки',
      rebate: (bracket) => `Ставка ретро-бонуса ступени ${bracket}`,
      feeMonthly: 'Ежемесячный членский взнос',
      feeYearly: 'Годовой членский взнос',
      horizon: 'Горизонт (месяцев)',
    },
    ofDistribution: ' (среднее его распределения)',
    exactValue: (label) => `${label}: точное значение`,
    title: 'Что если…? (считается на этой странице)',
    note: (n, runs, sample, customers, seed) =>
      `Передвиньте рычаг, и страница пересчитает симуляцию собственным движком инструмента: ${runs} ${p(n, 'прогон', 'прогона', 'прогонов')} на ${sample} из ${customers} клиентов (итоги пересчитаны на всех), начальное значение генератора ${seed}. Цифры «что если» сравниваются с проектом на той же выборке и тех же случайных числах, поэтому разница — заслуга рычага; цифры выше — из полного отчёта. Рычаг неопределённого параметра сдвигает среднее его распределения, сохраняя разброс.`,
    noscript: 'Панели «что если» нужны скрипты, а эта программа просмотра их не выполняет; отчёт выше полон и без неё.',
    stateInitial: 'Что если: ни один рычаг не сдвинут.',
    reset: 'Вернуть значения проекта',
    copy: 'Скопировать эти настройки',
    commandLabel: 'Повторить этот расчёт в терминале (та же выборка, прогоны и начальное значение генератора):',
    flagsLabel: 'Параметры для полного пересчёта (добавьте к simulate или report):',
    badge: (n, runs) => `Что если (${runs} ${p(n, 'прогон', 'прогона', 'прогонов')}) — это не цифры отчёта`,
    stateMoved: (list) => `Что если: ${list}.`,
    movedLever: (label, value, draft) => `${label} ${value} (в проекте ${draft})`,
    stateNone: 'Что если: ни один рычаг не сдвинут; цифры — собственные цифры проекта на выборке.',
    nothingToAdd: '(ни один рычаг не сдвинут: добавлять нечего)',
    running: (n, runs, sample) => `считается ${runs} ${p(n, 'прогон', 'прогона', 'прогонов')} на ${sample} клиентах…`,
    copied: 'команда скопирована',
    failed: (why) => `расчёт «что если» не удался: ${why}`,
    noResult: 'нет результата',
    population: (sample, customers) => `${sample} из ${customers} клиентов (выборка «что если»)`,
    updated: (n, runs, seconds) => `«что если» (${runs} ${p(n, 'прогон', 'прогона', 'прогонов')}) пересчитано за ${seconds} с`,
    engineFailed: (why) => `движок «что если» не сработал: ${why}`,
    table: {
      meanRoi: 'Средний ROI',
      netMean: `${G.NetIncrementalProfit} (среднее)`,
      npvMean: `${G.npv} (среднее)`,
      paybackMedian: `${G.PaybackMonth} (медиана)`,
      costMean: `${G.ProgramCost} (среднее)`,
      draftHead: (n, runs) => `проект на выборке (${runs} ${p(n, 'прогон', 'прогона', 'прогонов')})`,
      whatifHead: (n, runs) => `что если (${runs} ${p(n, 'прогон', 'прогона', 'прогонов')})`,
    },
  },

  pilotDates: {
    startsBefore: (start, before, first) =>
      `пилот начинается ${start}, ${before ? 'раньше первого дня' : 'в первый день'} истории (${first}): сравнивать не с чем, предпериода нет`,
    startsBeforeHint: (first, last) => `--start — первый день пилота внутри истории (с ${ruDate(first)} по ${ruDate(last)})`,
    startsAfter: (start, last) => `пилот начинается ${start}, позже последнего дня истории (${last}): периода пилота в ней нет`,
    startsAfterHint: 'дайте историю, которая охватывает пилот, или проверьте --start',
    endsBeforeStart: (end, start) => `пилот заканчивается ${end}, раньше, чем начинается (${start})`,
    endsBeforeStartHint: '--end — последний день пилота: не раньше --start',
    tooLong: (m, start, end, max) =>
      `пилот длится ${m.replace('.', ',')} мес. (с ${ruDate(start)} по ${ruDate(end)}): больше ${months(max)} — это уже не пилот; проверьте --start и --end`,
    cutShort: (last, end) => `история заканчивается ${last}, раньше конца пилота ${end}: период пилота укорочен`,
    preIncomplete: (first) => `история начинается ${first}, внутри предпериода: значения предпериода неполны`,
  },

  pilot: {
    planHead: ['План пилота', 'Значение', 'Что это значит'],
    months: (n, f) => `${f} ${Number.isInteger(n) ? p(n, 'месяц', 'месяца', 'месяцев') : 'месяца'}`,
    metricWords: { revenue: 'выручка на клиента', orders: 'заказы на клиента', active: 'доля покупающих клиентов' },
    baselineMean: 'Среднее без программы',
    baselineMeanText: (metric, m, from, to, customers) => `${metric} за последние ${m} истории (с ${ruDate(from)} по ${ruDate(to)}); клиентов, покупавших раньше: ${customers}`,
    baselineSd: 'Стандартное отклонение',
    baselineSdText: 'насколько показатель разнится от клиента к клиенту: шум, сквозь который пилот должен увидеть эффект',
    z: (alpha, power) => `двусторонний уровень значимости α = ${alpha}, мощность ${power}`,
    detectable: 'Обнаружимый эффект',
    detectableText: (groupSize, z) => `наименьшее изменение среднего, которое обнаружат ${groupSize} клиентов в группе (${z}): корень из 2(z₁₋α/₂ + z₁₋β)²σ²/n, делённый на среднее`,
    withCuped: '… с CUPED',
    cupedText: 'то же, если анализ учитывает значение каждого клиента за предыдущий период',
    perGroup: 'Клиентов в группе',
    perGroupText: (mde, abs, z) => `чтобы обнаружить изменение на ${mde} (${abs}); ${z}: n = 2(z₁₋α/₂ + z₁₋β)²σ²/Δ²`,
    cupedPerGroupText: 'то же, если анализ учитывает значение каждого клиента за предыдущий период (pilot analyze так и делает)',
    varianceReduction: 'Снижение дисперсии',
    varianceText: (rho, m, from, to) => `доля дисперсии, которую убирает CUPED: ρ², где ρ = ${rho} — корреляция со значением за предыдущие ${m} (с ${ruDate(from)} по ${ruDate(to)})`,
    varianceNone: 'нет: история короче двух периодов пилота, и учитывать нечего',

    balanceHead: ['Показатель предпериода', 'Пилотная', 'Контрольная', 'Станд. разность', ''],
    balanceMetric: { orders: 'заказы', revenue: G.revenue, active: 'активность' },
    imbalanced: 'дисбаланс (|d| > 0,1)',
    ok: 'в норме',
    assignment: (t, c, e) => `Распределение: в пилотной группе ${t}, в контрольной ${c}; подходящих клиентов ${e}`,
    strataHead: ['Страта', 'Подходящих', 'Пилотная', 'Контрольная'],
    balanceBefore: (from, to) => `Баланс групп до пилота (с ${ruDate(from)} по ${ruDate(to)}): средние на клиента по группам`,
    balanceIn: 'Баланс групп в предпериоде: средние на клиента по группам',

    effect: { frequencyUplift: 'Частота заказов', checkUplift: G.AverageCheck, churnReduction: 'Снижение оттока', revenuePerCustomer: 'Выручка на клиента' },
    method: { cuped: 'CUPED', 'difference-in-differences': 'разность разностей', difference: 'разность' },
    statementHead: (label, v, level, lo, hi, pv) => `${label}: ${v} (${level}-й ДИ от ${lo} до ${hi}, p = ${pv})`,
    distinguishable: (head, alpha) => `${head}: отличается от нуля при α = ${alpha}.`,
    notDistinguishable: (head, alpha) => `${head}: не отличается от нуля при α = ${alpha}; пилот не отличает этот эффект от его отсутствия.`,
    periods: (preFrom, preTo, from, to, m) => `Предпериод с ${ruDate(preFrom)} по ${ruDate(preTo)}; пилот с ${ruDate(from)} по ${ruDate(to)} (${m} мес.)`,
    groupsHead: ['Группа', 'Клиентов', 'Заказов на клиента в месяц, до', 'в пилоте', 'Средний чек, до', 'в пилоте', 'Выручка на клиента, до', 'в пилоте', 'Отток в пилоте'],
    group: { treatment: 'пилотная', control: 'контрольная' },
    churnOf: (share, of) => `${share} из ${of}`,
    effectsTitle: (level, bootstrap, b, permutations, pm) =>
      `Эффекты программы (пилотная группа в сравнении с контрольной; ${level}-е бутстреп-интервалы по ${b} ${p(bootstrap, 'выборке', 'выборкам', 'выборкам')}, p-значения по ${pm} ${p(permutations, 'перестановке', 'перестановкам', 'перестановкам')} внутри страт)`,
    effectsHead: (level) => ['Эффект', 'Метод', 'Оценка', `${level}-й ДИ`, 'p'],
    sampleRatio: (label, t, c, et, ec, pv, mismatch) =>
      `${label}: пилотная ${t} / контрольная ${c}, ожидалось ${et} / ${ec}, p = ${pv}: ${mismatch ? 'НЕСООТВЕТСТВИЕ (p < 0,001), не доверяйте эффектам, пока оно не объяснено' : 'в норме'}`,
    ratioAssignment: 'Соотношение групп по распределению',
    ratioPresent: 'Соотношение групп среди клиентов в истории',
    capped: (pctile, pre, pilot, n) => `Выручка ограничена ${pctile}-м процентилем (предпериод ${pre}, пилот ${pilot} на клиента): ограничено клиентов: ${n}.`,
    tercileTitle: 'Эффекты по терцилям закупок в предпериоде (веса — те effects.by_spend проекта программы, что подсказывает пилот)',
    tercileUneven: (sizes) => `Терцили неравные (${sizes} клиентов): многие клиенты закупили до пилота ровно на одну и ту же сумму (часто 0), а клиенты с равными закупками остаются в одной группе, поэтому разделить их на трети нельзя.`,
    tercileHead: (level) => ['Терциль', 'Пилотная', 'Контрольная', 'Частота', 'Чек', 'Выручка на активного', `${level}-й ДИ`, 'Вес'],
    tercile: { light: 'малые', medium: 'средние', heavy: 'крупные' },
    churnNote:
      'Отток здесь — неактивность (ни одной покупки в пилоте среди покупавших в предпериоде) за вычетом эффекта частоты: больше заказов и так делает неактивность реже, а это частота, не отток.',

    scheduleTitle: (alpha) =>
      `График просмотров, если следить за пилотом по ходу (pilot analyze --interim): расходование α по типу О'Брайена — Флеминга, двусторонний уровень α = ${alpha} на все просмотры`,
    scheduleHead: ['Просмотр', 'День', 'Информация', '|z| для остановки', 'Израсходовано α'],
    scheduleNote:
      'Ранним просмотрам нужен подавляющий эффект; последний почти равен обычному тесту. Проверка по порогу 1,96 каждую неделю находила бы «эффект» гораздо чаще, чем α, когда его нет.',
    decision: { 'stop: effect': 'остановить: эффект есть', continue: 'продолжать', 'end: no effect shown': 'конец: эффект не показан', 'end: effect': 'конец: эффект есть' },
    noLook: 'Просмотров ещё не было: первый — через один интервал после начала.',
    looksTitle: 'Промежуточные просмотры выручки на клиента (разность CUPED, пилотная − контрольная) в сравнении с границами О\'Брайена — Флеминга',
    looksHead: ['День', 'Информация', 'Эффект', 'z', '|z| для остановки', 'Решение'],
    soFar: (z, b, naive) => `Пока: продолжать. |z| = ${z} ниже ${b}; наивный тест с порогом ${naive} не удерживал бы ошибку при повторных просмотрах.`,
    decided: (d) => `Решение: ${d}.`,

    valueHead: (n, r, net, launch) =>
      `Ценность информации для решения о запуске (${r} ${p(n, 'прогон', 'прогона', 'прогонов')} проекта программы): ожидаемая ${G.netIncrementalProfit} сейчас ${net}, так что решение сейчас — ${launch ? 'запускать' : 'не запускать'}.`,
    evpiHead: ['Неопределённый параметр', 'EVPI'],
    allOfThem: 'все вместе',
    evpiNote: 'EVPI — сколько стоило бы точно знать параметр до решения; пилот может узнать только эффекты, и то не точно.',
    pilotsHead: ['Клиентов в группе', 'Месяцев', 'Ценность пилота', 'Станд. отклонение эффекта частоты', 'Станд. отклонение эффекта чека'],
    note: (n) => `Примечание: ${n}.`,
    fixedEffects: 'эффекты частоты и чека заданы в проекте программы числами: пилоту нечего о них узнать, и его ценность равна 0',
    noChurnLearning: 'ценность считается так, будто пилот в несколько месяцев ничего не узнаёт об оттоке: это осторожное упрощение (pilot analyze оценивает эффект на отток, но короткий пилот определяет его плохо); стоимость самого пилота и задержка запуска не вычтены',
    monthPilot: (n, f) => `${f}-месячный`,
    clear: (launch, m, perGroup, value) =>
      `Рекомендация: при априорных оценках проекта программы решение ясно (${launch ? 'запускать' : 'не запускать'}); ценность информации ${m.replace(/ый$/, 'ого')} пилота (клиентов в группе: ${perGroup}) для этого решения — около ${value}. Проводите пилот ради другого (узнать эффекты для бюджета) или не проводите вовсе.`,
    worth: (m, perGroup, value) => `Рекомендация: ожидаемая ценность информации ${m.replace(/ый$/, 'ого')} пилота (клиентов в группе: ${perGroup}) — около ${value}`,
    doubling: (v) => `; удвоение добавляет ${v}`,
    perfect: (v) => ` (полная информация обо всём: ${v}).`,
    mostWorth: (list) => ` Больше всего стоит узнать: ${list}.`,

    infeasible: (per, eligible, last, cuped) =>
      `план невыполним: нужно клиентов 2 × ${per}, а на конец истории (${ruDate(last)}) подходящих только ${eligible}${cuped === null ? '' : `; с CUPED хватит 2 × ${cuped}`}; подойдут больший --mde, больший --months или меньший --group-size`,
    valueRuns: (n, r, file, sample, size) => `ценность информации: ${r} ${p(n, 'прогон', 'прогона', 'прогонов')} ${file}, в каждом ${sample} клиентов представляют ${size}`,
    strataConflicts: (n, column) => `у клиентов (${n}) больше одного значения «${column}»; берётся последнее в файле`,
    short: (eligible, per) => `подходящих клиентов только ${eligible}, меньше 2 × ${per}: распределены все, и мощности пилоту не хватит`,
    imbalancedDraw: (metric, d) => `группы различаются в предпериоде по показателю «${metric}» (стандартизированная разность ${d}); другой --seed даст другое распределение`,
    wroteAssignment: (n, file, seed) => `записано клиентов в ${file}: ${n} (начальное значение генератора ${seed})`,
    capRange: (cap) => `--cap должен быть процентилем от 50 % до 100 %; получено: ${cap}`,
    capRangeHint: 'например, --cap 99%',
    interimNoWrite: '--interim не записывает эффекты: промежуточный просмотр — ещё не результат пилота',
    interimNoWriteHint: 'чтобы записать их, запустите без --interim после планового конца',
    interimNeedsEnd: '--interim нужен --end — плановый последний день пилота',
    interimNeedsEndHint: 'например, --end 2024-05-31',
    writing: (file) => `${file}: эффекты пилота заменяют прежние значения (сохраните этот вывод, чтобы откатить):`,

    srMismatch: (t, c, pv) =>
      `несоответствие соотношения групп: в пилотной ${t}, в контрольной ${c} клиентов, а план предполагает равные группы (p = ${pv}); файл распределения мог быть обрезан или изменён, и сравнению нельзя доверять, пока это не объяснено`,
    srPresentMismatch: (t, c, pv) =>
      `несоответствие соотношения групп среди клиентов в истории: в пилотной ${t}, в контрольной ${c} (p = ${pv}); одна группа потеряла больше клиентов (например, при выгрузке), и эффекты могут быть смещены`,
    imbalancedBefore: (metric, d) =>
      `группы различаются до пилота по показателю «${metric}» (стандартизированная разность ${d}, больше 0,1): оценки CUPED и разности разностей это учитывают, простое сравнение — нет`,
    smallGroups: (t, c, min) => `в пилотной группе ${t}, в контрольной ${c} клиентов: интервалы широкие, а бутстреп грубый, если в группе меньше примерно ${min}`,
    shortPilot: (days, median) =>
      `пилот (${days} дн.) короче типичного промежутка между покупками (медиана ${median} дн.): многие клиенты не успели купить, и эффекты частоты и оттока трудно увидеть`,
    missing: (n) => `у распределённых клиентов (${n}) нет строк в истории; они считаются клиентами без покупок`,
    noPreBuyers: 'в одной из групп никто не покупал в предпериоде: эффект на отток оценить нельзя',

    churnUnclear: (pv, m, sd) =>
      `отток: за вычетом эффекта частоты пилот не может отличить эффект на отток от нуля (p = ${pv.replace('.', ',')}); ` +
      `за ${m.replace('.', ',')} мес. пилота уходит мало клиентов. Записано: с центром в 0 и стандартным отклонением ${sd.replace('.', ',')}, чтобы вместить весь интервал, а не сырой контраст неактивности (он дважды учитывает частоту).`,
    ramp: (ramp, m, share, range, factor, factorSd, beyond) =>
      `разгон: при ramp_months ${ramp} пилот за ${m} мес. увидел в среднем ${share} % полного эффекта${range === null ? '' : ` (${range} % в 90-процентном диапазоне ramp_months)`}; ` +
      `измеренные эффекты делятся на эту долю (× ${factor.replace('.', ',')}), как и их стандартные отклонения${factorSd === null ? '' : `, плюс ${factorSd} на неопределённость самого разгона`}. ` +
      `Это предполагает, что эффект растёт линейно до месяца ${ramp}, как описано в docs/model.ru.md §9; ${beyond ? 'пилот кончился раньше разгона, так что полный размер — экстраполяция, которую пилот не видел.' : 'пилот длился дольше разгона, так что полный размер он видел.'}`,
  },

  pilotErrors: {
    fewEligible: (n) => `для пилота ${p(n, 'подходит', 'подходят', 'подходят')} только ${n} ${p(n, 'клиент', 'клиента', 'клиентов')}`,
    relaxHint: 'ослабьте --min-revenue / --active-within-days',
    cannotParse: (file, why) => `не удаётся разобрать ${file}: ${why}`,
    assignmentCsvHint: 'распределение — это CSV со столбцами customer_id,group,stratum',
    /** Выводится после file:line ошибки (задача 29: файл назывался дважды). */
    noColumns: 'в файле распределения нет столбцов customer_id и group',
    noColumnsHint: 'запишите его командой `loyalty-sim pilot plan --assign ФАЙЛ` или возьмите заголовок customer_id,group,stratum',
    noId: 'строка без customer_id',
    noIdHint: 'заполните его или удалите строку',
    badGroup: (group) => `группа «${group}» — ни «treatment», ни «control»`,
    badGroupHint: 'каждый клиент входит в группу «treatment» (пилотная) или «control» (контрольная)',
    twice: (id) => `клиент ${id} распределён дважды`,
    twiceHint: 'оставьте по одной строке на клиента',
    noGroup: (file, group) => `в ${file} нет клиентов группы «${group}»`,
    noGroupHint: 'анализ сравнивает две группы',
    groupsTooSmall: (t, c) => `в распределении ${t} ${p(t, 'клиент', 'клиента', 'клиентов')} пилотной группы и ${c} контрольной; в каждой группе нужно хотя бы 2`,
    alpha: (v) => `alpha должна быть между 0 и 1; получено: ${v}`,
    power: (v) => `мощность должна быть между 0 и 1; получено: ${v}`,
    historyTooShort: (days, m, windowDays) => `история (${days} дн.) не длиннее одного окна пилота в ${months(m)} (${windowDays} дн.)`,
    historyTooShortHint: 'возьмите историю подлиннее или --months поменьше',
    fewPool: (n, m) => `только ${n} ${p(n, 'подходящий клиент покупал', 'подходящих клиента покупали', 'подходящих клиентов покупали')} раньше, чем за ${months(m)} до конца истории; дисперсии для плана нет`,
    fewPoolHint: 'ослабьте --min-revenue / --active-within-days или возьмите историю подлиннее',
    meanNotPositive: (metric, m, mean) =>
      `${PILOT_METRIC_RU[metric]} за последние ${months(m)} в среднем ${mean}; относительному эффекту нужна положительная база`,
    meanNotPositiveHint: 'выберите другую --metric или --months подлиннее',
    mde: (v) => `минимальный обнаружимый эффект должен быть больше 0; получено: ${v}`,
    mdeHint: 'напишите, например, --mde 10%',
    noFinite: (field, mean, sd) => `пилот не дал конечной оценки для ${field} (среднее ${mean}, ст. откл. ${sd}); проект оставлен как был`,
    noFiniteHint: 'посмотрите предупреждения pilot analyze',
    wouldBeInvalid: (file, list) => `с эффектами пилота проект был бы недопустимым, поэтому ${file} оставлен как был:\n${list}`,
    wouldBeInvalidHint: 'оценки пилота могут выходить за допустимые пределы (например, снижение оттока 1 и больше); проверьте их',
    strataNotColumn: (column, file, columns) => `--strata «${column}» — не столбец ${file}; столбцы: ${columns}`,
    strataHint: 'укажите столбец, где у каждого клиента записан сегмент, регион или уровень',
    cannotRead: (file, why) => `не удаётся прочитать ${file}: ${why}`,
    assignmentFileHint: 'укажите файл, записанный командой loyalty-sim pilot plan --assign ФАЙЛ',
    draftFileHint: 'укажите проект, в который записать эффекты',
  },

  cliErrors: {
    isFolder: (file) => `не удаётся записать ${file}: это папка`,
    isFolderHint: (example) => `укажите имя файла, например ${example}`,
    exists: (file) => `${file} уже существует; не перезаписываю`,
    existsHint: (flag) => `добавьте ${flag}, чтобы заменить его, или выберите другое имя файла`,
    noFolder: (file, folder) => `не удаётся записать ${file}: папки ${folder} нет`,
    noFolderHint: 'сначала создайте папку или выберите другой путь',
    cannotWrite: (file, code) => `не удаётся записать ${file}: ${code}`,
    cannotWriteHint: 'проверьте путь, что в папку можно писать и что на диске есть место',
    amountOrQuantity: 'укажите либо --amount, либо --quantity с --price, но не то и другое',
    amountOrQuantityHint: 'сумма = количество × цена, когда в файле нет столбца суммы',
    historyOrSummary: 'укажите --history или --summary, но не оба.',
    historyOrSummaryHint: '--summary — это сводка по клиентам из такой же истории',
    reportNowhere: 'report некуда писать: укажите --html ФАЙЛ, --xlsx ФАЙЛ или оба.',
    reportNowhereHint: 'например loyalty-sim report draft.yaml --html report.html --xlsx report.xlsx',
    sameFile: (file) => `--html и --xlsx указывают на один и тот же файл (${file}).`,
    sameFileHint: 'дайте им разные имена, например report.html и report.xlsx',
    interactiveNeedsHtml: '--interactive добавляет панель в HTML-отчёт: укажите и --html ФАЙЛ.',
    interactiveNeedsHtmlHint: 'например loyalty-sim report draft.yaml --html report.html --interactive',
    interactiveOneDraft: '--interactive работает с одним проектом: его рычаги двигают этот проект.',
    interactiveOneDraftHint: 'сделайте по отчёту с --interactive на каждый проект или сравнивайте без него',
    precisionOneDraft: '--precision работает только с одним проектом: сравниваемым проектам нужно одинаковое число прогонов, чтобы составить пары.',
    precisionOneDraftHint: 'уберите --precision или задайте --runs',
    customersDiffer: (file) => `${file}: его блок customers отличается; все проекты моделируются на клиентах первого проекта, где такой блок есть.`,
    notYaml: (file, parser) => `${file} — некорректный YAML (${parser})`,
    validateHint: (file) => `проверьте его: loyalty-sim validate ${file}`,
    chosenInvalid: (list) => `с выбранными значениями проект был бы недопустимым:\n${list}`,
  },

  constraint: {
    format: 'например «P(roi>0)>=0.9», «p5(npv)>=0», «programCost<=50e6», «mean(roi)>=20%»',
    atColumn: (message, column) => `${message} в столбце ${column}`,
    notComparison: (text) => `«${text}» — не сравнение, которое может задавать ограничение`,
    notComparisonHint: 'используйте >=, <=, > или <',
    unexpected: (c) => `неожиданный символ «${c}»`,
    missing: (what) => `не хватает: ${what}`,
    expected: (what, got) => `ожидалось: ${what}; получено: «${got}»`,
    metricName: 'название метрики',
    number: 'число',
    comparisonInP: 'сравнение (> или <) внутри P( )',
    comparison: 'сравнение (>=, <=, > или <)',
    unknownMetric: (name) => `неизвестная метрика «${name}»`,
    metrics: (guess, list) => (guess === null ? `метрики: ${list}` : `может быть, «${guess}»? (метрики: ${list})`),
    empty: 'ограничение пустое',
    percentile: (text) => `процентиль ${text} вне диапазона p1 … p99`,
    unknownStatistic: (text) => `неизвестная статистика «${text}»`,
    statisticHint: 'используйте «P(метрика>x)», «pN(метрика)» (например, «p5») или «mean(метрика)»; например «P(roi>0)>=0.9», «p5(npv)>=0», «mean(roi)>=20%»',
    afterEnd: (text) => `лишнее «${text}» после конца ограничения`,
    probability: (bound) => `граница вероятности должна быть от 0 до 1 (или от 0% до 100%); получено: ${bound}`,
  },

  paths: {
    reason: (p) => {
      switch (p.kind) {
        case 'badSegment':
          return `«${p.part}» — недопустимая часть пути`;
        case 'empty':
          return 'пустой путь';
        case 'notAField':
          return 'не ведёт к полю';
        case 'indexOut':
          return `индекс ${p.index} вне диапазона (0..${p.last})`;
        case 'noField':
          return `нет поля «${p.part}»`;
        case 'insideNumber':
          return `«${p.part}» находится внутри числа, а не объекта`;
        case 'noEntry':
          return `нет элемента с именем «${p.part}»`;
        case 'noSuchField':
          return 'такого поля нет';
      }
    },
  },


  decideErrors: {
    varyFormat: 'пишите ПУТЬ=ОТ:ДО:ШАГ, например mechanics.discount.rate=0.01:0.10:0.01',
    bounds: { from: 'ОТ', to: 'ДО', step: 'ШАГ' },
    needsFromToStep: (spec) => `в --vary «${spec}» после = нужно ОТ:ДО:ШАГ.`,
    stepNoLead: (path, step, from, to) => `--vary ${path}: с шагом ${step} от ${from} не дойти до ${to}.`,
    stepNoLeadHint: 'шаг больше 0 при ОТ ≤ ДО (или меньше 0 при ОТ ≥ ДО)',
    tooManyPoints: (path, n, max) => `--vary ${path}: ${n} ${p(n, 'точка', 'точки', 'точек')}, больше ${max}; каждая — полное моделирование.`,
    largerStep: 'возьмите шаг побольше',
    oneOrTwo: 'sweep принимает один или два параметра --vary.',
    twiceHint: 'меняйте два разных поля',
    wholeFromStep: (path) => `${path} принимает целые числа; ОТ и ШАГ должны быть целыми.`,
    gridTooBig: (total, max) => `в сетке ${total} ${p(total, 'точка', 'точки', 'точек')}, больше ${max}; каждая — полное моделирование.`,
    largerSteps: 'возьмите шаги побольше',
    customersShared: (path) => `${path}: клиенты общие для всех вариантов (на этом держится честность сравнения), поэтому менять их здесь нельзя.`,
    customersSharedHint: 'смоделируйте копии проекта с разными блоками customers.synthetic',
    numericFields: (list) => `числовые поля этого проекта: ${list}`,
    noNumericField: (path, reason, choices) => `нет числового поля ${path}: ${reason}${choices === null ? '' : ` (там есть: ${choices})`}.`,
    didYouMeanThese: (guess, fields) => `может быть, ${guess}? (${fields})`,
    didYouMean: (guess) => `может быть, ${guess}?`,
    notNumeric: (path, holds) => `${path} — не числовое поле (в нём ${HOLDS_RU[holds] ?? holds}).`,
    notFinite: (path, value) => `${path} = ${value} — не конечное число.`,
    wholeGot: (path, value) => `${path} принимает целые числа; получено: ${value}.`,
    wholeHint: 'задайте целые ОТ, ДО и ШАГ',
    variantInvalid: (path, value, why) => `со значением ${path} = ${value} проект становится недопустимым: ${why}.`,
    keepInRange: (path, distribution) =>
      `держите ${path} в допустимом диапазоне${distribution ? ' (распределение сдвигается целиком, так что и его минимум должен оставаться в диапазоне)' : ''}`,
    setFormat: (text) => `--set «${text}» не имеет вида ПУТЬ=ЗНАЧЕНИЕ`,
    setFormatHint: 'например --set costs.launch=500000 или --set "effects.frequency_uplift={ triangular: { min: 0.05, mode: 0.1, max: 0.2 } }"',
    setNotValue: (path, raw) => `--set ${path}: «${raw}» — не число и не распределение`,
    setNotValueHint: 'напишите число (0.05) или распределение в потоковом синтаксисе YAML: { uniform: { min: 0.02, max: 0.06 } }',
    setNoField: (path, reason, choices) => `--set: нет поля ${path}: ${reason}${choices === null ? '' : ` (там есть: ${choices})`}`,
    setNotNumeric: (path) => `--set: ${path} — не числовое поле`,
    setInvalid: (sets, why) => `с --set ${sets} проект становится недопустимым: ${why}`,
    setInvalidHint: 'держите каждое поле в допустимом диапазоне (диапазоны объясняет loyalty-sim validate)',
    setApplied: (file, sets) => `примечание: ${file}: ${sets} (--set; файл не изменён)`,
    wholeNoBreakeven: (path) => `${path} принимает целые числа, поэтому точного значения безубыточности для него нет.`,
    wholeNoBreakevenHint: (path) => `попробуйте: loyalty-sim sweep ПРОЕКТ --vary ${path}=ОТ:ДО:1`,
    noUncertain: 'в этом проекте нет неопределённых входных данных: каждое числовое поле — фиксированное число, ранжировать нечего.',
    noUncertainHint: 'запишите входные данные, в которых вы не уверены, распределениями, например frequency_uplift: { triangular: { min: 0.02, mode: 0.08, max: 0.15 } }',
    horizonOf: (n) => months(n),
    currencies: (list) => `проекты в разных валютах: ${list}.`,
    currenciesHint: 'пересчитайте их в одну валюту перед сравнением',
    horizons: (list) => `у проектов разные горизонты: ${list}; прибыль за разные периоды несравнима.`,
    horizonsHint: 'задайте во всех одинаковый horizon_months или укажите --horizon МЕСЯЦЕВ, чтобы считать все на одном сроке',
    compareNone: 'для compare нужен хотя бы один проект.',
    roiInput: {
      revenuePerClient: 'Выручка на клиента',
      uplift: 'Прирост',
      years: 'Число лет',
      churn: 'Отток',
      churnReduction: 'Снижение оттока',
      cost: 'Затраты',
      clients: 'Число клиентов',
    },
    roiNotNumber: (name, value) => `${name}: нужно число; получено: ${value}.`,
    roiNotNumberHint: (flag) => `укажите ${flag} простым числом`,
    roiRevenueNegative: (z) => `Выручка на клиента не может быть отрицательной; получено: ${z}.`,
    roiRevenueHint: 'укажите годовую выручку на клиента, например --revenue-per-client 1200',
    roiUpliftLow: (y) => `С приростом ${y} выручка стала бы ниже нуля.`,
    roiUpliftHint: 'пишите прирост долей: 10% или 0.1 (падение выручки отрицательно, не ниже -100%)',
    roiYears: (n) => `Число лет должно быть больше 0; получено: ${n}.`,
    roiYearsHint: 'укажите срок программы в годах, например --years 3',
    roiChurn: (w) => `Отток должен быть от 0 до 1 (от 0% до 100%); получено: ${w}.`,
    roiChurnHint: 'пишите годовой отток долей: 20% или 0.2',
    roiReductionAbove: (x, w) => `Снижение оттока ${x} больше самого оттока ${w}: с программой отток стал бы отрицательным.`,
    roiReductionAboveHint: 'снижение задаётся в процентных пунктах: отток 20%, сниженный до 15%, — это --churn-reduction 5% (0.05)',
    roiReductionRaises: (x) => `При снижении оттока ${x} отток превысил бы 100%.`,
    roiReductionRaisesHint: 'у программы, которая повышает отток, снижение отрицательное, но не меньше, чем отток − 100%',
    roiCost: (v) => `Затраты должны быть больше 0; получено: ${v}.`,
    roiCostHint: 'укажите затраты на программу простым числом, например --cost 10000; когда ничего не потрачено, ROI не определён',
    roiClients: (c) => `Число клиентов должно быть больше 0; получено: ${c}.`,
    roiClientsHint: 'не указывайте --clients, если выручка уже указана по всей базе',
    allStartsBreak: 'каждая стартовая точка поиска нарушает правила проекта, сравнивать нечего.',
    allStartsBreakHint: 'проверьте, что диапазоны совместимы (например, уровни сохраняют порядок: min_spend каждого выше предыдущего)',
  },

  behaviour: {
    selectionSame: (o, c) =>
      `Участники покупают на ${o} больше неучастников, а программа даёт ${c}: вступали почти случайно, так что сравнение участников с неучастниками оценило бы эффект программы примерно верно.`,
    selectionOver: (o, c) =>
      `Наивное сравнение участников с неучастниками (или «до и после») показало бы клиенту, что программа поднимает закупки на ${o}; на деле она даёт ${c}: остальное — кто вступил, ведь крупные покупатели записываются охотнее и купили бы больше и так.`,
    selectionUnder: (o, c) =>
      `Наивное сравнение участников с неучастниками показало бы клиенту ${o} и занизило бы эффект программы (${c}): мелкие покупатели вступали охотнее крупных, и участники выглядят слабее, чем их сделала программа.`,
    paymentTerms: 'Отсрочка платежа',
    referralBonuses: 'Бонусы за рекомендации',
    feeIncome: 'Членские взносы (учтены в чистой прибыли, не затраты)',
    // ── issue 27 (§14) ──
    actionValue: 'Ценность действий участников (в чистой прибыли, не затраты)',
    earlyPaymentBenefit: 'Выгода от досрочной оплаты (в чистой прибыли, не затраты)',
    partnerFeeIncome: 'Сборы партнёров за списанные баллы (в чистой прибыли, не затраты)',
    partnerFunding: (total, share, fees) => `Партнёры оплачивают ${total} вознаграждений: ${share} — их доля стоимости баллов (в затраты программы на баллы выше не входит) и ${fees} — сборы за списанные баллы.`,
    // ── конец блока issue 27 ──
    points: { redeemed: 'списано', expired: G.expired, forfeited: 'потеряно при уходе', outstanding: 'остаток на конец горизонта' },
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
    loading: (pf) =>
      `pull_forward ${pf}: ретро-бонус в основном сдвигает заказы во времени (клиенты затовариваются перед датой бонуса и меньше покупают после неё), так что выплаченный ретро-бонус — почти чистые затраты`,
    loadingHint:
      'проверьте затоваривание в прошлых заказах вокруг конца периодов; платите за рост к прошлому году (план), а не за фиксированную ступень объёма, или сгладьте его годовым периодом',
    thresholdOutOfReach: (perMonth, m, threshold, expiry) =>
      `типичный (медианный) участник зарабатывает около ${perMonth} баллов в месяц и ${m === null ? 'никогда не наберёт' : `набирает за ${m} мес.`} порог в ${threshold} баллов, а баллы сгорают через ${months(expiry)}: большинство баллов сгорит раньше, чем их можно будет потратить`,
    thresholdOutOfReachHint: (most, expiry) =>
      `снизьте порог не больше чем до ${most} баллов, поднимите earn_per_currency или продлите жизнь баллов дольше ${months(expiry)}`,
    feeWithoutBenefits:
      'участники платят взнос, но в проекте программы нет затрат на привилегии (ни у одного уровня нет benefit_cost_per_month или benefit_cost_per_order): за что платят участники?',
    feeWithoutBenefitsHint:
      'заложите то, что даёт клуб (исследования, обучение, база знаний, персональный менеджер), как затраты на привилегии уровня tiers; для клуба без уровней подойдёт механика tiers с одним уровнем и min_spend 0',
    // ── issue 27 (§14) ──
    earlyPointsCostMore: (cost, benefit, days) =>
      `баллы за досрочную оплату стоят ${cost} от выручки, оплаченной досрочно, а оплата на ${days} дн. раньше экономит на капитале лишь ${benefit}: каждая досрочная оплата приносит убыток`,
    earlyPointsCostMoreHint: (most) => `снизьте early_payment.points_per_currency не больше чем до ${most} или просите платить раньше на большее число дней`,
    actionCostsMore: (name, cost, value) => `баллы за действие «${name}» стоят ${cost} за каждое действие — больше, чем ${value}, которые оно приносит компании`,
    actionCostsMoreHint: 'начисляйте за действие меньше баллов или проверьте его ценность (сэкономленный звонок, заказ через кабинет вместо времени менеджера)',
    // ── конец блока issue 27 ──
  },
  /** The fit's diagnostics (report/fit-diagnostics-*.ts, fit-html.ts). */
  history: {
    reasons: { missingCustomer: 'нет клиента', badDate: 'неверная дата', badAmount: 'неверная сумма', raggedRow: 'не то число полей' },
    skipped: (n: number, reason: string, examples: string) => `${p(n, 'пропущена', 'пропущены', 'пропущено')} ${n} ${p(n, 'строка', 'строки', 'строк')} (${reason})${examples}`,
    skippedExamples: (where: string, message: string) => `, например ${where}: ${message}`,
    returnsOnly: (n: number) => `у ${n} ${p(n, 'клиента', 'клиентов', 'клиентов')} только возвраты, они не учитываются`,
    headerLine: (line: number) =>
      `заголовок — строка ${line}; ${line - 1 === 1 ? 'строка над ним пропущена' : `${line - 1} ${p(line - 1, 'строка', 'строки', 'строк')} над ним ${p(line - 1, 'пропущена', 'пропущены', 'пропущено')}`} (--skip-rows N, чтобы указать самому)`,
    dateOrder: (format: string) => `неясно, что в датах идёт первым, день или месяц; прочитаны как ${format} (--date-format, чтобы указать самому)`,
    // Issue 28 part 4: чтение через DuckDB (history/duckdb.ts) и когда файл читается без него
    engineFallback: (reason, detail) =>
      `файл прочитан встроенным читателем, а не DuckDB: ${
        {
          encoding: 'файл не в кодировке UTF-8 (DuckDB читает только её)',
          header: 'заголовок не в первой строке (над ним строки с названием отчёта или задан --skip-rows)',
          decimalComma: 'в суммах десятичная запятая',
          unreadableRows: 'часть строк не читается, а встроенный читатель называет их номера',
          strict: 'с --strict чтение останавливается на первой плохой строке с её номером',
          noPurchases: 'DuckDB не нашёл ни одной покупки',
          rejected: `DuckDB не смог разобрать файл${detail ? ` (${detail})` : ''}`,
        }[reason]
      }`,
    parquetNeedsDuckDb: (file) => `${file} — файл Parquet, а Parquet читает только DuckDB`,
    parquetNeedsDuckDbHint: 'уберите --engine js (или укажите --engine duckdb) либо выгрузите таблицу в CSV',
    parquetUnreadable: (file, why) => `DuckDB не смог прочитать файл Parquet ${file}: ${why}`,
    rowWidth: (fields, width) => `в строке ${fields} ${p(fields, 'поле', 'поля', 'полей')}, а в заголовке ${width}`,
    rowWidthHint: 'проверьте разделитель и кавычки в этой строке',
    noCustomerIn: (column) => `нет клиента в столбце «${column}»`,
    noCustomerHint: 'укажите клиента или удалите строку',
    badDateIn: (raw, column, format) => `неверная дата «${raw}» в столбце «${column}» (читалась как ${format})`,
    badDateHint: 'исправьте дату или укажите --date-format',
    implausibleDate: (raw, column, after) =>
      `дата «${raw}» в столбце «${column}» ${after === null ? 'раньше 01.01.1990' : `больше чем на год позже сегодняшнего дня (${ruDate(after)})`}`,
    implausibleDateHint: 'исправьте дату (1С пишет пустую дату как 01.01.0001)',
    badAmountIn: (raw, column, decimal) => `неверная сумма «${raw}» в столбце «${column}» (десятичный разделитель «${decimal}»)`,
    badNumberIn: (raw, column, decimal) => `неверное число «${raw}» в столбце «${column}» (десятичный разделитель «${decimal}»)`,
    badNumberHint: 'исправьте число или укажите --decimal',
    tooLarge: (amount, column) => `сумма ${amount} в столбце «${column}» больше ±1e12 по модулю`,
    tooLargeHint: 'исправьте число: таких крупных отдельных продаж не бывает',
    strictHint: (hint) => `${hint}; без --strict такие строки пропускаются и подсчитываются`,
    unreadable: (n, rows, share, max, table) =>
      `не удаётся прочитать ${n} из ${rows} ${p(rows, 'строки', 'строк', 'строк')} (${share.replace('.', ',')}), больше допустимых ${max.replace('.', ',')}:\n${table}`,
    unreadableRow: (label, count, where, message) => `  ${label} ${count}  впервые в строке ${where}${message === null ? '' : `: ${message}`}`,
    unreadableHint: (allow) => `исправьте строки (другой формат даты? укажите --date-format) или исключите их с --max-skipped ${allow}`,
    noUsable: (file, rows, skipped) => `${file}: нет пригодных покупок (${rows} ${p(rows, 'строка', 'строки', 'строк')}${skipped === null ? '' : `; пропущено: ${skipped}`})`,
    skippedCount: (n, reason) => `${reason} — ${n}`,
    firstBadRow: (where, message) => `первая неверная строка: ${where}: ${message}`,
    needsPurchases: 'в истории нужна строка на каждую покупку',
    notColumn: (flag, name, file, columns) => `${flag} «${name}» — не столбец ${file}; столбцы: ${columns}`,
    noColumns: (missing, columns) =>
      `не найден столбец ${missing.map((m) => (m === 'customer' ? 'клиента' : m === 'date' ? 'даты' : 'суммы (или количества и цены)')).join(', ни столбец ')}; столбцы: ${columns}`,
    columnsHint: 'назовите столбцы: --customer СТОЛБЕЦ --date СТОЛБЕЦ --amount СТОЛБЕЦ (или --quantity СТОЛБЕЦ --price СТОЛБЕЦ и --order СТОЛБЕЦ, чтобы собрать строки накладной в заказ)',
    notAFile: (file) => `${file} — не файл`,
    notAFileHint: 'укажите путь к CSV с историей продаж, а не к папке',
    noSuchFile: 'нет такого файла истории',
    noSuchFileHint: 'проверьте путь к CSV с историей продаж',
    cannotRead: (file, why) => `не удаётся прочитать ${file}: ${why}`,
    permissionDenied: 'нет доступа',
    isFolder: 'это папка',
    /** Задача 29: почему файл не читается, вместо системного ENOENT. */
    noSuchPath: 'такого файла нет',
    readableHint: 'проверьте, что у вас есть право читать файл',
    pathHint: 'проверьте путь к CSV с историей',
    streamHint: 'проверьте путь и что у вас есть право читать файл (ls -l)',
    unclosedQuote: (line) => `незакрытая кавычка: поле, открытое " в строке ${line}, не закрыто`,
    unclosedQuoteHint: 'закройте кавычку или удвойте кавычку внутри поля в кавычках ("")',
    cannotParse: (line, why) => `не удаётся разобрать CSV около строки ${line}: ${why}`,
    cannotParseHint: 'проверьте разделитель (--delimiter) и кавычки',
    empty: (file) => `${file} пуст`,
    emptyHint: 'в истории нужны строка заголовка и по строке на каждую операцию',
    // задачи 28 и 29: отказы и предупреждения чтения истории (history/columns.ts, history/read.ts, history/xlsx.ts)
    twoAmounts: (a: string, ca: number, b: string, cb: number) => `два столбца с суммой, «${a}» (столбец ${ca}) и «${b}» (столбец ${cb}): какой из них читать, не угадываем`,
    twoAmountsHint: (a: string, b: string) =>
      a === b ? `переименуйте один из двух столбцов «${a}» и укажите в --amount тот, что заплатил покупатель` : `укажите --amount "${a}" или --amount "${b}": сумму, которую заплатил покупатель (с НДС, если в чеках она с НДС)`,
    allZero: 'все суммы в истории равны 0: выручка, средний чек и модель трат будут нулевыми (тот ли это столбец суммы? --amount СТОЛБЕЦ)',
    notWorkbook: (file: string, why: string) => `${file} не читается как книга Excel (${why})`,
    notWorkbookHint: 'сохраните её из Excel как .xlsx («Книга Excel») или выгрузите лист в CSV',
    noSheet: (sheet: string, file: string, sheets: string) => `в ${file} нет листа «${sheet}»; листы: ${sheets}`,
    noSheetHint: 'укажите один из листов: --sheet ИМЯ',
    netNegative: (revenue: number) => `чистая выручка в истории отрицательна (${revenue.toFixed(2).replace('-', '−').replace('.', ',')}): возвратов больше, чем продаж (выгрузка одних возвратов или суммы с обратным знаком?)`,
  },

  summaryFile: {
    cannotRead: (why) => `не удаётся прочитать сводку: ${why}`,
    cannotReadHint: 'запишите обычный CSV со строкой заголовка',
    empty: 'файл сводки пуст',
    emptyHint: (header) => `заголовок: ${header}`,
    noColumns: (missing) => `в сводке нет столбца ${missing}`,
    noColumnsHint: (required, optional, found) => `заголовок должен содержать ${required} (необязательно: ${optional}); найдено: ${found}`,
    width: (fields, width) => `${fields} ${p(fields, 'поле', 'поля', 'полей')}, а в заголовке ${width}`,
    widthHint: 'в каждой строке нужно значение для каждого столбца',
    notNumber: (column, raw) => `${column} «${raw}» — не число`,
    notNumberHint: 'пишите простые числа с точкой в качестве десятичного разделителя',
    negative: (column, v) => `${column} ${v} — отрицательное значение`,
    negativeHint: (column) => `${column} — это счёт покупок или мера времени либо потраченных денег; меньше 0 оно быть не может`,
    noId: 'нет идентификатора клиента',
    noIdHint: 'каждая строка — один клиент',
    twice: (id) => `клиент ${id} встречается дважды`,
    twiceHint: 'в сводке по одной строке на клиента: сгруппируйте по клиенту',
    notWhole: (x) => `frequency ${x} — не целое число`,
    notWholeHint: 'frequency — число дней с повторными покупками',
    recencyZero: (x) => `frequency ${x} при recency 0`,
    recencyZeroHint: 'recency — время от первой покупки до последней повторной, поэтому при повторных покупках оно больше 0',
    recencyWithout: (tx) => `recency ${tx} при frequency 0`,
    recencyWithoutHint: 'без повторных покупок recency равно 0',
    recencyAfterT: (tx, T) => `recency ${tx} больше T ${T}`,
    recencyAfterTHint: 'T — время от первой покупки до конца данных, поэтому recency ≤ T',
    notDate: (raw) => `first_purchase «${raw}» — не дата`,
    notDateHint: 'пишите ГГГГ-ММ-ДД',
    noSuchFile: 'нет такого файла сводки',
    noSuchFileHint: 'проверьте путь к CSV со сводкой по клиентам',
    // задача 28: сводки библиотек BTYD (history/summary-file.ts) и profile --summary-out
    readAs: (file: string, convention: 'lifetimes' | 'btyd', unit: 'day' | 'week' | 'month', flag: string) =>
      `${file}: прочитан как сводка ${convention === 'lifetimes' ? 'lifetimes / PyMC-Marketing (customer_id, frequency, recency, T, monetary_value)' : 'BTYD / CLVTools (cust, x, t.x, T.cal, m.x)'}; recency и T считаются в ${{ day: 'днях', week: 'неделях', month: 'месяцах' }[unit]} (другую единицу задаёт ${flag} day|week|month; lifetimes по умолчанию пишет дни)`,
    wroteSummary: (file: string, n: number) =>
      `записан ${file}: сводка в формате lifetimes по ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'клиенту' : 'клиентам'}, recency и T в днях (так принято в lifetimes; в Python: BetaGeoFitter().fit(df.frequency, df.recency, df.T))`,
  },

  fit: {
    header: (_n: number, count: string, calibrationEnd: string, unit: 'week' | 'month') =>
      `клиентов: ${count}, калибровка по ${ruDate(calibrationEnd)}, единица времени: ${unit === 'week' ? 'неделя' : 'месяц'}`,
    summaryEnd: 'последний день сводки',
    needInput: 'укажите историю продаж или --summary ФАЙЛ (что-то одно)',
    needInputHint: 'например `loyalty-sim fit sales.csv` или `loyalty-sim fit --summary customers.csv --unit week`',
    summaryNoDates: 'в сводке по клиентам нет дат, по которым делить: --calibration-end и --holdout-from работают только с транзакциями',
    summaryNoDatesHint: 'сведите в сводку только период калибровки или оценивайте модель по транзакциям',
    endOrHoldout: 'укажите --calibration-end или --holdout-from, но не оба',
    endOrHoldoutHint: '--holdout-from Д — то же, что --calibration-end на день раньше Д',
    modelTitle: { 'bg-nbd': 'BG/NBD (Фейдер, Харди и Ли, 2005)', 'pareto-nbd': 'Pareto/NBD (Шмиттляйн, Моррисон и Коломбо, 1987)' },
    priorWeak: ', со штрафом слабого априорного распределения (отток не определяется данными)',
    priorChurn: ', с априорным распределением из --annual-churn',
    choice: (reason: string) => `модель: ${reason}`,
    choiceHoldout: (best: string, errors: { model: string; error: string }[]) =>
      `${best} точнее предсказывает отложенный период: ошибка ${errors.map((e) => `${e.model} ${e.error} %`).join(', ')} (Σ|прогноз − факт| по группам частоты / факт)`,
    // Issue 23: почти равные ошибки --model auto на отложенном периоде — ничья, остаётся модель по умолчанию.
    choiceTie: (kept: string, errors: { model: string; error: string }[]) =>
      `ошибки на отложенном периоде ${errors.map((e) => `${e.model} ${e.error} %`).join(', ')}: существенной разницы нет; оставлена ${kept}`,
    choiceLikelihood: (lls: { model: string; ll: string }[]) =>
      `отложенного периода нет, поэтому по правдоподобию (у обеих моделей 4 параметра): ${lls.map((e) => `${e.model} ${e.ll}`).join(', ')}; задайте --calibration-end, чтобы выбирать по точности прогноза`,
    param: {
      r: () => 'r (форма интенсивности покупок)',
      alpha: (unit: 'week' | 'month') => `α (масштаб интенсивности покупок, ${unit === 'week' ? 'нед.' : 'мес.'})`,
      a: () => 'a (форма вероятности ухода)',
      b: () => 'b (форма вероятности ухода)',
      s: () => 's (форма интенсивности ухода)',
      beta: (unit: 'week' | 'month') => `β (масштаб интенсивности ухода, ${unit === 'week' ? 'нед.' : 'мес.'})`,
      p: () => 'p (форма суммы заказа)',
      q: () => 'q (форма разброса между клиентами)',
      gamma: () => 'γ (масштаб разброса между клиентами)',
    },
    logLikelihood: (ll: string, diagnostics: string) => `логарифм правдоподобия ${ll}; ${diagnostics}`,
    converged: (iterations: number, gradient: string) => `сошлось за ${iterations} ${p(iterations, 'итерацию', 'итерации', 'итераций')}, норма градиента ${gradient}`,
    notConverged: (message: string) => `НЕ сошлось: ${message}`,
    churn: (churn: string, sd: string) => `годовой ${G.churn} активных клиентов ${churn} ± ${sd}`,
    churnFromData: '(по данным)',
    churnWeak: '(НЕ определяется данными: это число дало слабое априорное распределение, а не данные; укажите свой отток через --annual-churn, например 0.15±0.05)',
    churnHeld: (data: string) => `(задан через --annual-churn и сохранён: каждый прогон разыгрывает отток в этом диапазоне${data})`,
    churnDataSay: (churn: string, sd: string) => `; одни данные дают ${churn} ± ${sd}`,
    churnDataCannot: '; одни данные этого не определяют',
    priorConflict: (prior, data, z) =>
      `указанный отток (${prior}) и отток по самой истории (${data}) расходятся на ${z} стандартного отклонения: моделируется указанный отток (оставьте его, если знаете, что выгрузка не отражает отток: ушедшие клиенты в неё не попали, недавние изменения); уберите --annual-churn, чтобы отток определила история`,
    gammaGamma: (_n: number, count: string) => `Gamma-Gamma (Фейдер и Харди, 2013), клиентов с повторными покупками: ${count}`,
    correlation: (r: string, material: boolean) =>
      `корреляция частоты и суммы заказа ${r}${material ? ' (существенная: Gamma-Gamma предполагает независимость, суммы заказов могут быть смещены)' : ' (небольшая: допущение Gamma-Gamma о независимости выполняется)'}`,
    pAliveTitle: 'P(активен) клиентов (кого модель считает ещё покупающими)',
    pAliveHead: ['P(активен)', 'Клиентов', ''],
    holdoutTitle: (from: string, to: string, length: string, unit: 'week' | 'month') =>
      `Проверка на отложенном периоде: повторные покупки ${ruDate(from)}–${ruDate(to)} (${length} ${unit === 'week' ? 'нед.' : 'мес.'})`,
    holdoutHead: ['Покупок в калибровке', 'Клиентов', 'Прогноз', 'Факт', 'Прогноз на клиента', 'Факт на клиента'],
    total: 'итого',
    correlated: (r: string, limit: string) =>
      `частота и средняя сумма заказа коррелируют (r = ${r} > ${limit}): модель Gamma-Gamma считает их независимыми, поэтому суммы заказов могут быть смещены`,
    shortHistory: (days: string) => `история охватывает ${days} дн., меньше года: сезонность в оценку не входит`,
    notIdentifiedChurn: (model: string, dropout: string, share: string) =>
      `уход клиентов в ${model} (${dropout}) не определяется одной этой историей: годовой ${G.churn} взят из --annual-churn (априорное распределение определило ${share} % его)`,
    notIdentifiedWeak: (model: string, dropout: string) =>
      `уход клиентов в ${model} (${dropout}) не определяется этой историей (стандартные ошибки не меньше оценок): оценка штрафуется слабым априорным распределением, и \`simulate --history\` не будет работать с ней, пока вы не укажете известный вам ${G.churn}, например --annual-churn 0.15±0.05 (доля активных клиентов, уходящих за год)`,
    vague: (model: string, keys: string, n: number) => `${model}: ${keys} ${n === 1 ? 'плохо определяется' : 'плохо определяются'} данными (стандартная ошибка не меньше оценки)`,
    paretoCap: (cap: string) =>
      `Pareto/NBD: s на пределе ${cap} (история не показывает разброса интенсивности ухода между клиентами, поэтому у всех клиентов она одна; правдоподобие за пределом плоское, и s не разыгрывается в прогонах)`,
    fitFailed: (model: string, message: string) => `оценка ${model}: ${message}`,
    infiniteMean: (q: string) => `Gamma-Gamma: q = ${q} ≤ 1, средняя сумма заказа при такой оценке бесконечна`,
    stopped: {
      hessian: () => 'матрицу Гессе не удалось сделать положительно определённой',
      noStep: (gradient) => `остановлено: ни один шаг Ньютона не уменьшает целевую функцию (норма градиента ${gradient.replace('.', ',')})`,
      iterations: (n, gradient) => `не сошлось за ${n} ${p(n, 'итерацию', 'итерации', 'итераций')} (норма градиента ${gradient.replace('.', ',')})`,
      runaway: () => 'остановлено досрочно: параметр формы уходит в бесконечность (в данных нет различий между клиентами, которые он мог бы измерить)',
    },
    churnUnreachable: (model, churn) => `никакие параметры ${model} рядом с оценкой не дают нынешним активным клиентам годовой ${G.churn} ${String(churn).replace('.', ',')}`,
    churnTooHigh: (why) => `${why}: клиенты, которые ещё покупают в этой истории, покупают так часто, что модель не может потерять столько из них`,
    churnTooHighHint: 'укажите --annual-churn поменьше или попробуйте --model pareto-nbd / bg-nbd (другую модель)',
    noCohort: (end) => `ни у одного клиента первая покупка не приходится на конец калибровки ${ruDate(end)} или раньше`,
    dataRun: (first, last) => `данные охватывают период с ${ruDate(first)} по ${ruDate(last)}`,
    noRepeaters: (file, end, customers, first, last) =>
      `ни один клиент в ${file} не покупает повторно в другой день${end === null ? '' : ` до конца калибровки ${ruDate(end)}`} (${customers} ${p(customers, 'клиент', 'клиента', 'клиентов')}, ${ruDate(first)}–${ruDate(last)}): частоту и сумму заказа модель узнаёт из повторных покупок`,
    noRepeatersHint: 'возьмите историю подлиннее (месяцы, а не день) и проверьте, что --customer называет идентификатор клиента, а не номер заказа или чека',
    noRepeatersSummary: (customers) =>
      `ни один клиент не покупает повторно в другой день (${customers} ${p(customers, 'клиент', 'клиента', 'клиентов')}): частоту и сумму заказа модель узнаёт из повторных покупок`,
    noRepeatersSummaryHint: 'возьмите историю подлиннее или проверьте, что столбец клиента называет идентификатор клиента, а не номер заказа',
  },

  fitDiag: {
    pageTitle: (file: string) => `Диагностика оценки моделей: ${file}`,
    generated: (date: string, time: string) => `Создан ${date} ${time} UTC программой loyalty-sim`,
    meta: (_n: number, customers: string, calibrationEnd: string, unit: 'week' | 'month') => `клиентов: ${customers}, калибровка по ${ruDate(calibrationEnd)}, единица времени: ${unit === 'week' ? 'неделя' : 'месяц'}`,
    holdoutMeta: (from: string, to: string) => `отложенный период с ${from} по ${to}`,
    noHoldoutMeta: 'без отложенного периода',
    parameters: 'Параметры',
    paramHead: ['Параметр', 'Оценка', 'Станд. ошибка'],
    warnings: 'Предупреждения',
    sectionCalibration: 'Диагностика калибровки',
    calibrationIntro: (source: string) => `Насколько хорошо модель, оценённая по ${source}, описывает эти данные: клиенты симуляции берутся из этой оценки.`,

    trackingHeading: 'Динамика: накопленные повторные покупки по неделям',
    trackingTitle: 'Накопленные повторные покупки по неделям: факт и модель',
    actual: 'факт',
    model: 'модель',
    week: 'неделя',
    calibrationEnd: 'конец калибровки',
    trackingCaption: (_n: number, customers: string, calibrationEnd: string, start: string) =>
      `Дни повторных покупок (после первой покупки клиента) клиентов, впервые купивших не позже ${calibrationEnd} (их ${customers}), нарастающим итогом по неделям с ${start}. Кривая модели — сумма по клиентам ожидаемого числа повторных покупок с их первой покупки: она не подбирается по этим недельным данным, поэтому там, где она расходится с фактом, модель ошибается.`,
    trackingHoldout: (from: number, to: number, actual: string, model: string, diff: string) => `Недели отложенного периода ${from}–${to}: факт ${actual}, модель ${model} (${diff}).`,
    trackingCalibration: (to: number, actual: string, model: string, diff: string) => `Недели калибровки 1–${to}: факт ${actual}, модель ${model} (${diff}).`,
    trackingNoDates: 'В сводке по клиентам нет дат: для графика динамики нужны транзакции (оцените модель по истории продаж вместо --summary).',
    trackingHead: ['Неделя', 'Конец недели', 'Факт', 'Модель', 'Модель к факту'],
    trackingText: 'Динамика: накопленные повторные покупки по неделям (факт и модель; | — конец калибровки)',

    conditionalHeading: 'Условное ожидание: покупки в отложенном периоде по частоте в калибровке',
    conditionalTitle: 'Покупки на клиента в отложенном периоде по числу покупок в калибровке',
    conditionalX: 'повторные покупки в период калибровки',
    predicted: 'прогноз',
    conditionalCaption: (length: string, unit: 'week' | 'month') =>
      `Среднее число повторных покупок на клиента за отложенный период (${length} ${unit === 'week' ? 'нед.' : 'мес.'}) у клиентов с 0, 1, …, 7 и более повторными покупками в калибровке: факт и прогноз модели по собственной истории каждого клиента (Фейдер, Харди и Ли, 2005, рис. 4).`,
    conditionalHead: ['Покупок в калибровке', 'Клиентов', 'Факт на клиента', 'Прогноз на клиента', 'Факт', 'Прогноз'],
    total: 'итого',
    noHoldout:
      'Отложенного периода нет: калибровка идёт до последнего дня данных, и прогноз не с чем сравнить. Задайте --calibration-end или --holdout-from, чтобы оставить последние месяцы вне оценки.',
    noHoldoutReport: (source: string) =>
      `Отложенного периода нет: симуляция откалибрована на всей истории, и прогноз не с чем сравнить. \`loyalty-sim fit ${source} --holdout-from ГГГГ-ММ-ДД --html fit.html\` оставляет месяцы после этой даты вне оценки и показывает эту проверку.`,

    pAliveHeading: 'P(активен): сколько клиентов модель считает ещё покупающими',
    pAliveTitle: 'Клиенты по P(активен)',
    pAliveCaption: (_n: number, customers: string, calibrationEnd: string) =>
      `Вероятность того, что клиент ещё активен на ${calibrationEnd}, по его собственной истории (клиентов: ${customers}). Скопление у 0 — клиенты, которых модель считает ушедшими; у клиентов без повторных покупок в BG/NBD P(активен) всегда равна 1.`,

    ggHeading: 'Проверка Gamma-Gamma: сумма заказа и частота',
    ggTitle: 'Средняя сумма заказа по числу повторных покупок',
    ggHead: ['Повторных покупок', 'Клиентов', 'Средняя сумма заказа'],
    ggCorrelation: (r: string) => `Корреляция частоты и средней суммы заказа у повторных покупателей: ${r}.`,
    ggMaterial: (limit: string) =>
      `Существенная (|r| > ${limit}): Gamma-Gamma предполагает, что суммы заказов клиента не зависят от того, как часто он покупает, поэтому смоделированные суммы заказов могут быть смещены; прежде чем доверять расходной части, проверьте, нет ли тренда на столбцах выше.`,
    ggSmall: (limit: string) => `Небольшая (|r| ≤ ${limit}): допущение Gamma-Gamma о независимости выполняется достаточно хорошо.`,
  },

  // Issue 23: окупаемость одним прочтением во всех выводах (docs/model.md §5): медианный месяц по всем прогонам
  // и доля прогонов, окупившихся в пределах горизонта; среднее по окупившимся прогонам не выдаётся за «среднее».
  payback: {
    headline: (month, share, horizon) =>
      `${month === null ? 'медианная окупаемость: никогда' : `медианная окупаемость — ${month}-й месяц`}; ${share} прогонов окупаются за ${months(horizon)}`,
    mark: (month) => `медианная окупаемость — ${month}-й месяц`,
    shareRow: (horizon) => `Окупаются за ${months(horizon)} (доля прогонов)`,
    conditionalMean: 'Срок окупаемости: среднее только по окупившимся прогонам (условное)',
  },
  // --- issue 22: эффекты пилота в шкале модели (pilot/ramp-fit.ts, pilot/model-draft.ts, report/pilot-text.ts) ---
  pilotModel: {
    title: (level, t, c) =>
      `Эффекты в шкале модели (их записывает --write-effects; docs/model.ru.md §4 и §9): метод максимального правдоподобия по ${t} клиентам опытной и ${c} клиентам контрольной группы, у каждого своя частота покупок и вероятность ухода по истории до пилота; интервалы ${level}`,
    head: (level) => ['Эффект', 'Полный размер', 'Ст. откл.', `Интервал ${level}`, 'P(> 0)'],
    name: { frequency: 'Частота заказов (λ × (1 + f))', check: `${G.AverageCheck} (× (1 + c))`, churn: 'Интенсивность ухода (× (1 − d))' },
    sure: (label, v, level, lo, hi, prob, sureWord) => `${label}: ${v}, ${level} — от ${lo} до ${hi}; ${sureWord} (P(> 0) = ${prob}).`,
    sureWords: { positive: 'пилот показывает эффект', negative: 'пилот показывает эффект с обратным знаком', unclear: 'пилот не может отличить его от нуля' },
    monthlyTitle: (level) => `По месяцам (свободный эффект в каждом месяце пилота, интервалы ${level}; • — подобранное нарастание):`,
    monthlyHead: ['Месяц', 'Частота', 'интервал', '', G.AverageCheck],
    rampZero: 'Нарастание: месяцы пилота лучше всего объясняет полный эффект с первого месяца (ramp_months 0).',
    rampFitted: (r) => `Нарастание: месяцы пилота лучше всего объясняет эффект, который нарастает ${r} мес. (ramp_months ${r}).`,
    draftSupported: (r, lr) => `ramp_months ${r} из проекта согласуется с пилотом (отношение правдоподобия относительно лучшего нарастания ${lr}, ниже 3,84).`,
    draftNotSupported: (r, best, lr) =>
      `Пилот не подтверждает ramp_months ${r} из черновика: ramp_months ${best} объясняет месяцы лучше (отношение правдоподобия ${lr}, выше 3,84 — 5 % для χ² с 1 степенью свободы).`,
    extrapolated: (share) =>
      `К концу пилота эффект ещё рос: ${share} веса приходится на нарастания длиннее пилота, поэтому полный размер — экстраполяция; эта неопределённость вошла в записанное стандартное отклонение.`,
    written: (field, mean, sd, level, lo, hi) => `${field}: normal(mean ${mean}, sd ${sd}); ${level} значений — от ${lo} до ${hi}`,
    writtenRamp: (r) => `ramp_months: ${r} — нарастание, лучше всего объясняющее месяцы пилота; полные эффекты выше записаны вместе с ним (усреднены по нарастаниям, которые пилот не исключает; их разброс вошёл в стандартное отклонение)`,
    noneInHistory: (n, assignment, history) => `ни один из ${n} клиентов из ${assignment} не найден в истории ${history}: сравнивать нечего`,
    noneInHistoryHint: 'проверьте, что разбиение и история выгружены из одной системы и customer_id в них совпадают (другая выгрузка, префикс, потерянные ведущие нули)',
    noPreBuyers: (n) => `ни один из клиентов разбиения, найденных в истории (${n}), не покупал до пилота: модели нужна их история до пилота`,
    noPreBuyersHint: 'проверьте --start: пилот начинается после истории, по которой разбивали группы',
  },
  // ── issue 25: числа так, как их набирают (src/i18n/number-input.ts) ──
  numberInput: {
    problem: (text, p) => {
      switch (p.kind) {
        case 'empty':
          return 'значение пустое';
        case 'unreadable':
          return p.part === text.trim() ? `«${text}» — не число` : `«${text}» — не число: не удалось прочитать «${p.part}»`;
        case 'percent':
          return `«${text}»: процент здесь не ожидается, напишите само число`;
        case 'currency':
          return `«${text}»: обозначение валюты («${p.part}») здесь не ожидается, напишите само число`;
        case 'grouping':
          return `«${text}»: цифры в «${p.part}» разбиты не по три (пишите 6 000 000 или 6000000)`;
      }
    },
    rule: 'десятичная запятая или точка (0,25, 0.25), разряды через пробел (6 000 000); доля может оканчиваться на % (25 %), сумма — на валюту (6 000 000 ₽); «1,000» при --lang ru — это 1, при --lang en — тысяча',
    notWhole: (text) => `«${text}» — не целое число`,
    wizardRange: (min, max) => (max === null ? `введите число не меньше ${min}` : `введите число от ${min} до ${max}`),
    wizardAbove: (min) => `введите число больше ${min}`,
    wizardKept: (text, problem) => `${problem}; вы ввели «${text}», наберите число заново`,
    wizardAgain: (problem) => `${problem}; наберите число заново`,
    keys: { navigate: 'выбор', select: 'подтвердить' },
    templateName: (name) =>
      (
        {
          points: 'баллы (points)',
          discount: 'скидка (discount)',
          tiers: 'уровни (tiers)',
          rebate: 'ретро-бонус (rebate)',
          hybrid: 'гибрид (hybrid)',
          club: 'платный клуб (club)',
          referral: 'рекомендации (referral)',
          'early-pay': 'досрочная оплата (early-pay)',
          segments: 'скидка по сегментам (segments)',
        } as Record<string, string>
      )[name] ?? name,
    // the YAML parser's messages (English) said in Russian, by their code; rules.yaml holds the ones both languages reword
    yamlCode: (code) =>
      (
        {
          TAB_AS_INDENT: 'табуляция в отступе: YAML допускает отступы только пробелами',
          BLOCK_AS_IMPLICIT_KEY: 'ключ не на своём месте: похоже, не хватает двоеточия или сбит отступ',
          MISSING_CHAR: 'не хватает символа: незакрытая скобка или кавычка, или нет двоеточия после ключа',
          UNEXPECTED_TOKEN: 'неожиданный символ: здесь YAML ждёт другое',
          MULTILINE_IMPLICIT_KEY: 'ключ занимает несколько строк: ключ должен умещаться в одну строку',
          BAD_SCALAR_START: 'значение не может начинаться с этого символа: возьмите его в кавычки',
          BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках',
          BLOCK_IN_FLOW: 'блочная запись внутри { } или [ ]',
          BAD_ALIAS: 'неверный псевдоним (*имя)',
          KEY_OVER_1024_CHARS: 'ключ длиннее 1024 символов',
          MULTIPLE_ANCHORS: 'у узла несколько якорей',
          MULTIPLE_TAGS: 'у узла несколько тегов',
          BAD_DIRECTIVE: 'неверная директива YAML',
        } as Record<string, string>
      )[code] ?? null,
    draftFile: 'исходный проект',
    churnFormat: (v) => `«${v}» — не отток с неопределённостью (пишите, например, 0,15±0,05, 15 %±5 % или 0.15+-0.05).`,
    churnMean: (part, why) => `отток «${part}» — не доля от 0 до 1${why ? ` (${why})` : ''} (например, 0,15 — это 15 % в год).`,
    churnSd: (part, why) => `неопределённость «${part}» — не положительная доля меньше 1${why ? ` (${why})` : ''} (например, 0,05).`,
    skipRows: (v) => `«${v}» — не число строк (от 0 до 1000).`,
    maxSkipped: (v) => `«${v}» — не доля от 0 до 1 (пишите 5 % или 0,05).`,
    dateFormat: (v) => `«${v}» — не формат даты (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD, excel).`,
    encoding: (v) => `«${v}» — не поддерживаемая кодировка (utf8, windows-1251, utf16le).`,
    date: (v) => `«${v}» — не дата (пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД).`,
    setInDistribution: 'внутри распределения { … } пишите дроби через точку: запятая там разделяет поля',
  },
  // ── issue 29 (the first hour, second pass): safe writes, a full stdout, guards against silent wrong answers ──

  safeWrite: {
    notRegular: (file, kind) =>
      `не удаётся записать ${file}: это ${{ fifo: 'именованный канал (FIFO)', device: 'файл устройства', socket: 'сокет', other: 'не обычный файл' }[kind]}; --force заменяет только обычные файлы`,
    notRegularHint: 'укажите имя обычного файла: нового или того, который нужно заменить',
    danglingLink: (file) => `не удаётся записать ${file}: это символическая ссылка на несуществующий файл`,
    readOnly: (file, mode) => `не заменяю ${file}: файл только для чтения (права ${mode})`,
    readOnlyHint: 'сначала разрешите запись (chmod u+w) или выберите другое имя файла',
    interrupted: (file) => `прервано: ${file} не записан (существующий файл не изменён).`,
    stdoutFailed: (code) => `не удаётся вывести результат: ${code === 'ENOSPC' ? 'на устройстве нет места (ENOSPC)' : code}`,
  },

  fitGuards: {
    calibrationAfterData: (end, last) =>
      `конец калибровки ${ruDate(end)} позже последнего дня данных ${ruDate(last)}: дни после него посчитались бы днями без покупок и завысили бы отток`,
    calibrationRangeHint: (first, last) => `данные охватывают период с ${ruDate(first)} по ${ruDate(last)}; укажите конец калибровки внутри него`,
  },

  optimizeGuards: {
    notWritten: (file) => `${file} не записан: ни один вариант не выполнил ограничения (код выхода 1); ослабьте ограничение или расширьте диапазон --vary`,
  },

  draftGuards: {
    binary: (file) => `${file} — не проект программы в YAML: в файле двоичные данные (нулевые байты)`,
    tooLarge: (file, mb) => `${file} — не проект программы в YAML: файл больше ${mb} МБ (проект занимает несколько килобайт)`,
    notDraftHint: 'укажите проект программы — текстовый файл в UTF-8 или Windows-1251; его создаёт loyalty-sim init',
  },

  breakevenGuards: {
    costOnlyLowers: (path, lowest) =>
      `Точки безубыточности нет: затраты только уменьшают прибыль, а средняя чистая прибыль отрицательна уже при ${path} = ${lowest}, так что никакое значение не окупит программу; посмотрите на торнадо-диаграмму, какие параметры важнее.`,
  },

  // Issue 24 part 4: `sweep`, `tornado` и `breakeven --html` — результат страницей, открывается без сети (report/decide-html.ts).
  decidePage: {
    meta: (file) => `черновик ${file}`,
    sweepTitle: (name) => `Перебор значений: ${name}`,
    varied: 'Что менялось',
    variedHead: { name: 'параметр', path: 'путь в черновике', from: 'от', to: 'до', step: 'шаг', draft: 'в черновике' },
    curve: 'По диапазону',
    roiChart: (field) => `Средний ROI и полоса P5–P95 в зависимости от параметра «${field}»`,
    netChart: (field) => `Средняя ${G.netIncrementalProfit} и полоса P5–P95 в зависимости от параметра «${field}»`,
    curveCaption: (n, runs, seed) =>
      `Каждая точка — ${runs} ${p(n, 'прогон', 'прогона', 'прогонов')} при начальном значении генератора ${seed}, в каждой точке те же клиенты и те же случайные числа, поэтому форма кривой — свойство программы, а не шум. Линия — среднее, полоса — от P5 до P95 по прогонам.`,
    pointsTitle: 'Все точки',
    netP5: 'прибыль, P5',
    netP95: 'прибыль, P95',
    grid: 'По сетке',
    gridCaption: (n, runs, seed) =>
      `В каждой клетке — средняя ${G.netIncrementalProfit} по ${runs} ${p(n, 'прогону', 'прогонам', 'прогонам')} при начальном значении генератора ${seed}, во всех клетках те же клиенты и те же случайные числа. Синие клетки — прибыль, оранжевые — убыток; чем насыщеннее цвет, тем больше сумма. * — клетка рядом с клеткой противоположного знака: здесь проходит граница безубыточности.`,
    gridBand: `P5 / P95 чистой дополнительной прибыли в каждой клетке`,
    gridBandNote: 'По прогонам: в 5 % прогонов прибыль ниже P5, в 5 % — выше P95.',
    legend: { mean: 'среднее', band: 'P5–P95', profit: 'прибыль', loss: 'убыток' },
    tornadoTitle: (name) => `«Торнадо»: ${name}`,
    swings: 'Что сильнее всего двигает прибыль',
    inputHead: { name: 'параметр', path: 'путь в черновике' },
    mattersMost: (name, swing) => `Сильнее всего влияет параметр «${name}»: между его P10 и P90 средняя ${G.netIncrementalProfit} меняется на ${swing}.`,
    breakevenTitle: (name) => `Точка безубыточности: ${name}`,
    value: 'Значение безубыточности',
    breaksEvenAt: (name, v, se) => `Параметр «${name}» выходит в ноль при ${v} (± ${se}, стандартная ошибка метода Монте-Карло).`,
    interval: (lo, hi) => `95-процентный интервал: от ${lo} до ${hi} (значение ± 1,96 стандартной ошибки).`,
    bracket: (lo, hi) => `Последний отрезок поиска, на котором средняя прибыль меняет знак: от ${lo} до ${hi}.`,
    noBreakeven: (name, lo, hi) => `Ни при каком значении параметра «${name}» от ${lo} до ${hi} программа не выходит в ноль.`,
    curveSearched: 'Кривая, по которой шёл поиск',
    searchChart: (field) => `Средняя ${G.netIncrementalProfit} при каждом проверенном значении параметра «${field}» и её 95-процентный интервал`,
    searchCaption: (n, evaluations, r, runs, seed) =>
      `Каждая точка — один из ${evaluations} ${p(n, 'расчёта', 'расчётов', 'расчётов')}, полная симуляция из ${runs} ${p(r, 'прогона', 'прогонов', 'прогонов')} при начальном значении генератора ${seed} (при каждом значении те же клиенты и те же случайные числа). Полоса — среднее ± 1,96 стандартной ошибки; зелёная область — 95-процентный интервал значения безубыточности.`,
    bandLabel: '95-процентный интервал',
    breakEvenMark: (v) => `безубыточность: ${v}`,
    evalHead: { value: 'значение', note: 'примечание' },
    breakEvenNote: 'безубыточность',
    draftNote: 'черновик',
  },
  // ── issue 22 part 5 / issue 24 part 4: страница пилота, pilot analyze --html (report/pilot-html.ts) ──
  pilotPage: {
    title: 'Отчёт о пилоте',
    meta: (history, assignment) => `история ${history}, группы ${assignment}`,
    interimMeta: (start, end, asOf, alpha) => `Промежуточный просмотр идущего пилота: начат ${start}, плановое окончание ${end}, данные по ${asOf}; уровень значимости ${alpha} на все просмотры вместе.`,
    decisionTitle: 'Решение',
    verdict: {
      positive: 'Пилот показывает эффект: выручка на клиента в пилотной группе выросла больше, чем объясняет случайность. Перед запуском пересчитайте бюджет с эффектами ниже (их записывает --write-effects).',
      negative: 'Пилот показывает, что выручка на клиента в пилотной группе упала больше, чем объясняет случайность: программа в испытанном виде не окупается.',
      unclear: 'При таком размере и длительности пилот не может отличить эффект на выручку на клиента от нуля; эффекты ниже при записи переносят эту неопределённость в прогноз.',
    },
    effectsTitle: 'Эффекты в шкале модели',
    monthlyTitle: 'Как эффект нарастал по месяцам',
    chartTitle: 'Эффект на частоту заказов по месяцам пилота',
    xAxis: 'месяц пилота',
    monthLegend: 'эффект месяца',
    rampLegend: 'подобранное нарастание',
    chartCaption: (level) => `Свободный эффект на частоту в каждом месяце пилота (линия) с интервалом ${level} (полоса) и эффект подобранного нарастания в каждом месяце (пунктир): полный эффект, умноженный на min(1, месяц / ramp_months).`,
    monthlyHead: (level) => ['Месяц', 'Частота', `Интервал ${level}`, 'Подобранное нарастание', `${G.AverageCheck}`],
    noMonths: 'Эффектов по месяцам нет: пилот короче месяца.',
    checksTitle: 'Проверки: соотношение групп и баланс',
    writtenTitle: 'Что записано',
    writtenTo: (file) => `Записано в ${file} (было → стало):`,
    writtenHead: ['Поле', 'Было', 'Стало'],
    notWritten: 'Ничего не записано: чтобы перенести эти эффекты в проект программы, запустите с --write-effects <draft.yaml>.',
    looksChartTitle: 'Промежуточные просмотры: |z| и граница',
    looksAxis: 'просмотр',
    statisticLegend: '|z|',
    boundaryLegend: 'граница',
    looksCaption: '|z| разницы выручки на клиента (CUPED) на каждом просмотре и граница типа О’Брайена — Флеминга, которую он должен достичь, чтобы остановить пилот с показанным эффектом.',
  },
  // ── init --history (issue 27, part 4): первый проект по данным клиента ──
  draftFromHistory: {
    date: (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
    header: (h: { file: string; customers: number; first: string; last: string; spenders: number }) => [
      `Проект составлен командой \`loyalty-sim init --history\` по ${h.file}: ${Math.round(h.customers).toLocaleString('ru-RU').replace(/\s/g, ' ')} ${p(h.customers, 'клиент', 'клиента', 'клиентов')}`,
      `с ${h.first} по ${h.last}, из них ${Math.round(h.spenders).toLocaleString('ru-RU').replace(/\s/g, ' ')} ${p(h.spenders, 'покупал', 'покупали', 'покупали')} в последние 12 месяцев.`,
      'Пороги стоят на указанных квантилях их закупок, поэтому на каждом уровне',
      'и ступени есть клиенты; комментарий у каждого числа говорит, откуда оно.',
      'Расчёт на тех же клиентах, прочитанных так же:',
    ],
    currencyColumn: (column: string, code: string) => [`В файле есть столбец валюты «${column}»: проверьте, что все суммы в ${code}.`],
    synthetic: (file: string) => [
      'Синтетические клиенты ниже используются только без --history; они не оценены',
      `по этой истории (её параметры оценит loyalty-sim fit ${file}).`,
    ],
    wizardDefaults: (file: string) => `предлагаемые ответы подогнаны к ${file}: нажмите Enter, чтобы их оставить`,
    fromOrTemplate: 'укажите --template или --from, но не оба',
    fromOrTemplateHint: '--from начинает с вашего проекта, --template — с одного из шаблонов из loyalty-sim init --help',
    wroteFrom: (file: string, from: string, warnings: number) => `записан ${file} (по проекту ${from}${warnings ? `, ${warnings} ${p(warnings, 'предупреждение', 'предупреждения', 'предупреждений')} о дизайне` : ''})`,
    syntheticFitted: (file: string) => [
      'Синтетические клиенты ниже используются только без --history: модели BG/NBD',
      `и Gamma-Gamma, оценённые по этой истории (оценку покажет loyalty-sim fit ${file}).`,
    ],
    fitOrders: 'оценка BG/NBD по истории: заказов в месяц r/α',
    fitDropout: 'оценка BG/NBD: вероятность ухода после заказа',
    fitValue: 'оценка Gamma-Gamma: средний чек p·γ/(q − 1)',
    currencyFlag: 'задана в --currency',
    currencyCyrillic: 'столбцы истории названы по-русски: рубли (изменить — --currency)',
    currencyLocale: (locale: string) => `валюта в файле не указана: валюта локали ${locale} (изменить — --currency)`,
    count: 'клиенты из истории',
    quantile: (period: 'month' | 'quarter' | 'year', pct: number, exact: number, n: number) =>
      `P${pct} закупок ${{ month: 'за месяц', quarter: 'за квартал', year: 'за 12 месяцев' }[period]}: ${Math.round(exact).toLocaleString('ru-RU').replace(/\s/g, ' ')} (${Math.round(n).toLocaleString('ru-RU').replace(/\s/g, ' ')} ${
        period === 'year' ? p(n, 'клиент', 'клиента', 'клиентов') : period === 'quarter' ? p(n, 'клиенто-квартал', 'клиенто-квартала', 'клиенто-кварталов') : p(n, 'клиенто-месяц', 'клиенто-месяца', 'клиенто-месяцев')
      } в истории)`,
    points: (monthly: number, months: number, expiry: number) =>
      `типичный клиент набирает ${Math.round(monthly).toLocaleString('ru-RU').replace(/\s/g, ' ')} ${p(Math.round(monthly), 'балл', 'балла', 'баллов')} в месяц: порог — за ${months} из ${expiry} мес. до сгорания`,
    wrote: (file: string, template: string, history: string, warnings: number) =>
      `записан ${file} (${/\.ya?ml$/i.test(template) ? `проект ${template}` : `шаблон ${template}`} по данным ${history}${warnings ? `, ${warnings} ${p(warnings, 'предупреждение', 'предупреждения', 'предупреждений')} о дизайне` : ''})`,
    noSpenders: (file: string) => `${file}: за последние 12 месяцев никто из клиентов ничего не купил — не по чему ставить пороги`,
    noSpendersHint: 'укажите историю, в которой есть последний год продаж (пороги ставятся по квантилям закупок за 12 месяцев и за квартал)',
    tooFewValues: (file: string) => `${file}: у закупок клиентов слишком мало разных значений, чтобы развести пороги шаблона`,
    tooFewValuesHint: 'укажите историю длиннее или с большим числом клиентов либо шаблон с меньшим числом уровней (--template points или discount)',
    next: (file: string, history: string) => `дальше: loyalty-sim validate ${file}   затем: loyalty-sim simulate ${file} --history ${history} (флаги чтения — в комментарии проекта)`,
  },
  // ── issue 25, finished: several drafts named in one title, the workbook's title cell ──
  draftNames: {
    /** «А, Б и В»: a Russian title lists what it compares, not "A vs B" word for word. */
    list: (names) => new Intl.ListFormat('ru', { type: 'conjunction' }).format(names),
    workbookTitle: 'Отчёт loyalty-sim',
    allMembersTier: 'все участники',
    currency: (code) => sym(code),
  },
  help: helpRu,
  // ── end of issue 25, finished ──
  // docs/model.md §13: сегменты и персональные предложения (задача 27, часть 1)
  segments: {
    reservedName: (name) => `сегмент нельзя назвать «${name}»: «other» — это клиенты, не попавшие ни в один сегмент`,
    reservedNameHint: 'выберите другое название, например «Постоянные клиенты»',
    twoSegments: (name) => `два сегмента с названием «${name}»`,
    twoSegmentsHint: 'названия сегментов должны различаться: это строки таблицы по сегментам',
    bandOrder: (a, b) => `spend_top_share [${a}, ${b}]: первая граница должна быть меньше второй`,
    bandOrderHint: 'границы отсчитываются от верха: [0, 0.2] — верхние 20 % по выручке, [0.2, 0.7] — следующая половина',
    noSuchMechanic: (type) => `условия для механики «${type}», которой в программе нет`,
    noSuchMechanicHint: (type) => `добавьте механику «${type}» в список механик программы или уберите эти условия: сегмент меняет условия, а не устройство программы`,
    bracketCount: (n, draft) => `ставок бонуса за объём: ${n}, а порогов в программе: ${draft}`,
    bracketCountHint: 'укажите по одной ставке на каждый порог программы, в том же порядке',
    nobody: (name) => `в сегмент «${name}» не попадает никто: всех клиентов его диапазона забирают сегменты выше`,
    nobodyHint: 'клиент относится к первому подходящему сегменту: поставьте этот сегмент выше или уберите его',
    overlap: (name, named, held) => `сегмент «${name}» пересекается с предыдущими: по условию в нём ${named} базы, а достаётся ему ${held}`,
    overlapHint: 'клиент относится к первому подходящему сегменту: сделайте диапазоны смежными ([0, 0.2], затем [0.2, 0.7])',
    uninvitedTerms: (name) => `сегмент «${name}» не приглашён в программу, но для него заданы участие, эффекты или механики`,
    uninvitedTermsHint: 'из неприглашённого сегмента никто не вступает, и его условия ни на что не влияют: уберите их или задайте invite: true',
    title: 'По сегментам (docs/model.ru.md, §13)',
    head: ['сегмент', 'приглашён', 'клиенты', 'участники', `${G.programCost}¹`, `прирост: ${G.grossProfit}`, 'взносы участников', `${G.netIncrementalProfit}¹`, `${G.roi}¹`],
    otherName: 'остальные',
    yes: 'да',
    no: 'нет',
    beforeFixed: (fixed) => `¹ без постоянных затрат (запуск и ежемесячные: ${fixed}): они учтены в итоге по программе; суммы по сегментам равны итогам.`,
    namedAmount: (name, amount) => `${name} (${amount})`,
    paysFor: (payers, paid) => `За остальных платят: ${payers}; за их счёт: ${paid}.`,
    allPay: (payers) => `Каждый приглашённый сегмент окупает себя до постоянных затрат: ${payers}.`,
    nonePays: 'Ни один сегмент не окупает себя даже до постоянных затрат.',
    noSegment: (path, names) => `--vary ${path}: такого сегмента в программе нет${names ? ` (есть: ${names})` : ''}`,
    inputName: (name) => `Сегмент «${name}»`,
    xlsxLabel: (segment, metric, beforeFixed) => `Сегмент «${segment}»: ${metric}${beforeFixed ? ' (без постоянных затрат)' : ''}`,
    noSegmentHint: 'переменная «да/нет» — это приглашение сегмента: --vary segments.Key.invite (название сегмента — как в программе)',
  },
  // docs/model.md §13: сегменты по классу RFM и по столбцу клиентской базы, --customers FILE (задача 27, часть 1, остальное)
  segmentData: {
    unknownRfm: (name) => `«${name}» — не класс RFM`,
    unknownRfmHint: `классы — те, что показывает \`loyalty-sim profile\`: ${q(Object.values(RFM_NAMES_RU))}, или латиницей через подчёркивание: ${q(RFM_KEYS)} (docs/model.ru.md, §13)`,
    nobodyByValue: (name, values) => `в сегмент «${name}» не попадает никто: ${q(values)} уже забирают сегменты выше`,
    valuesTaken: (name, values) => `сегмент «${name}» делит ${q(values)} с сегментами выше, и эти клиенты остаются в них`,
    valuesTakenHint: 'клиент относится к первому подходящему сегменту (docs/model.ru.md, §13): называйте каждый класс или значение только в одном сегменте',
    mayShare: (name, earlier) => `сегмент «${name}» может пересекаться с сегментами выше, заданными иначе (${q(earlier)}): клиент, подходящий под оба условия, остаётся в верхнем`,
    mayShareHint: 'клиент относится к первому подходящему сегменту (docs/model.ru.md, §13): поставьте выше тот сегмент, чьё предложение должно действовать для таких клиентов',
    needsHistory: (name, kind) => `сегмент «${name}» выбирает клиентов по ${kind === 'rfm' ? 'классу RFM' : 'столбцу клиентской базы'}, а у синтетических клиентов его нет`,
    needsHistoryHint: 'моделируйте реальных клиентов: --history sales.csv (и --customers customers.csv для столбцов, которых нет в истории) или выбирайте по spend_top_share (docs/model.ru.md, §13)',
    customersWithoutHistory: (file) => `--customers ${file}: признаки клиентов сопоставляются с клиентами истории продаж, а её нет`,
    customersWithoutHistoryHint: 'добавьте --history sales.csv (или --summary) с теми же кодами клиентов',
    customersUnused: (file) => `--customers ${file}: ни один сегмент программы не выбирает клиентов по столбцу, файл не используется`,
    rfmFromSummary: (source) => `${source}: классы RFM — по давности и частоте покупок из сводки (на её конец), квинтили и сетка — как в profile`,
    inFile: (file, columns) => `в ${file} есть ${columns}`,
    columnNowhere: (name, column, where) => `сегмент «${name}» выбирает клиентов по столбцу «${column}», которого нет ни в одном из файлов${where ? ` (${where})` : ''}`,
    columnNowhereHint: 'дайте файл клиентов с этим столбцом: --customers customers.csv (код клиента, затем столбцы, например регион, отрасль) или укажите столбец из истории продаж',
    workbookColumnsHint: 'столбцы истории в формате книги Excel для сегментов не читаются: дайте их в CSV через --customers customers.csv (код клиента, затем столбцы)',
    valueNobodyHas: (name, column, missing, present) => `сегмент «${name}»: ни у одного клиента нет значения «${missing}» в столбце «${column}» (встречаются: ${present || 'никакие'})`,
    valueNobodyHasHint: 'значения сравниваются как записаны, с учётом регистра и пробелов',
    columnNotInFile: (name, column, file) => `сегмент «${name}» выбирает клиентов по столбцу «${column}», которого нет в ${file}: тогда для моделирования он нужен в истории продаж`,
    columnNotInFileHint: 'добавьте столбец в файл клиентов или сверьте название с заголовком файла (регистр, пробелы и _ не учитываются)',
    notInHistory: (file, n, count, ids, source) => `${file}: ${count} ${p(n, 'клиента', 'клиентов', 'клиентов')} нет в ${source} (${ids}): покупок их в истории нет, и они не моделируются`,
    notInFile: (file, n, count, ids, source) => `${file}: ${count} ${p(n, 'клиента', 'клиентов', 'клиентов')} из ${source} нет в файле (${ids}): без значений в нём они не попадают в сегменты по его столбцам`,
    historyConflicts: (source, column, n, ids) => `${source}: у ${n} ${p(n, 'клиента', 'клиентов', 'клиентов')} строки расходятся в столбце «${column}» (${ids}): берётся последнее значение в файле`,
  },
  customerFile: {
    readHint: 'дайте CSV с признаками клиентов: код клиента, затем столбцы, например регион, отрасль',
    empty: 'файл клиентов пуст',
    emptyHint: 'в первой строке — названия столбцов (customer_id;регион;отрасль), дальше по строке на клиента',
    noRows: 'в файле клиентов есть заголовок, но нет ни одного клиента',
    noAttributes: (header) => `в файле клиентов один столбец (${header}) и нет признаков`,
    noAttributesHint: 'сначала код клиента, затем столбцы признаков через , ; или табуляцию',
    blankHeader: (column) => `у столбца ${column} в заголовке нет названия`,
    blankHeaderHint: 'назовите каждый столбец: сегмент ссылается на него в where: { column: { name: …, values: […] } }',
    width: (got, want) => `полей: ${got}, а в заголовке: ${want}`,
    widthHint: (delimiter) => `в каждой строке столько же полей, сколько в заголовке (разделитель «${delimiter === 'tab' ? 'табуляция' : delimiter}»); значение с разделителем внутри возьмите в кавычки`,
    blankId: (column) => `нет кода клиента в столбце «${column}»`,
    blankIdHint: 'в каждой строке указывается клиент, как в истории продаж',
    twice: (id, line) => `клиент ${id} повторяется (впервые — в строке ${line})`,
    twiceHint: 'по одной строке на клиента: у клиента один регион, одна отрасль',
    unclosedQuote: 'здесь открывается кавычка, которая нигде не закрыта',
    unclosedQuoteHint: 'закройте значение кавычкой " (кавычка внутри значения пишется как "")',
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

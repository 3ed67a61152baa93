/**
 * The templates' comments and names in Russian, for `init --lang ru`: the
 * YAML keys and values stay as the format defines them (PROGRAM-FORMAT.md),
 * only what a person reads changes. Each English comment maps to its
 * Russian; test/draft/templates-ru.test.ts fails if a template comment has
 * no translation here.
 */

/** English comment text (after `# `) → Russian. */
export const COMMENTS_RU: Record<string, string> = {
  'share of list price kept as gross profit': 'доля прайсовой цены, остающаяся валовой прибылью',
  'for NPV': 'ставка дисконтирования для ЧДД',
  'margin (default) | revenue': 'margin (по умолчанию) | revenue',
  'used when no --history is given': 'используются, если не указан --history',
  lambda: 'λ — заказов в месяц',
  p: 'p — вероятность ухода после заказа',
  'mean p*gamma/(q-1)': 'средний чек p*gamma/(q-1)',
  'share of active clients who join': 'доля активных клиентов, которые вступят',
  'on members; uncertain, so distributions': 'эффекты на участников; они неопределённы, поэтому распределения',
  '2 points per 100 RUB of net revenue': '2 балла за каждые 100 ₽ чистой выручки',
  '1 point per 100 RUB of net revenue': '1 балл за каждые 100 ₽ чистой выручки',
  'RUB per point at redemption': 'рублей за балл при списании',
  '1 - breakage': '1 − доля сгорающих баллов',
  'points are spent a while after they are earned': 'баллы тратят через некоторое время после начисления',
  'under 6 months feels like a trick': 'меньше 6 месяцев воспринимается как уловка',
  'rewards are goods bought at cost, not list price': 'подарки — товары по себестоимости, а не по прайсу',
  'discount | goods | service | cash': 'discount (скидка) | goods (товар) | service (услуга) | cash (деньги)',
  'company | employee (rewards to client staff are a bribery risk)': 'company | employee (вознаграждения сотрудникам клиента — риск подкупа)',
  'one-time: IT integration, launch campaign': 'разовые: интеграция с ИТ, кампания запуска',
  'platform, staff': 'платформа, персонал',
  communications: 'коммуникации',
  'a discount is easy to join': 'к скидке присоединиться легко',
  '3 % off list price on every member order': 'скидка 3 % от прайса на каждый заказ участника',
  'monthly | quarterly | yearly': 'monthly | quarterly | yearly (ежемесячно | ежеквартально | ежегодно)',
  'objective trailing 12-month spend, open to all who reach it': 'объективно по закупкам за 12 месяцев, доступно всем, кто достиг порога',
  'sorted by min_spend, the first at 0': 'по возрастанию min_spend, первый — с 0',
  'personal manager': 'персональный менеджер',
  'free express delivery': 'бесплатная экспресс-доставка',
  'The effects apply to every member, but a quarterly rebate moves mainly the': 'Эффекты действуют на всех участников, но квартальный ретро-бонус влияет в основном',
  'accounts near a bracket: keep them modest, and measure them in a pilot.': 'на клиентов у порога ступени: держите их скромными и измерьте в пилоте.',
  'month | quarter | year': 'month | quarter | year (месяц | квартал | год)',
  'the highest bracket reached applies to the whole quarter': 'достигнутая высшая ступень применяется ко всему кварталу',
  'credited against the next invoices': 'зачитывается в счёт следующих счетов',
  'a hybrid is simply more than one entry': 'гибрид — это просто несколько записей',
};

/** Comments left as they are: the editor's schema line and commented-out YAML. */
export const KEEP = [/^yaml-language-server:/, /^- type: /, /^ {2}rate: /];

/** The templates' draft names in Russian. */
export const NAMES_RU: Record<string, string> = {
  'Wholesale hybrid - points and tiers': 'Опт — баллы, уровни и ретро-бонус',
  'Wholesale points': 'Опт — баллы',
  'Wholesale member discount': 'Опт — скидка участника',
  'Wholesale tiers': 'Опт — уровни',
  'Wholesale volume rebate': 'Опт — ретро-бонус за объём',
};

/**
 * A template's text with Russian comments and name. A comment that moves
 * right stays where it was if there is room, else one space after the value.
 */
export function russianTemplate(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const name = /^name: (.*)$/.exec(line);
      if (name && NAMES_RU[name[1]!]) return `name: ${NAMES_RU[name[1]!]}`;
      const hash = line.indexOf('# ');
      if (hash === -1) return line;
      const comment = line.slice(hash + 2);
      if (KEEP.some((re) => re.test(comment))) return line;
      const ru = COMMENTS_RU[comment];
      if (ru === undefined) throw new Error(`no Russian for the template comment "${comment}"`);
      return `${line.slice(0, hash)}# ${ru}`;
    })
    .join('\n');
}

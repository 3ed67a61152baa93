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
  // main's behaviour templates (MODEL.md §8–11), line by line as the English wraps
  "Points on every purchase, spent on goods from a catalogue once a client": "Баллы за каждую покупку; клиент тратит их на товары из каталога, когда",
  "holds enough of them. The threshold and expiry decide how much is ever": "накопит достаточно. Порог и срок сгорания решают, сколько баллов вообще",
  "redeemed: balances are simulated rather than assumed (docs/model.md §10).": "спишут: остатки моделируются, а не задаются (docs/model.ru.md §10).",
  "Customers: a synthetic wholesale base (BG/NBD + Gamma-Gamma priors): about 0.4": "Клиенты: синтетическая оптовая база (априорные BG/NBD + Gamma-Gamma): около 0,4",
  "orders a month per active client, 30,000 RUB a typical order, a yearly": "заказа в месяц на активного клиента, типичный заказ 30 000 ₽, годовой",
  "dropout of about 23 %. Replace them with your history: --history orders.csv.": "отток около 23 %. Замените их своей историей: --history orders.csv.",
  "clients start at the tier their last year's spend earns": "клиенты начинают с уровня, который дают их закупки за прошлый год",
  "docs/model.md §8: who joins, and when": "docs/model.ru.md §8: кто вступает и когда",
  "heavier buyers join more readily: members are not a random": "крупные покупатели вступают охотнее: участники — не случайная",
  "sample (self-selection: Leenheer et al. 2007; Meyer-Waarden 2008)": "выборка (самоотбор: Leenheer et al. 2007; Meyer-Waarden 2008)",
  "sales reps sign clients up over the first half-year": "менеджеры по продажам записывают клиентов в первые полгода",
  "effects build over the first months of membership (Liu 2007)": "эффекты нарастают в первые месяцы участия (Liu 2007)",
  "then the novelty wears off (Meyer-Waarden 2008); the pace is": "потом новизна проходит (Meyer-Waarden 2008); темп —",
  "judged, not measured: a pilot over a year measures it": "оценка, а не измерение: его измерит пилот длиной в год",
  "share of the effect that lasts": "доля эффекта, которая остаётся",
  "heavy buyers change least (Liu 2007; Bell & Lal 2003)": "крупные покупатели меняются меньше всех (Liu 2007; Bell & Lal 2003)",
  "simulated balances (docs/model.md §10)": "моделируемые остатки баллов (docs/model.ru.md §10)",
  "the median client reaches it in about 4 months": "типичный клиент набирает его примерно за 4 месяца",
  "a client at the threshold redeems within ~2 months": "клиент на пороге списывает баллы примерно за 2 месяца",
  "goal gradient: buying speeds up near the reward": "градиент цели: покупки ускоряются рядом с вознаграждением",
  "(Kivetz, Urminsky & Zheng 2006)": "(Kivetz, Urminsky и Zheng 2006)",
  "and slows back after it (their post-reward reset)": "и замедляются после него (сброс после вознаграждения)",
  "A flat 3 % member discount: the simplest program, and the one that pays": "Постоянная скидка участника 3 %: самая простая программа — и та, что платит",
  "most of its cost to purchases that would have happened anyway.": "большую часть затрат за покупки, которые случились бы и так.",
  "a discount needs little selling: joins in a quarter": "скидку почти не нужно продавать: вступают за квартал",
  "Silver / Gold / Platinum by trailing 12-month spend, reviewed each quarter.": "Silver / Gold / Platinum по закупкам за 12 месяцев, пересмотр каждый квартал.",
  "Platinum clients get a personal manager, free express delivery and 15 more": "Клиенты Platinum получают персонального менеджера, бесплатную экспресс-доставку",
  "days to pay, a benefit B2B clients value and finance must cost.": "и 15 дней отсрочки платежа: её ценят B2B-клиенты, и финансы должны её учесть.",
  "clients just below a level buy more before the review": "клиенты чуть ниже уровня покупают больше перед пересмотром",
  "half of it comes out of the month after": "половина этого — за счёт следующего месяца",
  "costed at discount_rate_annual": "стоимость — по ставке discount_rate_annual",
  "A quarterly retro-bonus on volume brackets, paid as a credit note. Clients": "Квартальный ретро-бонус по ступеням объёма, выплачивается кредит-нотой. Клиенты",
  "near a bracket push orders into the quarter's last month, and part of that": "у порога ступени переносят заказы в последний месяц квартала, и часть этого —",
  "is orders moved forward from the next (see rebate-loading.yaml for the worst case).": "заказы, сдвинутые из следующего (худший случай — в rebate-loading.yaml).",
  "announced to all clients: joins in a quarter": "объявлено всем клиентам: вступают за квартал",
  "extra orders near a bracket": "дополнительные заказы у порога ступени",
  "within 20 % of the next bracket": "в пределах 20 % до следующей ступени",
  "share moved from next month": "доля, перенесённая из следующего месяца",
  "The full wholesale example: points on every purchase, three tiers by": "Полный оптовый пример: баллы за каждую покупку, три уровня по закупкам",
  "trailing 12-month spend and a quarterly volume rebate, for a wholesaler's": "за 12 месяцев и квартальный ретро-бонус за объём для оптовика с",
  "10,000 active B2B clients. The uplifts are the ranges practitioners quote": "10 000 активных B2B-клиентов. Приросты — диапазоны, которые называют практики",
  "for hybrid B2B programs; run `pilot plan` to measure them before launch.": "для гибридных B2B-программ; измерьте их до запуска с помощью `pilot plan`.",
  "the median client reaches it in about 8 months": "типичный клиент набирает его примерно за 8 месяцев",
  "+20 % orders in a quarter's last month near a bracket": "+20 % заказов в последний месяц квартала у порога ступени",
  "half of them come out of the next month": "половина из них — за счёт следующего месяца",
  "A paid business club: clients pay 12,000 RUB a year for quarterly market": "Платный бизнес-клуб: клиенты платят 12 000 ₽ в год за ежеквартальные",
  "research, training for their sales staff and a knowledge base. The club": "исследования рынка, обучение своих продавцов и базу знаний. Клуб",
  "earns its fee; the question is whether the services cost less than the fee": "получает взносы; вопрос в том, стоят ли услуги меньше, чем взносы",
  "plus what members buy more. Fewer clients join a paid club, and mostly the": "плюс дополнительные покупки участников. В платный клуб вступает меньше клиентов,",
  "larger ones; its effect on buying is modest.": "в основном крупные; его влияние на закупки скромное.",
  "a paid club: few join": "платный клуб: вступают немногие",
  "membership is sold account by account over a year": "членство продают клиенту за клиентом в течение года",
  "members stay: they paid": "участники остаются: они заплатили",
  "docs/model.md §11: income, never a negative cost": "docs/model.ru.md §11: доход, а не отрицательные затраты",
  "charged at joining and every 12 months of membership": "взимается при вступлении и каждые 12 месяцев участия",
  "one level: what every club member gets": "один уровень: то, что получает каждый участник клуба",
  "market research and webinars, per member": "исследования рынка и вебинары, на участника",
  "A distributor rewards dealers who bring new dealers into its network:": "Дистрибьютор вознаграждает дилеров, которые приводят в сеть новых дилеров:",
  "10,000 RUB to the dealer who refers and 5,000 RUB of goods to the newcomer,": "10 000 ₽ дилеру, который привёл, и товар на 5 000 ₽ новичку,",
  "both at the newcomer's first order. About a third of the newcomers would": "оба — при первом заказе новичка. Примерно треть новичков",
  "have found the distributor anyway: their sales are not the program's.": "нашла бы дистрибьютора и так: их продажи — не заслуга программы.",
  "dealers who take part": "дилеры, которые участвуют",
  "announced over the first half-year": "объявляется в течение первого полугодия",
  "docs/model.md §11": "см. docs/model.ru.md §11",
  "new dealers per member per year": "новых дилеров на участника в год",
  "RUB to the referring dealer, at the first order": "₽ дилеру, который привёл, при первом заказе",
  "RUB of goods to the new dealer": "₽ товаром новому дилеру",
  "would have come anyway": "пришли бы и так",
  // ── issue 27: the early-payment template (docs/model.md §14) ──
  'A distributor gives points for what it needs besides sales: invoices paid': 'Дистрибьютор начисляет баллы за то, что ему нужно помимо продаж: за оплату',
  'before their terms (the capital freed is worth the cost of capital) and': 'счетов раньше срока (высвобожденные деньги оцениваются по стоимости капитала)',
  "orders placed online (a manager's time saved). Buying itself earns nothing,": 'и за заказы через личный кабинет (экономия времени менеджера). За сами закупки',
  'and a supplier pays part of the rewards, which are its goods.': 'баллы не начисляются; часть вознаграждений (товары поставщика) оплачивает он.',
  'what money tied up in receivables costs a year': 'во что обходятся деньги в дебиторской задолженности за год',
  'clients who sign the points terms': 'клиенты, подписавшие условия программы',
  'docs/model.md §14: points for what the business wants': 'см. docs/model.ru.md §14: баллы за нужные бизнесу действия',
  'months a member pays early': 'доля месяцев, когда участник платит досрочно',
  'paid 20 days before the usual terms': 'оплата на 20 дней раньше обычной отсрочки',
  '1 point per 100 RUB paid early': '1 балл за каждые 100 ₽, оплаченные досрочно',
  'per month with an online order': 'за месяц с заказом через личный кабинет',
  "RUB of a manager's time saved": '₽ сэкономленного времени менеджера',
  'no points for buying itself': 'за сами закупки баллы не начисляются',
  "the supplier's share": 'доля поставщика',
  'RUB the supplier pays per point redeemed': '₽, которые поставщик платит за каждый списанный балл',
  // ── end of issue 27's block ──
  // ── issue 27 part 5: the segmented-offer template (docs/model.md §13) ──
  'A personal offer by spend rank (docs/model.md §13): key accounts, the top': 'Персональные условия по рангу закупок (docs/model.ru.md §13): ключевым клиентам',
  '20 % by spend, get 2 % off, the middle 4 %, and the smallest 30 % are not': '(верхние 20 % по закупкам) скидка 2 %, средним 4 %, а самых мелких 30 % не',
  'invited. Heavy buyers change least, so a smaller discount goes where most': 'приглашают. Крупные клиенты меняют поведение меньше всех, поэтому меньшая скидка',
  'of it would pay for orders that come anyway.': 'идёт туда, где большая её часть оплатила бы заказы, которые были бы и так.',
  '4 % off list price: the offer to the middle': 'скидка 4 % от прайса: условия для средних клиентов',
  'docs/model.md §13: first match wins; the rest is "other"': 'docs/model.ru.md §13: клиент попадает в первый подходящий сегмент; остальные — «прочие»',
  'the top 20 % by spend score': 'верхние 20 % по оценке закупок',
  'the personal offer: 2 % instead of 4 %': 'персональные условия: 2 % вместо 4 %',
  'the bottom 30 % by spend score': 'нижние 30 % по оценке закупок',
  'not offered the program': 'программу не предлагают',
  // ── end of the segmented-offer block ──
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
  'Wholesale business club': 'Опт — бизнес-клуб',
  'Dealer referral network': 'Дилерская сеть — рекомендации',
  'Distributor early payment': 'Дистрибьютор — баллы за досрочную оплату',
  'Wholesale segmented discount': 'Опт — скидка по сегментам',
};

/** The templates' segment names in Russian (a segment's name is what its table row reads, docs/model.md §13). */
export const SEGMENT_NAMES_RU: Record<string, string> = {
  'Key accounts': 'Ключевые клиенты',
  'Small clients': 'Мелкие клиенты',
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
      // a segment (a top-level list item's name); an action's `- name:` sits deeper and keeps the English
      const segment = /^( {2}- name: )(.*)$/.exec(line);
      if (segment && SEGMENT_NAMES_RU[segment[2]!]) return `${segment[1]}${SEGMENT_NAMES_RU[segment[2]!]}`;
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

/**
 * --help in Russian: the same entries as help-en.ts (its type), so no option,
 * argument or command can have help in one language and not the other.
 */
import { BATCH_RUNS } from './batch-runs.js';
import type { HelpMessages } from './help-en.js';

const BATCH = `
Все симуляции пакета используют одно начальное значение генератора, поэтому прогон i каждой видит тех
же клиентов, тот же сценарий без программы и те же значения общих неопределённых
параметров (общие случайные числа): разница — это разница проектов, а не шум.
По умолчанию здесь --runs ${BATCH_RUNS} (а не 1000, как в simulate), потому что
команда запускает много симуляций; для окончательного ответа увеличьте его.
Прогоны разных симуляций составляют пары один к одному, поэтому --precision
(в sweep и tornado) останавливается по точности парных разниц, а не по уровню
одной симуляции. С --json в stderr выводится, сколько прогонов и времени ушло.`;

export const helpRu: HelpMessages = {
  help: 'показать справку по команде',
  titles: {
    'Usage:': 'Использование:',
    'Options:': 'Параметры:',
    'Commands:': 'Команды:',
    'Arguments:': 'Аргументы:',
    'Global Options:': 'Общие параметры:',
  },
  usage: (text) => text.replace('[options]', '[параметры]').replace('[command]', '[команда]'),
  notes: (text) => text.replace(/\(default: /g, '(по умолчанию: ').replace(/\bchoices: /g, 'значения: ').replace(/\(по умолчанию: (.*), значения: /g, '(по умолчанию: $1; значения: '),
  commands: {
    '': 'Проектирование программ лояльности и проверка их окупаемости (ROI) методом Монте-Карло до запуска.',
    'init': 'написать проект программы с комментариями по шаблону, задав вопросы о механиках и основных цифрах',
    'validate': 'проверить проекты программ: ошибки схемы со строкой:столбцом, затем предупреждения о дизайне программы',
    'schema': 'вывести JSON Schema проектов программ (для редакторов и CI)',
    'profile': 'описать клиентскую базу по выгрузке продаж (CSV): количество, доля Парето, RFM-сегменты, частота, средний чек, отток, когорты',
    'fit': 'оценить модели BG/NBD (заказы, уход) и Gamma-Gamma (сумма заказа) по истории продаж, со стандартными ошибками и проверкой на отложенном периоде',
    'simulate': 'Монте-Карло проекта программы: ROI, затраты и показатели с P5/P50/P95 (модель: docs/model.ru.md)',
    'compare': 'несколько проектов на одних и тех же клиентах и случайных числах, рядом, с вероятностью «A лучше B» по парным прогонам',
    'sweep': 'ROI и чистая прибыль при изменении одного числового поля проекта или на сетке из двух',
    'tornado': 'влияние каждого неопределённого параметра между его P10 и P90 по очереди, по убыванию, и ранговые корреляции по Монте-Карло',
    'breakeven': 'значение одного параметра, при котором ожидаемая чистая дополнительная прибыль равна нулю (точка безубыточности)',
    'optimize': 'поиск по шести числовым полям проекта варианта с наибольшим ожидаемым ЧДД, чистой прибылью или ROI при ограничениях на риск и бюджет',
    'roi': 'быстрая формула ROI из статей (docs/model.ru.md §7) при обоих прочтениях затрат, с чувствительностью',
    'pilot': 'спланировать и прочитать пилот на небольшой группе: размер выборки, стратифицированное распределение, эффекты с интервалами, записанные обратно как распределения',
    'pilot plan': 'сколько клиентов в группе нужно пилоту (или какой эффект обнаружит данная группа), с CUPED и без; --assign распределяет группы',
    'pilot analyze': 'эффекты пилота на частоту, чек и отток на шкале модели (максимальное правдоподобие, нарастание по месяцам) и на выручку (CUPED, бутстреп-интервалы, перестановочные p-значения)',
    'report': 'автономный HTML-отчёт (с графиками) и/или книга XLSX по симуляции или по сравнению нескольких проектов',
    'completion': 'вывести скрипт автодополнения для оболочки: команды, параметры, шаблоны и пути проекта для --vary и --solve',
  },
  arguments: {
    'init file': 'файл проекта, который будет записан',
    'validate draft': 'проекты программ (YAML)',
    'profile history.csv': 'выгрузка продаж: одна строка на покупку (или на строку накладной с --order)',
    'fit history.csv': 'выгрузка продаж: одна строка на покупку (или на строку накладной с --order)',
    'simulate draft': 'проект программы (YAML)',
    'compare draft': 'проекты программ (YAML); все в одной валюте и на одном горизонте',
    'sweep draft': 'проект программы (YAML)',
    'tornado draft': 'проект программы (YAML), где часть параметров задана распределениями',
    'breakeven draft': 'проект программы (YAML)',
    'optimize draft': 'проект программы (YAML)',
    'report draft': 'проект(ы) программы (YAML); несколько сравниваются на одних и тех же клиентах и случайных числах',
    'completion shell': 'оболочка',
  },
  /** An option's text: `command --flag` where the command says more, else `--flag` for every command that has it. */
  options: {
    '--version': 'показать номер версии',
    '--lang': 'язык сообщений, таблиц и справки: en или ru (по умолчанию — из LC_ALL, LC_MESSAGES или LANG)',
    '--template': 'механики: один из шаблонов ниже',
    '--yes': 'ничего не спрашивать: записать шаблон как есть (hybrid, если не указан --template)',
    '--force': 'заменить существующий файл --html',
    'init --force': 'перезаписать файл, если он существует',
    // issue 27, part 4: init fitted to a client's history
    'init --history': 'подогнать шаблон к истории продаж клиента: валюта и число клиентов — из неё, пороги уровней и ступени ретро-бонуса — на квантилях закупок за 12 месяцев и за квартал, порог баллов — такой, что типичный клиент его набирает',
    'init --from': 'начать с собственного проекта (его механики и комментарии) вместо шаблона; с --history он подгоняется так же',
    'init --currency': 'валюта сумм (по умолчанию RUB для истории с русскими названиями столбцов, иначе валюта локали)',
    'profile --force': 'заменить существующий файл --summary-out',
    'simulate --force': 'заменить существующий файл --csv',
    'optimize --force': 'заменить существующий файл --write или --html',
    'pilot plan --force': 'заменить существующий файл --assign',
    'report --force': 'заменить существующие файлы',
    '--json': 'данные для программ: JSON в stdout',
    'validate --json': 'вывести { files: [ { file, valid, issues } ] } в JSON в stdout',
    'profile --json': 'данные для программ: JSON в stdout',
    'fit --json': 'данные для программ: JSON в stdout',
    'roi --json': 'вывести только JSON: выгода, ROI при обоих прочтениях затрат, чувствительность и что формула не учитывает',
    'pilot plan --json': 'данные для программ: JSON в stdout',
    'pilot analyze --json': 'данные для программ: JSON в stdout',
    '--customer': 'столбец клиента (по умолчанию ищется по названию, например Контрагент, customer_id)',
    '--date': 'столбец даты (по умолчанию: Дата, date, InvoiceDate …)',
    '--amount': 'столбец суммы (по умолчанию: Сумма, amount, total …)',
    '--quantity': 'столбец количества; сумма = количество × цена',
    '--price': 'столбец цены за единицу; сумма = количество × цена',
    '--order': 'столбец заказа/накладной, чтобы считать строки накладной одним заказом',
    '--date-format': 'ДД.ММ.ГГГГ (DD.MM.YYYY), YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD или excel (даты числами Excel, например 44563; по умолчанию определяется сам)',
    '--delimiter': 'разделитель полей: «;», «,», tab, «|» (по умолчанию определяется сам)',
    '--decimal': 'десятичный разделитель «,» или «.» (по умолчанию определяется сам)',
    '--encoding': 'windows-1251, utf8 или utf16le (по умолчанию определяется сама)',
    '--strict': 'остановиться на первой ошибочной строке, а не пропускать и считать такие строки',
    '--sheet': 'для истории в .xlsx: какой лист читать (по умолчанию первый)',
    '--skip-rows': 'сколько строк над заголовком пропустить, например названия отчёта (по умолчанию заголовок ищется сам)',
    '--engine': 'чем читать историю: js (любая кодировка и разметка) или duckdb (CSV в UTF-8 и Parquet, параллельно; если DuckDB не может прочитать CSV так же, файл читается встроенным читателем, и об этом сказано) (по умолчанию: duckdb для Parquet, js для CSV)',
    '--max-skipped': 'наибольшая доля нечитаемых строк (дата, сумма, разная длина), которую можно пропустить до остановки: 0.05 или 5%',
    '--inactive-days': 'клиент без покупок столько дней считается ушедшим',
    '--cohort-months': 'сколько месяцев после первой покупки показывать в таблице когорт',
    '--locale': 'формат чисел и дат в таблицах',
    'profile --locale': 'формат чисел и дат в таблицах',
    'fit --locale': 'формат чисел и дат в таблицах',
    'roi --locale': 'формат чисел, например en-US или ru-RU',
    'pilot plan --locale': 'формат чисел и дат в таблицах',
    'pilot analyze --locale': 'формат чисел и дат в таблицах',
    '--currency': 'валюта сумм в выводе (ISO 4217); по умолчанию — валюта --locale, например RUB для ru-RU, USD для en-US',
    'pilot plan --currency': 'валюта сумм в выводе (ISO 4217); по умолчанию — валюта проекта из --value, иначе валюта --locale (RUB для ru-RU)',
    'pilot analyze --currency': 'валюта сумм в выводе (ISO 4217); по умолчанию — валюта --locale, например RUB для ru-RU, USD для en-US',
    '--summary-out': 'также записать сводку по клиентам в формате lifetimes и PyMC-Marketing (customer_id, frequency, recency, T, monetary_value; в днях), чтобы проверить оценку в Python на тех же числах',
    '--model': 'модель покупок и ухода: bg-nbd (уход сразу после покупки), pareto-nbd (уход в любой момент) или auto (лучший прогноз на отложенном периоде, иначе большее правдоподобие)',
    'fit --model': 'модель покупок и ухода: bg-nbd (уход сразу после покупки), pareto-nbd (уход в любой момент) или auto (лучший прогноз на отложенном периоде, иначе большее правдоподобие)',
    '--annual-churn': 'что вы знаете об оттоке: доля активных клиентов, теряемых за год, например 0.15±0.05; фиксируется как указан (каждый прогон разыгрывает его из диапазона, остальное оценивается по истории; нужно, если история слишком коротка)',
    '--no-seasonality': 'ровная частота покупок: без помесячных множителей сезонности по датам истории',
    'fit --no-seasonality': 'ровная частота покупок: без помесячных множителей сезонности по датам истории',
    '--unit': 'с --summary: единица времени столбцов recency и T (day — как пишет lifetimes по умолчанию)',
    'fit --unit': 'единица времени параметров: month (как в симуляции) или week (как в опубликованных значениях CDNOW)',
    '--calibration-end': 'оценивать по покупкам до этого дня (ГГГГ-ММ-ДД); остальное — отложенный период',
    '--holdout-from': 'отложенный период начинается в этот день (калибровка кончается днём раньше)',
    '--summary': 'моделировать клиентов из сводки на клиента вместо --history: customer, frequency, recency, T, monetary_value (по желанию spend_12m, first_purchase)',
    'fit --summary': 'оценить по сводке на клиента вместо транзакций: столбцы lifetimes / PyMC-Marketing (customer_id, frequency, recency, T, monetary_value; по желанию spend_12m, first_purchase) или BTYD / CLVTools (cust, x, t.x, T.cal, m.x)',
    '--summary-unit': 'с --summary: единица времени recency и T в файле — day, week или month (по умолчанию как --unit; lifetimes по умолчанию пишет дни)',
    '--html': 'записать также диагностику в виде страницы (динамика повторных покупок, покупки отложенного периода по частоте, P(активен), проверка Gamma-Gamma): один файл, открывается без сети',
    'sweep --html': 'записать также перебор в виде страницы: кривую с полосой P5–P95 (одно поле) или тепловую карту сетки (два поля); один файл, открывается без сети',
    'tornado --html': 'записать также «торнадо» в виде страницы: столбики и таблицу с понятными названиями параметров, ранговые корреляции; один файл, открывается без сети',
    'breakeven --html': 'записать также значение безубыточности с 95-процентным интервалом и кривую, по которой шёл поиск, в виде страницы: один файл, открывается без сети',
    'optimize --html': 'записать также поиск, выбранный вариант рядом с проектом и границу компромиссов в виде страницы: один файл, открывается без сети',
    'pilot analyze --html': 'записать и отчёт страницей: решение, эффекты с интервалами, график по месяцам, проверки, что записано в проект (с --interim — просмотры и их границы); один файл, открывается без сети',
    'report --html': 'записать сюда HTML-отчёт (один файл, открывается без сети, печатается в PDF)',
    '--csv': 'также записать в этот CSV по строке на прогон (значения параметров, как они разыграны, и все показатели); при --locale с десятичной запятой (ru-RU) — с «;», десятичными запятыми и меткой порядка байтов, как этот файл открывает Excel в такой локали',
    '--plain': 'без графиков в терминале, только таблицы',
    'simulate --plain': 'без графиков в терминале, только таблицы',
    'tornado --plain': 'без столбиков, только таблица',
    '--runs': 'число прогонов Монте-Карло',
    'pilot plan --runs': 'с --value: число прогонов симуляции проекта',
    '--seed': 'начальное значение генератора случайных чисел (то же значение повторяет результат в точности)',
    'pilot plan --seed': 'начальное значение генератора случайных чисел (то же значение повторяет результат в точности)',
    'pilot analyze --seed': 'начальное значение генератора случайных чисел (то же значение повторяет результат в точности)',
    '--horizon': 'сколько месяцев моделировать (по умолчанию — horizon_months проекта)',
    '--workers': 'число потоков (результат одинаков при любом их числе)',
    '--sampling': 'метод выборки неопределённых параметров по прогонам: lhs (латинский гиперкуб) или mc',
    '--precision': 'остановиться раньше, когда стандартная ошибка средней чистой прибыли станет меньше этой доли от её модуля (например, 0.02)',
    'sweep --precision': 'остановиться раньше --runs, когда парная разница каждой точки с лучшей известна с точностью до этой доли разброса средней чистой прибыли по сетке (например, 0.05)',
    'tornado --precision': 'останавливать P10 и P90 каждого параметра раньше --runs, когда парная ст. ош. его размаха не больше этой доли наибольшего размаха (например, 0.05)',
    '--set': 'заменить числовое поле на этот запуск, можно повторять: costs.launch=500000 или распределение в потоковом синтаксисе YAML',
    '--history': 'моделировать реальных клиентов из этой истории продаж (модели BG/NBD + Gamma-Gamma) вместо синтетических клиентов проекта',
    'pilot plan --history': 'история продаж (одна строка на покупку)',
    'pilot analyze --history': 'история продаж (одна строка на покупку)',
    '--sample': 'моделировать n клиентов и пересчитать итоги на всю базу: с --history или --summary — стратифицированная выборка, иначе первые n синтетических клиентов (каждый разыгрывается независимо)',
    'pilot plan --sample': 'с --value: клиентов в прогоне, представляющих всех клиентов проекта',
    'validate --customers': 'CSV с признаками клиентов (код клиента, затем столбцы): также предупредить о сегменте по столбцу, значения которого нет ни у одного клиента (docs/model.ru.md, §13)',
    '--customers': 'с --history или --summary: CSV с признаками клиентов (код клиента, затем столбцы, например регион или отрасль) для сегментов по столбцу (docs/model.ru.md, §13)',
    '--no-parameter-uncertainty': 'с --history: каждый прогон использует оценённые параметры, не разыгрывая их из неопределённости оценки',
    '--vary': 'числовое поле и его диапазон (один раз или дважды — для сетки); 5% читается как 0.05',
    'optimize --vary': 'числовое поле и диапазон поиска (повторяйте, до 6 полей); 5% читается как 0.05; приглашение сегмента без диапазона (например, segments.Key.invite) — переменная «да/нет» (docs/model.ru.md, §13)',
    '--solve': 'числовое поле, для которого ищется значение, например effects.frequency_uplift',
    '--objective': 'что максимизировать: «npv» (средний ЧДД), «net» (средняя чистая дополнительная прибыль) или «roi» (средний ROI)',
    '--constraint': 'условие, которое вариант должен выполнить (можно повторять), например «P(roi>0)>=0.9», «p5(npv)>=0», «programCost<=50e6», «mean(roi)>=20%»',
    '--write': 'записать проект с выбранными значениями (комментарии и оформление проекта сохраняются)',
    '--revenue-per-client': 'Z: выручка на клиента в год',
    '--years': 'N: сколько лет работает программа',
    '--churn': 'W: годовой отток без программы (20% или 0.2)',
    '--churn-reduction': 'X: снижение годового оттока в процентных пунктах (5% или 0.05)',
    '--uplift': 'Y: прирост выручки (10% или 0.1)',
    '--cost': 'V: затраты на программу (в статьях — годовые)',
    '--clients': 'на скольких клиентов умножается выручка на клиента (масштаб выгоды на базу)',
    '--metric': 'показатель клиента за время пилота: revenue (выручка), orders (заказы), active (активность)',
    '--months': 'длительность пилота в месяцах',
    '--mde': 'минимальный обнаруживаемый эффект относительно среднего без программы (10% или 0.1)',
    '--alpha': 'двусторонний уровень значимости',
    'pilot analyze --alpha': 'уровень значимости α (интервалы уровня 1 − α)',
    '--power': 'вероятность обнаружить эффект размера --mde (мощность)',
    '--group-size': 'сколько клиентов в группе вы можете позволить: показать эффект, который она обнаружит',
    '--assign': 'распределить клиентов в пилотную и контрольную группы (стратифицированно, с --seed) и записать customer_id,group,stratum',
    '--strata': 'столбец истории для стратификации (по умолчанию — RFM-сегмент, как в `profile`)',
    '--min-revenue': 'только клиенты с чистой выручкой не меньше этой за последние 12 месяцев',
    '--active-within-days': 'только клиенты с покупкой за последние N дней',
    '--look-days': 'дней между промежуточными просмотрами в выводимом графике',
    'pilot analyze --look-days': 'с --interim: дней между просмотрами',
    '--value': 'ценность информации: EVPI неопределённых параметров проекта и ценность пилотов разных размеров и длительности для решения о запуске',
    '--assignment': 'группы: customer_id,group,stratum (из pilot plan --assign)',
    '--start': 'первый день пилота (ГГГГ-ММ-ДД)',
    '--end': 'последний день пилота (по умолчанию — последний день истории)',
    '--bootstrap': 'число бутстреп-выборок для интервалов',
    '--permutations': 'число перестановок меток для p-значений',
    '--write-effects': 'записать в проект effects.frequency_uplift, check_uplift, churn_reduction (нормальные распределения на шкале модели) и ramp_months, как их оценил пилот (см. ниже)',
    '--cap': 'ограничить выручку каждого клиента этим общим процентилем перед оценкой (99% или 0.99): крупные B2B-клиенты',
    '--interim': 'просмотр идущего пилота: --end — плановый конец, данные — до последнего дня истории; решают групповые последовательные границы',
    '--xlsx': 'записать сюда книгу XLSX (Summary, Monthly, Runs, Inputs, Costs)',
    '--tornado': 'добавить «торнадо» (каждый неопределённый параметр на P10 и P90; ещё 2k + 2 симуляции для k параметров)',
    '--interactive': 'с --html: панель «что если» (рычаги: участие, эффекты, разгон, ставки вознаграждений, взнос, горизонт), которая пересчитывает 200 прогонов на 2 000 клиентов прямо в браузере тем же движком, без сети',
  },
  /** Defaults said in words (commander's "(default: …)"). */
  defaults: {
    '--workers': 'число ядер машины',
  },
  /** The closing text of a command's --help: examples, and how it works. */
  epilogues: {
    '': `
Примеры:
  $ loyalty-sim init my-program.yaml                 ответить на несколько вопросов и получить проект
  $ loyalty-sim validate scenarios/*.yaml            проверить проекты, со строкой:столбцом
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 1000 --seed 7

Коды выхода: 0 — успех, 1 — проверка не пройдена, 2 — неверный вызов или неверные данные.
Модель, все поля проекта и проверки дизайна: docs/model.ru.md в пакете
($(npm root -g)/loyalty-sim/docs/model.ru.md при глобальной установке).`,
    'init': `
Шаблоны:
  points    баллы за каждую покупку, обмениваются на товар после порога
  discount  постоянная скидка участника от прайса
  tiers     уровни Silver / Gold / Platinum по закупкам за последние 12 месяцев
  rebate    квартальный ретро-бонус по ступеням объёма
  hybrid    баллы + уровни + ретро-бонус, полный оптовый пример
  club      платный бизнес-клуб: годовой взнос за исследования рынка и обучение
  referral  вознаграждение дилерам, которые приводят в сеть новых дилеров
  early-pay баллы дистрибьютора за досрочную оплату и заказы через кабинет, часть оплачивает поставщик
  segments  персональные условия по рангу закупок: ключевым клиентам 2 %, средним 4 %, мелким 30 % — без приглашения

Примеры:
  $ loyalty-sim init                                    ответить на вопросы и получить program.yaml
  $ loyalty-sim init rebate.yaml --template rebate --yes
  $ loyalty-sim init client.yaml --history fixtures/examples/sales.csv --template tiers --yes`,
    'validate': `
Примеры:
  $ loyalty-sim validate scenarios/*.yaml
  $ loyalty-sim validate program.yaml --json

Коды выхода: 0 — все проекты корректны (предупреждения допустимы), 1 — в проекте есть ошибки, 2 — файл не прочитать.`,
    'schema': `
Пример:
  $ loyalty-sim schema > program.schema.json`,
    'profile': `
Примеры:
  $ loyalty-sim profile fixtures/history/cdnow_sample.csv
  $ loyalty-sim profile fixtures/examples/sales.csv --customer Контрагент --date Дата --amount Сумма --locale ru-RU --currency RUB
  $ loyalty-sim profile fixtures/examples/online-retail.csv --order InvoiceNo --quantity Quantity --price UnitPrice --json`,
    'fit': `
Примеры:
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30 --model auto
  $ loyalty-sim fit fixtures/examples/sales.csv --annual-churn 0.15±0.05
  $ loyalty-sim fit fixtures/examples/sales.csv --holdout-from 2023-09-01 --json
  $ loyalty-sim fit --summary fixtures/examples/cdnow-summary.csv --unit week
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30 --html fit.html`,
    'simulate': `
Примеры:
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 5000 --seed 7
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --precision 0.02 --json > result.json
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --csv прогоны.csv
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --set costs.launch=500000 --set "effects.frequency_uplift={ uniform: { min: 0.05, max: 0.2 } }"
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --customer Контрагент --date Дата --amount Сумма
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --annual-churn 0.15±0.05 --model pareto-nbd`,
    'compare': `
Примеры:
  $ loyalty-sim compare scenarios/*.yaml
  $ loyalty-sim compare scenarios/points-only.yaml scenarios/tiers.yaml --runs 1000 --seed 7
  $ loyalty-sim compare a.yaml b.yaml --json > comparison.json

Все проекты считаются на клиентах первого проекта, где есть блок customers.synthetic
(или на клиентах из --history); проект, чей блок клиентов отличается, получает
предупреждение и всё равно считается на общих клиентах — именно это делает
сравнение честным. Проекты в разных валютах или с разным horizon_months (если
--horizon не задаёт общий) — ошибка.
«В пределах шума» значит, что средняя парная разница чистой дополнительной
прибыли меньше 2 стандартных ошибок этой разницы.
${BATCH}`,
    'sweep': `
Примеры:
  $ loyalty-sim sweep scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.10:0.01
  $ loyalty-sim sweep scenarios/points-only.yaml --vary mechanics.points.earn_per_currency=0.01:0.05:0.01
  $ loyalty-sim sweep scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold.discount=0:0.06:0.01 --vary effects.frequency_uplift=0:0.3:0.05
  $ loyalty-sim sweep scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.10:0.01 --runs 200 --html sweep.html

ПУТЬ называет любое числовое поле так, как в проекте: effects.frequency_uplift,
participation, mechanics.points.redemption_rate, mechanics.tiers.levels.Gold.min_spend,
mechanics.rebate.brackets[0].rate, costs.monthly, … (при неверном пути выводится
список путей проекта). Поле, заданное распределением, сдвигается, а не заменяется:
его среднее становится каждым значением, а разброс сохраняется. Каждая точка сетки
сначала проверяется правилами проекта: диапазон, выходящий за допустимые значения
поля, — ошибка, а не молчаливое обрезание.
С двумя --vary выводится сетка средней чистой дополнительной прибыли; клетки рядом
со сменой знака помечены * (граница безубыточности).
С --precision точки считаются блоками по 25 прогонов (одни и те же прогоны для
каждой точки, так что пары сохраняются) и останавливаются, когда разницы между
точками известны с этой точностью; тогда --runs — наибольшее число прогонов точки,
и вывод сообщает, сколько использовала каждая.
${BATCH}`,
    'tornado': `
Примеры:
  $ loyalty-sim tornado scenarios/wholesale-hybrid.yaml
  $ loyalty-sim tornado scenarios/points-only.yaml --runs 500 --json > tornado.json
  $ loyalty-sim tornado scenarios/wholesale-hybrid.yaml --runs 200 --html tornado.html

Каждый неопределённый параметр (поле, заданное распределением) фиксируется на
медиане; затем каждый по очереди ставится на P10 и на P90, и параметры
упорядочиваются по тому, насколько между ними меняется средняя чистая
дополнительная прибыль (2 прогона пакета на параметр и базовый — все на медианах).
Столбец Спирмена берётся из обычного Монте-Карло проекта, где разыгрываются все
параметры: ранговая корреляция каждого параметра с чистой дополнительной прибылью.
С --precision P10 и P90 каждого параметра считаются блоками по 25 парных прогонов,
пока его размах не станет настолько точным (база на медианах и Монте-Карло всё
равно считают --runs); тогда таблица показывает ст. ош. каждого размаха и его прогоны.
${BATCH}`,
    'breakeven': `
Примеры:
  $ loyalty-sim breakeven scenarios/points-only.yaml --solve effects.frequency_uplift
  $ loyalty-sim breakeven scenarios/tiers.yaml --solve costs.monthly --runs 500
  $ loyalty-sim breakeven scenarios/discount-only.yaml --solve mechanics.discount.rate --json
  $ loyalty-sim breakeven scenarios/points-only.yaml --solve effects.frequency_uplift --runs 200 --html breakeven.html

Значение ищется в допустимом диапазоне поля (ставки и скидки [0, 1), доли [0, 1],
приросты [-0.5, 3], снижение оттока (-1, 1), деньги и количества от 0 вверх — верхняя
граница растёт, пока не сменится знак), сначала берётся в вилку, затем уточняется
методом ложного положения (Иллинойс); каждый шаг — полная симуляция с тем же начальным значением генератора.
Поле, заданное распределением, сдвигается так, чтобы его среднее стало значением.
± — стандартная ошибка Монте-Карло значения: ст. ош. средней чистой прибыли в этой
точке / |наклон|. Если в диапазоне нет точки безубыточности, так и сообщается
(в --json — null).
${BATCH}`,
    'optimize': `
Примеры:
  $ loyalty-sim optimize scenarios/tiers.yaml --vary mechanics.tiers.levels.Platinum.min_spend=200000:1500000 --runs 40
  $ loyalty-sim optimize scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold.min_spend=50000:400000 --vary mechanics.tiers.levels.Platinum.min_spend=450000:1500000 --constraint 'P(roi>0)>=0.9' --constraint 'programCost<=150e6' --write tiers-best.yaml
  $ loyalty-sim optimize scenarios/points-only.yaml --vary mechanics.points.earn_per_currency=0.01:0.05 --objective roi --json > best.json
  $ loyalty-sim optimize scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.08 --constraint 'programCost<=40e6' --runs 24 --html optimize.html

ПУТЬ называет числовое поле, как в sweep (распределение сдвигается так, чтобы его
среднее стало значением); «LO:HI» — область поиска. Уровни должны сохранять порядок:
вариант, где min_spend уровня не больше, чем у предыдущего, отклоняется правилами
проекта без симуляции.
Ограничения: «P(метрика>x)>=p» (доля прогонов), «pN(метрика)>=x» (процентиль, «p1»…«p99»),
«mean(метрика)<=x» или просто «метрика<=x»; метрики — как в simulate --json («npv», «roi»,
«netIncrementalProfit», «programCost», «paybackMonth», …). Поиск считает ограничение
выполненным, только если оно выполняется с запасом в 2 стандартные ошибки своей
статистики, — тогда оно выполняется и на прогонах, которых поиск не видел.
Как: все варианты считаются с одним начальным значением генератора (общие случайные числа); латинский
гиперкуб из 4d + 4 вариантов на четверти --runs, лучшая половина — на половине,
лучший — на всех --runs, затем покоординатный поиск от лучшего; он останавливается
на шаге в 1/128 каждого диапазона или когда соседи отличаются меньше чем на одну
парную стандартную ошибку. Выводится проверка выбранного варианта рядом с проектом
с НОВЫМ начальным значением генератора (со стандартной ошибкой), а не лучшая цифра самого поиска. Затраченная
работа выводится в клиенто-месяцах.
${BATCH}`,
    'roi': `
Деньги — просто число (1200 или 1200,50, можно «1 200 ₽»); доли — 10 % или 0,1.
Z — на одного клиента, а V — затраты всей программы: укажите --clients N (или
задайте Z как годовую выручку всей базы), чтобы выгода и затраты были в одном масштабе.
В --json строки чувствительности дают roiLow/roiHigh при затратах один раз и
roiLowCostEveryYear/roiHighCostEveryYear при затратах каждый год.

Пример:
  $ loyalty-sim roi --revenue-per-client 1200 --clients 5000 --uplift 10% \\
      --years 3 --churn 20% --churn-reduction 5% --cost 1000000
  $ loyalty-sim roi --revenue-per-client 90000 --uplift 0.08 --years 2 --churn 0.3 \\
      --churn-reduction 0.05 --cost 5000 --currency RUB --locale ru-RU`,
    'pilot': `
Примеры:
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --mde 10% --assign группы.csv
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31`,
    'pilot plan': `
Дисперсия берётся из истории: показатель на клиента за последние --months месяцев
среди клиентов, покупавших раньше; CUPED использует предыдущие --months как
ковариату. --assign выбирает --group-size (или плановое число) клиентов на группу
среди подходящих на конец истории.

График промежуточных просмотров: если вы будете смотреть на пилот до его конца
(pilot analyze --interim), каждые --look-days |z| должен пересечь свою границу.
Уровень α (--alpha) расходуется функцией Лана–ДеМетса типа О'Брайена–Флеминга: ранним
просмотрам нужен подавляющий эффект, последний почти совпадает с обычным тестом,
и доля ложных срабатываний по всем просмотрам остаётся равной --alpha (проверка на
1,96 каждую неделю такого не даёт).

--value моделирует проект (его блок customers.synthetic) и оценивает, сколько
стоило бы для решения о запуске (запускать, если ожидаемая чистая дополнительная
прибыль положительна) узнать каждый неопределённый параметр: ожидаемую ценность
полной информации (EVPI) по параметрам и ожидаемую ценность информации пилота для
пилотов от ¼× до 4× планового числа клиентов на группу (--group-size, иначе размер
с CUPED) длиной 1, --months и 2×--months месяцев. Стоимость самого пилота и
задержка запуска не вычитаются.

JSON (--json): поля плана, а также
  looks:  [{ day, informationFraction, boundary, alphaSpent }]
  with --value:
  value:  { expectedNet, decideNow, launchNow, evpiTotal,
            evpi:   [{ input, value }]            (highest first)
            pilots: [{ perGroup, months, value, seFrequency, seCheck }],
            recommendation, notes }

Примеры:
  $ loyalty-sim pilot plan --history продажи.csv --metric revenue --months 3 --mde 10%
  $ loyalty-sim pilot plan --history продажи.csv --group-size 500 --json
  $ loyalty-sim pilot plan --history продажи.csv --mde 15% --assign группы.csv --seed 7 --min-revenue 100000
  $ loyalty-sim pilot plan --history fixtures/pilot/before.csv --group-size 400 --value scenarios/wholesale-hybrid.yaml`,
    'pilot analyze': `
Предпериод равен пилоту по длине и заканчивается накануне --start.

Частота, чек и отток оцениваются на шкале самой модели (docs/model.ru.md §4
и §9): интенсивность покупок и уход каждого клиента берутся из его истории до
пилота (BG/NBD и Gamma-Gamma, как в fit), а месяцы пилота дают методом
максимального правдоподобия по обеим группам множители интенсивности покупок
(1 + f), суммы заказа (1 + c) и интенсивности ухода (1 − d); об оттоке говорят
давность покупок внутри пилота и собственная интенсивность клиента, а не
только «покупал или нет». Оценивается и то, как эффекты нарастают: свободный
эффект каждого месяца (график) и нарастание (effects.ramp_months, целые
месяцы), лучше всего согласующееся с месяцами; с ним сравнивается
нарастание из проекта. --write-effects записывает эффекты полного размера
как normal(среднее, sd), где sd учитывает и сомнение в нарастании, и
effects.ramp_months — как оценено (если пилот оценивает нарастание или оно
есть в проекте). Выводятся старые и новые значения (старое → новое), и проект
заменяется на месте с сохранением комментариев и порядка ключей; сначала он
проверяется.

Проверки: соотношение групп (χ², расхождение при p < 0,001) по распределению и по
клиентам, присутствующим в истории; --cap винсоризует выручку (и сообщает об этом);
эффекты по терцилям закупок предпериода подсказывают веса effects.by_spend проекта.

--interim: просмотр выручки на клиента (CUPED) каждые --look-days с --start, каждый
сравнивается с границей по расходованию α Лана–ДеМетса типа О'Брайена–Флеминга, чтобы
еженедельные просмотры сохраняли долю ложных срабатываний на уровне --alpha.
Групповые последовательные границы выбраны вместо всегда-валидных доверительных
последовательностей, потому что у пилота есть плановый конец: почти вся α
остаётся на него.

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

Примеры:
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --interim --json
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --cap 99% --json
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --html pilot.html

Запись эффектов меняет проект на месте, поэтому записывайте их в свою копию:
  $ cp scenarios/wholesale-hybrid.yaml my-program.yaml
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --write-effects my-program.yaml`,
    'report': `
Примеры:
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html отчёт.html
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html отчёт.html --xlsx отчёт.xlsx --runs 2000 --locale ru-RU
  $ loyalty-sim report scenarios/points-only.yaml scenarios/tiers.yaml --html сравнение.html --tornado
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html что-если.html --interactive
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --sample 200 --xlsx отчёт.xlsx
Начальное значение генератора и число прогонов напечатаны в отчёте, поэтому его можно повторить в точности.
--json выводит, что записано, и документ simulate --json каждого проекта.`,
    'completion': `
Примеры:
  $ source <(loyalty-sim completion bash)          только в этой оболочке
  $ loyalty-sim completion bash > loyalty-sim.bash   затем подключите его в ~/.bashrc
  $ loyalty-sim completion zsh > _loyalty-sim        затем положите в папку из $fpath
  $ loyalty-sim completion fish > loyalty-sim.fish   затем перенесите в ~/.config/fish/completions/`,
  },
};

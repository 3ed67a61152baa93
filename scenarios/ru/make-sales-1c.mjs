// Writes sales-1c.csv: a made-up 1C:Trade Management sales export ("Продажи по
// контрагентам") of a building-materials distributor, 2023–2024, in the shape
// 1C writes it: Windows-1251, ';', a header of Russian column names, dates
// DD.MM.YYYY, decimal commas, several invoice lines per document.
// The customers follow the model of MODEL.md §1 (gamma-distributed order
// rates, beta dropout, gamma-gamma order values), with a fixed seed, so the
// file is the same every time: node scenarios/ru/make-sales-1c.mjs
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

let state = 20240601;
const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const gamma = (shape) => {
  // Marsaglia–Tsang, with the shape < 1 boost
  if (shape < 1) return gamma(shape + 1) * rand() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x, v;
    do {
      const u1 = rand() || 1e-12;
      x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rand());
      v = 1 + c * x;
    } while (v <= 0);
    v = v ** 3;
    if (Math.log(rand() || 1e-12) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
};
const beta = (a, b) => {
  const x = gamma(a);
  return x / (x + gamma(b));
};

const FORMS = ['ООО', 'ООО', 'ООО', 'ИП', 'АО'];
const ROOTS = ['СтройДвор', 'Кровля', 'ТеплоДом', 'Фасад', 'Монолит', 'Уралстрой', 'Отделка', 'Профнастил', 'СибКирпич', 'Окна Плюс', 'Бетон-М', 'ДомСтрой', 'Ремонт', 'Лесоторг', 'Изолит'];
const CITIES = ['Екатеринбург', 'Челябинск', 'Пермь', 'Тюмень', 'Курган', 'Уфа'];
const GOODS = [
  ['Профнастил С8 0,45 мм', 520],
  ['Утеплитель минвата 50 мм', 1350],
  ['Цемент М500, 50 кг', 560],
  ['Гипсокартон 12,5 мм', 410],
  ['Кирпич облицовочный', 38],
  ['Саморез кровельный 4,8×35, уп.', 890],
  ['Пароизоляция 70 кв. м', 1190],
  ['Штукатурка гипсовая 30 кг', 480],
];

const start = Date.UTC(2023, 0, 1);
const DAYS = 731;
const day = (d) => {
  const t = new Date(start + d * 86400000);
  return `${String(t.getUTCDate()).padStart(2, '0')}.${String(t.getUTCMonth() + 1).padStart(2, '0')}.${t.getUTCFullYear()}`;
};
const money = (x) => x.toFixed(2).replace('.', ',');

const rows = [];
let doc = 1;
for (let i = 0; i < 300; i++) {
  const name = `${FORMS[i % FORMS.length]} «${ROOTS[i % ROOTS.length]}${i >= ROOTS.length ? `-${Math.floor(i / ROOTS.length) + 1}` : ''}»`;
  const inn = String(6600000000 + i * 7919).slice(0, 10);
  const city = CITIES[i % CITIES.length];
  const perDay = gamma(0.8) / 2.0 / 30.4; // orders per day
  const p = beta(0.6, 6); // dropout after each order
  const nu = gamma(4) / 15000; // Gamma-Gamma: a client's mean order value is 6 / nu
  let t = Math.floor(rand() * 365); // first purchase in the first year
  for (;;) {
    const lines = 1 + Math.floor(rand() * 4);
    const total = gamma(6) / nu;
    const first = Math.floor(rand() * GOODS.length);
    for (let l = 0; l < lines; l++) {
      const [good, price] = GOODS[(first + l * 3) % GOODS.length];
      const qty = Math.max(1, Math.round(total / lines / price));
      rows.push([name, inn, city, day(t), `РТ-${String(doc).padStart(6, '0')}`, good, String(qty), money(price), money(qty * price)]);
    }
    doc++;
    if (rand() < p) break;
    t += Math.max(1, Math.round(-Math.log(rand() || 1e-12) / perDay));
    if (t >= DAYS) break;
  }
}
rows.sort((a, b) => a[3].split('.').reverse().join('').localeCompare(b[3].split('.').reverse().join('')) || a[4].localeCompare(b[4]));
const header = ['Контрагент', 'ИНН', 'Город', 'Дата', 'Документ', 'Номенклатура', 'Количество', 'Цена', 'Сумма'];
const quote = (s) => (/[;"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const text = [header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
writeFileSync(new URL('./sales-1c.csv', import.meta.url), iconv.encode(text, 'win1251'));
console.log(`${rows.length} lines, ${doc - 1} documents, 300 counterparties`);

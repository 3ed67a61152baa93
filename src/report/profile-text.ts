/**
 * The text people read after `profile`: counts, Pareto share, frequency,
 * average check and churn; RFM segments; cohort retention.
 * Pure: the profile in, text out (the CLI adds colour and prints).
 */
import type { Profile } from '../history/profile.js';
import { msg } from '../i18n/index.js';
import { tableDate, formatMoney, formatNumber, formatPercent } from './format.js';
import { renderSeasonality } from './seasonality-text.js';
import { textTable } from './simulation-text.js';

export interface ProfileTextOptions {
  locale: string;
  /** Money with this currency (ISO 4217); plain numbers when omitted. */
  currency?: string;
  /** Months after the first purchase shown in the cohort table. */
  cohortMonths: number;
  bold?: (s: string) => string;
}

/** The customer base at a glance, its RFM segments and its cohorts' retention. */
export function renderProfile(p: Profile, o: ProfileTextOptions): string {
  const money = (v: number) => (o.currency ? formatMoney(v, { locale: o.locale, currency: o.currency }) : formatNumber(v, o.locale, 0));
  const check = (v: number) => (o.currency ? formatMoney(v, { locale: o.locale, currency: o.currency }, 2) : formatNumber(v, o.locale, 2));
  const pct = (v: number) => formatPercent(v, o.locale, 1);
  const num = (v: number, d = 0) => formatNumber(v, o.locale, d);
  // dates as --locale writes them (31.12.2024 under ru-RU, whatever the language); en-US keeps ISO, which its tables always showed
  const dotted = /^ru\b/i.test(o.locale);
  const day = (iso: string) => tableDate(iso, o.locale);
  const month = (yyyyMm: string) => (dotted && /^\d{4}-\d{2}$/.test(yyyyMm) ? yyyyMm.split('-').reverse().join('.') : yyyyMm);
  const t = msg().profile;
  const lines: string[] = [];
  lines.push(
    textTable(
      [t.base, ''],
      [
        [t.customers, num(p.customers)],
        [t.orders, num(p.orders)],
        [t.revenue, money(p.revenue)],
        [t.period, t.periodValue(day(p.firstDate), day(p.lastDate))],
        [t.pareto, pct(p.paretoTop20Share)],
        [t.ordersPerMonth, num(p.ordersPerCustomerMonth, 3)],
        [t.averageCheck, check(p.averageCheck)],
        [t.churned(p.inactiveDays), `${num(p.churned)} (${pct(p.churnRate)})`],
      ],
      o.bold,
    ),
  );
  lines.push('');
  lines.push(t.rfmTitle);
  lines.push(
    textTable(
      t.rfmHead,
      p.rfm.map((s) => [t.segment(s.segment), num(s.customers), pct(s.share), money(s.revenue), pct(s.revenueShare), num(s.meanRecencyDays), num(s.meanFrequency, 1), money(s.meanMonetary)]),
      o.bold,
    ),
  );
  lines.push('');
  const k = o.cohortMonths;
  lines.push(t.cohortTitle(k));
  lines.push(
    textTable(
      [...t.cohortHead, ...Array.from({ length: k }, (_, i) => `+${i + 1}`)],
      p.cohorts.map((c) => [t.cohort(month(c.cohort)), num(c.customers), ...Array.from({ length: k }, (_, i) => (i + 1 < c.retention.length ? pct(c.retention[i + 1]!) : ''))]),
      o.bold,
    ),
  );
  lines.push('');
  lines.push(renderSeasonality(p.seasonality, 'at-risk', o.locale, o.bold));
  return lines.join('\n');
}

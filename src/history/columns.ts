/**
 * Which column of a history's header is the customer, the date, the amount
 * (or quantity and price) and the order: from the flags, or by common names
 * in English and Russian. Shared by the CSV and the workbook readers.
 */
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { ReadOptions } from './read.js';

export type Role = 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'order';

/** Common header names per role, compared lower-case with spaces, `_`, `-`, `.` removed. */
const KNOWN: Record<Role, string[]> = {
  customer: ['customerid', 'customer', 'client', 'clientid', 'customerno', 'customernumber', 'custid', 'buyer', 'memberid', 'userid', 'контрагент', 'клиент', 'покупатель', 'кодклиента', 'idклиента', 'заказчик'],
  date: ['date', 'invoicedate', 'orderdate', 'transactiondate', 'purchasedate', 'saledate', 'datetime', 'дата', 'датадокумента', 'период', 'датапродажи'],
  amount: ['amount', 'total', 'revenue', 'sales', 'sum', 'value', 'dollarvalue', 'totalamount', 'сумма', 'выручка', 'суммасндс', 'суммапродажи', 'стоимость'],
  quantity: ['quantity', 'qty', 'количество', 'колво', 'numberofcds'],
  price: ['price', 'unitprice', 'цена', 'ценазаединицу'],
  order: ['order', 'orderid', 'orderno', 'ordernumber', 'invoice', 'invoiceno', 'invoiceid', 'invoicenumber', 'номер', 'номердокумента', 'документ', 'заказ', 'номерзаказа', 'чек', 'номерчека'],
};

/**
 * Amounts that are not found by name alone but make a found one ambiguous:
 * with and without VAT, gross and net (1C writes `Сумма с НДС;Сумма без НДС`).
 */
const OTHER_AMOUNTS = ['суммабезндс', 'суммасндс', 'amountexvat', 'amountinclvat', 'netamount', 'grossamount', 'totalexvat', 'totalinclvat'];

export const normalizeHeader = (h: string): string => h.trim().toLowerCase().replace(/[\s_\-.№#]/g, '');

/** Whether a header is one of the common names of a customer column (a customer file's id column, customer-file.ts). */
export const isCustomerHeader = (h: string): boolean => KNOWN.customer.includes(normalizeHeader(h));

const FLAG: Record<Role, string> = {
  customer: '--customer',
  date: '--date',
  amount: '--amount',
  quantity: '--quantity',
  price: '--price',
  order: '--order',
};

const CURRENCY_HEADERS = new Set(['currency', 'currencycode', 'curr', 'валюта', 'кодвалюты']);

/** A column that names the currency, if any. */
export function currencyColumnOf(header: string[]): { currencyColumn?: string } {
  const found = header.find((h) => CURRENCY_HEADERS.has(normalizeHeader(h)));
  return found === undefined ? {} : { currencyColumn: found };
}

/** Longest header name quoted in a message, and longest list of them: a 10 MB line is not a message. */
const NAME_CHARS = 60;
const LIST_CHARS = 400;

/** A header name for a message, cut with an ellipsis when it is long. */
export const shortName = (h: string): string => (h.length > NAME_CHARS ? `${h.slice(0, NAME_CHARS - 1)}…` : h);

/** The header as `"a", "b", …` for a message, cut with an ellipsis when it is long. */
export function headerList(header: string[]): string {
  let s = '';
  for (const h of header) {
    const part = `${s === '' ? '' : ', '}"${shortName(h)}"`;
    if (s.length + part.length > LIST_CHARS) return `${s}, … (${header.length} columns)`;
    s += part;
  }
  return s;
}

/** Two amount columns found by name: the reader does not pick one silently (a header-search stopper, unlike a missing column). */
export class AmbiguousColumn extends UserError {}

export interface Columns {
  customer: number;
  date: number;
  amount?: number;
  quantity?: number;
  price?: number;
  order?: number;
}

/** Column indexes for the roles, from the flags or by common names. `where` names the header in messages. */
export function resolveColumns(header: string[], o: ReadOptions, where: { file: string; line?: number; column?: number }): Columns {
  // a workbook's header is placed by its cell (xlsx.ts): the first column, unless one is named
  const at = (column: number) => (where.line === undefined ? where : { ...where, column });
  const file = where.file;
  const norm = header.map(normalizeHeader);
  const found = headerList(header);
  const t = msg().history;
  const hint = t.columnsHint;
  const byFlag = (role: Role): number | undefined => {
    const name = o[role];
    if (name === undefined) return undefined;
    const i = norm.indexOf(normalizeHeader(name));
    if (i < 0) throw new UserError(t.notColumn(FLAG[role], shortName(name), file, found), hint, where);
    return i;
  };
  const byName = (role: Role): number | undefined => {
    for (const k of KNOWN[role]) {
      const i = norm.indexOf(k);
      if (i >= 0) return i;
    }
    return undefined;
  };
  const pick = (role: Role) => (o[role] !== undefined ? byFlag(role) : byName(role));
  const customer = pick('customer');
  const date = pick('date');
  const order = pick('order');
  let amount: number | undefined;
  let quantity: number | undefined;
  let price: number | undefined;
  if (o.quantity !== undefined || o.price !== undefined) {
    quantity = pick('quantity');
    price = pick('price');
  } else {
    amount = pick('amount');
    if (amount !== undefined && o.amount === undefined && customer !== undefined && date !== undefined) {
      // a second amount (with and without VAT, or `amount` twice): the first is not the answer by default
      const other = norm.findIndex((h, i) => i !== amount && (KNOWN.amount.includes(h) || OTHER_AMOUNTS.includes(h)));
      if (other >= 0) {
        const [a, b] = [shortName(header[amount]!), shortName(header[other]!)];
        throw new AmbiguousColumn(t.twoAmounts(a, amount + 1, b, other + 1), t.twoAmountsHint(a, b), at(Math.min(amount, other) + 1));
      }
    }
    if (amount === undefined) {
      quantity = byName('quantity');
      price = byName('price');
    }
  }
  const missing: ('customer' | 'date' | 'amount')[] = [];
  if (customer === undefined) missing.push('customer');
  if (date === undefined) missing.push('date');
  if (amount === undefined && (quantity === undefined || price === undefined)) missing.push('amount');
  if (missing.length > 0) throw new UserError(t.noColumns(missing, found), hint, where);
  return { customer: customer!, date: date!, amount, quantity, price, order };
}

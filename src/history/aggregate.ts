/**
 * The third step of reading a history (read.ts: sniff → rows → aggregate):
 * rows folded into each customer's daily totals as they arrive, so memory is
 * bounded by customers × purchase days, never by rows (MODEL.md §6: same-day
 * transactions merge, the BTYD convention).
 *
 * Layout: structure of arrays (STYLE.md habit 9). Customer i's days are
 * `days[start[i]] … days[start[i + 1] − 1]`, ascending, with their net amount
 * and purchase flag at the same index. Rows wait in a fixed-size batch (three
 * typed arrays, no object per row); a full batch is sorted by (customer, day)
 * with two counting sorts and merged into the days so far. A day's net adds
 * its rows in file order, the same additions in the same order as one running
 * sum per day, so the totals are bit-identical however the rows are batched.
 */

/** Every customer's daily totals; see the file comment for the layout. */
export interface CustomerDays {
  ids: string[];
  /** n + 1 offsets into days / net / purchase. */
  start: Int32Array;
  /** Day numbers (days since 1970-01-01 UTC), ascending per customer. */
  days: Int32Array;
  /** Net amount of each day (purchases minus returns). */
  net: Float64Array;
  /** 1 when the day is a purchase day (has a row with amount ≥ 0). */
  purchase: Uint8Array;
  firstPurchaseDay: Int32Array;
  lastPurchaseDay: Int32Array;
  /** Net revenue over all days. */
  revenue: Float64Array;
  orders: Int32Array;
}

/** Rows held before they are merged: 16 bytes each, 16 MB in all. */
const BATCH = 1 << 20;

export class DailyTotals {
  private index = new Map<string, number>();
  /** Ids that are plain numbers (most are), in an integer hash table: a Map of strings hashes each row's fresh id string, several times slower. */
  private numeric = new IntTable();
  private readonly ids: string[] = [];
  private orderCount = new Int32Array(1024);
  /** (customer, order) → net, when orders are counted from an order column. */
  private readonly orderNet = new Map<string, number>();
  /** Offsets of the merged customers' days (the first `merged` + 1 entries); `spare` is the next merge's, swapped after it (no garbage per merge). */
  private start = new Int32Array(1);
  private spare = new Int32Array(1);
  private merged = 0;
  /** Scratch of the counting sort by customer, reused. */
  private cStart = new Int32Array(1);
  private next = new Int32Array(1);
  private days = new Int32Array(0);
  private net = new Float64Array(0);
  private purchase = new Uint8Array(0);
  private batchCustomer: Int32Array;
  private batchDay: Int32Array;
  private batchAmount: Float64Array;
  private batched = 0;

  /** Orders of the batch's rows, reused from merge to merge. */
  private byDay: Int32Array;
  private byCustomer: Int32Array;

  /**
   * `expectedDays`: room to reserve for the days (e.g. the rows a file's size
   * suggests). Reserved pages that are never written cost no memory (the
   * system maps them on first write), and reserving avoids copying the days
   * each time they outgrow their arrays.
   */
  constructor(batch = BATCH, expectedDays = 0) {
    this.batchCustomer = new Int32Array(batch);
    this.byDay = new Int32Array(batch);
    this.byCustomer = new Int32Array(batch);
    if (expectedDays > 0) this.grow(Math.ceil(expectedDays), 0);
    this.batchDay = new Int32Array(batch);
    this.batchAmount = new Float64Array(batch);
  }

  /** The index of customer `id`, added on first sight (indexes follow first appearance). */
  customer(id: string): number {
    const key = numericId(id);
    if (key >= 0) {
      const c = this.numeric.get(key);
      return c >= 0 ? c : this.numeric.insert(key, this.addCustomer(id));
    }
    const c = this.index.get(id);
    return c === undefined ? this.addCustomer(id) : c;
  }

  private addCustomer(id: string): number {
    {
      const c = this.ids.length;
      // a copy, not a slice of the line it came from: a long id would otherwise keep its whole chunk of the file alive
      const own = id.length >= 13 ? Buffer.from(id, 'utf8').toString('utf8') : id;
      if (numericId(id) < 0) this.index.set(own, c);
      this.ids.push(own);
      if (c >= this.orderCount.length) {
        const grown = new Int32Array(this.orderCount.length * 2);
        grown.set(this.orderCount);
        this.orderCount = grown;
      }
      return c;
    }
  }

  /** One row: `amount` on `day` for customer index `c`; `order` is the order column's value, when there is one. */
  add(c: number, day: number, amount: number, order?: string): void {
    const b = this.batched;
    this.batchCustomer[b] = c;
    this.batchDay[b] = day;
    this.batchAmount[b] = amount;
    this.batched = b + 1;
    if (order !== undefined) {
      const key = `${c}\u0000${order}`;
      this.orderNet.set(key, (this.orderNet.get(key) ?? 0) + amount);
    } else if (amount > 0) {
      this.orderCount[c]!++;
    }
    if (this.batched === this.batchCustomer.length) this.merge();
  }

  /** Merges the batch into the days so far. */
  private merge(): void {
    const m = this.batched;
    if (m === 0) return;
    const C = this.ids.length;
    const oldC = this.merged;
    const bc = this.batchCustomer;
    const bd = this.batchDay;
    // stable counting sort by day, then by customer: rows in (customer, day) order, file order within
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < m; i++) {
      if (bd[i]! < lo) lo = bd[i]!;
      if (bd[i]! > hi) hi = bd[i]!;
    }
    const byDay = countingOrder(m, hi - lo + 1, (i) => bd[i]! - lo, null, new Int32Array(hi - lo + 2), this.byDay, new Int32Array(hi - lo + 1));
    const cStart = (this.cStart = room(this.cStart, C + 1));
    cStart.fill(0, 0, C + 1);
    this.next = room(this.next, C);
    const order = countingOrder(m, C, (i) => bc[i]!, byDay, cStart, this.byCustomer, this.next);
    // the merged size: old days plus the batch's days not among them
    const oldStart = this.start;
    const oldSize = oldStart[oldC]!;
    const newStart = (this.spare = room(this.spare, C + 1));
    let size = 0;
    for (let c = 0; c < C; c++) {
      newStart[c] = size;
      let o = c < oldC ? oldStart[c]! : oldSize;
      const oEnd = c < oldC ? oldStart[c + 1]! : oldSize;
      let prev = NaN;
      for (let k = cStart[c]!; k < cStart[c + 1]!; k++) {
        const day = bd[order[k]!]!;
        if (day === prev) continue;
        prev = day;
        while (o < oEnd && this.days[o]! < day) {
          o++;
          size++;
        }
        if (o < oEnd && this.days[o] === day) o++;
        size++;
      }
      size += oEnd - o;
    }
    newStart[C] = size;
    if (size > this.days.length) this.grow(Math.max(size, Math.ceil(this.days.length * 1.5)), oldSize);
    // merged in place from the back: a customer's days only move up, so nothing is overwritten before it is read
    const { days, net, purchase } = this;
    const ba = this.batchAmount;
    for (let c = C - 1; c >= 0; c--) {
      const oFrom = c < oldC ? oldStart[c]! : oldSize;
      let o = (c < oldC ? oldStart[c + 1]! : oldSize) - 1;
      let w = newStart[c + 1]! - 1;
      const kFrom = cStart[c]!;
      let k = cStart[c + 1]! - 1;
      while (k >= kFrom) {
        const day = bd[order[k]!]!;
        let r = k;
        while (r > kFrom && bd[order[r - 1]!] === day) r--;
        while (o >= oFrom && days[o]! > day) {
          days[w] = days[o]!;
          net[w] = net[o]!;
          purchase[w] = purchase[o]!;
          w--;
          o--;
        }
        let sum = 0;
        let bought = 0;
        if (o >= oFrom && days[o] === day) {
          sum = net[o]!;
          bought = purchase[o]!;
          o--;
        }
        // the day's rows in file order, after what earlier batches summed
        for (let j = r; j <= k; j++) {
          const amount = ba[order[j]!]!;
          sum += amount;
          if (amount >= 0) bought = 1;
        }
        days[w] = day;
        net[w] = sum;
        purchase[w] = bought;
        w--;
        k = r - 1;
      }
      if (w !== o) {
        for (; o >= oFrom; o--, w--) {
          days[w] = days[o]!;
          net[w] = net[o]!;
          purchase[w] = purchase[o]!;
        }
      }
    }
    this.spare = oldStart;
    this.start = newStart;
    this.merged = C;
    this.batched = 0;
  }

  /** Room for `capacity` days, keeping the first `used`. */
  private grow(capacity: number, used: number): void {
    const days = new Int32Array(capacity);
    days.set(this.days.subarray(0, used));
    this.days = days;
    const net = new Float64Array(capacity);
    net.set(this.net.subarray(0, used));
    this.net = net;
    const purchase = new Uint8Array(capacity);
    purchase.set(this.purchase.subarray(0, used));
    this.purchase = purchase;
  }

  /**
   * Every customer's daily totals, without the customers who only returned
   * (no purchase day; their number is returned too).
   */
  finish(): { customers: CustomerDays; returnsOnly: number } {
    this.merge();
    // the batch, the sort's scratch and the id tables are done with: let them go before the caller's own work
    this.batchCustomer = this.batchDay = this.byDay = this.byCustomer = this.spare = this.cStart = this.next = new Int32Array(0);
    this.batchAmount = new Float64Array(0);
    this.numeric = new IntTable();
    this.index = new Map();
    const C = this.ids.length;
    const orders = this.orderCount.subarray(0, C);
    for (const [key, net] of this.orderNet) if (net > 0) orders[Number(key.slice(0, key.indexOf('\u0000')))]!++;
    this.orderNet.clear();
    const { start, days, net, purchase } = this;
    // compacted in place: customers with a purchase day move down over those without
    const first = new Int32Array(C);
    const last = new Int32Array(C);
    const revenue = new Float64Array(C);
    // compacted in place too: a second array of a million ids would be 8 MB more, and its growth garbage twice that
    const ids = this.ids;
    let n = 0;
    let w = 0;
    for (let c = 0; c < C; c++) {
      const from = start[c]!;
      const to = start[c + 1]!;
      let f = -1;
      let l = -1;
      let r = 0;
      for (let k = from; k < to; k++) {
        r += net[k]!;
        if (purchase[k]) {
          if (f < 0) f = days[k]!;
          l = days[k]!;
        }
      }
      if (f < 0) continue;
      start[n] = w;
      if (w !== from) {
        days.copyWithin(w, from, to);
        net.copyWithin(w, from, to);
        purchase.copyWithin(w, from, to);
      }
      w += to - from;
      ids[n] = ids[c]!;
      first[n] = f;
      last[n] = l;
      revenue[n] = r;
      orders[n] = orders[c]!;
      n++;
    }
    start[n] = w;
    ids.length = n;
    return {
      customers: {
        ids,
        // views while the spare room is small (a copy would need both at once), copies when it is large
        start: fit(start, n + 1),
        days: fit(days, w),
        net: fit(net, w),
        purchase: fit(purchase, w),
        firstPurchaseDay: fit(first, n),
        lastPurchaseDay: fit(last, n),
        revenue: fit(revenue, n),
        orders: fit(orders, n),
      },
      returnsOnly: C - n,
    };
  }
}

/** The value of an id written as a plain whole number below 10⁹ without leading zeros; −1 for any other id (read by its text). */
function numericId(id: string): number {
  const n = id.length;
  if (n === 0 || n > 9) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 0 && n > 1)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Open addressing, linear probing: non-negative int keys → int values. */
class IntTable {
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private size = 0;

  /** Where the last `get` stopped: `key`'s slot, or the empty slot it would go in. */
  private slot = 0;

  /** The value of `key`; −1 when it is not in the table. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) break;
      i = (i + 1) & mask;
    }
    this.slot = i;
    return -1;
  }

  /** Stores `value` for the key the last `get` did not find; returns `value`. */
  insert(key: number, value: number): number {
    this.keys[this.slot] = key;
    this.values[this.slot] = value;
    if (++this.size * 2 > this.keys.length) this.rehash();
    return value;
  }

  private rehash(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === -1) continue;
      let i = Math.imul(keys[j]!, 0x9e3779b1) & mask;
      while (this.keys[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = keys[j]!;
      this.values[i] = values[j]!;
    }
  }
}

/** `a` when it holds `n`, else a larger one (doubling, so a growing base reallocates rarely). */
function room(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  return a.length >= n ? a : new Int32Array(Math.max(n, a.length * 2));
}

function fit<T extends Int32Array | Float64Array | Uint8Array>(a: T, used: number): T {
  return (used >= 0.75 * a.length ? a.subarray(0, used) : a.slice(0, used)) as T;
}

/**
 * A stable counting sort of `m` items by `key` (0 … buckets − 1), visiting
 * them in `prior` order (null: 0 … m − 1), into `out`; fills `starts`
 * (buckets + 1, zeros) with where each key's run begins; `next` (buckets) is scratch.
 */
function countingOrder(m: number, buckets: number, key: (i: number) => number, prior: Int32Array | null, starts: Int32Array, out: Int32Array, next: Int32Array): Int32Array {
  for (let i = 0; i < m; i++) starts[key(i) + 1]!++;
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  next.set(starts.subarray(0, buckets));
  for (let j = 0; j < m; j++) {
    const i = prior === null ? j : prior[j]!;
    out[next[key(i)]!++] = i;
  }
  return out;
}

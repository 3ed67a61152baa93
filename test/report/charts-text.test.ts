import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bars, columns, histogram, lineChart, sparkline, zeroCrossings } from '../../src/report/charts-text.js';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const isAscii = (s: string) => /^[\x20-\x7e\n]*$/.test(s);
const cells = (s: string) => [...s].length;

describe('histogram', () => {
  // 10 values 0..9 in 5 bins of width 1.8: [0,1.8) {0,1}, [1.8,3.6) {2,3}, … → 2 each
  const tenValues = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

  it('draws bins, counts and marks', () => {
    const text = histogram([0.1, 0.2, 0.2, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, -0.1], {
      bins: 4,
      width: 12,
      format: pct,
      marks: [
        { label: 'P5', value: -0.05 },
        { label: 'P50', value: 0.3 },
        { label: 'P95', value: 0.48 },
      ],
    });
    expect(text).toMatchInlineSnapshot(`
      "-10% …  5% │██▍          1  ◀ P5 -5%
        5% … 20% │██▍          1
       20% … 35% │████████████ 5  ◀ P50 30%
       35% … 50% │███████▎     3  ◀ P95 48%"
    `);
  });

  it('ascii uses only #, | and text', () => {
    const text = histogram(tenValues, { bins: 5, width: 10, ascii: true, marks: [{ label: 'P50', value: 4.5 }] });
    expect(text).toMatchInlineSnapshot(`
      "  0 .. 1.8 |########## 2
      1.8 .. 3.6 |########## 2
      3.6 .. 5.4 |########## 2  <- P50 4.5
      5.4 .. 7.2 |########## 2
      7.2 ..   9 |########## 2"
    `);
    expect(isAscii(text)).toBe(true);
  });

  it('counts every finite value once, in the requested number of rows', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (values, bins) => {
        const text = histogram(values, { bins, width: 20 });
        const rows = text.split('\n');
        const distinct = new Set(values).size;
        expect(rows).toHaveLength(distinct === 1 ? 1 : bins);
        const total = rows.reduce((sum, r) => sum + Number(/(\d+)$/.exec(r)![1]), 0);
        expect(total).toBe(values.length);
      }),
    );
  });

  it('the longest bar is the fullest bin and fills the width', () => {
    const text = histogram([1, 2, 2, 2, 3, 3], { bins: 3, width: 9 });
    const lengths = text.split('\n').map((r) => (r.match(/█/g) ?? []).length);
    expect(lengths).toEqual([3, 9, 6]);
  });

  it('runs close together get enough decimals that no two edges read the same (not "-100 % … -100 %")', () => {
    const roi = Array.from({ length: 50 }, (_, i) => -0.9999 + i * 0.000002);
    const pct = (v: number, d: number) => `${(v * 100).toFixed(d)} %`;
    const text = histogram(roi, { bins: 5, format: (v) => pct(v, 0), formatDigits: pct });
    const edges = text.split('\n').map((l) => l.slice(0, l.indexOf('│')).trim());
    expect(new Set(edges).size).toBe(5);
    for (const e of edges) expect(e).not.toMatch(/^(\S+ %) … \1$/);
    expect(text).toContain('-99.99');
  });

  it('handles empty, non-finite and constant input', () => {
    expect(histogram([])).toBe('(no data)');
    expect(histogram([Number.NaN, Infinity])).toBe('(no data)');
    expect(histogram(new Float64Array([2, 2, 2]), { width: 4 })).toMatchInlineSnapshot(`"2 … 2 │████ 3"`);
  });
});

describe('sparkline', () => {
  it('one character per value, lowest to highest', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7], { ascii: true })).toBe('_.-:=+*#');
    expect(sparkline([3, 3, 3])).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
    expect(sparkline([1, Number.NaN, 3])).toBe('▁ █');
    // a range that would overflow: −MAX … MAX
    expect(sparkline([-Number.MAX_VALUE, 0, Number.MAX_VALUE, Infinity])).toBe('▁▅█ ');
  });

  it('is exactly as long as the input and never falls where the input rises', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: false }), fc.constant(Number.NaN)), { maxLength: 120 }), (values) => {
        const line = sparkline(values);
        expect(line).not.toContain('\n');
        expect(cells(line)).toBe(values.length);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 2, maxLength: 60 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const levels = [...sparkline(sorted)].map((c) => '▁▂▃▄▅▆▇█'.indexOf(c));
        for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1]!);
      }),
    );
  });

  it('a fixed scale compares sparklines', () => {
    expect(sparkline([0, 7], { min: 0, max: 14 })).toBe('▁▅');
  });

  it('marks the payback month and the zero crossing on a second line', () => {
    // cumulative net profit: negative for 5 months, positive from month 6 (index 5)
    const cumulative = [-50, -80, -70, -40, -10, 20, 60, 110, 170, 240];
    expect(zeroCrossings(cumulative)).toEqual([5]);
    const text = sparkline(cumulative, { markIndex: 5, markLabel: 'payback month 6' });
    expect(text).toMatchInlineSnapshot(`
      "▂▁▁▂▃▃▄▅▆█
           ▲ payback month 6"
    `);
    expect(cells(text.split('\n')[0]!)).toBe(cumulative.length);
    expect(sparkline(cumulative, { zero: true })).toMatchInlineSnapshot(`
      "▂▁▁▂▃▃▄▅▆█
           0"
    `);
    expect(sparkline([1, -1, 1, -1], { zero: true, ascii: true })).toMatchInlineSnapshot(`
      "#_#_
       000"
    `);
  });

  it('puts the label aside when it would cover another mark, and ignores a mark out of range', () => {
    const text = sparkline([-3, -2, -1, 1, 2, 3], { zero: true, markIndex: 1, markLabel: 'here' });
    expect(text).toMatchInlineSnapshot(`
      "▁▂▃▆▇█
       ▲ 0  (▲ here)"
    `);
    expect(sparkline([1, 2, 3], { markIndex: 7, markLabel: 'never' })).toBe('▁▅█');
    expect(sparkline([1, 2, 3], { zero: true })).toBe('▁▅█');
  });
});

describe('bars (tornado)', () => {
  const rows = [
    { label: 'frequency uplift', low: -20000, high: 90000 },
    { label: 'check uplift', low: 10000, high: 60000 },
    { label: 'cost per member', low: 50000, high: 25000 },
  ];

  it('draws bars around the centre line with values at the ends', () => {
    expect(bars(rows, { centre: 35000, width: 22 })).toMatchInlineSnapshot(`
      "frequency uplift  -20K ███████████│███████████ 90K
      check uplift       10K       █████│█████       60K
      cost per member    25K          ██│███         50K
                                       35K"
    `);
  });

  it('ascii uses only #, | and text', () => {
    const text = bars(rows, { centre: 35000, width: 22, ascii: true });
    expect(text).toMatchInlineSnapshot(`
      "frequency uplift  -20K ###########|########### 90K
      check uplift       10K       #####|#####       60K
      cost per member    25K          ##|###         50K
                                       35K"
    `);
    expect(isAscii(text)).toBe(true);
  });

  it('one-sided swings, a chosen format and empty input', () => {
    expect(
      bars(
        [
          { label: 'a', low: 1, high: 3 },
          { label: 'bb', low: -1, high: 0 },
        ],
        { width: 8, format: (v) => v.toFixed(1) },
      ),
    ).toMatchInlineSnapshot(`
      "a    1.0   │██████ 3.0
      bb  -1.0 ██│       0.0
                0.0"
    `);
    expect(bars([])).toBe('(no data)');
  });

  it('a wider swing is never a shorter bar (one scale for all rows)', () => {
    const swing = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(swing, swing), { minLength: 1, maxLength: 12 }), fc.integer({ min: 4, max: 80 }), (pairs, width) => {
        const text = bars(
          pairs.map(([down, up], i) => ({ label: `r${i}`, low: 100 - down, high: 100 + up })),
          { centre: 100, width },
        );
        const lines = text.split('\n').slice(0, pairs.length);
        const measure = (line: string) => {
          const [left, right] = line.split('│');
          const count = (s: string) => [...s].reduce((n, c) => n + (c === '█' ? 2 : c === '▌' || c === '▐' ? 1 : 0), 0);
          return { down: count(left!), up: count(right!) };
        };
        const m = lines.map(measure);
        for (let i = 0; i < pairs.length; i++) {
          for (let j = 0; j < pairs.length; j++) {
            if (pairs[i]![1] <= pairs[j]![1]) expect(m[i]!.up).toBeLessThanOrEqual(m[j]!.up);
            if (pairs[i]![0] <= pairs[j]![0]) expect(m[i]!.down).toBeLessThanOrEqual(m[j]!.down);
          }
          // the bars stay within the width
          expect(m[i]!.down + m[i]!.up).toBeLessThanOrEqual(width * 2);
        }
      }),
    );
  });
});

describe('lineChart', () => {
  const xs = [0, 0.05, 0.1, 0.15, 0.2];
  const mean = [0.4, 0.25, 0.1, -0.05, -0.2];
  const band = { label: 'P5–P95', low: mean.map((m) => m - 0.15), high: mean.map((m) => m + 0.15) };

  it('draws a series with its band, zero line, axes and legend', () => {
    expect(lineChart(xs, [{ label: 'mean ROI', values: mean }], { width: 20, height: 8, band, format: pct, formatX: pct })).toMatchInlineSnapshot(`
      " 55% ┤░░░
           │●●░░░░░
           │░░●●●●░░░░░
           │ ░░░░░●●●●░░░░░
        0% ┤┄┄┄┄┄┄┄┄┄┄●●●●┄┄┄┄┄┄
           │         ░░░░░●●●●░░
           │             ░░░░░●●
      -35% ┤                 ░░░
           └────────────────────
            0%               20%
            ● mean ROI   ░ P5–P95"
    `);
  });

  it('ascii uses only plain characters', () => {
    const text = lineChart(xs, [{ label: 'mean ROI', values: mean }], { width: 20, height: 8, band, format: pct, formatX: pct, ascii: true });
    expect(text).toMatchInlineSnapshot(`
      " 55% +:::
           |**:::::
           |::****:::::
           | :::::****:::::
        0% +----------****------
           |         :::::****::
           |             :::::**
      -35% +                 :::
           +--------------------
            0%               20%
            * mean ROI   : P5–P95"
    `);
    expect(isAscii(text.replace('P5–P95', 'P5-P95'))).toBe(true);
  });

  it('every column holds the series when it is continuous', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 2, max: 70 }), (ys, width) => {
        const text = lineChart(
          ys.map((_, i) => i),
          [{ label: 's', values: ys }],
          { width, height: 6 },
        );
        const plot = text.split('\n').slice(0, 6).map((l) => [...l.slice(l.search(/[┤│]/) + 1)]);
        for (let c = 0; c < width; c++) expect(plot.some((row) => row[c] === '●')).toBe(true);
      }),
    );
  });

  it('handles empty and degenerate input', () => {
    expect(lineChart([], [{ label: 's', values: [] }])).toBe('(no data)');
    expect(lineChart([1, 2], [])).toBe('(no data)');
    expect(lineChart([1, 2], [{ label: 's', values: [Number.NaN, Number.NaN] }])).toBe('(no data)');
    expect(lineChart([5], [{ label: 'one point', values: [2] }], { width: 6, height: 3 })).toMatchInlineSnapshot(`
      "3 ┤
        │●
      1 ┤
        └──────
         5
         ● one point"
    `);
  });
});

describe('textTable fits a terminal width', () => {
  it('splits a wide table into tables of consecutive columns, each with the label column; full width without a limit', async () => {
    const { textTable } = await import('../../src/report/simulation-text.js');
    const head = ['', 'A', 'B', 'C', 'D', 'E'];
    const rows = [['ROI (mean)', ...head.slice(1).map((h) => `${h} RUB 12,345,678 · 23,456,789`)]];
    const full = textTable(head, rows);
    expect(Math.max(...full.split('\n').map((l) => l.length))).toBeGreaterThan(150);
    const fitted = textTable(head, rows, undefined, undefined, 80);
    for (const line of fitted.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    for (const h of head.slice(1)) expect(fitted).toContain(`${h} RUB 12,345,678`);
    expect(fitted.match(/ROI \(mean\)/g)!.length).toBeGreaterThan(1);
    expect(textTable(head, rows, undefined, undefined, 1000)).toBe(full);
  });
});

describe('columns', () => {
  it('draws gains up and losses down from a labelled zero line, one column per month', () => {
    expect(columns([-100, -50, 20, 40, 80, 100, 120, 120, -30, 90, 100, 110], { height: 6, first: 'm1', last: 'm12' })).toMatchInlineSnapshot(`
      " 120 ┤      ██   ▄
           │    ▄███ ███
           │   ▄████ ███
         0 ┤▄▄▀▀▀▀▀▀▄▀▀▀
           │██      ▀
      -100 ┤█
           └────────────
            m1       m12"
    `);
  });

  it('scales the tallest column to the full height, shows any non-zero value and leaves zero blank', () => {
    const text = columns([0, 1, 400, 400], { height: 4 });
    const rows = text.split('\n').slice(0, 4).map((r) => r.slice(r.search(/[┤│]/) + 1).padEnd(4));
    expect(rows).toEqual(['  ██', '  ██', '  ██', ' ▄██']);
  });

  it('falls back to the bare indices when the labels do not fit, and to ASCII on request', () => {
    const text = columns([-5, -2, -1], { height: 3, ascii: true, first: 'month 1', last: 'month 3' });
    expect(isAscii(text)).toBe(true);
    expect(text.split('\n').at(-1)!.trim()).toBe('1 3');
    expect(columns([])).toBe('(no data)');
  });
});

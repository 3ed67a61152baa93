/**
 * A draft input's name for people, from its --set/--vary path: the tornado,
 * the inputs tables, the workbook and the what-if panel all say
 * "Tier Platinum: Benefit cost per order", never
 * `mechanics.tiers.levels.Platinum.benefit_cost_per_order` (issue 24). The
 * what-if levers' longer labels are the names of their paths, so the panel and
 * the tables agree.
 */
import { HORIZON_LEVER } from '../decide/whatif.js';
import { msg } from '../i18n/index.js';

/** The paths whose names are the what-if levers' (the fullest wording). */
function leverName(path: string): string | undefined {
  const t = msg().whatif.levers;
  const whole: Record<string, string> = {
    participation: t.participation,
    'effects.frequency_uplift': t.frequency,
    'effects.check_uplift': t.check,
    'effects.churn_reduction': t.churn,
    'effects.ramp_months': t.ramp,
    'mechanics.discount.rate': t.discount,
    'mechanics.points.earn_per_currency': t.earn,
    'mechanics.fee.monthly': t.feeMonthly,
    'mechanics.fee.yearly': t.feeYearly,
    [HORIZON_LEVER]: t.horizon,
  };
  if (whole[path] !== undefined) return whole[path];
  const bracket = /^mechanics\.rebate\.brackets\[(\d+)\]\.rate$/.exec(path);
  return bracket ? t.rebate(Number(bracket[1]) + 1) : undefined;
}

/** The path's segments: keys and array indices ("a.b[2].c" → a, b, 2, c). */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

/** The reader's name of a draft path; an unknown key stays as written rather than be guessed at. */
export function inputName(path: string): string {
  const lever = leverName(path);
  if (lever !== undefined) return lever;
  const n = msg().inputNames;
  const seg = segments(path);
  const parts: string[] = [];
  for (let i = 0; i < seg.length; i++) {
    const s = seg[i]!;
    const last = i === seg.length - 1;
    if (typeof s === 'number') {
      parts.push(seg[i - 1] === 'brackets' ? n.bracket(s + 1) : n.item(s + 1));
      continue;
    }
    if (s === 'segments' && !last && i === 0) {
      // docs/model.md §13: "Segment «Key»: Discount: Rate"
      const name = seg[i + 1];
      parts.push(typeof name === 'string' ? msg().segments.inputName(name) : msg().segments.inputName(String((name as number) + 1)));
      i++;
      continue;
    }
    if (s === 'mechanics' && !last) continue;
    if (s === 'brackets' && !last) continue;
    if (s === 'levels' && !last) {
      const name = seg[i + 1];
      if (typeof name === 'string') {
        // the level's name replaces "Tiers": "Tier Gold: Discount"
        if (parts.at(-1) === n.sections.tiers) parts.pop();
        parts.push(n.level(name));
        i++;
      }
      continue;
    }
    if (last) parts.push(n.fields[s] ?? s);
    else parts.push(n.sections[s] ?? n.fields[s] ?? s);
  }
  return n.join(parts);
}

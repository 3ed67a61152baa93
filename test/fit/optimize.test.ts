import { describe, expect, it } from 'vitest';
import { invertSpd, minimize, nelderMead, numericalHessian, standardErrorsFromLogHessian } from '../../src/fit/optimize.js';
import { stopText } from '../../src/fit/fit-history.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';

describe('minimize', () => {
  it('finds the Rosenbrock minimum (1, 1) and says it converged', () => {
    const f = (x: number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const r = minimize(f, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
    expect(r.gradientNorm).toBeLessThan(1e-6);
    expect(r.message).toMatch(/converged/);
  });

  it('the Hessian of a quadratic is its matrix, and the inverse inverts', () => {
    const A = [
      [4, 1, 0],
      [1, 3, 0.5],
      [0, 0.5, 2],
    ];
    const f = (x: number[]) => 0.5 * x.reduce((s, xi, i) => s + xi * x.reduce((t, xj, j) => t + A[i]![j]! * xj, 0), 0);
    const H = numericalHessian(f, [0.3, -0.2, 0.1]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(H[i]![j]).toBeCloseTo(A[i]![j]!, 4);
    const inv = invertSpd(A)!;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(A[i]!.reduce((s, a, k) => s + a * inv[k]![j]!, 0)).toBeCloseTo(i === j ? 1 : 0, 12);
    expect(invertSpd([[1, 2], [2, 1]])).toBeUndefined();
  });

  it('reports failure honestly on an unbounded objective', () => {
    const r = minimize((x) => -x[0]! - x[1]!, [0, 0], { maxSimplexIterations: 50, maxNewtonIterations: 5 });
    expect(r.converged).toBe(false);
  });

  it('says why it stopped short as data, which the catalogs word: the English is the message --json keeps', () => {
    const rosenbrock = (x: number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const short = minimize(rosenbrock, [-1.2, 1], { maxSimplexIterations: 1, maxNewtonIterations: 1 });
    const unbounded = minimize((x) => -x[0]! - x[1]!, [0, 0], { maxSimplexIterations: 50, maxNewtonIterations: 5 });
    expect(short.converged).toBe(false);
    expect(short.stop).toBe('iterations');
    expect(unbounded.stop).toBeDefined();
    for (const r of [short, unbounded]) {
      expect(stopText(r, en.fit)).toBe(r.message);
      expect(stopText(r, ru.fit)).not.toBe(r.message);
    }
    expect(stopText(short, ru.fit)).toMatch(/^не сошлось за 2 итерации \(норма градиента \d,\d\de[+-]\d+\)$/);
    // converged: no stop reason, so fit --json's diagnostics keep their shape
    expect('stop' in minimize(rosenbrock, [-1.2, 1])).toBe(false);
  });

  it('Nelder–Mead alone gets close on a smooth bowl', () => {
    const r = nelderMead((x) => (x[0]! - 3) ** 2 + 2 * (x[1]! + 1) ** 2, [0, 0]);
    expect(r.x[0]).toBeCloseTo(3, 3);
    expect(r.x[1]).toBeCloseTo(-1, 3);
  });

  it('delta method: se(exp θ) = exp θ · √(H⁻¹)ᵢᵢ', () => {
    const se = standardErrorsFromLogHessian([Math.log(2), 0], [[4, 0], [0, 1]]);
    expect(se[0]).toBeCloseTo(2 * 0.5, 12);
    expect(se[1]).toBeCloseTo(1, 12);
    expect(standardErrorsFromLogHessian([0], [[-1]])[0]).toBeNaN();
  });
});

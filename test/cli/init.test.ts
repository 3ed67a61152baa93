import { screen } from '@inquirer/testing/vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// imported after @inquirer/testing/vitest so the prompts are its mocks
import { runInit } from '../../src/cli/commands/init.js';
import { askInitAnswers } from '../../src/cli/prompts/init-wizard.js';
import { checkDraftFile } from '../../src/draft/load.js';
import { templateText } from '../../src/draft/templates.js';
import { UserError } from '../../src/errors.js';
import { setLang } from '../../src/i18n/index.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'loyalty-init-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const quiet = { interactive: false, ask: () => Promise.reject(new Error('must not ask')) };

/** Answers the prompt on screen: clears the default, types `text`, presses enter. */
async function answer(question: RegExp, text?: string): Promise<void> {
  expect(screen.getScreen()).toMatch(question);
  if (text !== undefined) {
    screen.keypress({ name: 'u', ctrl: true }); // clear the line (readline's ctrl-u)
    screen.type(text);
  }
  screen.keypress('enter');
  await screen.next();
}

describe('init wizard', () => {
  it('asks the mechanics and main numbers and returns them as answers', async () => {
    const answers = askInitAnswers();
    expect(screen.getScreen()).toMatch(/Which mechanics\?/);
    // points, discount, tiers, rebate, hybrid, club, referral; from the default hybrid up four times to points
    for (let i = 0; i < 4; i++) screen.keypress('up');
    expect(screen.getScreen()).toMatch(/❯ points/);
    screen.keypress('enter');
    await screen.next();
    await answer(/Program name/, 'Acme points');
    await answer(/Currency/);
    await answer(/Horizon, months/, '24');
    await answer(/Gross margin/, '30%');
    await answer(/Customers to simulate/, '2000');
    await answer(/Self-selection.*Leenheer et al\. 2007/, '0.4');
    await answer(/Months for the effects to build.*Liu 2007/, '6');
    await answer(/Points earned per unit of net revenue/, '0.02');
    await answer(/Points expire after, months/, '18');
    await answer(/Points needed for the smallest reward.*Kivetz/, '600');
    await answer(/Launch cost/, '500000');
    expect(screen.getScreen()).toMatch(/Running cost per month \(RUB\)/);
    screen.keypress('enter');
    await expect(answers).resolves.toEqual({
      template: 'points',
      name: 'Acme points',
      currency: 'RUB',
      horizonMonths: 24,
      grossMargin: 0.3,
      customers: 2000,
      selection: 0.4,
      rampMonths: 6,
      earnPerCurrency: 0.02,
      expiryMonths: 18,
      redemptionThreshold: 600,
      launchCost: 500000,
      monthlyCost: 120000,
    });
  });

  it('rejects a share outside its range and asks again', async () => {
    const answers = askInitAnswers('discount');
    await answer(/Program name/);
    await answer(/Currency/);
    await answer(/Horizon/);
    await answer(/Gross margin/);
    await answer(/Customers/);
    await answer(/Self-selection/);
    await answer(/Months for the effects/);
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('120%');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/enter a share from 0% up to \(not including\) 100%/);
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('4%');
    screen.keypress('enter');
    await screen.next();
    await answer(/Launch cost/);
    screen.keypress('enter');
    await expect(answers).resolves.toMatchObject({ template: 'discount', discountRate: 0.04, grossMargin: 0.25 });
  });

  it('asks the club its fee and service cost, and the referral network its rate and bonuses', async () => {
    const club = askInitAnswers('club');
    for (const q of [/Program name/, /Currency/, /Horizon/, /Gross margin/, /Customers/, /Self-selection/, /Months for the effects/]) await answer(q);
    await answer(/Yearly club fee per member \(RUB\)/, '24000');
    await answer(/What the club's services cost per member per month/, '900');
    await answer(/Launch cost/);
    screen.keypress('enter');
    await expect(club).resolves.toMatchObject({ template: 'club', selection: 0.5, rampMonths: 6, yearlyFee: 24000, clubBenefitCost: 900 });

    const referral = askInitAnswers('referral');
    for (const q of [/Program name/, /Currency/, /Horizon/, /Gross margin/, /Customers/, /Self-selection/, /Months for the effects/]) await answer(q);
    await answer(/New customers each member refers per year/, '0.5');
    await answer(/Bonus to the referring member/, '8000');
    await answer(/Bonus to the new customer/);
    await answer(/Launch cost/);
    screen.keypress('enter');
    await expect(referral).resolves.toMatchObject({ template: 'referral', referralRate: 0.5, bonusReferrer: 8000, bonusNew: 5000 });
  });

  it('runInit writes what the wizard answered, and the draft validates', async () => {
    const file = join(dir, 'wizard.yaml');
    const io = { interactive: true, ask: () => Promise.resolve({ template: 'tiers' as const, name: 'Acme tiers', topLevelDiscount: 0.05 }) };
    await runInit(file, {}, io);
    const check = await checkDraftFile(file);
    expect(check.valid).toBe(true);
    expect(check.draft).toMatchObject({ name: 'Acme tiers', mechanics: [{ type: 'tiers', levels: [{}, {}, { discount: 0.05 }] }] });
  });
});

describe('init wizard in Russian (issue 25)', () => {
  afterEach(() => setLang('en'));

  it('takes numbers as Russians type them: «0,25», «25 %», «6 000 000», «6 000 000 ₽»; a bad answer is named and cleared', async () => {
    setLang('ru');
    const answers = askInitAnswers();
    // the key hint and the template names are Russian
    expect(screen.getScreen()).toMatch(/↑↓ выбор • ⏎ подтвердить/);
    expect(screen.getScreen()).toMatch(/гибрид \(hybrid\)/);
    expect(screen.getScreen()).not.toMatch(/navigate|select/);
    screen.keypress('enter');
    await screen.next();
    await answer(/Название программы/, 'Опт');
    await answer(/Валюта/);
    await answer(/Горизонт, месяцев/, '2 4');
    expect(screen.getScreen()).toMatch(/«2 4»: цифры в «2 4» разбиты не по три \(пишите 6 000 000 или 6000000\); наберите число заново/);
    await answer(/Горизонт, месяцев/, '24');
    // the default is written the Russian way
    expect(screen.getScreen()).toMatch(/Валовая маржа, доля от прайса \(например, 25 % или 0,25\)/);
    await answer(/Валовая маржа/, '0,25');
    await answer(/Сколько клиентов/, '2 000');
    await answer(/Самоотбор/, '0,4');
    await answer(/За сколько месяцев/, '6');
    // the points mechanic of the hybrid
    await answer(/Баллов за единицу/, '150%abc-5');
    expect(screen.getScreen()).toMatch(/«150%abc-5» — не число: не удалось прочитать «%abc-5»; наберите число заново/);
    expect(screen.getScreen()).not.toMatch(/valid numeric value/);
    // the field was cleared: what is typed now is the whole answer
    screen.type('2 %');
    screen.keypress('enter');
    await screen.next();
    await answer(/Срок сгорания баллов, месяцев/, '18');
    await answer(/Сколько баллов нужно/, '1 000');
    // the tiers' top discount and the rebate's top rate: the defaults, shown the Russian way
    for (let i = 0; i < 5 && !/Затраты на запуск/.test(screen.getScreen()); i++) {
      expect(screen.getScreen()).toMatch(/\(например, \d+ % или 0,\d+\) \(\d+ %\)/);
      screen.keypress('enter');
      await screen.next();
    }
    await answer(/Затраты на запуск/, '6 000 000 ₽');
    expect(screen.getScreen()).toMatch(/Текущие затраты в месяц/);
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('120\u00A0000');
    screen.keypress('enter');
    await expect(answers).resolves.toMatchObject({
      template: 'hybrid',
      horizonMonths: 24,
      grossMargin: 0.25,
      customers: 2000,
      selection: 0.4,
      rampMonths: 6,
      earnPerCurrency: 0.02,
      expiryMonths: 18,
      redemptionThreshold: 1000,
      launchCost: 6_000_000,
      monthlyCost: 120_000,
    });
  });
});

describe('init stopped half-way', () => {
  it('Ctrl-C or a closed stdin during the questions is exit 2 with nothing written, not an internal error', async () => {
    const file = join(dir, 'stopped.yaml');
    const closed = Object.assign(new Error('User force closed the prompt with 0 null'), { name: 'ExitPromptError' });
    const err = await runInit(file, {}, { interactive: true, ask: () => Promise.reject(closed) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('init stopped before the last question; nothing was written');
    expect(existsSync(file)).toBe(false);
  });
});

describe('init without questions', () => {
  it('--template hybrid --yes writes the hybrid, which validates', async () => {
    const file = join(dir, 'program.yaml');
    await runInit(file, { template: 'hybrid', yes: true }, quiet);
    expect(readFileSync(file, 'utf8')).toBe(templateText('hybrid'));
    const check = await checkDraftFile(file);
    expect(check).toMatchObject({ valid: true, issues: [] });
  });

  it('refuses to overwrite an existing file without --force, and overwrites with it', async () => {
    const file = join(dir, 'program.yaml');
    writeFileSync(file, 'mine\n');
    const err = await runInit(file, { template: 'rebate', yes: true }, quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).hint).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    await runInit(file, { template: 'rebate', yes: true, force: true }, quiet);
    expect(readFileSync(file, 'utf8')).toBe(templateText('rebate'));
  });

  it('stops when stdin is not a terminal and --yes is not given, naming --yes', async () => {
    const file = join(dir, 'program.yaml');
    const err = await runInit(file, { template: 'points' }, quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).hint).toMatch(/--template points --yes/);
    expect(existsSync(file)).toBe(false);
  });
});

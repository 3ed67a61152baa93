import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { TEMPLATE_NAMES, templateText } from '../../src/draft/templates.js';
import { SEGMENT_NAMES_RU } from '../../src/draft/templates-ru.js';

describe('templates with Russian comments (init --lang ru)', () => {
  it.each(TEMPLATE_NAMES)('%s: every comment is Russian, and the draft is the English one but for its name and its segments\' names', (name) => {
    const ru = templateText(name, 'ru');
    const en = templateText(name, 'en');
    for (const line of ru.split('\n')) {
      const hash = line.indexOf('# ');
      if (hash === -1 || /# (yaml-language-server|- type|  rate)/.test(line)) continue;
      expect.soft(line.slice(hash), line).toMatch(/[А-Яа-яЁё]/);
    }
    const a = checkDraftText(ru, `${name}.yaml`);
    const b = checkDraftText(en, `${name}.yaml`);
    expect(a.valid).toBe(true);
    expect(a.draft!.name).toMatch(/^[А-ЯЁ][а-яё ]+ — /);
    // a segment's name is what its table row reads: Russian too, from SEGMENT_NAMES_RU
    const unnamed = (d: NonNullable<typeof a.draft>) => ({ ...d, name: '', ...(d.segments ? { segments: d.segments.map((g) => ({ ...g, name: '' })) } : {}) });
    expect(unnamed(a.draft!)).toEqual(unnamed(b.draft!));
    for (const [k, g] of (b.draft!.segments ?? []).entries()) expect(a.draft!.segments![k]!.name).toBe(SEGMENT_NAMES_RU[g.name]);
  });

  it.each(TEMPLATE_NAMES)('%s: the Russian comments cite the Russian reference, docs/model.ru.md', (name) => {
    const ru = templateText(name, 'ru');
    expect(ru).not.toMatch(/docs\/model\.md/);
    if (templateText(name, 'en').includes('docs/model.md')) expect(ru).toMatch(/docs\/model\.ru\.md §\d+/);
  });
});

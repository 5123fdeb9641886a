/**
 * The organisation rules (src/rules/entity/org-*.ts) are the sub-patterns of one left-to-right
 * scan: with all of them on, at each word the match of highest priority wins and the scan goes
 * on after it (lib/resolve/scan-order.ts); each rule switched off removes its own matches and
 * nothing else (issue 13: no side doors).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/text/analyse.js';
import { runLayers } from '../../../src/pipeline.js';
import { applyScanOrder } from '../../../src/rules/entity/lib/resolve/scan-order.js';
import type { EntityCandidate } from '../../../src/rules/entity/lib/candidate.js';
import type { Entity } from '../../../src/types.js';

function orgs(text: string, isEnabled?: (id: string) => boolean): Array<[string, string]> {
  const doc = analyse(text, { id: 't', path: 't.txt' });
  const es: Entity[] = runLayers(doc, { isEnabled }).ctx.results.entities;
  return es.filter((e) => e.type === 'ORG').map((e) => [e.name, e.rule]);
}

const cand = (start: number, anchor: number, resume: number, priority: number, rule: string): EntityCandidate => ({
  text: 'x'.repeat(1), start, end: start + 1, type: 'ORG', name: rule, rule, confidence: 2, scan: { anchor, resume, priority },
});

describe('organisation scan order', () => {
  it('keeps the match of highest priority at a word and skips the words it took', () => {
    const a = cand(0, 0, 3, 120, 'club');
    const b = cand(0, 0, 1, 180, 'article');
    const c = cand(2, 2, 3, 130, 'inside'); // at a word the club took
    const d = cand(3, 3, 4, 180, 'after');
    const other: EntityCandidate = { text: 'y', start: 9, end: 10, type: 'PER', name: 'y', rule: 'entity/name-shape', confidence: 1 };
    expect(applyScanOrder([b, c, other, d, a]).map((x) => x.rule).sort()).toEqual(['after', 'club', 'entity/name-shape']);
  });

  it('passes candidates without a scan position unchanged', () => {
    const other: EntityCandidate = { text: 'y', start: 9, end: 10, type: 'PER', name: 'y', rule: 'entity/name-shape', confidence: 1 };
    expect(applyScanOrder([other])).toEqual([other]);
  });

  it('with every rule on, a club is one name (not also the acronym after its article)', () => {
    expect(orgs('Der FC Bayern München verlor gegen den 1. FC Köln.')).toEqual([
      ['FC Bayern München', 'entity/org-sports-club'],
      ['1. FC Köln', 'entity/org-sports-club'],
    ]);
  });

  it('a switched-off rule loses its matches; the others keep theirs', () => {
    const text = 'Die Sächsische Tierseuchenkasse und die Gewerkschaft VKB verhandeln, sagte die Brambach AG.';
    const all = orgs(text);
    expect(all).toEqual([
      ['Sächsische Tierseuchenkasse', 'entity/org-adjective-head'],
      ['VKB', 'entity/org-intro-noun'],
      ['Brambach AG', 'entity/org-company-form'],
    ]);
    const noIntro = orgs(text, (id) => id !== 'entity/org-intro-noun');
    // the lower-priority organisation noun + acronym rule finds „VKB“ at the same word, by its own pattern
    expect(noIntro).toEqual([
      ['Sächsische Tierseuchenkasse', 'entity/org-adjective-head'],
      ['VKB', 'entity/org-noun-acronym'],
      ['Brambach AG', 'entity/org-company-form'],
    ]);
    const noOrgNouns = orgs(text, (id) => id !== 'entity/org-intro-noun' && id !== 'entity/org-noun-acronym' && id !== 'entity/org-article-acronym');
    expect(noOrgNouns.map(([n]) => n)).toEqual(['Sächsische Tierseuchenkasse', 'Brambach AG']);
  });
});

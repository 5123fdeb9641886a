import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { isAllCaps, isCapitalised, units } from '../../src/text/words.js';

const capsLine = (text: string): Record<string, boolean> => Object.fromEntries(units(analyse(text, { id: 't', path: 't' })).filter((u) => u.type === 'word').map((u) => [u.text, u.capsLine]));

describe('headlines in capitals (capsLine)', () => {
  it('a line mostly in capitals is a headline', () => {
    const c = capsLine('RUSSLAND UND CHINA VERSTÄRKEN ZUSAMMENARBEIT\nDie Lage bleibt ruhig.');
    expect(c.RUSSLAND).toBe(true);
    expect(c.Lage).toBe(false);
  });
  it('a paragraph naming two names in capitals is none', () => {
    const c = capsLine('Die Sonde „SOLAR ORBITER“ startet am 6. Februar von Cape Canaveral aus und fliegt zur Sonne, sagte Ida Berg.');
    expect(c.SOLAR).toBe(false);
    expect(c.Canaveral).toBe(false);
  });
});

describe('letter case beyond ASCII (isCapitalised, isAllCaps)', () => {
  it('reads Latin Extended-A by its real case pairs, also where the pairs shift (Ł, Ż, Ž)', () => {
    for (const w of ['Łukasik', 'Żurek', 'Žilina', 'Michał', 'Ñandú', 'İstanbul', 'Şahin', 'Ōsaka', 'Ľubica', 'Ňachov']) {
      expect(isCapitalised(w), w).toBe(true);
      expect(isAllCaps(w), w).toBe(false);
    }
    for (const w of ['łódź', 'żaba', 'ŉ']) expect(isCapitalised(w), w).toBe(false);
    for (const w of ['ŁÓDŹ', 'ŻUREK', 'ŠKODA']) expect(isAllCaps(w), w).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import type { ArticleResult, CompareResult, QuantityGroup } from '../../src/types.js';
import { article, CLASSES, POLARITY } from './build.js';

const opts = { unitClasses: CLASSES, polarity: POLARITY };

/** The group holding the member with this text in this article. */
function groupOf(r: CompareResult, articleId: string, text: string): QuantityGroup {
  const g = r.groups.find((x) => x.members.some((m) => m.article === articleId && m.text === text));
  if (!g) throw new Error(`no group for ${articleId}: ${text}`);
  return g;
}
const together = (r: CompareResult, a: [string, string], b: [string, string]) => groupOf(r, ...a).id === groupOf(r, ...b).id;

// A story about troops told by five outlets (sentences as in the fixtures).
const troopsStory = (ws: boolean): ArticleResult[] => [
  article('000_a', [
    {
      text: 'Die USA, Südkorea und die Ukraine sagen, dass mindestens 10.000 Soldaten von Nordkorea nach Russland geschickt wurden, um gegen die Ukraine zu kämpfen.',
      q: [{ text: 'mindestens 10.000 Soldaten', value: 10000, bound: 'gte', unit: 'Soldat' }],
      st: { speaker: 'Die USA, Südkorea und die Ukraine', names: ['USA', 'Südkorea', 'Ukraine'], name: 'USA', cue: 'sagen', content: 'mindestens 10.000 Soldaten von Nordkorea nach Russland geschickt wurden, um gegen die Ukraine zu kämpfen' },
      ents: [['USA', 'LOC'], ['Südkorea', 'LOC'], ['Nordkorea', 'LOC'], ['Russland', 'LOC']],
    },
    {
      text: 'Zuvor hatte Seoul erklärt, Nordkorea habe neben Raketen mindestens 13.000 Artilleriecontainer nach Russland geschickt.',
      q: [{ text: 'mindestens 13.000 Artilleriecontainer', value: 13000, bound: 'gte', unit: 'Artilleriecontainer' }],
      st: { speaker: 'Seoul', cue: 'erklärt', content: 'Nordkorea habe neben Raketen mindestens 13.000 Artilleriecontainer nach Russland geschickt' },
      ents: [['Seoul', 'LOC'], ['Nordkorea', 'LOC'], ['Russland', 'LOC']],
    },
  ], ws),
  article('001_b', [
    {
      text: 'Südkoreas Nationaler Nachrichtendienst sagte, dass Nordkorea seit August über Schiffe mehr als eine Million Artilleriegranaten nach Russland geliefert habe.',
      q: [{ text: 'mehr als eine Million Artilleriegranaten', value: 1e6, bound: 'gt', unit: 'Artilleriegranate' }],
      st: { speaker: 'Südkoreas Nationaler Nachrichtendienst', name: 'Nationaler Nachrichtendienst', cue: 'sagte', content: 'Nordkorea seit August über Schiffe mehr als eine Million Artilleriegranaten nach Russland geliefert habe' },
      ents: [['Nordkorea', 'LOC'], ['Russland', 'LOC']],
    },
    {
      text: 'Die Lieferungen entsprachen der Munition für zwei Monate.',
      q: [{ text: 'zwei Monate', value: 2, unit: 'Monat' }],
    },
  ], ws),
  article('002_c', [
    {
      text: 'Nordkorea hat 1.500 Spezialkräfte zur Ausbildung nach Ostrussland entsandt, bevor es in die Ukraine entsandt wird, teilte der Geheimdienst mit.',
      q: [{ text: '1.500 Spezialkräfte', value: 1500, unit: 'Spezialkraft' }],
      st: { speaker: 'der Geheimdienst', name: 'Geheimdienst', cue: 'teilte', content: 'Nordkorea hat 1.500 Spezialkräfte zur Ausbildung nach Ostrussland entsandt, bevor es in die Ukraine entsandt wird' },
      ents: [['Nordkorea', 'LOC'], ['Ostrussland', 'LOC'], ['Ukraine', 'LOC']],
    },
    {
      text: 'Pjöngjang hat Artilleriegeschosse und Raketen in mehr als 13.000 Containern nach Russland exportiert, so der Geheimdienst.',
      q: [{ text: 'mehr als 13.000 Containern', value: 13000, bound: 'gt', unit: 'Container' }],
      st: { speaker: 'der Geheimdienst', name: 'Geheimdienst', cue: 'so', kind: 'according_to', content: 'Pjöngjang hat Artilleriegeschosse und Raketen in mehr als 13.000 Containern nach Russland exportiert' },
      ents: [['Pjöngjang', 'LOC'], ['Russland', 'LOC']],
    },
    {
      text: 'Insgesamt wurden laut südkoreanischer Geheimdienste mehr als 8 Millionen Artillerie -Hanteln und Raketen nach Russland exportiert.',
      q: [{ text: 'mehr als 8 Millionen Artillerie -Hanteln', value: 8e6, bound: 'gt', unit: 'Hantel', noun: 'Artillerie -Hanteln' }],
      st: { speaker: 'südkoreanischer Geheimdienste', name: 'Geheimdienst', cue: 'laut', kind: 'according_to', content: 'mehr als 8 Millionen Artillerie -Hanteln und Raketen nach Russland exportiert' },
      ents: [['Russland', 'LOC']],
    },
    {
      text: 'Schiffe mit 1.500 nordkoreanischen Soldaten an Bord wurden in der Nähe von Wladiwostok entdeckt, sagte der Geheimdienst.',
      q: [{ text: '1.500 nordkoreanischen Soldaten', value: 1500, unit: 'Soldat' }],
      st: { speaker: 'der Geheimdienst', name: 'Geheimdienst', cue: 'sagte', content: 'Schiffe mit 1.500 nordkoreanischen Soldaten an Bord wurden in der Nähe von Wladiwostok entdeckt' },
      ents: [['Wladiwostok', 'LOC']],
    },
    {
      text: 'Nordkorea hat nach neuesten Daten Südkoreas 1,28 Millionen Soldaten im Einsatz.',
      q: [{ text: '1,28 Millionen Soldaten', value: 1.28e6, unit: 'Soldat' }],
      st: { speaker: 'Südkoreas', name: 'Südkorea', cue: 'nach neuesten Daten', kind: 'according_to', content: 'Nordkorea hat 1,28 Millionen Soldaten im Einsatz'.replace('hat 1', 'hat 1') === '' ? '' : '1,28 Millionen Soldaten im Einsatz' },
      ents: [['Nordkorea', 'LOC'], ['Südkorea', 'LOC', 'Südkoreas']],
    },
  ], ws),
  article('003_d', [
    {
      text: 'Wenige Tage zuvor bestätigte der Geheimdienst Südkoreas, dass Nordkorea über 1.000 Soldaten zur Unterstützung Russlands in dessen Krieg gegen die Ukraine entsandt habe.',
      q: [{ text: 'über 1.000 Soldaten', value: 1000, bound: 'gt', unit: 'Soldat' }],
      st: { speaker: 'der Geheimdienst Südkoreas', name: 'Geheimdienst', cue: 'bestätigte', content: 'Nordkorea über 1.000 Soldaten zur Unterstützung Russlands in dessen Krieg gegen die Ukraine entsandt habe' },
      ents: [['Südkorea', 'LOC', 'Südkoreas'], ['Nordkorea', 'LOC'], ['Russland', 'LOC', 'Russlands'], ['Ukraine', 'LOC']],
    },
  ], ws),
  article('004_e', [
    {
      // A story is told by its names: the lead names the countries the other outlets name.
      text: 'Kim Jong-un bekräftigte die Unterstützung Nordkoreas für Russland im Krieg gegen die Ukraine.',
      ents: [['Kim Jong-un', 'PER'], ['Nordkorea', 'LOC', 'Nordkoreas'], ['Russland', 'LOC'], ['Ukraine', 'LOC']],
    },
    {
      text: 'US-Behörden meldeten Anfang November 2024, dass 10.000 nordkoreanische Soldaten im russischen Gebiet Kursk stationiert waren.',
      q: [{ text: '10.000 nordkoreanische Soldaten', value: 10000, unit: 'Soldat' }],
      st: { speaker: 'US-Behörden', cue: 'meldeten', content: '10.000 nordkoreanische Soldaten im russischen Gebiet Kursk stationiert waren' },
      ents: [['Kursk', 'LOC']],
      dates: [['Anfang November 2024', '2024-11']],
    },
  ], ws),
];

describe.each([
  ['with sentence texts', true],
  ['from statements and entities only', false],
])('quantity groups on a story told by five outlets (%s)', (_name, ws) => {
  const troops = troopsStory(ws);
  const r = compare(troops, opts);

  it('groups the troop numbers across outlets and unit classes, and calls it a conflict', () => {
    const g = groupOf(r, '000_a', 'mindestens 10.000 Soldaten');
    const texts = g.members.map((m) => `${m.article}: ${m.text}`);
    expect(texts).toEqual([
      '000_a: mindestens 10.000 Soldaten',
      '002_c: 1.500 Spezialkräfte',
      '002_c: 1.500 nordkoreanischen Soldaten',
      '003_d: über 1.000 Soldaten',
      '004_e: 10.000 nordkoreanische Soldaten',
    ]);
    expect(g.status).toBe('conflict');
    expect(g.reason).toContain('000 (USA) says at least 10.000');
    expect(g.reason).toContain('002 (Geheimdienst) says 1.500');
    expect(g.reason).toMatch(/cannot both be right/);
  });

  it("keeps an army's size apart from the troops sent (orders of magnitude apart)", () => {
    expect(together(r, ['002_c', '1,28 Millionen Soldaten'], ['000_a', 'mindestens 10.000 Soldaten'])).toBe(false);
    expect(groupOf(r, '002_c', '1,28 Millionen Soldaten').status).toBe('single');
  });

  it('matches compound heads: Artilleriecontainer ~ Container, and the bounds agree', () => {
    const g = groupOf(r, '000_a', 'mindestens 13.000 Artilleriecontainer');
    expect(g.members.map((m) => m.text)).toEqual(['mindestens 13.000 Artilleriecontainer', 'mehr als 13.000 Containern']);
    expect(g.status).toBe('agree');
  });

  it('matches a shared modifier when the clause is shared: Artilleriegranaten ~ Artillerie-Hanteln, compatible', () => {
    const g = groupOf(r, '001_b', 'mehr als eine Million Artilleriegranaten');
    expect(g.members.map((m) => m.text)).toEqual(['mehr als eine Million Artilleriegranaten', 'mehr als 8 Millionen Artillerie -Hanteln']);
    expect(g.status).toBe('compatible');
    expect(g.reason).toBe('001 (Nationaler Nachrichtendienst) says more than 1 Million; 002 (Geheimdienst) says more than 8 Millionen. The figures differ, but they can all be true.');
  });

  it('does not join containers and shells (same modifier, numbers far apart)', () => {
    expect(together(r, ['000_a', 'mindestens 13.000 Artilleriecontainer'], ['001_b', 'mehr als eine Million Artilleriegranaten'])).toBe(false);
  });

  it('fills speaker and dates of members', () => {
    const g = groupOf(r, '004_e', '10.000 nordkoreanische Soldaten');
    const m = g.members.find((x) => x.article === '004_e')!;
    expect(m.speaker).toBe('US-Behörden');
    expect(m.dates).toEqual(['2024-11']);
    expect(g.members.find((x) => x.article === '000_a')!.speaker).toBe('USA');
  });

  it('--min-articles hides groups seen in fewer articles', () => {
    const r2 = compare(troops, { ...opts, minArticles: 2 });
    expect(r2.groups.every((g) => new Set(g.members.map((m) => m.article)).size >= 2)).toBe(true);
    expect(r2.groups.length).toBe(3);
  });

  it('is deterministic: shuffled and sharded inputs give the same bytes', () => {
    const a = JSON.stringify(compare(troops, opts));
    const b = JSON.stringify(compare([...troops].reverse(), opts));
    const c = JSON.stringify(compare([troops[3], troops[0], troops[4], troops[2], troops[1]], opts));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('gives stable group ids from the members', () => {
    const ids = compare(troops, opts).groups.map((g) => g.id);
    expect(ids.every((id) => /^g[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('quantity groups on other stories', () => {
  it('flood victims from three outlets: the same toll agrees, a different one conflicts', () => {
    const arts = [
      article('ard', [
        {
          text: 'Beim Hochwasser in Bayern sind nach Angaben der Polizei 7 Menschen ums Leben gekommen, darunter ein Feuerwehrmann.',
          q: [{ text: '7 Menschen', value: 7, unit: 'Mensch' }],
          st: { speaker: 'der Polizei', name: 'Polizei', cue: 'nach Angaben', kind: 'according_to', content: 'Beim Hochwasser in Bayern sind 7 Menschen ums Leben gekommen'.slice(0, 0) || 'sind nach Angaben der Polizei 7 Menschen ums Leben gekommen' },
          ents: [['Bayern', 'LOC'], ['Polizei', 'ORG']],
        },
      ]),
      article('br', [
        {
          text: 'Die Zahl der Todesopfer des Hochwassers in Bayern ist auf 7 gestiegen, sagte ein Sprecher der Polizei.',
          q: [{ text: '7', value: 7, unit: 'Todesopfer', noun: '7' }],
          st: { speaker: 'ein Sprecher der Polizei', name: 'Polizei', cue: 'sagte', content: 'Die Zahl der Todesopfer des Hochwassers in Bayern ist auf 7 gestiegen' },
          ents: [['Bayern', 'LOC'], ['Polizei', 'ORG']],
        },
      ]),
      article('zdf', [
        {
          text: 'Das Hochwasser in Bayern hat mindestens 9 Tote gefordert, meldete der Katastrophenschutz.',
          q: [{ text: 'mindestens 9 Tote', value: 9, bound: 'gte', unit: 'Tote' }],
          st: { speaker: 'der Katastrophenschutz', name: 'Katastrophenschutz', cue: 'meldete', content: 'Das Hochwasser in Bayern hat mindestens 9 Tote gefordert' },
          ents: [['Bayern', 'LOC']],
        },
        {
          text: 'Mehr als 2.000 Einsatzkräfte der Feuerwehr waren die ganze Nacht im Einsatz.',
          q: [{ text: 'Mehr als 2.000 Einsatzkräfte', value: 2000, bound: 'gt', unit: 'Einsatzkraft' }],
        },
      ]),
    ];
    // The class joins Tote ~ Todesopfer; "7 Menschen … ums Leben gekommen" counts the dead by its
    // predicate, so it joins them too. (The people hierarchy: tests/compare/stories.test.ts.)
    const r = compare(arts, opts);
    const g = groupOf(r, 'br', '7');
    expect(g.members.map((m) => m.article)).toEqual(['ard', 'br', 'zdf']);
    expect(g.status).toBe('conflict');
    expect(g.reason).toBe('ard (Polizei) says 7; br (Polizei) says 7; zdf (Katastrophenschutz) says at least 9. ard (7) and zdf (at least 9) cannot both be right.');
    expect(groupOf(r, 'zdf', 'Mehr als 2.000 Einsatzkräfte').status).toBe('single');
  });

  it('an article does not contradict itself: two tolls of two regions in one article stay apart', () => {
    const arts = [
      article('a', [
        { text: 'Im Hochwasser starben in Bayern 5 Menschen.', q: [{ text: '5 Menschen', value: 5, unit: 'Mensch' }], ents: [['Bayern', 'LOC']] },
        { text: 'Im Hochwasser starben in Sachsen 12 Menschen.', q: [{ text: '12 Menschen', value: 12, unit: 'Mensch' }], ents: [['Sachsen', 'LOC']] },
      ]),
      article('b', [{ text: 'Im Hochwasser starben insgesamt 17 Menschen in Bayern und Sachsen.', q: [{ text: '17 Menschen', value: 17, unit: 'Mensch' }], ents: [['Bayern', 'LOC'], ['Sachsen', 'LOC']] }]),
    ];
    const r = compare(arts, opts);
    expect(together(r, ['a', '5 Menschen'], ['a', '12 Menschen'])).toBe(false);
  });

  it('budget money from two outlets: Euro amounts compatible when intervals overlap', () => {
    const arts = [
      article('spiegel', [
        {
          text: 'Der Bundestag hat den Haushalt mit Ausgaben von rund 477 Milliarden Euro beschlossen, sagte der Finanzminister.',
          q: [{ text: 'rund 477 Milliarden Euro', value: 477e9, bound: 'approx', unit: 'Euro', interval: { min: 470e9, max: 484e9, minInclusive: true, maxInclusive: true } }],
          st: { speaker: 'der Finanzminister', name: 'Finanzminister', cue: 'sagte', content: 'Der Bundestag hat den Haushalt mit Ausgaben von rund 477 Milliarden Euro beschlossen' },
          ents: [['Bundestag', 'ORG']],
        },
      ]),
      article('taz', [
        {
          text: 'Der Haushalt sieht Ausgaben von 476,8 Milliarden Euro vor, der Bundestag stimmte am Freitag zu.',
          q: [{ text: '476,8 Milliarden Euro', value: 476.8e9, unit: 'Euro' }],
          ents: [['Bundestag', 'ORG']],
        },
        {
          text: 'Die Neuverschuldung liegt bei 39 Milliarden Euro.',
          q: [{ text: '39 Milliarden Euro', value: 39e9, unit: 'Euro' }],
        },
      ]),
    ];
    const r = compare(arts, opts);
    const g = groupOf(r, 'spiegel', 'rund 477 Milliarden Euro');
    expect(g.members.map((m) => m.text)).toEqual(['rund 477 Milliarden Euro', '476,8 Milliarden Euro']);
    expect(g.status).toBe('compatible');
    expect(together(r, ['taz', '39 Milliarden Euro'], ['spiegel', 'rund 477 Milliarden Euro'])).toBe(false);
  });

  it('different years in the two sentences keep inflation rates apart', () => {
    const arts = [
      article('x', [{ text: 'Die Inflation lag 2023 bei 5,9 Prozent.', q: [{ text: '5,9 Prozent', value: 5.9, unit: 'Prozent' }], dates: [['2023', '2023']] }]),
      article('y', [{ text: 'Die Inflation lag 2024 bei 2,2 Prozent.', q: [{ text: '2,2 Prozent', value: 2.2, unit: 'Prozent' }], dates: [['2024', '2024']] }]),
      article('z', [{ text: 'Die Inflation lag im Jahr 2024 bei 2,2 Prozent, teilte das Statistische Bundesamt mit.', q: [{ text: '2,2 Prozent', value: 2.2, unit: 'Prozent' }], dates: [['2024', '2024']] }]),
    ];
    const r = compare(arts, opts);
    expect(together(r, ['x', '5,9 Prozent'], ['y', '2,2 Prozent'])).toBe(false);
    expect(together(r, ['y', '2,2 Prozent'], ['z', '2,2 Prozent'])).toBe(true);
    expect(groupOf(r, 'y', '2,2 Prozent').status).toBe('agree');
  });

  it('vague figures join the group they fit without pulling precise ones apart', () => {
    const arts = [
      article('a', [
        { text: 'Tausende Demonstranten zogen durch Berlin gegen die Rentenreform.', q: [{ text: 'Tausende Demonstranten', value: 1000, bound: 'gte', unit: 'Demonstrant', number: 'Tausende' }], ents: [['Berlin', 'LOC']] },
        { text: 'Die Polizei zählte in Berlin 8.000 Demonstranten gegen die Rentenreform.', q: [{ text: '8.000 Demonstranten', value: 8000, unit: 'Demonstrant' }], ents: [['Berlin', 'LOC']] },
      ]),
      article('b', [{ text: 'Nach Angaben der Veranstalter demonstrierten in Berlin 25.000 Demonstranten gegen die Rentenreform.', q: [{ text: '25.000 Demonstranten', value: 25000, unit: 'Demonstrant' }], ents: [['Berlin', 'LOC']] }]),
    ];
    const r = compare(arts, opts);
    const g = groupOf(r, 'a', '8.000 Demonstranten');
    expect(g.members.map((m) => m.text)).toContain('25.000 Demonstranten');
    expect(g.status).toBe('conflict');
  });
});

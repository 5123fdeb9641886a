import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/index.js';

// Cross-checks of the hand-kept lists against the compiled dictionary and the gazetteer:
// catches typos and entries no rule could ever match.
const lex = loadLexicon();

describe('lists agree with the dictionary', () => {
  it('speech verbs are dictionary verbs in their infinitive', () => {
    const bad = [...lex.list('speech-verbs')].filter((v) => lex.verbLemma(v) !== v);
    expect(bad).toEqual([]);
  });

  it('counted-noun classes name nouns the lexicon can lemmatise to themselves', () => {
    // …or a listed variant of such a noun with the same class ("Verletzter" → "Verletzte").
    const classes = lex.table('unit-classes');
    const bad = [...classes.keys()].filter((n) => {
      const lemma = lex.nounLemma(n);
      return lemma !== n && !(lemma !== null && classes.get(lemma) === classes.get(n));
    });
    expect(bad).toEqual([]);
  });

  it('unit lemmas with a class are nouns or symbols', () => {
    const bad = [...lex.table('units')]
      .filter(([, v]) => /^[a-z-]+$/.test(v))
      .map(([k]) => k)
      .filter((k) => /^\p{Lu}\p{Ll}{3,}$/u.test(k) && lex.nounLemma(k) !== k);
    expect(bad).toEqual([]);
  });

  it('property verbs are dictionary verbs and their units nouns the layer lemmatises to themselves', () => {
    const bad: string[] = [];
    for (const [phrase, unit] of lex.table('property-verbs')) {
      const verb = phrase.split(' ').pop()!;
      if (lex.verbLemma(verb) !== verb) bad.push(`${phrase}: ${verb} is no infinitive`);
      if (lex.nounLemma(unit) !== unit) bad.push(`${phrase}: unit ${unit} lemmatises to ${lex.nounLemma(unit)}`);
    }
    expect(bad).toEqual([]);
  });

  it('figure verbs are dictionary verbs in their infinitive', () => {
    const bad = [...lex.list('figure-verbs')].map((l) => l.split(' ').pop()!).filter((v) => lex.verbLemma(v) !== v);
    expect(bad).toEqual([]);
  });

  it('roles are nouns (or abbreviated titles)', () => {
    const bad = [...lex.list('roles')].filter((r) => !r.endsWith('.') && lex.nounLemma(r) === null && !lex.isNoun(r));
    expect(bad).toEqual([]);
  });

  it('demonyms are adjectives of known countries', () => {
    const gaz = lex.gazetteer();
    const bad = [...lex.table('demonyms')].filter(([adj, country]) => !gaz.lookup(country) || lex.demonym(adj + 'en') !== country);
    expect(bad).toEqual([]);
  });
});

import { orgRule, germanTail, nominative, orgHeadExact } from './lib/org.js';
import { isRole, lookupPlace, placeAt } from './lib/knowledge.js';
import { STATE_PREFIX } from '../../lexicon/de/entity-org.js';

/**
 * A state institution: „Bundesamt für Migration und Flüchtlinge“, „Bundesverfassungsgericht“, with
 * its place „Landeskriminalamt Baden-Württemberg“; a bare „Landeskriminalamt“ is one of many.
 */
export default orgRule(
  { id: 'entity/org-state-institution', priority: 80, description: '„Das Bundesverfassungsgericht entschied“, „das Landeskriminalamt Baden-Württemberg“ → ORG' },
  ({ doc, lexicon, us }, i) => {
    const u = us[i];
    if (!(u.parts.length === 1 && STATE_PREFIX.test(u.text) && orgHeadExact(lexicon, u) && !isRole(lexicon, u))) return null;
    let b = germanTail(lexicon, us, i + 1);
    // "Landeskriminalamt Baden-Württemberg", "Staatsanwaltschaft Mannheim": with its place
    const pl = b === i + 1 && b < us.length && !us[b].newline && us[b].type === 'word' ? lookupPlace(lexicon, us[b]) : null;
    if (pl && pl.type === 'LOC' && pl.name === us[b].text) {
      // a town named with its river: „Staatsanwaltschaft Krems an der Donau“
      const long = placeAt(lexicon, us, b);
      b += long && long.len > 2 && long.hit.type === 'LOC' && !/^[A-ZÄÖÜ]/.test(us[b + 1].text) ? long.len : 1;
    }
    // „Bundesverband der Berufsschäfer“, „Bundesvereinigung der Elternvereine“: a federal association
    // + its members, one plural noun in the genitive (a form that is no lemma, or in -er as masculine plurals are):
    // „der Bundesverband der Regierung“ is a dative
    const m = b === i + 1 && i + 2 < us.length && /^Bundes(?:verband|vereinigung)$/.test(nominative(lexicon, u.text)) && us[i + 1].text === 'der' ? us[i + 2] : null;
    const m2 = m && i + 3 < us.length && !us[i + 3].newline ? us[i + 3] : null;
    if (m && !m.newline && m.type === 'word' && m.parts.length === 1 && /^\p{Lu}\p{Ll}+(?:er|en|e)$/u.test(m.text) && (m.text.endsWith('er') || (lexicon.nounLemma(m.text) ?? m.text) !== m.text) && !(m2 && m2.type === 'word' && /^\p{Lu}/u.test(m2.text))) b = i + 3;
    // a bare "Landeskriminalamt", "Staatsanwaltschaft" is one of many; "Bundes…" is one
    if (!(b > i + 1 || u.text.startsWith('Bundes'))) return null;
    // „die Bundesregierung“ alone is the government of the day, a description like „die Regierung“ (decisions: no entity)
    if (b === i + 1 && /^Bundesregierung(?:en)?$/.test(u.text)) return null;
    const name = nominative(lexicon, u.text) + (b > i + 1 ? doc.text.slice(u.end, us[b - 1].end) : '');
    return { a: i, b, name, confidence: b > i + 1 && pl ? 3 : 2, resume: b };
  },
);

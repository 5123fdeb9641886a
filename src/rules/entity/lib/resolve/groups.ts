/**
 * Resolve step 4: one draft entity per group — canonical name, type and rule from the strongest
 * candidate; a group of lone surname-like speakers is dropped.
 */
import type { EntityType } from '../../../../types.js';
import type { EntityCandidate } from '../candidate.js';
import { nameWeight, nominativeName, obliqueAdjectives } from './names.js';
import { cmpStr, type Draft, type ResolveContext } from './state.js';

export function draftEntities(groups: Map<string, EntityCandidate[]>, { lexicon }: ResolveContext): Draft[] {
  const drafts: Draft[] = [];
  for (const r of [...groups.keys()].sort(cmpStr)) {
    const cs = groups.get(r)!;
    // a lone surname-like speaker never introduced by full name or role may as well be a company
    // ("Samsung erklärte"): too unsure to report
    // („Samsung erklärte“): too unsure to report — unless the surname list has it („Kowalski
    // erklärte“), as a surname that is no common word
    if (cs.every((c) => c.rule === 'entity/speaker-subject' && !c.name.includes(' ')) && !(lexicon.surname(cs[0].name) !== null && !lexicon.isCommonWord(cs[0].name))) continue;
    const best = [...cs].sort(
      (a, b) =>
        b.confidence - a.confidence ||
        nameWeight(b) - nameWeight(a) ||
        a.start - b.start ||
        cmpStr(a.rule, b.rule),
    )[0];
    // the fullest name: persons by most words, acronyms only when nothing else
    const nameCand = [...cs].sort(
      (a, b) => nameWeight(b) - nameWeight(a) || obliqueAdjectives(a.name) - obliqueAdjectives(b.name) || b.confidence - a.confidence || a.start - b.start,
    )[0];
    const type: EntityType = cs.some((c) => c.confidence === 3 && c.type === 'LOC' && c.rule === 'entity/gazetteer-place') ? 'LOC' : best.type;
    const forms = new Set<string>();
    for (const c of cs) {
      forms.add(c.text);
      forms.add(c.name);
      for (const a of c.aliases ?? []) forms.add(a);
    }
    const canonical = type === 'ORG' && nameCand.rule !== 'entity/gazetteer-place' ? nominativeName(lexicon, nameCand.name) : nameCand.name;
    drafts.push({ name: canonical, type, rule: best.rule, mentions: cs.map((c) => ({ text: c.text, start: c.start, end: c.end })), forms });
  }
  return drafts;
}

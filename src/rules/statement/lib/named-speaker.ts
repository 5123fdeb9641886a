/**
 * The speaker check the colon rules share: a phrase that names a person or organisation (the entity
 * layer's, or a person by role + name), never a pronoun or a bare common noun.
 */
import type { RuleContext } from '../../types.js';
import type { SpeakerRef } from './types.js';
import { DEFINITE, coordinatedPhrase, lower, roleWord, speakerFrom } from './grammar.js';
import { personLead } from './person-lead.js';

export interface NamedSpeakerOptions {
  /** „Der Richter“: article + one person role noun counts too. */
  roles?: boolean;
}

/** The phrase [s, e) as a named speaker („Ana Lind“, „Trainer Jan Wolff“, „der THW“), or null. */
export function namedSpeaker(ctx: RuleContext, s: number, e: number, opts: NamedSpeakerOptions = {}): SpeakerRef | null {
  const toks = ctx.doc.tokens;
  const lead = personLead(ctx, s, e);
  const np = lead && lead.end === e ? lead : coordinatedPhrase(ctx, s, e);
  if (!np || np.end !== e) return null;
  const sp = speakerFrom(ctx, np.start, np.end, np.parts);
  if (!sp || sp.form === 'pronoun') return null;
  if ((sp.entity && (sp.type === 'PER' || sp.type === 'ORG')) || (sp.type === 'PER' && sp.form === 'named')) return { ...sp, form: 'named' };
  if (opts.roles && e - s === 2 && DEFINITE.has(lower(toks[s].text)) && roleWord(ctx, toks[s + 1].text)) return sp;
  return null;
}

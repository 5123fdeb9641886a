import { priorities, type Layer, type Rule } from '../types.js';
import type { Statement } from '../../types.js';
import type { StatementCandidate } from './lib/types.js';
import { resolveStatements } from './lib/resolve.js';
import colonQuote from './colon-quote.js';
import colonReported from './colon-reported.js';
import contextPerson from './context-person.js';
import demnach from './demnach.js';
import dieRede from './die-rede.js';
import directQuote from './direct-quote.js';
import hiessEs from './hiess-es.js';
import konjunktivContinuation from './konjunktiv-continuation.js';
import laut from './laut.js';
import mitDenWorten from './mit-den-worten.js';
import nameLineQuote from './name-line-quote.js';
import nachAngaben from './nach-angaben.js';
import phraseCue from './phrase-cue.js';
import quoteBracket from './quote-bracket.js';
import quoteByline from './quote-byline.js';
import quoteThenColon from './quote-then-colon.js';
import quotedJudgement from './quoted-judgement.js';
import quotedObject from './quoted-object.js';
import reportativeSollen from './reportative-sollen.js';
import so from './so.js';
import speechVerbComma from './speech-verb-comma.js';
import trailingSpeechVerb from './trailing-speech-verb.js';
import transcriptLine from './transcript-line.js';
import verbColonQuote from './verb-colon-quote.js';
import verbObject from './verb-object.js';
import wieBerichtete from './wie-berichtete.js';
import zufolge from './zufolge.js';

export type { StatementCandidate } from './lib/types.js';

const rules: Rule<StatementCandidate>[] = [
  colonQuote, colonReported, contextPerson, demnach, dieRede, directQuote, hiessEs, konjunktivContinuation, laut, mitDenWorten, nameLineQuote, nachAngaben, phraseCue, quoteBracket, quoteByline, quoteThenColon, quotedJudgement, quotedObject, reportativeSollen, so, speechVerbComma, trailingSpeechVerb, transcriptLine, verbColonQuote, verbObject, wieBerichtete, zufolge,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

/** When two rules report the same content for the same speaker, the higher `meta.priority` stays. */
const priorityOf = priorities(rules);

/** The statement layer: its rules, sorted by id, and how their candidates become output. */
export const statementLayer: Layer<StatementCandidate, Statement> = {
  name: 'statement',
  rules,
  resolve: (candidates, ctx) => resolveStatements(candidates, ctx, priorityOf),
};

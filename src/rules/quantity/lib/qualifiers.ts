/**
 * What stands before a number and changes what it says: approximation words („rund“, „knapp“),
 * reference nouns („Artikel 5“), and the readings of „über“/„unter“ that are no bound („über drei
 * Jahre verteilt“, „eine Umfrage unter 1.200 Apotheken“).
 */
import type { Lexicon } from '../../../lexicon/index.js';
import type { Side } from './intervals.js';

/** Last word before the number, lower case, with a trailing dot kept ("ca."). */
export const PREV_WORD = /([A-Za-zÄÖÜäöüß]+\.?)[ \u00a0\u202f\u2009]+$/;
export const PREV_TWO = /([A-Za-zÄÖÜäöüß]+)[ \u00a0\u202f\u2009]+([A-Za-zÄÖÜäöüß]+)[ \u00a0\u202f\u2009]+$/;

export const STREET = /(?:straße|str\.|strasse|allee|weg|platz|gasse|damm|ring|ufer|chaussee|steig|pfad|markt)$/i;

/** A reference noun (`reference-nouns.txt`) or a street name before the number: „Artikel 5“, „Hauptstraße 3“. */
export function isReference(lex: Lexicon, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = PREV_WORD.exec(before);
  if (!m) return /§\s*$/.test(before);
  const w = m[1].toLowerCase();
  const refs = lex.list('reference-nouns');
  if (refs.has(w) || refs.has(w.replace(/\.$/, ''))) return true;
  if (/^[A-ZÄÖÜ]/.test(m[1]) && STREET.test(m[1])) return true;
  return /§\s*$/.test(before);
}

/** An approximation word (`approximators.txt`) right before the number, with the side it opens. */
export function approxBefore(lex: Lexicon, text: string, start: number): { start: number; side: Side } | null {
  const approx = lex.table('approximators') as ReadonlyMap<string, Side>;
  const before = text.slice(Math.max(0, start - 40), start);
  const two = PREV_TWO.exec(before);
  if (two) {
    const w = `${two[1]} ${two[2]}`.toLowerCase();
    const side = approx.get(w);
    if (side) return { start: start - two[0].length, side };
  }
  const one = PREV_WORD.exec(before);
  if (one) {
    const w = one[1].toLowerCase();
    const side = approx.get(w) ?? approx.get(w.replace(/\.$/, '') === 'ca' ? 'ca.' : w);
    if (side) {
      return { start: start - one[0].length, side };
    }
  }
  return null;
}

/**
 * "über" meaning "across", not "more than": after "sich erstrecken" / "verteilen" in the same clause
 * ("Der Prozess erstreckte sich über sechs Verhandlungstage", "verteilt über zehn Stadien"), or
 * with "hinweg" / "verteilt" / "gestreckt" right after the noun ("über drei Jahre verteilt").
 * Not after another preposition ("an über 1.000 Familien verteilt": more than).
 */
export function uberMeansAcross(text: string, qualStart: number, end: number, duration: boolean): boolean {
  const before = text.slice(Math.max(0, qualStart - 80), qualStart);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  if (/(?:^|\s)(?:an|auf|bei|für|mit|von|vor|zu|in|nach|seit|um)\s+$/i.test(clause)) return false;
  if (/(?:^|\s)(?:erstreck|verteil)\p{L}*\s/iu.test(clause)) return true;
  // sport events: "über 200 Meter Freistil", "Gold über 400 Meter Hürden"
  const after = text.slice(end, end + 20);
  if (/^\s+(?:hinweg|verteilt|gestreckt|verteilen|strecken|Freistil|Brust|Rücken|Lagen|Schmetterling|Delfin|Hürden|Hindernis)(?!\p{L})/u.test(after)) return true;
  // durations with "laufen" / "gelten": "Der Kredit läuft über zehn Jahre"
  return duration && /(?:^|\s)(?:läuft|laufen|lief|liefen|gilt|gelten|galt|galten)\s/i.test(clause);
}

/** "pro Stunde" after a unit of length: a speed. */
export const PER_TIME = /^[ \u00a0]+(?:pro|je)[ \u00a0]+(Stunde|Sekunde)(?!\p{L})/u;
/** "ein Paket über 50 Milliarden Euro", "einen Vertrag über fünf Jahre": "über" = "of", not "more than" (group 1: the noun). */
export const NOUN_OVER = /(?:^|\s)[Ee]in(?:e|en|em|er|es)?\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\p{L}-]*)\s+$/u;

/**
 * A survey noun before "unter", with only its genitive/apposition between ("Umfrage des
 * Deutschen Apothekerverbands (DAV) unter", "Befragung unter"): no lower-case word but articles and
 * prepositions, so "Laut einer Umfrage sank der Preis unter 5 Euro" does not match.
 */
export const SURVEY_AMONG = /(?:Umfrage|Befragung|Erhebung|Stichprobe|Rundfrage|Abfrage|Studie)(?:n)?(?:[ \u00a0]+(?:des|der|von|vom|im|in|für|zur|zum|eines|einer|den|dem|[A-ZÄÖÜ][\p{L}.-]*|\([^()]{1,40}\)))*[ \u00a0]+$/u;

/** Verbs whose "über" names a topic: sprechen, reden, diskutieren, berichten, streiten … über. */
export const TALK_ABOUT = /(?:^|\s)(?:sprech|sprach|sprich|rede|redet|diskut|bericht|informier|debattier|streit|stritt|klag|beschwer|nachdenk|spekulier|verhandel|verhandl|entscheid|entschied|abstimm|schreib|schrieb)\p{L}*\s/iu;

/** The text of the clause before `pos` (back to the last , ; : . ! ?). */
export function clauseBefore(text: string, pos: number): string {
  const before = text.slice(Math.max(0, pos - 100), pos);
  return before.slice(Math.max(...[',', ';', ':', '.', '!', '?'].map((c) => before.lastIndexOf(c))) + 1);
}


import type { Rule } from '../types.js';
import type { EntityCandidate } from './lib/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import { capitalise, decapitalise, entityFact, wordFact, isAcronym, isAllCaps, isCapitalised, isCommon, units, type Unit } from './lib/words.js';
import { isRole, lookupPlace, orgHeadOf } from './lib/knowledge.js';
import { personWord } from './lib/names.js';

const ID = 'entity/org-pattern';

const ENGLISH_HEADS = new Set([
  'Center', 'Centre', 'Institute', 'University', 'Council', 'Foundation', 'Agency', 'Department', 'Ministry', 'Office',
  'School', 'Bank', 'Fund', 'Committee', 'Association', 'Organization', 'Organisation', 'Board', 'Commission', 'Federation',
  'League', 'Society', 'Academy', 'Bureau', 'Corporation', 'Authority', 'Party', 'Union', 'Forum', 'Programme', 'Program',
  'Project', 'Group', 'Network', 'Alliance', 'Trust', 'Coalition', 'Observatory', 'Laboratory', 'Initiative', 'Panel',
]);
const ENGLISH_CONNECT = new Set(['for', 'of', 'and', '&', 'on', 'the']);
const COMPANY_SUFFIX = new Set(['GmbH', 'AG', 'SE', 'KG', 'KGaA', 'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Corp.', 'Corp', 'LLC', 'plc', 'e.V.', 'S.A.', 'N.V.']);
/** Seats of power named for the government that sits there. */
const INSTITUTIONS = new Map([
  ['Kreml', 'Kreml'], ['Kremls', 'Kreml'], ['Pentagon', 'Pentagon'], ['Pentagons', 'Pentagon'], ['Weißes Haus', 'Weißes Haus'],
  ['Weißen Haus', 'Weißes Haus'], ['Weißen Hauses', 'Weißes Haus'], ['Élysée', 'Élysée'], ['Élysée-Palast', 'Élysée'],
  ['Downing Street', 'Downing Street'], ['Kanzleramt', 'Kanzleramt'], ['Kanzleramts', 'Kanzleramt'], ['Bundeskanzleramt', 'Bundeskanzleramt'],
  ['Vatikan', 'Vatikan'], ['Quai d’Orsay', "Quai d'Orsay"],
]);
const GERMAN_TAIL = new Set(['für', 'der', 'des', 'von', 'und']);
const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den']);
/** Words before a club's name: „gegen Leeds United“, „zu Crystal Palace“ */
const CLUB_PREPOSITION = /^(gegen|bei|beim|zu|zum|von|vom|für|aus|nach|an|mit|über|den|dem|der|die|des)$/;
/** Words of an article about sport: they let „Manchester United“, „Wycombe Wanderers“ be clubs. */
const SPORTS_CONTEXT = /(?:Bundesliga|Premier League|Champions League|Fußball|Verein|Klub|Club|Trainer|Stürmer|Torwart|Mittelfeld|Abwehr|Transfer|Ablöse|Spieltag|Tabelle|Saison|Liga)/;
/** Nouns that introduce an organisation's name: „der Konzern Apple“, „die Gewerkschaft Verdi“. */
const ORG_INTRO = /(?:konzern|unternehmen|hersteller|autobauer|firma|bank|versicherer|gewerkschaft|partei|verband|verein|sender|zeitung|magazin|plattform|portal|netzwerk|fluggesellschaft|airline|reederei|klub|club|kette|discounter|händler|anbieter|betreiber|entwickler|start-up|startup|agentur|organisation|stiftung|institut|team|rennstall|behörde|miliz)$/;
/** Acronyms that name no organisation: „TV-Moderator“, „KI-Experte“. */
const NON_ORG_ACRONYMS = new Set(['TV', 'KI', 'AI', 'IT', 'PR', 'EM', 'WM', 'PC', 'DJ', 'CEO', 'CFO', 'PhD', 'MBA', 'NS', 'DDR', 'BRD', 'SUV', 'LKW', 'PKW', 'Lkw', 'Pkw', 'E', 'U', 'VIP']);
const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'von', 'nahe']);
const STATE_PREFIX = /^(Bundes|Landes|Staats|Reichs)[a-zäöü]/;
/** Words after an acronym that make a two-word company name: „DZ Bank“, „DB Cargo“, „BMW Group“. */
const BRAND_TAIL = new Set(['Bank', 'Cargo', 'Group', 'Gruppe', 'Holding', 'Energy', 'Energie', 'Capital', 'Airlines', 'Logistics', 'Systems', 'Netz', 'Regio', 'Fernverkehr', 'Motors', 'Pharma', 'Chemie', 'Versicherung', 'Versicherungen', 'Leasing', 'Solutions', 'Technologies', 'Media', 'Mobile']);
/** Party words that are adjectives („die Grünen“, „der Linken“): ORG after an article, not before a noun. */
const PARTY_WORDS = new Map([['Grünen', 'Grüne'], ['Grüne', 'Grüne'], ['Linken', 'Linke'], ['Linke', 'Linke'], ['Liberalen', 'Liberale'], ['Grünliberalen', 'Grünliberale']]);
/** Lower-case names with a dot or digits: „gfs.bern“, „ver.di“, „e.on“, „n-tv“. */
const LOWER_NAME = /^[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)+$/;

/**
 * Organisation names by pattern: capitalised adjective + organisation head („Europäische
 * Zentralbank“, „Deutsche Bahn“), acronym compounds („UN-Sicherheitsrat“), federal institutions
 * („Bundesamt für Migration“), English institutions („Center for Strategic & International
 * Studies“), company forms („Siemens AG“), seats of power („Kreml“), an article before an
 * unknown acronym („die SPD“).
 */
const rule: Rule<EntityCandidate> = {
  meta: { id: ID, description: '„Deutsche Bahn“, „UN-Sicherheitsrates“, „Center for Strategic & International Studies“, „der Kreml“ → ORG' },
  find({ doc, lexicon }) {
    const us = units(doc);
    const out: EntityCandidate[] = [];
    const push = (a: number, b: number, name: string, confidence: 1 | 2 | 3 = 2): void => {
      const start = us[a].start;
      const end = us[b - 1].end;
      out.push({ text: doc.source.slice(start, end), start, end, type: 'ORG', name, rule: ID, confidence });
    };
    for (let i = 0; i < us.length; i++) {
      const u = us[i];
      if (u.type !== 'word' || u.capsLine) continue;
      // seats of power
      const two = i + 1 < us.length && us[i + 1].type === 'word' && !us[i + 1].newline ? u.text + ' ' + us[i + 1].text : '';
      if (two && INSTITUTIONS.has(two)) {
        push(i, i + 2, INSTITUTIONS.get(two)!, 3);
        i++;
        continue;
      }
      if (INSTITUTIONS.has(u.text)) {
        push(i, i + 1, INSTITUTIONS.get(u.text)!, 3);
        continue;
      }
      // English institutions: "Center for Strategic & International Studies", "Harvard University"
      if (ENGLISH_HEADS.has(u.text)) {
        let b = i + 1;
        while (b + 1 < us.length && ENGLISH_CONNECT.has(us[b].text) && (isCapitalised(us[b + 1].text) || us[b + 1].text === 'the')) {
          b++;
          while (b < us.length && us[b].type === 'word' && (isCapitalised(us[b].text) || isAllCaps(us[b].text)) && !us[b].newline) b++;
        }
        let a = i;
        // name words before the head, also English words that are German adjectives: „Global Energy Monitor Project“
        // (a German noun too when an English name word stands before it: „Pew Research Center“)
        while (a - 1 >= 0 && i - a < 4 && us[a - 1].type === 'word' && isCapitalised(us[a - 1].text) && !us[a].newline && !us[a - 1].initial && !isRole(lexicon, us[a - 1].text) && !lexicon.isFunctionWord(us[a - 1].text) && (!isCommon(lexicon, us[a - 1].text) || englishAdjective(lexicon, us[a - 1].text) || englishRunBefore(lexicon, us, a - 1))) a--;
        if (b > i + 1 || a < i) {
          push(a, b, doc.text.slice(us[a].start, us[b - 1].end));
          i = b - 1;
          continue;
        }
      }
      // company forms: "Siemens AG", "Deutsche Bank AG"
      if (i + 1 < us.length && COMPANY_SUFFIX.has(us[i + 1].text) && !us[i + 1].newline && (isCapitalised(u.text) || isAllCaps(u.text))) {
        let a = i;
        while (a - 1 >= 0 && us[a - 1].type === 'word' && (isCapitalised(us[a - 1].text) || isAllCaps(us[a - 1].text)) && !us[a].newline && !us[a - 1].initial && !lexicon.isFunctionWord(us[a - 1].text)) a--;
        push(a, i + 2, doc.text.slice(us[a].start, us[i + 1].end));
        i++;
        continue;
      }
      // acronym + company word: "DZ Bank", "DB Cargo", "BMW Group" (not ORG "DZ")
      if (isAcronym(u.text) && u.parts.length === 1 && !NON_ORG_ACRONYMS.has(u.text) && i + 1 < us.length && !us[i + 1].newline && us[i + 1].type === 'word' && BRAND_TAIL.has(us[i + 1].text) && !isLoc(lexicon, u.text)) {
        push(i, i + 2, u.text + ' ' + us[i + 1].text, 2);
        i++;
        continue;
      }
      // party adjectives: "die Grünen 9,8 Prozent", "von den Grünen", "Grünen-Vorsitzende"
      {
        const party = PARTY_WORDS.get(u.parts[0]);
        if (party && !u.capsLine && (u.parts.length === 1 || isRole(lexicon, u.parts[u.parts.length - 1]))) {
          const prev = i > 0 ? us[i - 1] : null;
          const next = i + 1 < us.length ? us[i + 1] : null;
          const afterArticle = !!prev && /^(die|der|den|Die|Der|Den)$/.test(prev.text);
          const beforeNoun = u.parts.length === 1 && !!next && next.type === 'word' && !next.newline && isCapitalised(next.text) && !PARTY_WORDS.has(next.text);
          if ((afterArticle || u.parts.length > 1 || (prev?.text === '(' && next?.text === ')')) && !beforeNoun && !u.initial) {
            const end = u.partStarts[0] + u.parts[0].length;
            out.push({ text: doc.source.slice(u.start, end), start: u.start, end, type: 'ORG', name: party, rule: ID, confidence: 2 });
            continue;
          }
        }
      }
      // acronym compounds: "UN-Sicherheitsrat", "EU-Kommission"
      if (u.parts.length === 2 && isAcronym(u.parts[0]) && lookupPlace(lexicon, u.parts[0])?.type !== 'LOC' && isCapitalised(u.parts[1]) && !isRole(lexicon, u.parts[1]) && orgHeadOf(lexicon, u.parts[1]) && orgHeadExact(lexicon, u.parts[1])) {
        push(i, i + 1, u.parts[0] + '-' + nominative(lexicon, u.parts[1]), 2);
        continue;
      }
      // party or organisation acronym before a role: "CDU-Chef", "SPD-Generalsekretär", "RN-Spitzenkandidat"
      if (u.parts.length >= 2 && isAcronym(u.parts[0]) && !NON_ORG_ACRONYMS.has(u.parts[0]) && isRole(lexicon, u.parts[u.parts.length - 1]) && !isCommon(lexicon, u.parts[0]) && !isLoc(lexicon, u.parts[0])) {
        const start = u.partStarts[0];
        const end = start + u.parts[0].length;
        out.push({ text: doc.source.slice(start, end), start, end, type: 'ORG', name: u.parts[0], rule: ID, confidence: 2 });
        continue;
      }
      // federal institutions: "Bundesamt für Migration und Flüchtlinge", "Bundesverfassungsgericht"
      if (u.parts.length === 1 && STATE_PREFIX.test(u.text) && orgHeadExact(lexicon, u.text) && !isRole(lexicon, u.text)) {
        let b = germanTail(lexicon, us, i + 1);
        // "Landeskriminalamt Baden-Württemberg", "Staatsanwaltschaft Mannheim": with its place
        const pl = b === i + 1 && b < us.length && !us[b].newline && us[b].type === 'word' ? lookupPlace(lexicon, us[b].text) : null;
        if (pl && pl.type === 'LOC' && pl.name === us[b].text) b++;
        // a bare "Landeskriminalamt", "Staatsanwaltschaft" is one of many; "Bundes…" is one
        if (b > i + 1 || u.text.startsWith('Bundes')) {
          const name = nominative(lexicon, u.text) + (b > i + 1 ? doc.text.slice(u.end, us[b - 1].end) : '');
          push(i, b, name, b > i + 1 && pl ? 3 : 2);
          i = b - 1;
          continue;
        }
      }
      // a name part + organisation head: "Ifo-Institut", "Max-Planck-Gesellschaft", "Commerzbank"
      const prevWord = i > 0 && us[i - 1].type === 'word' ? us[i - 1].text : '';
      if ((!u.initial || u.parts.length > 1) && !PLACE_PREPOSITIONS.has(prevWord)) {
        const named = namedOrgCompound(lexicon, u);
        if (named) {
          push(i, i + 1, named, 2);
          continue;
        }
      }
      // capitalised adjective(s) + organisation head: "Europäische Zentralbank", "Nationaler Nachrichtendienst"
      if (!u.initial && isCapAdjective(lexicon, u.text)) {
        let k = i + 1;
        while (k < us.length && us[k].type === 'word' && !us[k].newline && isCapAdjective(lexicon, us[k].text)) k++;
        if (k < us.length && us[k].type === 'word' && !us[k].newline && isCapitalised(us[k].text) && !isRole(lexicon, us[k].text) && orgHeadExact(lexicon, us[k].text)) {
          const b = germanTail(lexicon, us, k + 1);
          push(i, b, doc.text.slice(u.start, us[b - 1].end), 2);
          i = b - 1;
          continue;
        }
      }
      // organisation head + genitive tail: "Gesamtverband der Deutschen Versicherungswirtschaft",
      // "Verband der Automobilindustrie", "Departement des Innern" (a plain "Sprecher der Regierung" is none)
      if (!u.initial && isCapitalised(u.text) && u.parts.length === 1 && orgHeadExact(lexicon, u.text) && !isRole(lexicon, u.text) && i + 2 < us.length && /^(der|des)$/.test(us[i + 1].text)) {
        const b = germanTail(lexicon, us, i + 1);
        if (b > i + 2) {
          const tail = us.slice(i + 2, b);
          const proper = tail.some((x) => isCapAdjective(lexicon, x.text)) || (tail.length === 1 && /^(Innern|Äußern)$/.test(tail[0].text));
          const after = b < us.length ? us[b] : null;
          if (proper && !(after && after.text === '(')) {
            push(i, b, nominative(lexicon, u.text) + doc.text.slice(u.end, us[b - 1].end), 2);
            i = b - 1;
            continue;
          }
        }
      }
      // sports clubs: "FC Bayern München", "VfB Stuttgart", "1. FC Köln", "Borussia Dortmund", "Leeds United"
      {
        const club = clubAt(lexicon, doc.text, us, i);
        if (club) {
          push(club.a, club.b, doc.text.slice(us[club.a].start, us[club.b - 1].end), 3);
          i = club.b - 1;
          continue;
        }
      }
      // an institution's acronym + its town or region: „EPFL Lausanne“, „TU Dresden“, „LMU München“,
      // a regional branch „AOK Hessen“, „DRK Niedersachsen“ (the place belongs to the name; alone
      // elsewhere it is still a place)
      if (isAcronym(u.text) && u.parts.length === 1 && !NON_ORG_ACRONYMS.has(u.text) && !isCommon(lexicon, u.text) && !lookupPlace(lexicon, u.text) && !lexicon.list('news-outlets').has(u.text) && i + 1 < us.length && !us[i + 1].newline && us[i + 1].type === 'word') {
        const nx = us[i + 1];
        const place = lookupPlace(lexicon, nx.text);
        const after = i + 2 < us.length ? us[i + 2] : null;
        if (place && place.type === 'LOC' && place.name === nx.text && (place.kind === 'city' || place.kind === 'town' || place.kind === 'region') && !(after && after.type === 'word' && !after.newline && isCapitalised(after.text))) {
          push(i, i + 2, u.text + ' ' + nx.text, 3);
          i++;
          continue;
        }
      }
      // institution + its town or region: "Hochschule Koblenz", "Polizei Berlin", "Landgericht München",
      // "des Polizeipräsidiums Niederbayern", "Kreisfeuerwehrverband Deggendorf", "Verkehrsverbund Rhein-Ruhr"
      if (i + 1 < us.length && isCapitalised(u.text) && !us[i + 1].newline && us[i + 1].type === 'word' && orgHeadExact(lexicon, u.text) && !isRole(lexicon, u.text)) {
        const nx = us[i + 1];
        const place = lookupPlace(lexicon, nx.text);
        const placeCompound = nx.parts.length > 1 && nx.parts.every((p) => isCapitalised(p)) && lookupPlace(lexicon, nx.parts[0])?.type === 'LOC' && !isCommon(lexicon, nx.parts[0]);
        const after = i + 2 < us.length ? us[i + 2] : null;
        if (((place && place.type === 'LOC' && place.name === nx.text) || placeCompound) && !(after && after.type === 'word' && isCapitalised(after.text) && !after.newline)) {
          push(i, i + 2, nominative(lexicon, u.text) + ' ' + nx.text, 3);
          i++;
          continue;
        }
      }
      // company or union noun + name: "der US-Konzern Apple", "die Gewerkschaft Verdi"
      if (i + 1 < us.length && isCapitalised(u.text) && ORG_INTRO.test(u.text.toLowerCase().replace(/e?s$/, '')) && !us[i + 1].newline) {
        let b = i + 1;
        const first = us[i + 1];
        {
          // "des Forschungsinstituts gfs.bern": a lower-case name with a dot or hyphen
          let e = i + 1;
          while (e + 2 < us.length && /^[.-]$/.test(us[e + 1].text) && !us[e + 1].space && !us[e + 2].space && us[e + 2].type === 'word') e += 2;
          const form = doc.text.slice(first.start, us[e].end);
          if (first.type === 'word' && LOWER_NAME.test(form) && !lexicon.isCommonWord(form)) {
            push(i + 1, e + 1, form, 2);
            i = e;
            continue;
          }
        }
        // "der Fahrgastverband Pro Bahn", "die Partei Die Linke": a capitalised function word inside
        // a sentence starts a name of two words
        const shortFirst = first.type === 'word' && (lexicon.isFunctionWord(first.text.toLowerCase()) || (first.text.length <= 4 && lexicon.nounLemma(first.text) === first.text && !lexicon.unit(first.text)));
        if (shortFirst && isCapitalised(first.text) && !first.initial && i + 2 < us.length && us[i + 2].type === 'word' && !us[i + 2].newline && isCapitalised(us[i + 2].text) && !lexicon.unit(us[i + 2].text)) {
          const after = i + 3 < us.length ? us[i + 3] : null;
          if (!(after && after.type === 'word' && isCapitalised(after.text) && !after.newline)) {
            push(i + 1, i + 3, doc.text.slice(first.start, us[i + 2].end), 2);
            i += 2;
            continue;
          }
        }
        while (b < us.length && b - i <= 3 && !us[b].newline && us[b].type === 'word' && ((isAcronym(us[b].text) && !isCommon(lexicon, us[b].text)) || personWord(lexicon, us[b], true) || (b === i + 1 && lexicon.list('news-outlets').has(us[b].text)) || lookupPlace(lexicon, us[b].text)?.type === 'ORG' || (b > i + 1 && lookupPlace(lexicon, us[b].text)))) b++;
        const next = b < us.length ? us[b] : null;
        if (b > i + 1 && !(next && next.type === 'word' && isCapitalised(next.text) && !next.newline)) {
          push(i + 1, b, doc.text.slice(us[i + 1].start, us[b - 1].end), 2);
          i = b - 1;
          continue;
        }
      }
      // organisation noun + acronym or unknown name: "die Gewerkschaft GDL", "der Partei AfD"
      if (i + 1 < us.length && isCapitalised(u.text) && orgHeadExact(lexicon, u.text) && !us[i + 1].newline && us[i + 1].type === 'word' && isAcronym(us[i + 1].text) && !isCommon(lexicon, us[i + 1].text) && !isLoc(lexicon, us[i + 1].text)) {
        push(i + 1, i + 2, us[i + 1].text, 2);
        i++;
        continue;
      }
      // an unknown acronym as the subject of a verb of saying: „SWM teilte mit“, „…, erklärte die BSU“
      if (bareAcronym(lexicon, u) && i + 1 < us.length && !us[i + 1].newline && saysVerb(lexicon, us[i + 1].text) && !(i > 0 && !u.newline && us[i - 1].type === 'word' && isCapitalised(us[i - 1].text) && !us[i - 1].initial && !lexicon.isFunctionWord(us[i - 1].text))) {
        push(i, i + 1, u.text, 1);
        continue;
      }
      // article + unknown acronym: "die SPD", "der NIS"; an acronym coordinated with one: "SPÖ und FPÖ"
      const coordinated = i >= 2 && /^(und|oder|sowie|,)$/.test(us[i - 1].text) && isAcronym(us[i - 2].text) && !isCommon(lexicon, us[i - 2].text) && !isLoc(lexicon, us[i - 2].text);
      if (isAcronym(u.text) && !NON_ORG_ACRONYMS.has(u.text) && i > 0 && (ARTICLES.has(us[i - 1].text.toLowerCase()) || coordinated) && !isCommon(lexicon, u.text) && !isLoc(lexicon, u.text) && u.parts.length === 1) {
        const next = i + 1 < us.length ? us[i + 1] : null;
        if (!next || next.type !== 'word' || !isCapitalised(next.text) || isCommon(lexicon, next.text)) push(i, i + 1, u.text, 1);
      }
    }
    return out;
  },
};

/**
 * The kind of a club word: abbr („FC“, `club-abbreviations.txt`), word („Borussia“,
 * `club-words.txt`), suffix („United“, `club-suffixes.txt`).
 */
function clubKind(lex: Lexicon, w: string): 'abbr' | 'word' | 'suffix' | undefined {
  if (lex.list('club-abbreviations').has(w)) return 'abbr';
  if (lex.list('club-words').has(w)) return 'word';
  if (lex.list('club-suffixes').has(w)) return 'suffix';
  return undefined;
}

/** A word that may follow a club word: a place, a name word or another club word („SV Werder Bremen“). */
function clubNamePart(lex: Lexicon, u: Unit): boolean {
  if (u.capsLine) return false;
  if (u.type === 'number') return /^\d{2}$/.test(u.text); // „Darmstadt 98“, „Hannover 96“
  if (u.type !== 'word') return false;
  if (!(isCapitalised(u.text) || isAcronym(u.text)) || isRole(lex, u.text) || lex.isFunctionWord(u.text)) return false;
  return lookupPlace(lex, u.text)?.type === 'LOC' || !isCommon(lex, u.text) || clubKind(lex, u.text) !== undefined;
}

/**
 * A sports club starting (or, for a suffix club, ending) at unit i: a club abbreviation before a
 * name or a place („SC Paderborn“, „KAA Gent“, „1. FC Köln“), a club word before a place
 * („Borussia Dortmund“, „Real Madrid“, „Hertha BSC“), a place or name before a club suffix in an
 * article about sport („Manchester United“, „Wycombe Wanderers“). Units [a, b), or null.
 */
function clubAt(lex: Lexicon, text: string, us: Unit[], i: number, coordinate = true): { a: number; b: number } | null {
  const u = us[i];
  const kind = clubKind(lex, u.text);
  if (!kind) return null;
  const next = i + 1 < us.length && !us[i + 1].newline ? us[i + 1] : null;
  if ((kind === 'abbr' || kind === 'word') && next && clubNamePart(lex, next) && !/^\d/.test(next.text)) {
    // a club word needs a place or a club abbreviation after it: „Union Berlin“, „Hertha BSC“
    if (kind === 'word' && lookupPlace(lex, next.text)?.type !== 'LOC' && clubKind(lex, next.text) !== 'abbr') return null;
    let a = i;
    if (i >= 2 && us[i - 1].text === '.' && us[i - 2].type === 'number' && !us[i - 1].space) a = i - 2;
    let b = i + 1;
    while (b < us.length && b - i <= 3 && !us[b].newline && clubNamePart(lex, us[b]) && (b === i + 1 || !/^(?:[a-zäöü]|Und$)/.test(us[b].text))) b++;
    return { a, b };
  }
  if (kind === 'suffix' && i > 0 && !u.initial && SPORTS_CONTEXT.test(text)) {
    let a = i;
    while (a - 1 >= 0 && i - a < 2 && !us[a].newline && us[a - 1].type === 'word' && !us[a - 1].capsLine && isCapitalised(us[a - 1].text) && !isCommon(lex, us[a - 1].text) && !isRole(lex, us[a - 1].text) && !lex.isFunctionWord(us[a - 1].text)) a--;
    if (a === i) return null;
    // a place before the suffix („Manchester City“), else a preposition or article before the name
    // („gegen Wycombe Wanderers“, „von Crystal Palace“): „David Villa war im Stadion“ is a person
    const placeFirst = lookupPlace(lex, us[a].text)?.type === 'LOC';
    const before = a > 0 && !us[a].newline ? us[a - 1] : null;
    if (placeFirst || (before && before.type === 'word' && CLUB_PREPOSITION.test(before.text))) return { a, b: i + 1 };
    // coordinated with another club: „Wycombe Wanderers und der FC Porto“, „Celtic, Rangers und Hibernian“
    if (coordinate && (coordinatedClub(lex, text, us, i + 1, 1) || coordinatedClub(lex, text, us, a - 1, -1))) return { a, b: i + 1 };
  }
  return null;
}

/**
 * A club (by its own evidence, not by coordination) after „und/oder/sowie/,“ (and an article) next
 * to unit k, looking forward (dir 1, k is the unit after the club) or backward (dir -1, k is the
 * unit before it).
 */
function coordinatedClub(lex: Lexicon, text: string, us: Unit[], k: number, dir: 1 | -1): boolean {
  if (k < 0 || k >= us.length || !/^(und|oder|sowie|,)$/.test(us[k].text)) return false;
  if (dir === 1) {
    let j = k + 1;
    if (j < us.length && /^(der|die|das|den|dem)$/.test(us[j].text)) j++;
    return j < us.length && !us[j].newline && (clubAt(lex, text, us, j, false) !== null || (j + 1 < us.length && clubKind(lex, us[j + 1].text) === 'suffix' && clubAt(lex, text, us, j + 1, false) !== null));
  }
  // backward: the club ends at k - 1
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (us[j].newline && j < k - 1) break;
    const c = clubAt(lex, text, us, j, false);
    if (c && c.b === k) return true;
  }
  return false;
}

/**
 * One word naming an organisation: a hyphen compound of name parts and an organisation head
 * ("Ifo-Institut", "Max-Planck-Gesellschaft"), or a compound whose modifier is no German word
 * ("Commerzbank"). Returns the nominative name or null.
 */
function namedOrgCompound(lex: Lexicon, u: Unit): string | null {
  if (u.type !== 'word' || !isCapitalised(u.text) || isRole(lex, u.text)) return null;
  if (u.parts.length > 1) {
    const last = u.parts[u.parts.length - 1];
    if (!isCapitalised(last) || !orgHeadExact(lex, last)) return null;
    const mods = u.parts.slice(0, -1);
    if (mods.every((p) => (isCapitalised(p) && !isCommon(lex, p) && !isLoc(lex, p)) || (isAcronym(p) && !isCommon(lex, p) && !isLoc(lex, p)))) {
      return mods.join('-') + '-' + nominative(lex, last);
    }
    return null;
  }
  const w = u.text;
  if (w.length < 8 || lex.isCommonWord(w) || STATE_PREFIX.test(w) || !orgHeadExact(lex, w)) return null;
  const head = lex.compoundHead(w);
  if (!head) return null;
  const lemma = nominative(lex, w);
  if (lemma !== w) return null; // an inflected unknown compound ("Gelsenkirchen") is rather a place
  const idx = lemma.toLowerCase().lastIndexOf(head.toLowerCase());
  if (idx < 3) return null;
  const modifier = lemma.slice(0, idx);
  const bare = modifier.endsWith('s') ? modifier.slice(0, -1) : modifier;
  // "Innenbehörde", "Außenamt", "Oberlandesgericht": a modifier that is an adverb or prefix is no name
  if (/^(innen|außen|aussen|ober|unter|haupt|zentral|gesamt|landes|kreis|stadt|bezirks|gemeinde|staats)$/i.test(bare)) return null;
  for (const m of [modifier, bare]) if (lex.isCommonWord(m) || lex.isCommonWord(m.toLowerCase()) || lex.isFunctionWord(m.toLowerCase()) || isCommon(lex, m) || lookupPlace(lex, m)) return null;
  return lemma;
}

/** A capitalised word that is a German adjective and no noun, as English names use them: „Global“, „International“. */
function englishAdjective(lex: Lexicon, w: string): boolean {
  const lower = decapitalise(w);
  return /(?:al|ic|ive|ed)$/.test(lower) && lex.isAdjective(lower) && !lex.isNoun(w) && !lex.isFunctionWord(lower);
}

/**
 * An unknown all-caps acronym that may name an organisation: no common word, place, unit, roman
 * numeral or digit code („CO2“, „TEU“ as a unit, „XIV“), three to six capitals.
 */
function bareAcronym(lex: Lexicon, u: Unit): boolean {
  const w = u.text;
  if (u.type !== 'word' || u.capsLine || u.parts.length > 1 || !/^[A-ZÄÖÜ]{3,6}$/.test(w)) return false;
  if (/^[IVXLCDM]+$/.test(w) || NON_ORG_ACRONYMS.has(w) || lex.unit(w) || isCommon(lex, w) || lookupPlace(lex, w)) return false;
  return !isRole(lex, w);
}

/** A finite verb of saying (`speech-verbs.txt`): „teilte“, „erklärte“, „sagt“. */
function saysVerb(lex: Lexicon, w: string): boolean {
  return wordFact(lex, SAYS_VERB, w);
}
const SAYS_VERB = entityFact('orgSaysVerb', (lex, w) => {
  if (!/^[a-zäöü]/.test(w)) return false;
  const shared = lex.list('speech-verbs');
  return lex.verbLemmas(w).some((l) => shared.has(l) || l === 'teilen' || l === 'mitteilen');
});

/** Before unit k stands a capitalised name word or English adjective on the same line: „Pew“ before „Research“. */
function englishRunBefore(lex: Lexicon, us: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 2; j--) {
    const w = us[j];
    if (w.type !== 'word' || us[j + 1].newline || !isCapitalised(w.text) || lex.isFunctionWord(w.text)) return false;
    if (!isCommon(lex, w.text) || englishAdjective(lex, w.text)) return true;
    if (w.initial) return false;
  }
  return false;
}

/** A place (LOC) of the gazetteer; its organisations (ORG) may stand in organisation names. */
function isLoc(lex: Lexicon, w: string): boolean {
  return lookupPlace(lex, w)?.type === 'LOC';
}

/** A capitalised adjective form (no noun): "Europäische", "Nationaler", "Deutsche". */
function isCapAdjective(lex: Lexicon, w: string): boolean {
  return wordFact(lex, CAP_ADJECTIVE, w);
}
const CAP_ADJECTIVE = entityFact('capAdjective', (lex, w) => isCapAdjectiveRaw(lex, w));

function isCapAdjectiveRaw(lex: Lexicon, w: string): boolean {
  if (!isCapitalised(w) || w.includes('-')) return false;
  const lower = decapitalise(w);
  return lex.isAdjective(lower) && !lex.isFunctionWord(lower) && !isRole(lex, w);
}

/** The noun's whole head is an organisation word (not just a word ending in one). */
function orgHeadExact(lex: Lexicon, w: string): boolean {
  return wordFact(lex, ORG_HEAD_EXACT, w);
}
const ORG_HEAD_EXACT = entityFact('orgHeadExact', (lex, w) => orgHeadExactRaw(lex, w));

function orgHeadExactRaw(lex: Lexicon, w: string): boolean {
  if (!orgHeadOf(lex, w)) return false;
  for (const form of baseForms(lex, w)) {
    const headLemma = lex.compoundHead(form) ?? form;
    if (orgHeadOf(lex, headLemma) === headLemma.toLowerCase() || orgHeadOf(lex, form) === form.toLowerCase()) return true;
    // a listed compound head: "Bundesrechnungshof" ends in the listed "Rechnungshof" (head "Hof")
    const tail = orgHeadOf(lex, form);
    if (tail && tail.length >= 6 && form.length - tail.length >= 3 && lex.compoundHead(capitalise(tail)) === headLemma) return true;
  }
  return false;
}

/** The word, its lemma, and the word without a genitive / plural ending ("Sicherheitsrates"). */
function baseForms(lex: Lexicon, w: string): string[] {
  const out = [lex.nounLemma(w) ?? w];
  for (const end of ['es', 's', 'en', 'n']) if (w.endsWith(end) && w.length - end.length >= 4) out.push(w.slice(0, -end.length));
  return out;
}

/** Nominative singular of the noun: "Sicherheitsrates" → "Sicherheitsrat". */
function nominative(lex: Lexicon, w: string): string {
  const l = lex.nounLemma(w);
  if (l && l.length >= w.length - 2) return l;
  for (const end of ['es', 's']) {
    const base = w.slice(0, -end.length);
    if (w.endsWith(end) && base.length >= 4 && (lex.compoundHead(base) || lex.isNoun(base) || orgHeadOf(lex, base) === base.toLowerCase())) return base;
  }
  return w;
}

/** "für Migration und Flüchtlinge", "der Vereinten Nationen": capitalised words after für/der/des. */
function germanTail(lex: Lexicon, us: Unit[], k: number): number {
  let b = k;
  while (b + 1 < us.length && GERMAN_TAIL.has(us[b].text) && us[b + 1].type === 'word' && isCapitalised(us[b + 1].text) && !us[b + 1].newline) {
    if (us[b].text === 'und' && b === k) break;
    let c = b + 1;
    while (c < us.length && us[c].type === 'word' && isCapitalised(us[c].text) && !us[c].newline && !isRole(lex, us[c].text)) c++;
    if (c === b + 1) break;
    if (us[b].text !== 'für' && us[b].text !== 'und' && b === k) {
      // "der/des" only continues a name with a proper tail: "Organisation der Vereinten Nationen"
      if (!us.slice(b + 1, c).some((x) => isCapAdjective(lex, x.text) || !isCommon(lex, x.text))) break;
    }
    b = c;
  }
  return b;
}

export default rule;

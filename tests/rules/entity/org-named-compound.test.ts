import rule from '../../../src/rules/entity/org-named-compound.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Anna-Koch-Straße und der Hans-Fischer-Weg wurden saniert.', name: 'a first name + a common-word surname before a street head is no organisation' },
    { text: 'Die SPD werde nun eine Enquete-Kommission im Landtag beantragen.', name: 'a named compound after an indefinite article is a kind (politics)' },
    { text: 'Kein Ifo-Institut der Welt kann das vorhersagen.', name: 'after „kein“' },
    { text: 'Wie die Innenbehörde mitteilte, ermittelt die Staatsanwaltschaft; das Außenamt schwieg.', name: 'generic institution nouns (adverb modifier) are no names' },
    { text: 'Das Ministerium äußerte sich nicht.', name: 'a bare organisation noun is no name' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Die Stipendien der Hans-Fischer-Stiftung wurden verdoppelt.', expect: [{ name: 'Hans-Fischer-Stiftung', type: 'ORG' }], exact: true, name: 'realnews-t class („Robert-Koch-Institut“): a first name + a surname that reads as a common word + a head (scholarships, invented)' },
    { text: 'Laut Paul-Weber-Institut sinken die Mieten.', expect: [{ name: 'Paul-Weber-Institut', type: 'ORG' }], exact: true, name: 'realnews-t class: the same after „Laut“ at a sentence start (housing, invented)' },
    { text: 'Denkfabriken wie die Bertelsmann-Stiftung lieferten die Ideen.', expect: [{ name: 'Bertelsmann-Stiftung', type: 'ORG' }], exact: true, name: 'realnews-p class: a foundation named after a listed company is a body of its own (health policy)' },
    { text: 'Die Siemens-Stiftung fördert Schulen in Afrika.', expect: [{ name: 'Siemens-Stiftung', type: 'ORG' }], exact: true, name: 'a foundation named after a listed company (education, invented)' },
    { text: 'Eingeladen hatten die Ilse Marie Brandauer-Stiftung und der Landkreis.', expect: [{ name: 'Ilse Marie Brandauer-Stiftung', type: 'ORG' }], exact: true, name: 'first names before a surname-head compound belong to the organisation, no person (realnews-k: „Hanns Martin Schleyer-Stiftung“)' },
    { text: 'Gefördert wird das Projekt von der Egon Vollrath-Stiftung.', expect: [{ name: 'Egon Vollrath-Stiftung', type: 'ORG' }], exact: true, name: 'one first name, other topic: culture' },
    { text: 'Sie forscht an der Friedrich-Schiller-Universität Jena über Moose.', expect: [{ name: 'Friedrich-Schiller-Universität Jena', type: 'ORG' }], exact: true, name: 'a town after a named university compound is its seat (realnews-k: „Justus-Liebig-Universität Gießen“)' },
    { text: 'Die Studie kommt von der Carl-Zeiss-Stiftung Essen.', expect: [{ name: 'Carl-Zeiss-Stiftung Essen', type: 'ORG' }], exact: true, name: 'a common-word town after the compound (Essen)' },
    { text: 'Ökonomen vom Ifo-Institut und der Max-Planck-Gesellschaft widersprachen.', expect: [{ name: 'Ifo-Institut', type: 'ORG' }, { name: 'Max-Planck-Gesellschaft', type: 'ORG' }], name: 'name parts + organisation head' },
    { text: 'Das verstößt gegen Resolutionen des UN-Sicherheitsrates.', expect: [{ name: 'UN-Sicherheitsrat', type: 'ORG' }], name: 'acronym + head, nominative' },
  ],
});

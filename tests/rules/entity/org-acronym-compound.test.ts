import rule from '../../../src/rules/entity/org-acronym-compound.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Die Wasserwacht war schnell vor Ort.', name: 'a rescue service without its organisation is generic' },
    { text: 'Eine Person stieg mit einer Waffe in eine KVB-Bahn ein.', name: 'an acronym compound after an indefinite article names a kind (police)' },
    { text: 'US-Behörden meldeten Anfang November neue Zahlen.', name: 'a country acronym compound is a description' },
    { text: 'Der UN-Generalsekretär sprach.', name: 'a role is no organisation head' },
    { text: 'Sie bezahlte an der Kasse mit Karte.' },
    { text: 'Die Regierung will sparen, die Partei ist dagegen.' },
  ],
  invalid: [
    { text: 'Die DRK-Wasserwacht rettete zwei Schwimmer aus dem See.', expect: [{ name: 'DRK-Wasserwacht', type: 'ORG' }], exact: true, name: 'an acronym + a rescue service stays whole' },
    { text: 'Das verstößt gegen Resolutionen des UN-Sicherheitsrates.', expect: [{ name: 'UN-Sicherheitsrat', type: 'ORG' }], name: 'acronym compound, nominative' },
    { text: 'Die EU-Kommission legte einen Entwurf vor.', expect: [{ name: 'EU-Kommission', type: 'ORG' }] },
  ],
});

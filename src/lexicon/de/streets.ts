/**
 * Heads of German street names (a closed class), defined once: the last part of a compound street
 * name („Hauptstraße“, „Clayallee“, „Am Mühlweg“), lower case. A number right after such a name is a
 * house number, not a count („Clayallee 170“). A bare head („Platz 3“, „der Weg“) is no street name.
 */
export const STREET_HEADS: readonly string[] = [
  'straße', 'strasse', 'str', 'allee', 'weg', 'gasse', 'damm', 'ufer', 'chaussee', 'pfad', 'steig', 'promenade',
  'stieg', 'twiete',
];
// not heads here: „-platz“ („Tabellenplatz 3“), „-markt“ („Arbeitsmarkt“), „-berg“ / „-hof“ (towns, „Friedhof“)

/** „Hauptstraße“, „Clayallee“, „Kurfürstendamm“, „Hauptstr“: a capitalised compound ending in a street head. */
export function isStreetName(word: string): boolean {
  const c = word.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || c === 196 || c === 214 || c === 220)) return false;
  const lo = word.toLowerCase();
  for (const h of STREET_HEADS) if (lo.length > h.length + 2 && lo.endsWith(h)) return true;
  return false;
}

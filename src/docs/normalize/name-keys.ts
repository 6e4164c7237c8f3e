/** Helpers for matching names spelled differently across languages. */

/** Lowercase letters and digits only: `AzureSCIMV2_0` ~ `azure scim v2.0`. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Levenshtein distance, stopping early once it exceeds `limit`. With `swaps`,
 * two neighbouring letters swapped count as one edit (`pyhton`), as in the
 * typos a "did you mean" catches; enum matching counts them as two.
 */
export function editDistance(a: string, b: string, limit = 2, swaps = false): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `name`, case aside, for a "did you mean" in a
 * diagnostic: within one edit for names of 3 to 7 characters and two from 8
 * on (a swap of neighbouring letters is one edit), so a short or merely
 * similar name (`Gadget`, `Widget`) gets none. The first wins a tie.
 * `aliases` maps other well-known names, lowercase, to a candidate
 * (`golang` → `go`), for names no spelling distance would find.
 */
export function nearestName(name: string, candidates: Iterable<string>, aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const key = name.toLowerCase();
  const list = [...candidates];
  // Only an alias of a name this list holds: `output` means `out` among the config's top-level keys, nowhere else.
  if (Object.hasOwn(aliases, key) && list.includes(aliases[key])) return aliases[key];
  const limit = name.length >= 8 ? 2 : name.length >= 3 ? 1 : 0;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const distance = editDistance(key, candidate.toLowerCase(), limit, true);
    if (candidate !== name && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** `; did you mean `x`?` for the end of a diagnostic's message, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>, aliases: Readonly<Record<string, string>> = {}): string {
  const nearest = nearestName(name, candidates, aliases);
  return nearest === undefined ? '' : `; did you mean \`${nearest}\`?`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * Turns a documented member name into an identifier, keeping its casing:
 * `Cezanne HR` → `CezanneHR`, `okta-scim` → `OktaScim`, `2fa` → `_2fa`.
 */
export function sanitizeIdentifier(name: string): string {
  const words = name.split(/[^A-Za-z0-9_]+/).filter((w) => w !== '');
  const joined = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  if (joined === '') return 'Empty';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/**
 * Guesses the wire value of a titlecase member from its name, in the style of
 * the seeds' lists: `CyberarkSCIMV2_0` → `cyberark scim v2.0`, `FourthHr` → `fourth hr`.
 */
export function inferWireValue(member: string): string {
  const spaced = member.replace(/(\d)_(\d)/g, '$1.$2').replace(/V(?=\d)/g, ' v');
  const words = spaced.match(/[A-Z]?[a-z]+(?:\d+(?:\.\d+)*)?|[A-Z]+(?![a-z])|\d+(?:\.\d+)*/g) ?? [];
  return words.map((w) => w.toLowerCase()).join(' ');
}

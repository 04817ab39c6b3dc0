/**
 * Column matching by header words. Matching ignores spaces, brackets and full-width forms, so
 * “身份证号码（18位）” still finds the ID and “慰问金(元)” the amount.
 */
import { toHalfWidth } from '../domain/text';

/** The header as compared: half-width, no spaces, no bracketed remarks, no trailing colon or asterisk. */
export function headerKey(header: string): string {
  return toHalfWidth(header)
    .replace(/[\s\u3000]+/g, '')
    .replace(/\([^)]*\)|（[^）]*）|【[^】]*】|\[[^\]]*\]/g, '')
    .replace(/[*:：/、]/g, '')
    .toLowerCase();
}

export interface HeaderMatcher<F extends string> {
  /** The field a header names, or null (序号, 工号, anything unknown). */
  match(header: string): F | null;
  /** A field for each column; a field is given to its first column only. */
  suggest(headers: readonly string[]): Array<F | null>;
}

export function headerMatcher<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): HeaderMatcher<F> {
  const byKey = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) {
    for (const word of synonyms[field]) if (!byKey.has(headerKey(word))) byKey.set(headerKey(word), field);
  }
  const match = (header: string): F | null => byKey.get(headerKey(header)) ?? null;
  return {
    match,
    suggest(headers) {
      const taken = new Set<F>();
      return headers.map((h) => {
        const field = match(h);
        if (!field || taken.has(field)) return null;
        taken.add(field);
        return field;
      });
    },
  };
}

/**
 * Intl formatters, made once per locale and options. Building one costs far
 * more than formatting with it (ICU data lookup), and the dashboard formats
 * several figures per row as rows scroll into view: a new formatter per call
 * was a measurable part of each frame.
 */

/** Distinct locale+options combinations are few; the cap only guards against a caller that varies them freely. */
const MAX_KEPT = 200;
const cache = new Map<string, object>();

function cached<T extends object>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    if (cache.size >= MAX_KEPT) cache.clear();
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function numberFormat(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(opts)}`, () => new Intl.NumberFormat(locale, opts));
}

export function dateTimeFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(locale, opts));
}

export function relativeTimeFormat(
  locale: string,
  opts: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat {
  return cached(`r|${locale}|${JSON.stringify(opts)}`, () => new Intl.RelativeTimeFormat(locale, opts));
}

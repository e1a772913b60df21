/**
 * Places a brief may name, and the names a creator may use for them, in English and Indonesian.
 * An area (Jabodetabek, Bandung Raya, a province) covers cities; a brief naming the area wants
 * any of them. Names that are also everyday words are left out on purpose ("Solo", "Padang" as in
 * nasi padang, "Batu", "Medan" alone is kept: it is rarely a common noun in bios).
 */
export interface Place {
  /** Names as people write them: official, English, Indonesian, short forms. */
  names: string[];
  /** Ids of the places it covers (an area's cities). */
  covers?: string[];
}

export const PLACES: Readonly<Record<string, Place>> = {
  jakarta: {
    names: [
      'jakarta',
      'dki jakarta',
      'jkt',
      'jaksel',
      'jakbar',
      'jaktim',
      'jakut',
      'jakpus',
      'jakarta selatan',
      'jakarta barat',
      'jakarta timur',
      'jakarta utara',
      'jakarta pusat',
      'south jakarta',
      'west jakarta',
      'east jakarta',
      'north jakarta',
      'central jakarta',
    ],
  },
  bogor: { names: ['bogor'] },
  depok: { names: ['depok'] },
  tangerang: { names: ['tangerang', 'tangsel', 'tangerang selatan', 'south tangerang', 'bsd', 'bintaro'] },
  bekasi: { names: ['bekasi'] },
  jabodetabek: {
    names: ['jabodetabek', 'jabodetabek area', 'greater jakarta', 'jabotabek'],
    covers: ['jakarta', 'bogor', 'depok', 'tangerang', 'bekasi'],
  },
  bandung: { names: ['bandung', 'kota bandung'] },
  cimahi: { names: ['cimahi'] },
  lembang: { names: ['lembang'] },
  'bandung-raya': {
    names: ['bandung raya', 'greater bandung'],
    covers: ['bandung', 'cimahi', 'lembang'],
  },
  cirebon: { names: ['cirebon'] },
  sukabumi: { names: ['sukabumi'] },
  garut: { names: ['garut'] },
  tasikmalaya: { names: ['tasikmalaya', 'tasik'] },
  karawang: { names: ['karawang'] },
  'west-java': {
    names: ['jawa barat', 'jabar', 'west java'],
    covers: [
      'bandung',
      'cimahi',
      'lembang',
      'bogor',
      'depok',
      'bekasi',
      'cirebon',
      'sukabumi',
      'garut',
      'tasikmalaya',
      'karawang',
    ],
  },
  semarang: { names: ['semarang'] },
  surakarta: { names: ['surakarta', 'kota solo', 'solo raya'] },
  magelang: { names: ['magelang'] },
  'central-java': {
    names: ['jawa tengah', 'jateng', 'central java'],
    covers: ['semarang', 'surakarta', 'magelang'],
  },
  yogyakarta: {
    names: ['yogyakarta', 'jogja', 'jogjakarta', 'yogya', 'diy', 'sleman', 'bantul'],
  },
  surabaya: { names: ['surabaya', 'sby'] },
  sidoarjo: { names: ['sidoarjo'] },
  gresik: { names: ['gresik'] },
  malang: { names: ['malang', 'kota malang'] },
  'surabaya-raya': {
    names: ['surabaya raya', 'gerbangkertosusila', 'greater surabaya'],
    covers: ['surabaya', 'sidoarjo', 'gresik'],
  },
  'east-java': {
    names: ['jawa timur', 'jatim', 'east java'],
    covers: ['surabaya', 'sidoarjo', 'gresik', 'malang'],
  },
  bali: {
    names: ['bali', 'denpasar', 'canggu', 'seminyak', 'ubud', 'kuta', 'sanur', 'uluwatu', 'nusa dua'],
  },
  medan: { names: ['medan', 'kota medan'] },
  makassar: { names: ['makassar'] },
  palembang: { names: ['palembang'] },
  balikpapan: { names: ['balikpapan'] },
  batam: { names: ['batam'] },
  pekanbaru: { names: ['pekanbaru'] },
  manado: { names: ['manado'] },
  singapore: { names: ['singapore', 'singapura'] },
  'kuala-lumpur': { names: ['kuala lumpur'] },
};

/** Lower-case, single spaces, no diacritics: how names are compared. */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(PLACES).flatMap(([id, p]) => [
    [placeKey(id), id] as const,
    ...p.names.map((n) => [placeKey(n), id] as const),
  ]),
);

/** Place ids a brief's place names stand for, areas expanded to their cities. */
export function expandPlaces(wanted: readonly string[]): { ids: Set<string>; unknown: string[] } {
  const ids = new Set<string>();
  const unknown: string[] = [];
  const add = (id: string) => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const c of PLACES[id]?.covers ?? []) add(c);
  };
  for (const w of wanted) {
    const id = BY_NAME.get(placeKey(w));
    if (id) add(id);
    else if (placeKey(w)) unknown.push(w.trim());
  }
  return { ids, unknown };
}

/**
 * Every name a creator may write for the given places: their own names, and the names of any
 * area that covers one of them (a creator "in Jabodetabek" may well be in Jakarta).
 */
export function namesOf(ids: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [id, p] of Object.entries(PLACES)) {
    if (ids.has(id) || (p.covers ?? []).some((c) => ids.has(c))) out.push(...p.names);
  }
  return out;
}

/** Every known place name: a creator naming one outside the brief's places is elsewhere. */
export function allPlaceNames(): string[] {
  return Object.values(PLACES).flatMap((p) => p.names);
}

/** A place name as shown in reasons: "Jakarta Selatan", "BSD". */
export function placeLabel(name: string): string {
  return name
    .split(' ')
    .map((w) =>
      w.length <= 3 && !['di', 'ke'].includes(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}

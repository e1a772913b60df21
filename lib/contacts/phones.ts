/**
 * Phone and WhatsApp numbers, normalised to E.164 only where the country is
 * clear: written with "+<country code>", an Indonesian mobile in national form
 * (08…, the form nearly every Indonesian bio uses), or 62 8… without the plus
 * (how wa.me links and many bios write it). Any other number is kept exactly as
 * shown — a UK "07…" or a Jakarta "021…" is never turned into a guess.
 *
 * Bio text is full of digits that are not phone numbers (prices "150.000",
 * hours "08.00 - 17.00", years, follower counts), so in a bio a number is only
 * taken when it has one of those clear forms and is valid, or when a contact
 * word stands right before it ("WA:", "telp", "📞"). A contact button's number
 * needs no such word.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { PhoneContact } from './model';

/** Words (English and Indonesian) that mark the number after them as a phone number. */
const PHONE_WORD =
  /(?:^|[^\p{L}])(wa|whatsapp|whats\s?app|hp|no\.?\s?hp|telp|tlp|tel|telepon|phone|call|contact|kontak|hubungi|cp|sms)\s*(?:\/\s*(?:wa|whatsapp|sms|call|telp))?\s*[:.=\-–]?\s*$|[📞☎📱]\s*[:.]?\s*$/iu;
const WHATSAPP_WORD = /(?:^|[^\p{L}])(wa|whatsapp|whats\s?app)(?:[^\p{L}]|$)/iu;

/** How far before a number its contact word may stand ("WhatsApp / Call: " fits). */
const WORD_WINDOW = 24;

/** A run that could be a phone number: an optional "(+62)" or "+", digits and single separators. */
const CANDIDATE =
  /(?<![0-9+@./_])(?:\(\s*\+?\d{1,5}\s*\)\s*|\+\s?)?\d(?:[\s.\-()]{0,3}\d){4,16}(?![0-9@]|[.,]\d)/g;

const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

export interface PhoneFinding extends PhoneContact {
  at: number;
}

/**
 * E.164 when the country is clear and the number valid; null when it has a clear
 * form but is not a valid number (a typo, or not a phone at all); 'unclear' when
 * nothing says which country it belongs to.
 */
export function normalisePhone(shown: string): string | null | 'unclear' {
  const digits = shown.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  let parsed: ReturnType<typeof parsePhoneNumberFromString>;
  if (/^\s*(\(\s*)?\+/.test(shown)) parsed = parsePhoneNumberFromString(`+${digits}`);
  else if (digits.startsWith('08')) parsed = parsePhoneNumberFromString(digits, 'ID');
  else if (digits.startsWith('628')) parsed = parsePhoneNumberFromString(`+${digits}`);
  else return 'unclear';
  return parsed?.isValid() ? parsed.number : null;
}

function tidy(shown: string): string {
  return shown.replace(/\s+/g, ' ').trim();
}

/**
 * One number from a place that is certainly a phone number (a contact button, a
 * wa.me link): E.164 when clear, else as shown; null when it has too few or too many digits.
 */
export function phoneFromContact(shown: string, whatsapp: boolean): PhoneContact | null {
  const digits = shown.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  const e164 = normalisePhone(shown);
  if (typeof e164 === 'string' && e164 !== 'unclear') return { number: e164, international: true, whatsapp };
  return { number: tidy(shown), international: false, whatsapp };
}

/**
 * Without a contact word a number is only taken in a form that is hard to mistake:
 * written with "+", or a valid Indonesian mobile (+62 8[1-9]…; 0800 is a toll-free prefix that
 * codes and ids also start with).
 */
function clearWithoutWord(shown: string, e164: string | null): boolean {
  if (e164 === null || e164 === 'unclear') return false;
  return /^\s*(\(\s*)?\+/.test(shown) || /^\+628[1-9]/.test(e164);
}

/**
 * Numbers in free text (a bio, a button's label). `trusted`: the text is a
 * contact button's, so a number needs no contact word before it.
 */
export function findPhones(text: string, trusted = false): PhoneFinding[] {
  const found: PhoneFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const shown = m[0];
    const before = text.slice(Math.max(0, m.index - WORD_WINDOW), m.index);
    const word = PHONE_WORD.exec(before);
    const whatsapp = word ? WHATSAPP_WORD.test(word[0]) : false;
    const e164 = normalisePhone(shown);
    if (!trusted && !word && !clearWithoutWord(shown, e164)) continue;
    if (typeof e164 === 'string' && e164 !== 'unclear') {
      found.push({ number: e164, international: true, whatsapp, at: m.index });
    } else {
      const digits = shown.replace(/\D/g, '').length;
      if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
      found.push({ number: tidy(shown), international: false, whatsapp, at: m.index });
    }
  }
  return found;
}

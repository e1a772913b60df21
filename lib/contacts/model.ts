/**
 * Contact details a creator shows on their own profile. Only what the creator
 * wrote themselves goes in (ContactSources): their bio, their link-in-bio, and
 * the profile's contact buttons — never comments, other people's captions or
 * the site's own words, which the caller simply does not pass.
 */

/** What the creator wrote or set on their own profile, as the site reader found it. */
export interface ContactSources {
  /** The profile's bio text. */
  bio?: string | null;
  /** The creator's own links: the link-in-bio address(es), as href or as shown. */
  links?: readonly (string | null | undefined)[];
  /**
   * Contact buttons (Instagram business "Email", "Call", "WhatsApp"; TikTok's email
   * button): their href (mailto:, tel:, wa.me) or the text they reveal. A number
   * behind a contact button is a phone number without needing a "WA:" word beside it.
   */
  buttons?: readonly (string | null | undefined)[];
}

export interface PhoneContact {
  /** E.164 ("+6281234567890") when the country is clear; otherwise the number as shown. */
  number: string;
  /** True when `number` is E.164; false: the country was not clear and nothing was guessed. */
  international: boolean;
  /** Shown as a WhatsApp number or link (wa.me, "WA:"). */
  whatsapp: boolean;
}

export interface ContactDetails {
  /** Lower-cased addresses, in the order the profile shows them, no duplicates. */
  emails: string[];
  phones: PhoneContact[];
  /** Web addresses (link-in-bio first), redirect wrappers removed; WhatsApp and mail links are listed above instead. */
  links: string[];
}

/** The inspector's and the CSV's plain form: arrays of strings. */
export interface ContactLists {
  emails: string[];
  phones: string[];
  links: string[];
}

export function contactLists(details: ContactDetails): ContactLists {
  return {
    emails: [...details.emails],
    phones: details.phones.map((p) => p.number),
    links: [...details.links],
  };
}

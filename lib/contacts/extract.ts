/**
 * Contact details from the creator's own profile texts (model.ts). One pass per
 * source; addresses are de-duplicated in the order the profile shows them, the
 * link-in-bio first. Nothing is inferred: an address or number that cannot be
 * read with confidence is left out (emails) or kept as shown (phones).
 */
import { emailSpans, findEmails, mailtoAddress } from './emails';
import { classifyLink, findLinks } from './links';
import type { ContactDetails, ContactSources, PhoneContact } from './model';
import { findPhones, phoneFromContact } from './phones';

/** Longer texts are not a bio: read only the start (Instagram allows 150 characters, TikTok 80). */
const MAX_TEXT = 5_000;
const MAX_EACH = 20;

class Collector {
  readonly emails: string[] = [];
  readonly phones: PhoneContact[] = [];
  readonly links: string[] = [];

  email(address: string): void {
    if (!this.emails.includes(address) && this.emails.length < MAX_EACH) this.emails.push(address);
  }

  phone(phone: PhoneContact): void {
    const same = this.phones.find((p) => p.number === phone.number);
    if (same) {
      // The same number shown once as WhatsApp and once plain is a WhatsApp number.
      same.whatsapp ||= phone.whatsapp;
      return;
    }
    if (this.phones.length < MAX_EACH)
      this.phones.push({
        number: phone.number,
        international: phone.international,
        whatsapp: phone.whatsapp,
      });
  }

  link(url: string): void {
    if (!this.links.includes(url) && this.links.length < MAX_EACH) this.links.push(url);
  }

  /** A link the creator set or typed: filed as the web address, email or number it is. */
  linkText(text: string): void {
    const kind = classifyLink(text);
    if (!kind) return;
    if (kind.kind === 'web') this.link(kind.url);
    else if (kind.kind === 'email') {
      const address = mailtoAddress(kind.href);
      if (address) this.email(address);
    } else {
      const phone = phoneFromContact(kind.number, kind.kind === 'whatsapp');
      if (phone) this.phone(phone);
    }
  }

  /** Free text: emails, typed addresses, then numbers outside both. */
  text(raw: string, trusted: boolean): void {
    const text = raw.slice(0, MAX_TEXT);
    for (const { address } of findEmails(text)) this.email(address);
    const links = findLinks(text).filter(
      (l) => !emailSpans(text).some(([start, end]) => l.at < end && start < l.end),
    );
    for (const l of links) this.linkText(l.text);
    // Numbers inside an email or a web address are not phone numbers of their own.
    const masked = maskSpans(text, [
      ...emailSpans(text),
      ...links.map((l) => [l.at, l.end] as [number, number]),
    ]);
    for (const phone of findPhones(masked, trusted)) this.phone(phone);
  }
}

/** Replaces the spans by spaces, keeping every other character's position. */
function maskSpans(text: string, spans: [number, number][]): string {
  const chars = [...text.split('')];
  for (const [start, end] of spans) for (let i = start; i < end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

export function extractContacts(sources: ContactSources): ContactDetails {
  const c = new Collector();
  for (const link of sources.links ?? []) if (link) c.linkText(link);
  for (const button of sources.buttons ?? []) {
    if (!button) continue;
    const kind = classifyLink(button);
    if (kind && /^(mailto:|tel:|https?:|wa\.me|api\.whatsapp)/i.test(button.trim())) c.linkText(button);
    else c.text(button, true);
  }
  if (sources.bio) c.text(sources.bio, false);
  return { emails: c.emails, phones: c.phones, links: c.links };
}

/**
 * Whatever the bio, nothing is invented: every email's parts and every phone
 * number's digits are in the text the creator wrote. Random bios are assembled
 * from realistic fragments (contacts, prices, hours, handles, counts, noise).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractContacts } from '@/lib/contacts';

const FRAGMENTS = [
  'WA 0812-3456-7890',
  'email: name [at] domain dot com',
  'collab@brand.co.id',
  'Rp 150.000',
  'Open 08.00 - 17.00',
  '@kopi.kelana.id',
  '12.530 followers',
  '+44 20 7946 0958',
  'telp (021) 555-1234',
  'wa.me/6281298765432',
  'lynk.id/salsa',
  'meet at kemang dot com',
  '6281234567890',
  '2019',
  '💄✨',
  ' | ',
  '\n',
  '·',
];

const bio = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('contacts are never invented', () => {
  it('emails are made of the text’s own words; phone digits are the text’s own digits', () => {
    fc.assert(
      fc.property(bio, (text) => {
        const out = extractContacts({ bio: text });
        const lower = text.toLowerCase();
        const digits = text.replace(/\D/g, '');
        for (const email of out.emails) {
          const [local, domain] = email.split('@') as [string, string];
          expect(lower).toContain(local);
          for (const label of domain.split('.')) expect(lower).toContain(label);
        }
        for (const phone of out.phones) {
          // E.164 for an 08… number drops the 0 and adds 62: the national digits are in the text.
          const own = phone.number.replace(/\D/g, '');
          const national = phone.international && own.startsWith('62') ? own.slice(2) : own;
          expect(digits.includes(own) || digits.includes(national)).toBe(true);
        }
        for (const link of out.links) expect(lower).toContain(new URL(link).hostname.replace(/^www\./, ''));
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Contact details from a creator's own bio, links and contact buttons, on
 * realistic Indonesian and English bios. Every case also says what must NOT be
 * read: prices, hours, counts, handles and loose "at … dot …" prose.
 */
import { describe, expect, it } from 'vitest';
import { contactLists, extractContacts } from '@/lib/contacts';

const lists = (input: Parameters<typeof extractContacts>[0]) => contactLists(extractContacts(input));

describe('emails', () => {
  it.each([
    [
      'Review skincare lokal yang jujur\nJakarta · Kerja sama: nadia.glow@mail.example',
      ['nadia.glow@mail.example'],
    ],
    ['Mobile Legends tiap malam | business: Ozi.Gaming@Mail.Example', ['ozi.gaming@mail.example']],
    ['Business inquiries 📩 hello@studio.co.id.', ['hello@studio.co.id']],
    ['📧 collab.rina+brand@gmail.com / rina@agency.id', ['collab.rina+brand@gmail.com', 'rina@agency.id']],
    ['email: name [at] domain dot com', ['name@domain.com']],
    ['Endorse: kopi.kelana(at)gmail(dot)com', ['kopi.kelana@gmail.com']],
    ['kontak: salsa {at} hijabdaily [titik] co [titik] id', ['salsa@hijabdaily.co.id']],
  ])('%s', (bio, emails) => {
    expect(lists({ bio }).emails).toEqual(emails);
  });

  it.each([
    // Prose with "at" and "dot" is not an address.
    'Ngopi at Kemang dot Blok M every weekend',
    'meet us at kemang dot com',
    // Mentions and handles are not addresses.
    'Managed by @talent.agency.id · @kopi.kelana',
    // Half an address is not an address.
    'email me at rina@ for collabs',
    'name [at] domain',
  ])('no email in "%s"', (bio) => {
    expect(lists({ bio }).emails).toEqual([]);
  });

  it('mailto: buttons give their address; a mailto without one gives nothing', () => {
    expect(lists({ buttons: ['mailto:Collab@Brand.ID?subject=Kerja%20sama', 'mailto:'] }).emails).toEqual([
      'collab@brand.id',
    ]);
  });

  it('the same address twice is listed once', () => {
    expect(lists({ bio: 'a@b.co | A@B.co', buttons: ['mailto:a@b.co'] }).emails).toEqual(['a@b.co']);
  });
});

describe('phones', () => {
  it.each([
    ['Endorse/collab: WA 0812-3456-7890 📍Bandung', '+6281234567890', true],
    ['Admin: WhatsApp 0856.1234.5678', '+6285612345678', true],
    ['Order via HP 081398765432 ya kak', '+6281398765432', false],
    ['Kontak +62 812 3456 7890', '+6281234567890', false],
    ['(+62) 813-1111-2222 for business', '+6281311112222', false],
    ['6281298765432 (admin)', '+6281298765432', false],
    ['Call +44 20 7946 0958 for bookings', '+442079460958', false],
    ['📞 +1 212-736-5000', '+12127365000', false],
  ])('%s → %s', (bio, number, whatsapp) => {
    expect(extractContacts({ bio }).phones).toEqual([{ number, international: true, whatsapp }]);
  });

  it('a number of no clear country is kept as shown, not guessed, and only beside a contact word', () => {
    expect(extractContacts({ bio: 'CP: 021-555-1234 (office)' }).phones).toEqual([
      { number: '021-555-1234', international: false, whatsapp: false },
    ]);
    // A UK mobile in national form: kept as written, never read as Indonesian.
    expect(extractContacts({ bio: 'Bookings — phone: 07946 095812' }).phones).toEqual([
      { number: '07946 095812', international: false, whatsapp: false },
    ]);
    // Without a contact word it is not taken at all.
    expect(extractContacts({ bio: 'London based, 07946 095812' }).phones).toEqual([]);
  });

  it.each([
    'Open 08.00 - 17.00 WIB, Sabtu 08.00-12.00',
    'Harga mulai Rp 150.000 - 300.000',
    'Followers goal 12.530 → 100.000 · since 2019',
    'Budget traveller ✈ Itinerary hemat < 1 juta · 2024.05.17',
    'NPWP 01.234.567.8-901.000',
    'Rating 4.9/5 dari 2.662 ulasan',
  ])('no phone in "%s"', (bio) => {
    expect(extractContacts({ bio }).phones).toEqual([]);
  });

  it('an 08… run that is not a valid Indonesian number is left out (no contact word)', () => {
    expect(extractContacts({ bio: 'kode promo 0800123456' }).phones).toEqual([]);
  });

  it('numbers inside an email or a web address are not phone numbers', () => {
    const out = extractContacts({ bio: 'email 081234567890@mail.example · lynk.id/081298765432' });
    expect(out.phones).toEqual([]);
    expect(out.emails).toEqual(['081234567890@mail.example']);
    expect(out.links).toEqual(['https://lynk.id/081298765432']);
  });

  it('WhatsApp links: wa.me and api.whatsapp.com, in the bio or as the link', () => {
    const out = extractContacts({
      bio: 'Order: wa.me/6281234567890 • lynk.id/kopikelana',
      links: ['https://api.whatsapp.com/send?phone=628561234567&text=Halo%20kak'],
    });
    expect(out.phones).toEqual([
      { number: '+628561234567', international: true, whatsapp: true },
      { number: '+6281234567890', international: true, whatsapp: true },
    ]);
    expect(out.links).toEqual(['https://lynk.id/kopikelana']);
  });

  it('a wa.me link written with a national 08… number is read as Indonesian', () => {
    expect(extractContacts({ links: ['https://wa.me/081234567890'] }).phones).toEqual([
      { number: '+6281234567890', international: true, whatsapp: true },
    ]);
  });

  it('a WhatsApp short link (no number in it) stays a link', () => {
    expect(lists({ links: ['https://wa.link/abc123'] })).toEqual({
      emails: [],
      phones: [],
      links: ['https://wa.link/abc123'],
    });
  });

  it('the same number as WhatsApp and as a plain number is one WhatsApp number', () => {
    expect(
      extractContacts({ bio: 'HP 0812 3456 7890', links: ['https://wa.me/6281234567890'] }).phones,
    ).toEqual([{ number: '+6281234567890', international: true, whatsapp: true }]);
  });

  it('contact buttons: tel: links and a revealed number need no contact word', () => {
    expect(extractContacts({ buttons: ['tel:+6221555123', '(0361) 123456'] }).phones).toEqual([
      { number: '+6221555123', international: true, whatsapp: false },
      { number: '(0361) 123456', international: false, whatsapp: false },
    ]);
  });
});

describe('links', () => {
  it('the link-in-bio comes first, unwrapped from the site redirector', () => {
    expect(
      lists({
        bio: 'Menu & lokasi: https://kopikelana.example/menu.',
        links: ['https://l.instagram.com/?u=https%3A%2F%2Flinktr.ee%2Fglowingwithnadia&e=demo'],
      }).links,
    ).toEqual(['https://linktr.ee/glowingwithnadia', 'https://kopikelana.example/menu']);
  });

  it('TikTok bio links are unwrapped from /link/v2?target=', () => {
    expect(
      lists({
        links: [
          'https://www.tiktok.com/link/v2?aid=1988&lang=en&scene=bio_url&target=https%3A%2F%2Fbeacons.ai%2Frina',
        ],
      }).links,
    ).toEqual(['https://beacons.ai/rina']);
  });

  it('handles and dotted words are not web addresses; known link hosts and paths are', () => {
    expect(lists({ bio: '@kopi.kelana.id · glowing.with.nadia · Review jujur.Bayar sendiri' }).links).toEqual(
      [],
    );
    expect(lists({ bio: 'Katalog: linktr.ee/hijabsalsa | shopee.co.id/salsa.store' }).links).toEqual([
      'https://linktr.ee/hijabsalsa',
      'https://shopee.co.id/salsa.store',
    ]);
  });

  it('something that is not a web address is dropped', () => {
    expect(lists({ links: ['javascript:alert(1)', 'not a link', '', null] })).toEqual({
      emails: [],
      phones: [],
      links: [],
    });
  });
});

describe('whole bios', () => {
  it('an Indonesian beauty creator', () => {
    expect(
      lists({
        bio: 'Beauty enthusiast 💄 Jakarta\nEndorse & collab 👉 WA 0812-9876-5432\n📧 mbak.ayu.beauty@gmail.com\nFree ongkir? Rp 25.000 aja',
        links: ['https://l.instagram.com/?u=https%3A%2F%2Flynk.id%2Fayubeauty&e=AT0'],
      }),
    ).toEqual({
      emails: ['mbak.ayu.beauty@gmail.com'],
      phones: ['+6281298765432'],
      links: ['https://lynk.id/ayubeauty'],
    });
  });

  it('an English food creator with a UK number', () => {
    expect(
      lists({
        bio: 'London foodie 🍜 | 25k family\nCollabs: sarah.eats@outlook.com\nOpen Mon–Fri 09.00-18.00\nCall +44 20 7946 0958',
      }),
    ).toEqual({ emails: ['sarah.eats@outlook.com'], phones: ['+442079460958'], links: [] });
  });

  it('a bio with nothing to contact', () => {
    expect(
      lists({ bio: 'Ibu 2 anak · Resep MPASI rumahan, simpel & bergizi\nBandung · No endorse obat' }),
    ).toEqual({ emails: [], phones: [], links: [] });
  });
});

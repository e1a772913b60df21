/**
 * The readers' notices (Reading.notices) in the card's language. Readers write
 * them in English (lib/sites: instagram.ts NOTICES, tiktok.ts); the known ones
 * are looked up by their exact English text. A notice that carries page text
 * (a handle, a parser message) is not in this table and stays in English:
 * better an English note than a wrong or half-filled translation.
 * notices.test.ts keeps this table in step with the readers' own texts.
 */
import type { Lang } from '@/lib/i18n/core';
import { NO_ANSWER } from '@/lib/protocol/client';

const INDONESIAN: Readonly<Record<string, string>> = {
  // Instagram (lib/sites/instagram/reader.ts NOTICES)
  'Not an Instagram profile or post page.': 'Bukan halaman profil atau postingan Instagram.',
  'Only the page summary was readable (logged-out view?): counts may be rounded or lag, posts are not listed.':
    'Hanya ringkasan halaman yang terbaca (belum masuk?): angka bisa dibulatkan atau tertinggal, postingan tidak tercantum.',
  'No follower, following or post counts on this page.':
    'Tidak ada jumlah pengikut, mengikuti, atau postingan di halaman ini.',
  'This account is private: its posts are not visible.': 'Akun ini privat: postingannya tidak terlihat.',
  'No like or comment counts on this page.': 'Tidak ada jumlah suka atau komentar di halaman ini.',
  'The creator hides like counts.': 'Kreator menyembunyikan jumlah suka.',
  'This page could not be read reliably; figures are left unknown.':
    'Halaman ini tidak bisa dibaca dengan andal; angka dibiarkan tidak diketahui.',
  'Instagram changed its page: the creator is here, but not the follower, following or post counts in its header. Until Microlens is updated they are unknown or from the rounded page summary.':
    'Instagram mengubah tampilan halamannya: kreator ini ada, tetapi jumlah pengikut, mengikuti, dan postingan di bagian atas profilnya tidak ditemukan. Sampai Microlens diperbarui, angkanya belum diketahui atau diambil dari ringkasan halaman yang dibulatkan.',
  'The page summary is about another post: not read.':
    'Ringkasan halaman ini tentang postingan lain: tidak dibaca.',
  'A login wall hides this post: paid partnership unknown.':
    'Postingan ini tertutup layar masuk: kemitraan berbayar belum diketahui.',
  // TikTok (lib/sites/tiktok/reader.ts)
  'TikTok showed its empty "Make Your Day" shell (logged out or blocked): no figures on this page.':
    'TikTok menampilkan halaman kosong "Make Your Day" (belum masuk atau diblokir): tidak ada angka di halaman ini.',
  'No counts found on this page.': 'Tidak ada angka di halaman ini.',
  'Not a TikTok creator page: nothing to read.': 'Bukan halaman kreator TikTok: tidak ada yang dibaca.',
  'TikTok changed its page: the creator is here, but none of the follower, following or like counts Microlens reads could be found. Figures stay unknown until Microlens is updated; nothing is wrong with this creator.':
    'TikTok mengubah tampilan halamannya: kreator ini ada, tetapi jumlah pengikut, mengikuti, dan suka yang biasa dibaca Microlens tidak ditemukan. Angkanya belum diketahui sampai Microlens diperbarui; ini bukan masalah pada kreatornya.',
  'Embedded post data is for another post: ignored.':
    'Data postingan di halaman ini untuk postingan lain: diabaikan.',
  // The content script's own (lib/page-runtime/creator-page.ts)
  'Microlens could not find this creator’s figures on the page yet.':
    'Microlens belum menemukan angka kreator ini di halaman.',
  // The message client's (lib/protocol/client.ts)
  [NO_ANSWER]: 'Latar Microlens tidak menjawab',
};

export function translateNotice(text: string, lang: Lang): string {
  return lang === 'id' ? (INDONESIAN[text] ?? text) : text;
}

/** The English notices this table knows (for its test). */
export const KNOWN_NOTICES: readonly string[] = Object.keys(INDONESIAN);

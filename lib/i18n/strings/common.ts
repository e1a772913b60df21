/**
 * Strings every surface shares: the figure strings (unknown reasons, tiers,
 * benchmark bands, count notes: see figures.ts), shortlist statuses, platforms.
 * Indonesian is written as a marketer in Jakarta would say it ("engagement"
 * stays English, as the industry uses it).
 */
import { defineStrings } from '@/lib/i18n/core';
import { figureStrings } from './figures';

export const commonStrings = defineStrings({
  en: {
    ...figureStrings.en,
    'status.contacted': 'Contacted',
    'status.negotiating': 'Negotiating',
    'status.active': 'Active',
    'status.done': 'Done',
    'status.rejected': 'Rejected',
    'platform.instagram': 'Instagram',
    'platform.tiktok': 'TikTok',
    openDashboard: 'Open dashboard',
    'fit.more': 'All {n} reasons',
    'fit.less': 'Fewer reasons',
    'fit.scoreLabel': '{brief}: fit {score} of 100',
    'fit.hard': 'misses a must-have',
    'fit.allBriefs': 'All {n} briefs',
    'fit.fewerBriefs': 'Only the best {n}',
    'fit.none': 'No briefs yet. Add one in the dashboard to score creators against it.',
    'signal.ok': 'looks fine',
    'signal.watch': 'worth a look',
    'signal.concern': 'likely a problem',
    'error.generic': 'Something went wrong: {message}',
  },
  id: {
    ...figureStrings.id,
    'status.contacted': 'Dihubungi',
    'status.negotiating': 'Negosiasi',
    'status.active': 'Aktif',
    'status.done': 'Selesai',
    'status.rejected': 'Ditolak',
    'platform.instagram': 'Instagram',
    'platform.tiktok': 'TikTok',
    openDashboard: 'Buka dasbor',
    'fit.more': 'Semua {n} alasan',
    'fit.less': 'Sembunyikan alasan lain',
    'fit.scoreLabel': '{brief}: cocok {score} dari 100',
    'fit.hard': 'tidak memenuhi syarat wajib',
    'fit.allBriefs': 'Semua {n} brief',
    'fit.fewerBriefs': 'Hanya {n} teratas',
    'fit.none': 'Belum ada brief. Tambahkan di dasbor untuk menilai kecocokan kreator.',
    'signal.ok': 'aman',
    'signal.watch': 'perlu dicek',
    'signal.concern': 'kemungkinan bermasalah',
    'error.generic': 'Terjadi kesalahan: {message}',
  },
});

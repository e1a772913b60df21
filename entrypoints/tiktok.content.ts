import { runCreatorPage } from '@/components/page/creator-page';

// Thin on purpose: everything shared by both sites lives in components/page.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_start',
  main(ctx) {
    runCreatorPage(ctx, 'tiktok');
  },
});

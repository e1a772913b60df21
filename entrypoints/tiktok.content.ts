import { runCreatorPage } from '@/components/page/creator-page';
import { isTiktokDataNode } from '@/lib/sites/tiktok/data-node';
import { extractTiktokPage, tiktokPageKind } from '@/lib/sites/tiktok/reader';

// Thin on purpose: the runtime shared by both sites lives in components/page;
// this script carries only TikTok's reader.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  // document_start so the page-data receiver listens before the page's first API calls.
  runAt: 'document_start',
  main(ctx) {
    runCreatorPage(ctx, {
      platform: 'tiktok',
      pageKind: tiktokPageKind,
      extract: extractTiktokPage,
      isDataNode: isTiktokDataNode,
    });
  },
});

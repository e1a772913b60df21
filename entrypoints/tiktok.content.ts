import { pageHost } from '@/components/content-script/page-host';
import { runCreatorPage } from '@/lib/page-runtime/creator-page';
import { isTiktokDataNode } from '@/lib/sites/tiktok/data-node';
import { extractTiktokPage, tiktokPageKind } from '@/lib/sites/tiktok/reader';

// Thin on purpose: the runtime shared by both sites lives in lib/page-runtime (the
// extension's side of it in components/content-script);
// this script carries only TikTok's reader.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  // document_start so the page-data receiver listens before the page's first API calls.
  runAt: 'document_start',
  main(ctx) {
    runCreatorPage(pageHost(ctx, 'tiktok'), {
      platform: 'tiktok',
      pageKind: tiktokPageKind,
      extract: extractTiktokPage,
      isDataNode: isTiktokDataNode,
    });
  },
});

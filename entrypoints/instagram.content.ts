import { runCreatorPage } from '@/components/page/creator-page';
import { isInstagramDataNode } from '@/lib/sites/instagram/data-node';
import { extractInstagramPage, instagramPageKind } from '@/lib/sites/instagram/reader';

// Thin on purpose: the runtime shared by both sites lives in components/page;
// this script carries only Instagram's reader.
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // document_start so the page-data receiver listens before the page's first API calls.
  runAt: 'document_start',
  main(ctx) {
    runCreatorPage(ctx, {
      platform: 'instagram',
      pageKind: instagramPageKind,
      extract: extractInstagramPage,
      isDataNode: isInstagramDataNode,
    });
  },
});

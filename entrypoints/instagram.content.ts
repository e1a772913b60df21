import { pageHost } from '@/components/content-script/page-host';
import { runCreatorPage } from '@/lib/page-runtime/creator-page';
import { isInstagramDataNode } from '@/lib/sites/instagram/data-node';
import { extractInstagramPage, instagramPageKind } from '@/lib/sites/instagram/reader';

// Thin on purpose: the runtime shared by both sites lives in lib/page-runtime (the
// extension's side of it in components/content-script);
// this script carries only Instagram's reader.
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // document_start so the page-data receiver listens before the page's first API calls.
  runAt: 'document_start',
  main(ctx) {
    runCreatorPage(pageHost(ctx, 'instagram'), {
      platform: 'instagram',
      pageKind: instagramPageKind,
      extract: extractInstagramPage,
      isDataNode: isInstagramDataNode,
    });
  },
});

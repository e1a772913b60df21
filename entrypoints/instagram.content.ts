export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.microlens = 'instagram';
  },
});

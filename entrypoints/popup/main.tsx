// No zod here: the popup validates nothing itself (the worker does) and imports only
// zod-free schema values (lib/schema/plain.ts), so it loads and parses less at every open.
import { render } from 'preact';
import { loadPopup, type PopupDeps } from '@/components/popup/load-popup';
import { PopupApp } from '@/components/popup/popup-app';
import { popupCss } from '@/components/popup/styles';
import { send } from '@/components/shared/send';

const deps: PopupDeps = {
  send,
  async activeTabUrl() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  },
  openDashboard() {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    window.close();
  },
  languages: navigator.languages,
  async askActiveTab(message) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return browser.tabs.sendMessage(tab.id, message);
  },
  saveFile(name, text) {
    // A download the user sees and keeps; nothing leaves the browser.
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

// The tab query and the worker round trips start first, while the shell below renders and paints.
const loading = loadPopup(deps);
const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);
render(<PopupApp deps={deps} loading={loading} />, document.getElementById('app')!);

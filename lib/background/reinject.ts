/**
 * After an update or reload, Chrome leaves the OLD content scripts orphaned in
 * open Instagram/TikTok tabs (their extension context is gone: they stop
 * quietly and their card is removed) and injects no new ones until the tab
 * navigates. So on install/update the new worker injects the manifest's
 * isolated-world content scripts into the open tabs of the two sites, and the
 * overlay comes back without a reload. Needs the "scripting" permission; the
 * host permissions already limit it to the two sites.
 *
 * The main-world page-data bridge is NOT re-injected: the old copy keeps
 * running in the page (main-world scripts are not tied to the extension) and
 * posts to the new content script; a second copy would report every response
 * twice. Firefox injects manifest content scripts into open tabs itself, so
 * the entrypoint calls this on Chrome only.
 */

interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  world?: string;
}

/** The slice of the WebExtension API this needs (the entrypoint passes `browser`). */
export interface ReinjectBrowser {
  runtime: { getManifest(): { content_scripts?: ManifestContentScript[] } };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number; discarded?: boolean }[]> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

/** Injects into every open matching tab; returns how many injections succeeded. */
export async function reinjectContentScripts(api: ReinjectBrowser): Promise<number> {
  let injected = 0;
  for (const script of api.runtime.getManifest().content_scripts ?? []) {
    if (script.world === 'MAIN' || !script.matches?.length || !script.js?.length) continue;
    const tabs = await api.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      // A discarded tab reloads (and gets its scripts) when the user returns to it.
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, files: script.js });
        injected++;
      } catch {
        // The tab closed, or shows an error page: nothing to do there.
      }
    }
  }
  return injected;
}

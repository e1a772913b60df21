// Placeholder until the store lands: proves the worker answers content scripts.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    return Promise.resolve({
      ok: false,
      error: { code: 'internal', message: `not ready: ${JSON.stringify(message).slice(0, 50)}` },
    });
  });
});

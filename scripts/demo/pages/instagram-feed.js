// The sample Instagram page's own script, standing in for the web app: it loads
// the profile's posts (with like and comment counts) from the site's API, as
// instagram.com does after the first paint. Microlens never makes this request;
// its page-data bridge only sees the page's own response.
(() => {
  const userId = document.body.dataset.userId;
  if (!userId) return;
  fetch(`/api/v1/feed/user/${userId}/?count=12`, { credentials: 'include' })
    .then((r) => r.json())
    .then((body) => {
      // Like the site, show each tile's counts on hover.
      const byCode = new Map((body.items || []).map((m) => [m.code, m]));
      for (const link of document.querySelectorAll('.grid a[href]')) {
        const code = link.getAttribute('href').split('/').filter(Boolean).pop();
        const media = byCode.get(code);
        if (!media) continue;
        const counts = document.createElement('span');
        counts.className = 'hover-counts';
        counts.textContent = `♥ ${media.like_count.toLocaleString('en-US')}  💬 ${media.comment_count.toLocaleString('en-US')}`;
        link.append(counts);
      }
    })
    .catch(() => undefined);
})();

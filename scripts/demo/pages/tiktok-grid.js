// The sample TikTok page's own script, standing in for the web app: it loads
// the profile's videos from /api/post/item_list/ and renders the grid, as
// tiktok.com does after the first paint. Microlens never makes this request;
// its page-data bridge only sees the page's own response.
(() => {
  const secUid = document.body.dataset.secUid;
  const list = document.querySelector('[data-e2e="user-post-item-list"]');
  if (!secUid || !list) return;
  const indonesian = document.documentElement.lang.toLowerCase().startsWith('id');
  // TikTok shows views rounded: "183.4K" (English), "183,4 rb" (Indonesian).
  const compact = (n) => {
    const [div, unit] =
      n >= 1e6 ? [1e6, indonesian ? ' jt' : 'M'] : n >= 1e4 ? [1e3, indonesian ? ' rb' : 'K'] : [1, ''];
    const text = div === 1 ? String(n) : (Math.floor((n / div) * 10) / 10).toFixed(1).replace(/\.0$/, '');
    return indonesian ? text.replace('.', ',') + unit : text + unit;
  };
  const colours = ['#ffd6e0', '#cdeffd', '#fff1c1', '#d9f7d6', '#e7dcff', '#ffe2c7', '#d4f1f4'];
  fetch(`/api/post/item_list/?secUid=${encodeURIComponent(secUid)}&count=30&cursor=0`)
    .then((r) => r.json())
    .then((body) => {
      (body.itemList || []).forEach((item, i) => {
        const cell = document.createElement('div');
        cell.setAttribute('data-e2e', 'user-post-item');
        const link = document.createElement('a');
        link.href = `https://www.tiktok.com/@${item.author.uniqueId}/video/${item.id}`;
        link.style.background = colours[i % colours.length];
        if (item.isPinnedItem) {
          const badge = document.createElement('div');
          badge.setAttribute('data-e2e', 'video-card-badge');
          badge.textContent = indonesian ? 'Disematkan' : 'Pinned';
          link.append(badge);
        }
        const desc = document.createElement('p');
        desc.className = 'desc';
        // A thumbnail title: the caption without hashtags or emoji (many machines lack an emoji font).
        desc.textContent = item.desc
          .replace(/#\S+/g, '')
          .replace(/(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})/gu, '')
          .trim();
        const views = document.createElement('strong');
        views.setAttribute('data-e2e', 'video-views');
        views.textContent = compact(item.stats.playCount);
        link.append(desc, views);
        cell.append(link);
        list.append(cell);
      });
    })
    .catch(() => undefined);
})();

// The page's own code for the bench's infinite-scroll profile: like the real
// site, it appends a row of three posts every 200 ms (as if the timeline API
// answered), each post a link /<handle>/p/<code>/ with an alt-text caption.
(() => {
  const handle = location.pathname.split('/')[1] || 'rina.kopi';
  const grid = document.getElementById('grid');
  const captions = [
    'Kopi susu gula aren pagi ini #kopi #bandung',
    'Manual brew V60, light roast Gayo #kopi #manualbrew',
    'Paid partnership with a local roastery #ad',
    'Resep es kopi pandan di rumah #resep',
  ];
  let n = 0;
  const addRow = () => {
    const row = document.createElement('div');
    for (let i = 0; i < 3; i++) {
      n += 1;
      const code = `B${(100000 + n).toString(36)}`;
      const a = document.createElement('a');
      a.href = `/${handle}/p/${code}/`;
      const img = document.createElement('img');
      img.alt = `Photo by Rina Kopi on January ${(n % 28) + 1}, 2025. ${captions[n % captions.length]}`;
      // Hover counts as the grid renders them: likes, then comments.
      const counts = document.createElement('ul');
      for (const value of [(200 + ((n * 37) % 900)).toLocaleString('en-US'), String(5 + (n % 40))]) {
        const li = document.createElement('li');
        const outer = document.createElement('span');
        const inner = document.createElement('span');
        inner.textContent = value;
        outer.append(inner);
        li.append(outer);
        counts.append(li);
      }
      a.append(img, counts);
      row.append(a);
    }
    grid.append(row);
  };
  for (let i = 0; i < 4; i++) addRow();
  setInterval(addRow, 200);
})();

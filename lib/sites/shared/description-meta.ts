/**
 * The description metas both sites put in <head>, server-rendered with the
 * profile's counts ("3,351 Followers, 200 Following, 177 Posts…" on Instagram,
 * "783.4K Followers. 3.9M Likes…" on TikTok): the first figures a page has.
 */
export function isDescriptionMeta(el: Element): boolean {
  return el.getAttribute('name') === 'description' || el.getAttribute('property') === 'og:description';
}

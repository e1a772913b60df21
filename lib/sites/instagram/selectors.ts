/**
 * Every selector and label word the Instagram reader uses, in one place. Link
 * targets, ARIA labels, `title` attributes, meta/link tags and element
 * structure only: class names are generated and change with every release, so
 * they are never used. When Instagram changes its markup, this is the file to
 * edit; INSTAGRAM_FIXTURES below says which saved pages each entry must match
 * (tests/unit/sites/selector-tables.test.ts enforces it).
 */
import type { AnchorFixtures } from '@/lib/sites/shared/anchors';
import type { LabelTable } from '@/lib/sites/shared/labels';

/** Browsers' "Save page as" rewrites links to absolute URLs; the live page uses paths. */
export const ORIGIN = 'https://www.instagram.com';

export const INSTAGRAM = {
  // ── Identity of the page ──
  /** `<link rel="canonical">`: the server's own URL for the page (profile or post). */
  canonical: 'link[rel="canonical"][href]',
  /** `og:url`, the same for link previews; on post pages it names the shortcode. */
  ogUrl: 'meta[property="og:url"][content]',
  /** The profile header (on post pages: the post's author bar, or a login wall's banner). */
  header: 'header',
  /** The header heading: the username (2024–2026). */
  heading: 'header h1, header h2',
  /** The avatar; its alt names the username ("sari.kopi's profile picture", "Foto profil sari.kopi"). */
  avatar: 'header img[alt]',

  // ── Profile figures: language-independent anchors first ──
  /** Followers link `/<handle>/followers/` (2024–2025; 2026 may use href="#" instead, then labels decide). */
  followersLink: 'header a[href$="/followers/"]',
  /** Following link `/<handle>/following/`. */
  followingLink: 'header a[href$="/following/"]',
  /** Any header element with a `title`: Instagram puts the exact figure there ("3,351" while showing "3.3K"). */
  titled: 'header [title]',
  /** The 2026 header's figures: links with href="#" and role=link, labelled by words only. */
  hashLinks: 'header a[href="#"][role="link"]',
  /** The ≤2025 header's figures: one list item each. */
  headerItems: 'header ul li',
  /** The older JSON (`window._sharedData`) and the modern `application/json` data blocks. */
  dataBlocks: 'script[type="application/json"]',

  // ── Grid ──
  /** The page's main column: the grid lives here. */
  main: 'main',
  /** Grid tiles: post and reel links, paths or absolute (saved pages). */
  tiles: 'a[href*="/p/"], a[href*="/reel/"]',
  /** A tile's image: its alt is the caption or an auto-generated "Photo by … on <date>". */
  tileImage: 'img[alt]',
  /** A tile's hover overlay: likes then comments. */
  tileCounts: 'ul li',
  /** Tile icons that mean a video (reel or clip). */
  videoIcon:
    'svg[aria-label="Clip"], svg[aria-label="Klip"], svg[aria-label="Reel"], svg[aria-label="Video"]',
  /** Outbound link in the bio, wrapped by Instagram. */
  externalLink: 'header a[href*="l.instagram.com/"]',

  // ── Post page ──
  /** "… liked this" link, whose text holds the like count. */
  likedBy: 'a[href$="/liked_by/"]',
  /** The post's date. */
  time: 'time[datetime]',
  /** A login link: its presence in a header means a login wall's banner, not the post's header. */
  loginLink: 'a[href*="/accounts/login"], a[href*="/accounts/emailsignup"]',

  // ── Meta ──
  /** Server-rendered summary with (rounded, lagging) counts; present logged out too (og: first, then the plain one). */
  ogDescription: 'meta[property="og:description"]',
  description: 'meta[name="description"]',
  /** "NAME (@handle) • Instagram photos and videos": the display name. */
  ogTitle: 'meta[property="og:title"]',
} as const;

const REAL_LOGGED_IN = 'real:instagram/profile-loggedin-gdg_rbu-2025-02.html';
const REAL_LOGGED_OUT = 'real:instagram/profile-loggedout-pluto__travel-2024-12.html';
const REAL_POST = 'real:instagram/post-photo-willyrex-2024-12.html';
const NO_UL = 'page:instagram/profile-2026-no-list.html';
const HASH = 'page:instagram/profile-2026-hash-links.html';

/** Which saved pages each entry must match (tests only; tree-shaken out of the content script). */
export const INSTAGRAM_FIXTURES: AnchorFixtures<typeof INSTAGRAM> = {
  canonical: [REAL_LOGGED_OUT, HASH],
  ogUrl: [REAL_LOGGED_OUT, REAL_POST, 'page:instagram/post-other-og-url.html'],
  header: [REAL_LOGGED_IN, NO_UL, HASH, 'page:instagram/reel-mobile-login-wall.html'],
  heading: [REAL_LOGGED_IN, NO_UL, HASH],
  avatar: [REAL_LOGGED_IN, HASH],
  followersLink: [REAL_LOGGED_IN, NO_UL],
  followingLink: [REAL_LOGGED_IN, NO_UL],
  titled: [REAL_LOGGED_IN, HASH],
  hashLinks: [HASH],
  headerItems: [REAL_LOGGED_IN],
  dataBlocks: [REAL_LOGGED_IN],
  main: [REAL_LOGGED_IN, NO_UL],
  tiles: [REAL_LOGGED_IN, NO_UL, HASH],
  tileImage: [REAL_LOGGED_IN],
  tileCounts: ['page:instagram/profile-en.html'],
  videoIcon: ['page:instagram/profile-en.html'],
  externalLink: ['page:instagram/profile-en.html'],
  likedBy: ['page:instagram/post-loggedin-paid.html'],
  time: ['page:instagram/post-loggedin-paid.html'],
  loginLink: ['page:instagram/reel-mobile-login-wall.html'],
  ogDescription: [REAL_LOGGED_IN, REAL_LOGGED_OUT, REAL_POST, 'page:instagram/profile-ko.html'],
  description: [REAL_LOGGED_OUT, REAL_POST],
  ogTitle: [REAL_LOGGED_OUT],
};

export type InstagramLabelField = 'posts' | 'followers' | 'following';
export type InstagramPostField = 'likes' | 'comments';
export type InstagramMarkField = 'pinned' | 'verified' | 'private' | 'paid';

/**
 * Words Instagram writes beside the header's figures, per interface language,
 * lower-case ("58 posts", "팔로워 862명", "944 seguidores").
 */
// biome-ignore format: one language per line
export const INSTAGRAM_LABELS: LabelTable<InstagramLabelField> = {
  posts: {
    en: 'posts|post', id: 'postingan|kiriman', ms: 'siaran', es: 'publicaciones|publicación',
    pt: 'publicações|publicação', fr: 'publications|publication', de: 'beiträge|beitrag',
    nl: 'berichten|bericht', pl: 'posty|postów', tr: 'gönderi', ru: 'публикаций|публикации|публикация',
    ar: 'منشورات|منشور', hi: 'पोस्ट', th: 'โพสต์', vi: 'bài viết', tl: 'mga post', ko: '게시물',
    ja: '投稿', 'zh-Hans': '帖子', 'zh-Hant': '貼文',
  },
  followers: {
    en: 'followers|follower', id: 'pengikut', ms: 'pengikut', es: 'seguidores|seguidor', pt: 'seguidores|seguidor',
    fr: 'abonnés|abonné(e)s', nl: 'volgers', pl: 'obserwujących',
    tr: 'takipçi', ru: 'подписчиков|подписчика|подписчик', ar: 'متابِعين|متابعين|متابِع|متابع',
    hi: 'फ़ॉलोअर्स|फ़ॉलोअर|फॉलोअर्स', th: 'ผู้ติดตาม', vi: 'người theo dõi', tl: 'tagasubaybay',
    ko: '팔로워', ja: 'フォロワー', 'zh-Hans': '粉丝', 'zh-Hant': '粉絲',
  },
  following: {
    en: 'following', id: 'mengikuti|diikuti', ms: 'mengikuti', es: 'seguidos|siguiendo', pt: 'seguindo',
    fr: 'suivi(e)s|suivis|abonnements', de: 'gefolgt', it: 'seguiti', nl: 'volgend', pl: 'obserwowani|obserwowanych',
    tr: 'takip', ru: 'подписок|подписки', ar: 'يتابع|متابَع', hi: 'फ़ॉलोइंग|फॉलोइंग', th: 'กำลังติดตาม',
    vi: 'đang theo dõi', tl: 'sinusundan', ko: '팔로우|팔로잉', ja: 'フォロー中', 'zh-Hans': '关注|已关注',
    'zh-Hant': '追蹤中',
  },
};

/** Words of a post's meta description ("298K likes, 553 comments - …", "좋아요 1,234개, 댓글 56개"). */
// biome-ignore format: one language per line
export const INSTAGRAM_POST_LABELS: LabelTable<InstagramPostField> = {
  likes: {
    en: 'likes|like', id: 'suka', ms: 'suka', es: 'me gusta', pt: 'curtidas|curtida|gostos', fr: "j'aime|j’aime",
    de: 'gefällt mir', it: 'mi piace', nl: 'vind-ik-leuks', pl: 'polubień|polubienia',
    tr: 'beğenme|beğeni', ru: 'отметок «нравится»|отметки «нравится»', ar: 'تسجيلات الإعجاب|إعجاب', hi: 'लाइक्स|लाइक',
    th: 'ถูกใจ', vi: 'lượt thích', ko: '좋아요', ja: 'いいね', 'zh-Hans': '次赞|赞', 'zh-Hant': '個讚|讚',
  },
  comments: {
    en: 'comments|comment', id: 'komentar', ms: 'komen', es: 'comentarios|comentario', pt: 'comentários|comentário',
    fr: 'commentaires|commentaire', de: 'kommentare|kommentar', it: 'commenti|commento', nl: 'opmerkingen|reacties',
    pl: 'komentarzy|komentarze', tr: 'yorum', ru: 'комментариев|комментария|комментарий', ar: 'تعليقات|تعليق',
    hi: 'कमेंट्स|कमेंट', th: 'ความคิดเห็น', vi: 'bình luận', tl: 'komento', ko: '댓글', ja: 'コメント',
    'zh-Hans': '条评论|评论', 'zh-Hant': '則留言|留言',
  },
};

/**
 * Words of the marks the page shows: pin icons' labels, the verified badge, the private
 * notice, the paid-partnership label. A language without a word here leaves the mark to
 * the page's data (is_private, is_paid_partnership) or unknown.
 */
// biome-ignore format: one language per line
export const INSTAGRAM_MARKS: LabelTable<InstagramMarkField> = {
  pinned: {
    en: 'pinned', id: 'disematkan', ms: 'disemat', es: 'fijada|fijado', pt: 'fixada|fixado', fr: 'épinglé|épinglée',
    de: 'fixierter beitrag|fixiert', it: 'in evidenza|fissato', nl: 'vastgezet', pl: 'przypięty|przypięte',
    tr: 'sabitlenmiş|sabitlendi', ru: 'закрепленная|закреплено', ar: 'مثبت', hi: 'पिन की गई', th: 'ปักหมุด', vi: 'đã ghim',
    tl: 'naka-pin', ko: '고정된', ja: '固定', 'zh-Hans': '置顶', 'zh-Hant': '置頂',
  },
  verified: {
    // Only the languages checked on real pages: elsewhere the badge is left to the page's data (is_verified).
    en: 'verified', id: 'terverifikasi',
  },
  private: {
    en: 'account is private', id: 'bersifat pribadi|akun ini privat', ms: 'akaun ini peribadi', es: 'cuenta es privada',
    pt: 'conta é privada', fr: 'compte est privé', de: 'konto ist privat', it: 'account è privato', nl: 'account is privé',
    pl: 'konto jest prywatne', tr: 'hesap gizli', ru: 'закрытый аккаунт',
    vi: 'tài khoản riêng tư', tl: 'pribado ang account', ko: '비공개 계정', ja: '非公開',
    'zh-Hans': '私密帐户|私密账户', 'zh-Hant': '私人帳號',
  },
  paid: {
    en: 'paid partnership', id: 'kemitraan berbayar', ms: 'perkongsian berbayar', es: 'colaboración pagada',
    pt: 'parceria paga', fr: 'partenariat rémunéré', de: 'bezahlte partnerschaft', it: 'partnership retribuita',
    nl: 'betaald partnerschap', pl: 'płatna współpraca', tr: 'ücretli ortaklık', ru: 'платное партнерство',
    tl: 'bayad na partnership', ko: '유료 광고', ja: 'タイアップ投稿', 'zh-Hans': '付费合作', 'zh-Hant': '付費合作',
  },
};

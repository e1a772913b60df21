/**
 * Every selector and label word the TikTok reader uses, in one place. Only
 * TikTok's own test ids (`data-e2e`, stable for years), element ids, link
 * targets, meta/link tags and attributes — never the generated `css-…` class
 * names, which change every release. When TikTok changes its markup, this is
 * the file to edit; TIKTOK_FIXTURES below says which saved pages each entry
 * must match (tests/unit/sites/selector-tables.test.ts enforces it).
 */
import type { AnchorFixtures } from '@/lib/sites/shared/anchors';
import type { LabelTable } from '@/lib/sites/shared/labels';

export const TIKTOK = {
  // ── Identity of the page (who it is about) ──
  /** `<link rel="canonical" href="https://www.tiktok.com/@handle">`: the server's own URL for the page. */
  canonical: 'link[rel="canonical"][href]',
  /** `og:url`, the same for link previews. On video pages it carries the video id. */
  ogUrl: 'meta[property="og:url"][content]',
  /**
   * Header heading. 2024–2025: the @handle; 2026: the display name (swapped with
   * the subtitle). Either heading may hold the handle: identity checks both.
   */
  title: '[data-e2e="user-title"]',
  /** The other header heading: the display name until 2025, the @handle in 2026. */
  subtitle: '[data-e2e="user-subtitle"]',
  /** The header avatar; its img alt is the display name or the handle. */
  avatar: '[data-e2e="user-avatar"] img[alt]',

  // ── Profile figures: language-independent anchors ──
  /** `<strong>` with the shown follower count ("783.4K"). */
  followers: '[data-e2e="followers-count"]',
  /** `<strong>` with the shown following count. */
  following: '[data-e2e="following-count"]',
  /** `<strong>` with the shown total likes ("3.9M"). */
  likes: '[data-e2e="likes-count"]',
  /** schema.org ProfilePage with exact follower/like counts in `interactionStatistic`. */
  ldJson: 'script[type="application/ld+json"]',
  /** Rehydration JSON (current layout): `__DEFAULT_SCOPE__` with user-detail, video-detail or reflow.video.detail. */
  universalData: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
  /** 2021–2023 layout. */
  sigiState: 'script#SIGI_STATE',
  /** ≤2021 layout. */
  nextData: 'script#__NEXT_DATA__',

  // ── Profile text ──
  /** The bio text. */
  bio: '[data-e2e="user-bio"]',
  /** The bio link; its text is the target as the user sees it ("twitch.tv/illojuan"). */
  link: '[data-e2e="user-link"]',
  /**
   * The verified tick next to the heading: a test id in older layouts, since 2025 an
   * svg whose circle uses TikTok's verified cyan (a design colour, not a generated name).
   */
  verified: '[data-e2e="verify-badge"], svg circle[fill="#20D5EC"], svg circle[fill="#20d5ec"]',

  // ── Profile grid ──
  /** One cell of the video grid. */
  gridItem: '[data-e2e="user-post-item"]',
  /** Inside a cell: the link to the post; its href carries the id. */
  gridLink: '[data-e2e="user-post-item"] a[href*="/video/"], [data-e2e="user-post-item"] a[href*="/photo/"]',
  /** Inside a cell: the play count shown on the thumbnail. */
  gridViews: '[data-e2e="video-views"]',
  /** Inside a cell: a badge ("Pinned", "Disematkan", "Épinglé"…: PINNED_WORDS). */
  gridBadge: '[data-e2e="video-card-badge"]',

  // ── Video page ──
  /** One video of the feed on a video page (the page's own video is the one with its id). */
  videoContainer: '[data-e2e="recommend-list-item-container"]',
  /** Player wrapper whose id ends in the video id ("xgwrapper-0-757…"): finds the right container. */
  player: '[id^="xgwrapper-"]',
  /** Shown like count (new layout, then the older "browse" layout). */
  videoLikes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  /** Shown comment count. */
  videoComments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  /** Shown share count. */
  videoShares: '[data-e2e="share-count"]',
  /** Shown favourites count: TikTok really names it "undefined-count"; "collect-count" elsewhere. */
  videoSaves: '[data-e2e="undefined-count"], [data-e2e="collect-count"]',
  /** Caption. */
  videoCaption: '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]',
  /** The platform's "Paid partnership" chip on the video. */
  paidTag: '[data-e2e="sponsored-tag"]',
  /** Author avatar link `/@handle`. */
  authorLink: 'a[data-e2e="video-author-avatar"]',
  /** Author handle text (older layouts). */
  authorText: '[data-e2e="video-author-uniqueid"], [data-e2e="browse-username"]',

  // ── Meta ──
  /** Server-rendered summary with rounded counts (profiles: likes and followers; videos: likes and comments). */
  description: 'meta[name="description"]',
  /** The same summary for link previews, when the plain one is missing. */
  ogDescription: 'meta[property="og:description"]',
} as const;

/** The player of one video id. */
export const playerOf = (id: string): string => `[id^="xgwrapper-"][id$="-${id}"]`;

const REAL_PROFILE = 'real:tiktok/profile-illojuan-2025-12.html';
const REAL_VIDEO = 'real:tiktok/video-2025-12.html';
const REAL_LEGACY = 'real:tiktok/profile-legacy-nextdata-tiktok-2021-01.html';
const SWAPPED = 'page:tiktok/profile-2026-swapped-json.html';
const SWAPPED_BARE = 'page:tiktok/profile-2026-swapped-no-json.html';

/** Which saved pages each entry must match (tests only; tree-shaken out of the content script). */
export const TIKTOK_FIXTURES: AnchorFixtures<typeof TIKTOK> = {
  canonical: [REAL_PROFILE, SWAPPED],
  ogUrl: [REAL_PROFILE, REAL_VIDEO],
  title: [REAL_PROFILE, SWAPPED, SWAPPED_BARE],
  subtitle: [REAL_PROFILE, SWAPPED, SWAPPED_BARE],
  avatar: [SWAPPED],
  followers: [REAL_PROFILE, SWAPPED, SWAPPED_BARE],
  following: [REAL_PROFILE, SWAPPED_BARE],
  likes: [REAL_PROFILE, SWAPPED_BARE],
  ldJson: ['page:tiktok/profile-ld-json.html'],
  universalData: [REAL_PROFILE, REAL_VIDEO, SWAPPED, 'page:tiktok/reflow-video.html'],
  sigiState: ['page:tiktok/profile-sigi.html'],
  nextData: [REAL_LEGACY],
  bio: [REAL_PROFILE, SWAPPED_BARE],
  link: [REAL_PROFILE, 'page:tiktok/profile-2023-style-in-link.html'],
  verified: [REAL_PROFILE],
  gridItem: [REAL_PROFILE, SWAPPED, SWAPPED_BARE],
  gridLink: [REAL_PROFILE, SWAPPED_BARE],
  gridViews: [REAL_PROFILE, SWAPPED_BARE],
  gridBadge: ['page:tiktok/profile-en-dom-only.html', 'page:tiktok/profile-fr.html'],
  videoContainer: [REAL_VIDEO],
  player: [REAL_VIDEO],
  videoLikes: [REAL_VIDEO],
  videoComments: [REAL_VIDEO],
  videoShares: [REAL_VIDEO],
  videoSaves: [REAL_VIDEO],
  videoCaption: [REAL_VIDEO],
  paidTag: ['page:tiktok/video-paid.html'],
  authorLink: [REAL_VIDEO],
  authorText: ['page:tiktok/video-paid.html'],
  description: [REAL_PROFILE, REAL_VIDEO, 'page:tiktok/profile-fr.html', 'page:tiktok/profile-ko.html'],
  ogDescription: [REAL_PROFILE, REAL_VIDEO],
};

export type TiktokLabelField = 'followers' | 'following' | 'likes' | 'comments' | 'videos' | 'pinned';

/**
 * Label words TikTok writes beside figures (meta descriptions, the header) and
 * on the pinned badge, per interface language, lower-case. English is always
 * tried too: TikTok leaves many labels untranslated ("139.1K followers" on a
 * French page).
 */
// biome-ignore format: one language per line
export const TIKTOK_LABELS: LabelTable<TiktokLabelField> = {
  followers: {
    en: 'followers|follower|fans', id: 'pengikut', ms: 'pengikut', es: 'seguidores', pt: 'seguidores',
    fr: 'abonnés', nl: 'volgers', pl: 'obserwujących',
    tr: 'takipçi', ru: 'подписчиков|подписчика|подписчики', ar: 'متابعين|متابع', hi: 'फ़ॉलोअर्स|फॉलोअर्स',
    th: 'ผู้ติดตาม', vi: 'người theo dõi', tl: 'tagasunod', ko: '팔로워', ja: 'フォロワー',
    'zh-Hans': '粉丝', 'zh-Hant': '粉絲',
  },
  following: {
    en: 'following', id: 'mengikuti', ms: 'mengikuti', es: 'siguiendo', pt: 'seguindo', fr: 'abonnements',
    de: 'folge ich|gefolgt', it: 'seguiti', nl: 'volgend', pl: 'obserwowanych|obserwowani', tr: 'takip',
    ru: 'подписки|подписок', ar: 'يتابع', hi: 'फ़ॉलोइंग|फॉलोइंग', th: 'กำลังติดตาม', vi: 'đang follow|đang theo dõi',
    tl: 'sinusundan', ko: '팔로잉|팔로우', ja: 'フォロー中', 'zh-Hans': '已关注|关注', 'zh-Hant': '追蹤中|正在關注',
  },
  likes: {
    en: 'likes|like', id: 'suka', ms: 'suka', es: 'me gusta', pt: 'curtidas|gostos', fr: "j'aime|j’aime",
    de: 'mag ich', it: 'mi piace', nl: 'vind-ik-leuks', pl: 'polubień|polubienia', tr: 'beğeni',
    ru: 'отметок «нравится»|лайков|лайки', ar: 'تسجيلات الإعجاب|إعجاب', hi: 'लाइक्स|पसंद', th: 'ถูกใจ|การกดถูกใจ',
    vi: 'lượt thích|thích', tl: 'gusto', ko: '좋아요', ja: 'いいね', 'zh-Hans': '获赞|赞', 'zh-Hant': '讚|喜歡',
  },
  comments: {
    en: 'comments|comment', id: 'komentar', ms: 'komen', es: 'comentarios', pt: 'comentários', fr: 'commentaires',
    de: 'kommentare', it: 'commenti', nl: 'reacties', pl: 'komentarzy|komentarze', tr: 'yorum', ru: 'комментариев|комментарии',
    ar: 'تعليقات|تعليق', hi: 'कमेंट्स|टिप्पणियाँ', th: 'ความคิดเห็น', vi: 'bình luận', tl: 'komento', ko: '댓글',
    ja: 'コメント', 'zh-Hans': '评论', 'zh-Hant': '留言',
  },
  videos: {
    en: 'videos|video', pt: 'vídeos', fr: 'vidéos',
    nl: "video's", pl: 'filmy|filmów', ru: 'видео', ar: 'فيديو', hi: 'वीडियो',
    th: 'วิดีโอ', ko: '동영상', ja: '動画', 'zh-Hans': '视频', 'zh-Hant': '影片',
  },
  pinned: {
    en: 'pinned', id: 'disematkan|dipin|sematkan', ms: 'disemat', es: 'fijado', pt: 'fixado', fr: 'épinglé|épinglée',
    de: 'angeheftet|angepinnt', it: 'fissato', nl: 'vastgezet', pl: 'przypięte', tr: 'sabitlendi|sabitlenmiş',
    ru: 'закреплено', ar: 'مثبت', hi: 'पिन किया गया', th: 'ปักหมุด', vi: 'đã ghim', tl: 'naka-pin', ko: '고정됨',
    ja: '固定済み', 'zh-Hans': '置顶', 'zh-Hant': '置頂',
  },
};

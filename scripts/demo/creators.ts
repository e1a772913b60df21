/**
 * The demo's sample creators: invented Indonesian micro-influencers (no real
 * accounts). Their profile pages are hand-made HTML under scripts/demo/pages/;
 * the posts below are what each page's own script loads from the site API
 * (served by the demo server, built by api-bodies.ts), so post dates stay
 * recent whenever the demo runs.
 *
 * Keep each page's header figures and grid links in step with this file:
 * scripts/demo/demo-pages.test.ts checks that they agree.
 */
import type { ShortlistPatch } from '@/lib/schema/views';

export interface SamplePost {
  /** Instagram shortcode or TikTok video id. */
  id: string;
  daysAgo: number;
  caption: string;
  likes: number;
  comments: number;
  /** Reel plays / TikTok views. */
  views?: number;
  shares?: number;
  saves?: number;
  pinned?: boolean;
  /** The platform's "Paid partnership" label. */
  paid?: boolean;
}

export interface SampleCreator {
  platform: 'instagram' | 'tiktok';
  handle: string;
  /** Instagram user pk (the feed API path names it) / TikTok user id. */
  userId: string;
  /** TikTok only: the secUid the page's item_list request sends. */
  secUid?: string;
  displayName: string;
  followers: number;
  following: number;
  /** Instagram: posts in the header; TikTok: videos. */
  postCount: number;
  /** TikTok only: likes across all videos. */
  likesTotal?: number;
  /** Saved to the shortlist by the demo (with the overlay's Save button). */
  save: boolean;
  /** What a marketer would then fill in on the dashboard: status, notes, tags, agreed rate. */
  shortlist?: ShortlistPatch;
  posts: SamplePost[];
}

export const INSTAGRAM_CREATORS: SampleCreator[] = [
  {
    platform: 'instagram',
    handle: 'glowing.with.nadia',
    userId: '48213377021',
    displayName: 'Nadia Putri | Skincare Lokal',
    followers: 12_530,
    following: 611,
    postCount: 486,
    save: true,
    shortlist: {
      status: 'contacted',
      notes: 'Minta rate card untuk 1 reel + 3 story',
      tags: ['skincare', 'jakarta'],
      rate: { amount: 1_500_000, currency: 'IDR' },
    },
    posts: [
      {
        id: 'C8nadia0001',
        daysAgo: 41,
        pinned: true,
        caption:
          'Skincare routine pagi aku buat kulit berminyak 🌞 Step by step dari cleanser sampai sunscreen. #skincarelokal #skincareroutine #kulitberminyak',
        likes: 505,
        comments: 58,
      },
      {
        id: 'C8nadia0002',
        daysAgo: 2,
        caption:
          'Review jujur sunscreen lokal SPF 50: nggak whitecast, nggak lengket! Cocok buat kulit berminyak di cuaca Jakarta 🥵 #sunscreen #skincarelokal #reviewjujur',
        likes: 367,
        comments: 29,
        views: 15_420,
      },
      {
        id: 'C8nadia0003',
        daysAgo: 5,
        caption:
          'Niacinamide 10% vs 5%: mana yang cocok buat kamu? Swipe ➡️ #niacinamide #serum #skincareindonesia',
        likes: 320,
        comments: 23,
      },
      {
        id: 'C8nadia0004',
        daysAgo: 9,
        paid: true,
        caption:
          'Kerja sama dengan @lumiere.skin ✨ Serum vitamin C barunya aku pakai 4 minggu, ini hasilnya. #ad #skincarelokal',
        likes: 421,
        comments: 43,
      },
      {
        id: 'C8nadia0005',
        daysAgo: 12,
        caption: 'Empties bulan ini 🗑️ produk yang aku repurchase & yang nggak. #empties #skincarelokal',
        likes: 273,
        comments: 20,
      },
      {
        id: 'C8nadia0006',
        daysAgo: 16,
        caption: 'Acne journey aku: before-after 3 bulan 🙏 #acnejourney #beforeafter #jerawat',
        likes: 722,
        comments: 85,
        views: 31_870,
      },
      {
        id: 'C8nadia0007',
        daysAgo: 20,
        caption: 'Moisturizer gel di bawah 50rb yang bagus buat kulit berminyak #skincaremurah #moisturizer',
        likes: 299,
        comments: 25,
      },
      {
        id: 'C8nadia0008',
        daysAgo: 24,
        caption:
          'Double cleansing itu perlu nggak sih? Aku jelasin singkat 🧼 #doublecleansing #skincaretips',
        likes: 253,
        comments: 17,
      },
      {
        id: 'C8nadia0009',
        daysAgo: 29,
        caption: 'Get ready with me: makeup tipis buat ke kantor di Jakarta 💼 #grwm #makeupnatural',
        likes: 232,
        comments: 13,
      },
    ],
  },
  {
    platform: 'instagram',
    handle: 'kopi.kelana',
    userId: '50977120344',
    displayName: 'Kelana Ngopi ☕ Jakarta',
    followers: 38_214,
    following: 902,
    postCount: 1_137,
    save: true,
    posts: [
      {
        id: 'C9kelana001',
        daysAgo: 1,
        caption:
          'Kopi susu gula aren paling creamy di Blok M? Aku cobain 5 tempat! ☕ #kopisusu #kulinerjakarta #blokm',
        likes: 1_112,
        comments: 88,
        views: 42_100,
      },
      {
        id: 'C9kelana002',
        daysAgo: 3,
        caption:
          'Hidden gem di Kota Tua: kopi tubruk Rp8.000 dan roti bakar srikaya 🥹 #kotatua #kulinerjakarta #hiddengem',
        likes: 830,
        comments: 65,
      },
      {
        id: 'C9kelana003',
        daysAgo: 6,
        caption: 'Manual brew V60 pakai beans Gayo, fruity banget 🍓 #manualbrew #kopigayo #specialtycoffee',
        likes: 670,
        comments: 39,
      },
      {
        id: 'C9kelana004',
        daysAgo: 8,
        caption:
          'Bakmi ayam legendaris sejak 1978 di Mangga Besar 🍜 #bakmi #kulinerlegendaris #kulinerjakarta',
        likes: 1_298,
        comments: 152,
        views: 58_930,
      },
      {
        id: 'C9kelana005',
        daysAgo: 11,
        paid: true,
        caption: 'Cold brew kemasan baru dari @kopi.nusantara.co, enak buat stok di kantor 🧊 #ad #coldbrew',
        likes: 724,
        comments: 48,
      },
      {
        id: 'C9kelana006',
        daysAgo: 15,
        caption: 'Cafe buat WFC di Kemang: wifi kencang, colokan banyak 💻 #wfc #cafejakarta #kemang',
        likes: 940,
        comments: 73,
      },
      {
        id: 'C9kelana007',
        daysAgo: 19,
        caption: 'Es kopi susu vs kopi susu panas, kamu tim mana? 🤔 #kopi #kopisusu',
        likes: 602,
        comments: 113,
      },
      {
        id: 'C9kelana008',
        daysAgo: 23,
        caption: 'Sate taichan tengah malam di Senayan 🔥 #satetaichan #kulinermalam #jakartafood',
        likes: 1_042,
        comments: 66,
      },
      {
        id: 'C9kelana009',
        daysAgo: 27,
        caption: 'Latte art pertama aku, jangan diketawain ya 😂 #latteart #baristapemula',
        likes: 534,
        comments: 57,
      },
    ],
  },
  {
    platform: 'instagram',
    handle: 'mama.mpasi.rumahan',
    userId: '61408823517',
    displayName: 'Dewi | MPASI Rumahan',
    followers: 8_942,
    following: 388,
    postCount: 264,
    save: false,
    posts: [
      {
        id: 'CAdewi00001',
        daysAgo: 1,
        caption:
          'Menu MPASI 6 bulan: bubur beras merah + hati ayam + labu kuning 🥕 Resep lengkap di caption! #mpasi #mpasi6bulan #resepmpasi',
        likes: 388,
        comments: 64,
      },
      {
        id: 'CAdewi00002',
        daysAgo: 4,
        caption: 'Finger food buat BLW: omelet bayam potong panjang 🥚 #blw #fingerfood #mpasirumahan',
        likes: 342,
        comments: 41,
      },
      {
        id: 'CAdewi00003',
        daysAgo: 7,
        caption: 'GTM (gerakan tutup mulut) lagi 😭 ini 5 hal yang aku coba. #gtm #parenting #ibumuda',
        likes: 516,
        comments: 97,
      },
      {
        id: 'CAdewi00004',
        daysAgo: 10,
        caption: 'Stok kaldu ayam homemade buat seminggu 🍲 #kaldu #mealprep #mpasi',
        likes: 297,
        comments: 28,
      },
      {
        id: 'CAdewi00005',
        daysAgo: 14,
        caption: 'Review high chair lipat yang muat di rumah kecil 🪑 #perlengkapanbayi #review',
        likes: 263,
        comments: 35,
      },
      {
        id: 'CAdewi00006',
        daysAgo: 18,
        caption: 'Jadwal makan anak 8 bulan ala aku ⏰ #jadwalmakan #mpasi8bulan',
        likes: 402,
        comments: 58,
      },
    ],
  },
];

export const TIKTOK_CREATORS: SampleCreator[] = [
  {
    platform: 'tiktok',
    handle: 'jalan.hemat.rina',
    userId: '6987123450012345678',
    secUid: 'MS4wLjABAAAAdemoRinaJalanHemat0001',
    displayName: 'Rina Jalan Hemat ✈',
    followers: 54_312,
    following: 233,
    postCount: 312,
    likesTotal: 1_284_907,
    save: true,
    posts: [
      {
        id: '7431000000000000101',
        daysAgo: 45,
        pinned: true,
        caption: '3 hari di Jogja cuma 800 ribu! Itinerary lengkap 👇 #jalanjalanhemat #jogja #budgettravel',
        likes: 14_820,
        comments: 412,
        views: 183_400,
        shares: 2_105,
        saves: 3_870,
      },
      {
        id: '7431000000000000102',
        daysAgo: 2,
        caption: 'Tiket kereta ekonomi Jakarta–Malang, worth it nggak? 🚆 #keretaapi #malang #travelhemat',
        likes: 3_210,
        comments: 96,
        views: 41_900,
        shares: 188,
        saves: 402,
      },
      {
        id: '7431000000000000103',
        daysAgo: 5,
        caption: 'Hostel 90rb di Bali yang bersih banget 🛏️ #bali #hostel #budgettravel',
        likes: 2_874,
        comments: 131,
        views: 36_200,
        shares: 240,
        saves: 611,
      },
      {
        id: '7431000000000000104',
        daysAgo: 8,
        paid: true,
        caption: 'Booking pesawat promo pakai @tiket.jalan.id 🎫 #ad #tipstravel',
        likes: 1_905,
        comments: 58,
        views: 29_800,
        shares: 77,
        saves: 190,
      },
      {
        id: '7431000000000000105',
        daysAgo: 12,
        caption: 'Packing 7 hari cuma pakai tas 20 liter 🎒 #packing #travelhacks',
        likes: 4_430,
        comments: 203,
        views: 57_300,
        shares: 390,
        saves: 1_240,
      },
      {
        id: '7431000000000000106',
        daysAgo: 16,
        caption: 'Labuan Bajo low budget: sharing cost open trip 🚤 #labuanbajo #opentrip',
        likes: 3_690,
        comments: 175,
        views: 48_100,
        shares: 302,
        saves: 955,
      },
      {
        id: '7431000000000000107',
        daysAgo: 21,
        caption: 'Street food Bandung 50 ribu kenyang 🤤 #bandung #kulinerbandung #travelhemat',
        likes: 2_310,
        comments: 88,
        views: 33_700,
        shares: 145,
        saves: 377,
      },
    ],
  },
  {
    platform: 'tiktok',
    handle: 'hijab.daily.salsa',
    userId: '7012345678901234567',
    secUid: 'MS4wLjABAAAAdemoSalsaHijabDaily0002',
    displayName: 'Salsa | Hijab Daily',
    followers: 21_706,
    following: 412,
    postCount: 187,
    likesTotal: 498_221,
    save: true,
    shortlist: { notes: 'Cocok untuk campaign Ramadan', tags: ['ramadan'] },
    posts: [
      {
        id: '7432000000000000201',
        daysAgo: 1,
        caption: 'OOTD hijab ke kampus, semua di bawah 200rb 🧕 #ootdhijab #modestfashion #hijabstyle',
        likes: 1_640,
        comments: 74,
        views: 22_800,
        shares: 61,
        saves: 310,
      },
      {
        id: '7432000000000000202',
        daysAgo: 4,
        caption: 'Tutorial pashmina simpel 1 menit ⏱️ #tutorialhijab #pashmina',
        likes: 2_905,
        comments: 118,
        views: 39_600,
        shares: 204,
        saves: 880,
      },
      {
        id: '7432000000000000203',
        daysAgo: 7,
        paid: true,
        caption: 'Gamis linen baru dari @rumah.gamis.id, adem buat Surabaya yang panas ☀️ #ad #gamis',
        likes: 1_102,
        comments: 45,
        views: 18_400,
        shares: 32,
        saves: 150,
      },
      {
        id: '7432000000000000204',
        daysAgo: 11,
        caption: 'Mix & match 1 outer jadi 5 look 🤍 #mixandmatch #modestwear',
        likes: 1_876,
        comments: 69,
        views: 25_300,
        shares: 97,
        saves: 402,
      },
      {
        id: '7432000000000000205',
        daysAgo: 15,
        caption: 'Haul Shopee hijab voal, mana yang paling worth it? 🛍️ #hijabhaul #voal',
        likes: 1_388,
        comments: 102,
        views: 20_900,
        shares: 58,
        saves: 266,
      },
      {
        id: '7432000000000000206',
        daysAgo: 19,
        caption: 'Warna hijab yang cocok buat kulit sawo matang 🎨 #hijabtips #sawomatang',
        likes: 2_214,
        comments: 133,
        views: 31_000,
        shares: 150,
        saves: 720,
      },
    ],
  },
  {
    platform: 'tiktok',
    handle: 'bang.ozi.main',
    userId: '7023456789012345678',
    secUid: 'MS4wLjABAAAAdemoBangOziMain00000003',
    displayName: 'Bang Ozi Gaming',
    followers: 91_640,
    following: 158,
    postCount: 624,
    likesTotal: 2_941_880,
    save: false,
    posts: [
      {
        id: '7433000000000000301',
        daysAgo: 1,
        caption: 'Savage pertama pakai Ling 😱 #mobilelegends #mlbb #savage',
        likes: 6_820,
        comments: 388,
        views: 96_400,
        shares: 410,
        saves: 290,
      },
      {
        id: '7433000000000000302',
        daysAgo: 2,
        caption: 'Build item Lancelot paling sakit season ini 🗡️ #mlbb #buildml',
        likes: 4_115,
        comments: 251,
        views: 71_300,
        shares: 330,
        saves: 1_020,
      },
      {
        id: '7433000000000000303',
        daysAgo: 4,
        caption: 'Push rank sampai Mythic Glory, live jam 8 malam 🎮 #livestreaming #mobilelegends',
        likes: 3_390,
        comments: 412,
        views: 58_800,
        shares: 95,
        saves: 88,
      },
      {
        id: '7433000000000000304',
        daysAgo: 6,
        caption: 'Review HP gaming 2 jutaan buat main ML 📱 #hpgaming #review',
        likes: 5_207,
        comments: 603,
        views: 112_500,
        shares: 870,
        saves: 1_450,
      },
      {
        id: '7433000000000000305',
        daysAgo: 9,
        caption: 'Main bareng subscriber, malah di-bully 🤣 #mabar #gaming',
        likes: 3_025,
        comments: 220,
        views: 49_700,
        shares: 120,
        saves: 64,
      },
    ],
  },
];

export const SAMPLE_CREATORS: SampleCreator[] = [...INSTAGRAM_CREATORS, ...TIKTOK_CREATORS];

/** Where the sample profile lives (as the real site's URL; the demo server answers for it). */
export function profileUrl(c: SampleCreator): string {
  return c.platform === 'instagram'
    ? `https://www.instagram.com/${c.handle}/`
    : `https://www.tiktok.com/@${c.handle}`;
}

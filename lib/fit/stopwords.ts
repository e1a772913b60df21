/**
 * Function words of English and Indonesian (with common chat spellings). They
 * carry no niche, so they are dropped from single-word evidence, and they are
 * what content-language detection counts: they are frequent and each belongs to
 * one language only. A word that is common in both ("a", "di" in loanwords) is
 * left out of the language lists on purpose.
 */

// biome-ignore format: a word list reads better packed than one word per line
export const EN_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'an', 'of', 'to', 'in', 'is', 'it', 'for', 'on', 'with', 'my', 'this', 'that', 'you',
  'i', 'me', 'we', 'are', 'was', 'were', 'be', 'been', 'at', 'so', 'but', 'or', 'your', 'our', 'just',
  'from', 'have', 'has', 'had', 'all', 'what', 'how', 'can', 'will', 'about', 'up', 'out', 'get', 'got',
  'do', 'does', 'did', 'not', 'no', 'if', 'by', 'as', 'its', 'im', 'too', 'very', 'really', 'more',
  'they', 'them', 'their', 'he', 'she', 'his', 'her', 'who', 'which', 'when', 'where', 'why', 'there',
  'here', 'than', 'then', 'also', 'some', 'any', 'one', 'into', 'over', 'after', 'before', 'because',
  'would', 'could', 'should', 'these', 'those', 'us', 'am', 'dont', 'cant', 'ive', 'youre', 'thats',
  'lets', 'let', 'much', 'many', 'every', 'even', 'only', 'still', 'again', 'ever', 'never', 'like',
]);

// biome-ignore format: a word list reads better packed than one word per line
export const ID_STOPWORDS: ReadonlySet<string> = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'untuk', 'dengan', 'aku', 'saya', 'kamu', 'ada',
  'tidak', 'nggak', 'ngga', 'gak', 'ga', 'juga', 'sudah', 'udah', 'banget', 'aja', 'saja', 'sih',
  'deh', 'dong', 'yg', 'dgn', 'utk', 'kalau', 'kalo', 'bisa', 'jadi', 'lagi', 'akan', 'pada', 'karena',
  'tapi', 'atau', 'buat', 'ya', 'nih', 'kok', 'mau', 'masih', 'sangat', 'lebih', 'semua', 'kita',
  'kami', 'mereka', 'dia', 'oleh', 'dalam', 'seperti', 'sama', 'jd', 'tp', 'gk', 'sy', 'km', 'gue',
  'gua', 'lo', 'lu', 'kak', 'kakak', 'guys', 'bgt', 'aja', 'sekali', 'pun', 'apa', 'siapa', 'kapan',
  'mana', 'gimana', 'bagaimana', 'kenapa', 'mengapa', 'agar', 'supaya', 'biar', 'terus', 'trus',
  'lalu', 'kemudian', 'sebelum', 'setelah', 'sampai', 'sampe', 'bikin', 'belum', 'blm', 'pernah',
  'baru', 'sering', 'selalu', 'hanya', 'cuma', 'cuman', 'tuh', 'kan', 'lho', 'loh', 'wkwk', 'wkwkwk',
  'nya', 'punya', 'harus', 'boleh', 'bukan', 'adalah', 'ialah', 'para', 'tersebut', 'secara', 'oleh',
]);

/** Union, for removing stopwords regardless of the text's language. */
export const STOPWORDS: ReadonlySet<string> = new Set([...EN_STOPWORDS, ...ID_STOPWORDS]);

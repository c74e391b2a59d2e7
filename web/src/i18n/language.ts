export type Language = 'ja' | 'en';

const KEY = 'sokan.language';

/** The language stored for this user (localStorage), Japanese by default. */
export function storedLanguage(): Language {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'ja';
}

export function storeLanguage(lang: Language): void {
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
}

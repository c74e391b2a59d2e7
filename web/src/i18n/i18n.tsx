import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { formatNumber, formatPartialDate, formatTimestamp } from './format-date.js';
import { storedLanguage, storeLanguage, type Language } from './language.js';
import { en } from './messages-en.js';
import { ja, type MessageKey } from './messages-ja.js';

const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { ja, en };

export interface I18n {
  readonly lang: Language;
  setLang(lang: Language): void;
  /** The message for `key`, with `{name}` placeholders filled from `vars`. */
  t(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string;
  date(iso: string | null): string;
  time(iso: string): string;
  num(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(storedLanguage);
  const setLang = useCallback((l: Language) => {
    storeLanguage(l);
    setLangState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => (MESSAGES[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`)),
      date: (iso) => (iso === null ? '' : formatPartialDate(iso, lang)),
      time: (iso) => formatTimestamp(iso, lang),
      num: (n) => formatNumber(n, lang),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (v === null) throw new Error('useI18n outside I18nProvider');
  return v;
}

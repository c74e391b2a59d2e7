import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('detects Japanese, even with English citations', () => {
    expect(detectLanguage('外相は会談で協力の強化を確認した。')).toBe('ja');
    expect(detectLanguage('首相は声明を発表した（Reuters, https://example.com/news/1）。防衛省も同日に発表した。')).toBe('ja');
  });

  it('detects English, even with a few Japanese names', () => {
    expect(detectLanguage('The foreign ministers of Japan and Korea met in Tokyo (東京) on Monday.')).toBe('en');
  });

  it('treats text without letters as English', () => {
    expect(detectLanguage('2024 / 12 / 01')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('counts halfwidth katakana and supplementary Han', () => {
    expect(detectLanguage('ｶﾀｶﾅ 𠮷野')).toBe('ja');
  });
});

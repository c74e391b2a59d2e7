import { describe, expect, it } from 'vitest';
import { findFootnoteMarkers } from './find-footnote-markers.js';

const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};

describe('findFootnoteMarkers', () => {
  it('links 注 markers in the body to their notes, not the notes themselves', () => {
    const text = '会談した（注1）。帰還した（注2）。注12は別。\n\n注1　出典一\n注2　出典二\n';
    const notes = [
      { marker: '注1', span: at(text, '出典一') },
      { marker: '注2', span: at(text, '出典二') },
    ];
    const found = findFootnoteMarkers(text, notes);
    expect(found.map((m) => [m.citation, text.slice(m.span.start, m.span.end)])).toEqual([
      [0, '（注1）'],
      [1, '（注2）'],
    ]);
  });

  it('finds bracketed, caret and superscript forms', () => {
    const text = 'a[1] b[^2] c^3 d¹\n\n1 x\n2 y\n3 z\n¹ w';
    const notes = ['1', '2', '3', '¹'].map((marker, i) => ({ marker, span: at(text, ['x', 'y', 'z', 'w'][i]!) }));
    expect(findFootnoteMarkers(text, notes).map((m) => text.slice(m.span.start, m.span.end))).toEqual(['[1]', '[^2]', '^3', '¹']);
  });

  it('finds nothing without notes', () => {
    expect(findFootnoteMarkers('本文のみ。', [])).toEqual([]);
  });
});

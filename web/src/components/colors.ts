import type { QuadClass } from '../api/types.js';

/** QuadClass colours, matching the reader's highlights (1 verbal / 2 material cooperation, 3 verbal / 4 material conflict). */
export const QUAD_COLOR: Readonly<Record<QuadClass, string>> = { 1: '#2e9d48', 2: '#2f6fca', 3: '#e08a1e', 4: '#c8382c' };

/** Blue for a cooperative mean Goldstein score (≥ 0), orange below: as in the report's network. */
export const goldsteinColor = (g: number) => (g >= 0 ? '#2f6fca' : '#e0701e');

/** A palette for dyads and series. */
export const SERIES = ['#2f6fca', '#d0452f', '#2e9d48', '#8e44ad', '#e08a1e', '#00838f', '#6d4c41', '#c2185b'] as const;
export const seriesColor = (i: number) => SERIES[i % SERIES.length]!;

// Types for bench/bare.mjs (plain JS so that the bare command starts with no loader).
import type { Page } from 'puppeteer-core';

/** Load `url` in `page` and print it, laid out by Paged.js as shipped (`paged`) or not (`print`); Paged.js's page count, or 0. */
export function printBare(page: Page, url: string, mode: 'paged' | 'print'): Promise<{ pdf: Uint8Array; pages: number }>;

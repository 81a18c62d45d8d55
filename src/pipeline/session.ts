import type { Page } from 'puppeteer-core';
import type { PrintMemory } from '../render/part-cache.ts';
import type { PreparedText } from '../types.ts';

/**
 * Kept in memory between the builds of one process (`reader build --watch`): each text as
 * prepared, under a fingerprint of its bytes and of everything its normalization and analysis
 * read. A watch rebuild after one text changed prepares only that text again.
 */
export interface BuildSession {
  texts: Map<string, Omit<PreparedText, 'meta'>>;
  /** The layout cache's prints as read or made by the last build (render/part-cache.ts). */
  prints: PrintMemory;
  /** A page the last build opened for the next one, its shell loaded ahead (render/open-page.ts). */
  ahead?: Promise<Page | undefined>;
}

export const createBuildSession = (): BuildSession => ({ texts: new Map(), prints: new Map() });

/** What a run reports as it goes, one event per stage (and per text in the front half). */
export interface ProgressEvent {
  stage: 'manifest' | 'ingest' | 'normalize' | 'analyze' | 'compose' | 'render' | 'write' | 'impose';
  text?: string;
  detail?: string;
}

// axe-core, in the real Chromium, on every HTML the sample build writes: the accessible edition,
// the normalize report, and the paged HTML the PDF was laid out from (written for preview). 0 violations.
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/render/chromium.ts';
import { axeViolations } from './axe.ts';

const sample = inject('sample');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('axe-core on the HTML outputs', () => {
  for (const file of ['reader.accessible.html', 'normalize-report.html', 'reader.html']) {
    it(`finds no violation in ${file}`, async () => {
      const violations = await axeViolations(browser, resolve(sample.out, file));
      expect(violations).toEqual([]);
    });
  }
});

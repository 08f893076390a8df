import { chromium } from '@playwright/test';
import { CHROME, CHROME_FLAGS } from './scripts/chromium.mjs';
const [w, h, id, out] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], process.argv[5]];
const b = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
const p = await b.newPage({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
await p.goto(`http://127.0.0.1:4481/#${id}`);
await p.waitForTimeout(2500);
await p.locator(`section:has(#${id}) .graphic`).screenshot({ path: out });
await b.close();

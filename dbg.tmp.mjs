import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://localhost:4173/factor/health-it-and-ehr');
await page.waitForTimeout(1000);
await page.goto('http://localhost:4173/');
await page.waitForTimeout(1000);
await page.screenshot({ path: 'public/screenshot.jpg', type: 'jpeg', quality: 78 });
await browser.close();

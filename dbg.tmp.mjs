import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage();
await page.goto('http://localhost:4173/');
await page.waitForTimeout(500);
console.log(
  await page.evaluate(() => {
    const svg = document.querySelector('svg');
    const out = [];
    for (const [s, bold] of [
      ['Responsibilities', true],
      ['Organizational Factors', true],
      ['Workload & value', false],
      ['Documentation demands', false],
      ['Mental illness stigma', false],
      ['Support system access', false],
      ['MMMMMMMMMM', false],
      ['iiiiiiiiii', false],
    ]) {
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.setAttribute('font-size', '10');
      if (bold) t.setAttribute('font-weight', '700');
      t.textContent = s;
      svg.appendChild(t);
      out.push(
        s +
          ' ' +
          t.getComputedTextLength().toFixed(1) +
          ' font=' +
          getComputedStyle(t).fontFamily.slice(0, 30),
      );
      t.remove();
    }
    return out.join('\n');
  }),
);
await browser.close();

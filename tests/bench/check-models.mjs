/* global process, console */
/**
 * Checks that generated benchmark models are valid under the app's own validator:
 *   npx tsx tests/bench/check-models.mjs [70 700 2000 5000]
 * (run through tsx so that it can import the TypeScript validator).
 */
import { validateModel } from '../../src/model/validate.ts';
import { generateModel } from './generate-model.mjs';

const sizes = process.argv.slice(2).map(Number);
let failed = false;
for (const n of sizes.length ? sizes : [70, 700, 2000, 5000]) {
  const model = generateModel(n, 1);
  const result = validateModel(model);
  const factors = model.domains.reduce((sum, d) => sum + d.factors.length, 0);
  const ok = result.ok && factors === n;
  failed ||= !ok;
  console.log(
    `${String(n).padStart(5)} factors: ok=${result.ok} factors=${factors} domains=${model.domains.length} links=${model.links.length}` +
      (result.ok
        ? ''
        : `\n  ${result.issues
            .slice(0, 5)
            .map((i) => `${i.path}: ${i.message}`)
            .join('\n  ')}`),
  );
}
process.exit(failed ? 1 : 0);

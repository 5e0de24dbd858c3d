// Prints how well the bundled evidence covers every audience, outcome and factor:
// npm run coverage:evidence. Exits 1 when a threshold is missed.
import { readFileSync } from 'node:fs';
import { validateModel, validateResourceLibrary } from '../src/model/validate';
import { coverageMisses, evidenceCoverage, formatCoverage } from './evidence-coverage';

const model = validateModel(JSON.parse(readFileSync('data/model.json', 'utf8')));
const library = validateResourceLibrary(JSON.parse(readFileSync('data/resources.json', 'utf8')));
if (!model.ok || !library.ok) {
  console.error('The bundled model or resource library does not validate; run npm test.');
  process.exit(1);
}
const coverage = evidenceCoverage(model.value, library.value.resources);
const labels = Object.fromEntries(model.value.domains.map((d) => [d.id, d.shortLabel ?? d.label]));
console.log(formatCoverage(coverage, labels));
process.exit(coverageMisses(coverage).length ? 1 : 0);

// Types for the benchmark's model generator, so TypeScript tests can use it.
export function domainCountFor(factorCount: number): number;
export function generateModel(
  factorCount: number,
  seed?: number,
  options?: { linkCount?: number },
): unknown;

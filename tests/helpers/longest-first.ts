/**
 * The order test files start in: the longest first, so that two workers finish together instead of
 * one of them starting a minute-long component file last. A file's duration comes from vitest's
 * results cache (node_modules/.vite/vitest) when it has run here before; a file never run here is
 * guessed from its project, since a jsdom component file takes tens of seconds where a node file
 * takes one or two, whatever their sizes.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import path from 'node:path';

/** Guesses in milliseconds for files the cache does not know, by project name. */
const GUESS_MS: Record<string, number> = { component: 30_000, e2e: 20_000 };
const DEFAULT_GUESS_MS = 1_000;

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const estimate = (spec: TestSpecification) => {
      const key = `${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`;
      const known = cache.getFileTestResults(key);
      if (known) return { failed: known.failed, ms: known.duration };
      return { failed: false, ms: GUESS_MS[spec.project.name] ?? DEFAULT_GUESS_MS };
    };
    const rows = files.map((spec) => ({ spec, ...estimate(spec) }));
    // Failed files first (as vitest does), then the longest.
    rows.sort((a, b) => Number(b.failed) - Number(a.failed) || b.ms - a.ms);
    return rows.map((row) => row.spec);
  }
}

#!/usr/bin/env node
// `pnpm --filter @cchc/synthetic load --preset district [--database <url>] [--seed n]`: generates a preset and loads it
// into the API's tables, with a progress bar and the rows per second at the end.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadDataset } from '@cchc/dataset';
import { DEFAULT_SEED, planGeneration } from '../generate.js';
import { defaultDatabaseUrl } from '../env.js';
import { PRESETS, type Preset } from '../structure.js';
import { isPostgresUrl, openLoader } from './index.js';

const USAGE = 'usage: load --preset tiny|district|province|country [--database postgres://…|file:/path] [--seed n] [--quiet]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', default: 'district' },
      database: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const preset = values.preset as Preset;
  if (!PRESETS.includes(preset)) throw new Error(`--preset "${values.preset}" is not one of ${PRESETS.join(', ')}\n${USAGE}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed "${values.seed}" is not an integer`);
  const database = values.database ?? defaultDatabaseUrl();

  const plan = planGeneration({ preset, seed, dataset: loadDataset() });
  const communes = plan.communeCodes.length;
  console.log(
    `Preset ${preset} (seed ${seed}): ${plan.structure.units.length} units, ${communes} communes × ${plan.indicatorCodes.length} indicators × ${plan.years.length} years ≈ ${plan.estimatedRows.toLocaleString('en-US')} rows → ${isPostgresUrl(database) ? database.replace(/:[^:@/]*@/, ':***@') : database}`,
  );
  const bar = values.quiet
    ? null
    : new cliProgress.SingleBar(
        { format: '{bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
  const started = performance.now();
  bar?.start(plan.estimatedRows, 0, { rate: 0 });
  const loader = openLoader(database);
  try {
    const result = await loader.load(plan, (rows) => {
      const seconds = (performance.now() - started) / 1000;
      bar?.update(rows, { rate: Math.round(rows / Math.max(seconds, 0.001)) });
    });
    bar?.stop();
    console.log(
      `Loaded ${result.rows.toLocaleString('en-US')} synthetic rows (${result.deleted.toLocaleString('en-US')} previous synthetic rows of these communes replaced, ${result.units} new units) in ${result.seconds.toFixed(1)} s: ${Math.round(result.rowsPerSecond).toLocaleString('en-US')} rows/s`,
    );
  } finally {
    bar?.stop();
    await loader.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

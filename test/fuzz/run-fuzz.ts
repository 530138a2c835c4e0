// `npm run fuzz`: every attack family of issue 13 at its full size, printing per family the
// cases tried, failed and in which data was lost; exit code 1 unless all are 0.
// `npm run soak`: the kill families alone, longer. Options: --seed N, --only NAME[,NAME].
//   npm run fuzz                      (about 10 minutes on 2 cores)
//   npm run fuzz -- --only imports --seed 7
import { parseArgs } from 'node:util';
import { attackContract } from './contract-calls';
import { attackDatabases } from './damaged-databases';
import type { FamilyResult } from './family';
import { fillDisks } from './full-disks';
import { openFuzzLab } from './fuzz-lab';
import { attackImports } from './import-files';
import { killHosts, killTrainers } from './kills';
import { attackModelFiles } from './model-files';
import { attackRequestTargets } from './request-targets';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    only: { type: 'string' },
    soak: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);

const FAMILIES: Record<string, () => Promise<FamilyResult>> = {
  'request-targets': async () => {
    const lab = await openFuzzLab();
    try {
      return await attackRequestTargets(lab.host.port, lab.host.token, 20_000, seed);
    } finally {
      await lab.close();
    }
  },
  contract: async () => {
    const lab = await openFuzzLab();
    try {
      return await attackContract(lab.host.port, lab.host.token, {
        perCall: 2_000,
        messages: 2_000,
        seed,
      });
    } finally {
      await lab.close();
    }
  },
  imports: () => attackImports(20_000, seed),
  'model-files': async () => attackModelFiles(20_000, seed),
  databases: async () => attackDatabases(300, seed),
  'full-disk': () => fillDisks(20, seed),
  'trainer-kills': () => killTrainers(values.soak ? 1_000 : 200, seed),
  'host-kills': () => killHosts(values.soak ? 200 : 50, seed),
};

const chosen = values.only
  ? values.only.split(',')
  : values.soak
    ? ['trainer-kills', 'host-kills']
    : Object.keys(FAMILIES);
const unknown = chosen.filter((name) => !FAMILIES[name]);
if (unknown.length) {
  console.error(`unknown family ${unknown.join(', ')} (${Object.keys(FAMILIES).join(', ')})`);
  process.exit(2);
}

console.log(`seed ${seed} (replay with --seed ${seed})`);
const row = (cells: (string | number)[]) =>
  console.log(
    cells.map((c, i) => (i === 0 ? String(c).padEnd(18) : String(c).padStart(10))).join(' '),
  );
row(['family', 'tried', 'failed', 'data lost', 'seconds']);
let failed = 0;
for (const name of chosen) {
  const started = Date.now();
  const result = await FAMILIES[name]();
  row([
    result.name,
    result.tried,
    result.failed,
    result.dataLost,
    Math.round((Date.now() - started) / 1000),
  ]);
  for (const note of result.notes ?? []) console.log(`  ${note}`);
  for (const failure of result.failures) console.log(`  FAILED ${failure}`);
  failed += result.failed + result.dataLost;
}
console.log(failed === 0 ? 'all families: 0 failed, 0 data lost' : `${failed} failures`);
process.exit(failed === 0 ? 0 : 1);

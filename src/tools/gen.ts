/**
 * `npm run gen -- --agencies N --seed S --out DIR` (or `--size S|M|L`): writes a
 * synthetic workspace (see generate-workspace.ts).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateWorkspace, writeWorkspace } from './generate-workspace.js';
import { SIZES } from './sizes.js';


function whole(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number');
    return Number(value);
}

const program = new Command('gen')
    .description('write a synthetic .kinerja workspace (about 200 indicators per agency)')
    .option('--agencies <n>', 'number of agencies', whole)
    .addOption(new Option('--size <size>', 'S = 1 agency, M = 40, L = 400').choices(Object.keys(SIZES)))
    .option('--seed <n>', 'random seed', whole, 1)
    .requiredOption('--out <dir>', 'output folder')
    .action((options: { agencies?: number; size?: string; seed: number; out: string }) => {
        const agencies = options.agencies ?? SIZES[options.size ?? 'S'];
        const files = generateWorkspace({ agencies, seed: options.seed });
        writeWorkspace(files, options.out);
        const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
        const indicators = files.reduce((sum, f) => sum + (f.text.match(/^\s*indikator /gm)?.length ?? 0), 0);
        process.stderr.write(`${files.length} files, ${indicators} indicators, ${(bytes / 1e6).toFixed(2)} MB in ${options.out}\n`);
    });

program.parse();

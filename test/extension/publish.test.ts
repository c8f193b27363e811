/**
 * The extension ready to publish: the rules of Open VSX and the Marketplace
 * (scripts/check-vsix.mjs, which .ci/run also runs on the packaged .vsix) on the source
 * tree, the files vsce packages, and the bundles still built for the oldest VS Code the
 * manifest allows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { checkExtension, pngSize } from '../../scripts/check-vsix.mjs';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/**
 * A file as the package would hold it. The bundles under dist/ are built by `vscode:prepublish`
 * (npm run build:extension), not by `npm test`: on a clean checkout they are taken as
 * present here, and .ci/run checks them in the packaged .vsix.
 */
const read = (path: string) => existsSync(join(root, path)) ? readFileSync(join(root, path)) : path.startsWith('dist/') ? Buffer.alloc(0) : undefined;
/** The README as vsce packages it: relative links rewritten to the repository. */
const packagedReadme = readFileSync(join(root, 'README.md'), 'utf8')
    .replace(/(!\[[^\]]*\]\()(?!https?:)([^)\s]+)/g, '$1https://github.com/kinerja-sakip/kinerja/raw/HEAD/$2');

describe('fit for Open VSX and the Marketplace', () => {
    it('passes every rule of scripts/check-vsix.mjs', () => {
        expect(checkExtension({ manifest, read, readme: packagedReadme })).toEqual([]);
    });

    it('names the public repository, its issues and home page, and the MIT licence with its file', () => {
        expect(manifest.repository).toEqual({ type: 'git', url: 'https://github.com/kinerja-sakip/kinerja.git' });
        expect(manifest.bugs).toEqual({ url: 'https://github.com/kinerja-sakip/kinerja/issues' });
        expect(manifest.homepage).toBe('https://github.com/kinerja-sakip/kinerja#readme');
        expect(manifest.license).toBe('MIT');
        expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
        expect(manifest.keywords.length).toBeLessThanOrEqual(30);
        expect(pngSize(read(manifest.icon))).toEqual({ width: 128, height: 128 });
    });

    it('packages with vsce\'s checks on: no --allow-missing-repository, no --skip-license; LICENSE and CHANGELOG.md in the .vsix', () => {
        expect(manifest.scripts.package).not.toMatch(/--allow-missing-repository|--skip-license/);
        const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
        for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'docs/config.schema.json']) {
            expect(ignore, file).toMatch(new RegExp(`^!${file.replace(/\./g, '\\.')}$`, 'm'));
        }
    });

    it('reports what Open VSX and the Marketplace would refuse', () => {
        const broken = {
            ...manifest, name: 'kinerja sakip', version: 'latest', keywords: Array.from({ length: 31 }, (_, i) => `k${i}`),
            displayName: 'Kinerja\u200b', homepage: 'kinerja', galleryBanner: { color: '#1E5631', theme: 'blue' },
            engines: { ...manifest.engines, vscode: '^1.139.0' }
        };
        const issues = checkExtension({ manifest: broken, read: () => undefined, readme: '![x](docs/images/editor.png) ![y](https://x.test/a.svg)' }) as string[];
        for (const expected of [/^name: /, /^version: /, /^keywords: 31/, /^displayName: a control or invisible character/, /^homepage: /,
            /^galleryBanner.theme/, /^engines.vscode/, /^icon: .* not a PNG/, /^LICENSE: /, /^CHANGELOG.md: /,
            /^README.md: image docs\/images\/editor.png is not an https URL/, /^README.md: image https:\/\/x.test\/a.svg is an SVG/,
            /^docs\/config.schema.json: named in package.json, not in the package/]) {
            expect(issues.some(i => expected.test(i)), `${expected} in\n${issues.join('\n')}`).toBe(true);
        }
    });
});

describe('built for the oldest VS Code it supports', () => {
    it('bundles for Node 20 (VS Code 1.100\'s extension host) against the VS Code 1.100 API', () => {
        expect(manifest.engines.vscode).toBe('^1.100.0');
        expect(manifest.devDependencies['@types/vscode']).toBe('1.100.0');
        const build = readFileSync(join(root, 'scripts/build-extension.mjs'), 'utf8');
        expect(build).toMatch(/target: 'node20'/);
    });
});

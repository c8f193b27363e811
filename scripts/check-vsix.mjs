#!/usr/bin/env node
// Checks a packaged .vsix against what the Open VSX registry and the Visual Studio
// Marketplace refuse or show badly, without publishing anything (.ci/run runs it on the
// .vsix of `npm run release`; test/extension/publish.test.ts runs the same rules on the
// source tree):
//
// - Open VSX (`ovsx publish`; the registry's ExtensionValidator): publisher and name of
//   [\w-+$~]+, a version of letters, digits and $+-,.:;_ (not "latest", "pre-release",
//   "reviews"), no control or invisible characters in displayName, description,
//   categories, keywords and license, at most 255 characters each (description 2048),
//   homepage/repository/bugs valid URLs with a host, galleryBanner.theme dark or light,
//   galleryBanner.color at most 16 characters, markdown github or standard, qna
//   marketplace, false or a URL;
// - the Marketplace: at most 30 keywords; an icon that is a PNG of at least 128×128;
//   a LICENSE (license field and file); README images over https (relative links are
//   rewritten to the repository by vsce) and no SVG image;
// - kinerja's own: the files the manifest names (icon, walkthrough pages, the config
//   schema of jsonValidation, the grammar, the bundles) are in the package, and
//   engines.vscode is still ^1.100.0, the oldest VS Code the bundles target.
//
//   node scripts/check-vsix.mjs FILE.vsix      exit 0: fine; 1: the problems, one a line
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = /^[\w\-+$~]+$/;
const VERSION_CHARS = /^[\p{L}\p{N}$+\-,.:;_]+$/u;
// Control, format, unassigned, private use, line and paragraph separators (Java's Character types).
const BAD_CHARS = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Zl}\p{Zp}]/u;

function isUrl(value) {
    const v = value.startsWith('git+') ? value.slice(4) : value;
    try {
        return new URL(v).host !== '';
    } catch {
        return false;
    }
}

/** The width and height of a PNG (its IHDR chunk), or undefined when it is not one. */
export function pngSize(bytes) {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (!bytes || bytes.length < 24 || !signature.every((b, i) => bytes[i] === b)) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The problems of an extension: `manifest` its package.json, `read(path)` a file of the
 * package by its path in package.json's terms (undefined when absent), `readme` the
 * README as packaged.
 */
export function checkExtension({ manifest, read, readme }) {
    const issues = [];
    const text = (value, field, limit = 255) => {
        for (const v of [value].flat()) {
            if (v === undefined || v === null) continue;
            if (typeof v !== 'string') { issues.push(`${field}: not text`); continue; }
            if (BAD_CHARS.test(v)) issues.push(`${field}: a control or invisible character in ${JSON.stringify(v)} (Open VSX refuses it)`);
            if (v.length > limit) issues.push(`${field}: longer than ${limit} characters (Open VSX refuses it)`);
        }
    };
    const url = (value, field) => {
        const v = typeof value === 'object' && value !== null ? value.url : value;
        if (v === undefined) { issues.push(`${field}: missing (the Marketplace and Open VSX link to it)`); return; }
        if (typeof v !== 'string' || !isUrl(v)) issues.push(`${field}: ${JSON.stringify(v)} is not a URL with a host (Open VSX refuses it)`);
        else if (v.length > 255) issues.push(`${field}: longer than 255 characters`);
    };

    for (const field of ['publisher', 'name']) {
        if (typeof manifest[field] !== 'string' || !NAME.test(manifest[field])) issues.push(`${field}: ${JSON.stringify(manifest[field])} is not [\\w-+$~]+ (Open VSX refuses it)`);
    }
    const version = manifest.version;
    if (typeof version !== 'string' || !VERSION_CHARS.test(version) || ['latest', 'pre-release', 'reviews'].includes(version)) {
        issues.push(`version: ${JSON.stringify(version)} is not accepted by Open VSX`);
    }
    text(manifest.displayName, 'displayName');
    text(manifest.description, 'description', 2048);
    text(manifest.categories, 'categories');
    text(manifest.keywords, 'keywords');
    text(manifest.license, 'license');
    if (!manifest.license) issues.push('license: missing');
    url(manifest.homepage, 'homepage');
    url(manifest.repository, 'repository');
    url(manifest.bugs, 'bugs');
    if ((manifest.keywords ?? []).length > 30) issues.push(`keywords: ${manifest.keywords.length}, the Marketplace takes at most 30`);
    const banner = manifest.galleryBanner;
    if (!banner) issues.push('galleryBanner: missing (the Marketplace page header)');
    else {
        if (!['dark', 'light'].includes(banner.theme)) issues.push(`galleryBanner.theme: ${JSON.stringify(banner.theme)}, expected dark or light`);
        if (typeof banner.color !== 'string' || banner.color.length > 16 || BAD_CHARS.test(banner.color)) issues.push(`galleryBanner.color: ${JSON.stringify(banner.color)}`);
    }
    if (manifest.markdown !== undefined && !['github', 'standard'].includes(manifest.markdown)) issues.push(`markdown: ${JSON.stringify(manifest.markdown)}, expected github or standard`);
    if (manifest.qna !== undefined && manifest.qna !== false && manifest.qna !== 'marketplace' && !(typeof manifest.qna === 'string' && isUrl(manifest.qna))) issues.push(`qna: ${JSON.stringify(manifest.qna)}`);
    if (manifest.engines?.vscode !== '^1.100.0') issues.push(`engines.vscode: ${JSON.stringify(manifest.engines?.vscode)}; the bundles target VS Code 1.100 (Node 20)`);

    // The icon: a PNG of at least 128×128 (the Marketplace refuses SVG icons).
    if (!manifest.icon) issues.push('icon: missing');
    else {
        const size = pngSize(read(manifest.icon));
        if (!size) issues.push(`icon: ${manifest.icon} is not a PNG in the package`);
        else if (size.width < 128 || size.height < 128) issues.push(`icon: ${manifest.icon} is ${size.width}×${size.height}, the Marketplace needs at least 128×128`);
    }
    if (read('LICENSE') === undefined && read('LICENSE.txt') === undefined && read('LICENSE.md') === undefined) issues.push('LICENSE: not in the package');
    if (read('CHANGELOG.md') === undefined) issues.push('CHANGELOG.md: not in the package (the Changelog tab)');

    // Every file the manifest names is in the package.
    const named = [
        manifest.main,
        manifest.browser,
        ...(manifest.contributes?.grammars ?? []).map(g => g.path),
        ...(manifest.contributes?.languages ?? []).map(l => l.configuration),
        ...(manifest.contributes?.jsonValidation ?? []).map(j => j.url),
        ...(manifest.contributes?.viewsContainers?.activitybar ?? []).map(v => v.icon)
    ].filter(p => typeof p === 'string' && !/^https?:/.test(p)).map(p => p.replace(/^\.\//, ''));
    for (const path of named) if (read(path) === undefined) issues.push(`${path}: named in package.json, not in the package`);

    // README: the Marketplace and Open VSX show images over https only, and no SVG.
    if (readme === undefined) issues.push('README.md: not in the package');
    else {
        for (const m of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]+src="([^"]+)"/g)) {
            const src = m[1] ?? m[2];
            if (!/^https:\/\//.test(src)) issues.push(`README.md: image ${src} is not an https URL (vsce rewrites relative ones when repository is set)`);
            if (/\.svg(\?|#|$)/i.test(src)) issues.push(`README.md: image ${src} is an SVG, which the Marketplace refuses`);
        }
    }
    return issues;
}

function checkVsix(file) {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-vsix-'));
    try {
        execFileSync('python3', ['-m', 'zipfile', '-e', file, dir]);
        const ext = join(dir, 'extension');
        // vsce renames some files (README.md → readme.md, CHANGELOG.md → changelog.md,
        // LICENSE → LICENSE.txt): looked up regardless of case.
        const names = new Map(execFileSync('python3', ['-m', 'zipfile', '-l', file], { encoding: 'utf8' }).split('\n').slice(1)
            .map(line => line.trim().split(/\s+/)[0]).filter(n => n && n.startsWith('extension/'))
            .map(n => [n.slice('extension/'.length).toLowerCase(), n.slice('extension/'.length)]));
        const read = (p) => {
            const name = names.get(p.toLowerCase());
            return name !== undefined && existsSync(join(ext, name)) ? readFileSync(join(ext, name)) : undefined;
        };
        const manifest = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
        const readme = read('README.md')?.toString('utf8');
        const issues = checkExtension({ manifest, read, readme });
        const vsixManifest = readFileSync(join(dir, 'extension.vsixmanifest'), 'utf8');
        if (!/<License>extension\/LICENSE(\.txt|\.md)?<\/License>/.test(vsixManifest)) issues.push('extension.vsixmanifest: no <License> (the Marketplace shows none)');
        if (!/<Icon>extension\/images\/icon\.png<\/Icon>/.test(vsixManifest)) issues.push('extension.vsixmanifest: no <Icon>');
        return issues;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const file = process.argv[2];
    if (!file) {
        console.error('usage: node scripts/check-vsix.mjs FILE.vsix');
        process.exit(2);
    }
    const issues = checkVsix(file);
    for (const issue of issues) console.error(`check-vsix: ${file}: ${issue}`);
    if (issues.length) process.exit(1);
    console.error(`check-vsix: ${file}: fit for Open VSX and the Marketplace`);
}

import * as esbuild from 'esbuild';
const r = await esbuild.build({ absWorkingDir: process.cwd(), entryPoints: ['src/lsp/server.ts'], bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent', mainFields: ['browser','module','main'] }).catch(e => { for (const err of e.errors) console.log(err.location?.file, err.text); process.exit(0); });
for (const [f, i] of Object.entries(r.metafile.inputs)) for (const imp of i.imports) if (imp.path.startsWith('node:') || imp.external) console.log(f, '->', imp.path);

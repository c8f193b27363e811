#!/usr/bin/env node
// Keeps the keyword lists of the TextMate grammar (syntaxes/kinerja.tmLanguage.json) in
// step with the language's grammar, so that a new keyword is highlighted with no edit
// there. Run by `npm run langium:generate` (and so by every build), after Langium has
// generated src/language/generated/grammar.ts, whose JSON it reads.
//
// The keywords of the data type rules below become their constant.language.* patterns;
// `Rp`, `dari` and `realisasi` keep patterns of their own; every other word keyword of
// the grammar is keyword.other.kinerja (declarations such as `instansi X` are matched
// earlier by the hand-written #declarations patterns, which take precedence).
//
//   node scripts/syntax-keywords.mjs [--check]     (--check: exit 1 if the file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GRAMMAR = join(root, 'src/language/generated/grammar.ts');
const SYNTAX = join(root, 'syntaxes/kinerja.tmLanguage.json');

/** TextMate scope → the data type rules (and extra keywords) whose keywords it lists. */
const CONSTANTS = {
    'constant.language.satuan.kinerja': { rules: ['BuiltinUnit'] },
    'constant.language.arah.kinerja': { rules: ['Direction'] },
    'constant.language.akumulasi.kinerja': { rules: ['Accumulation'] },
    'constant.language.triwulan.kinerja': { rules: ['Quarter'] },
    'constant.language.eselon.kinerja': { rules: ['Echelon'], extra: ['staf'] }
};
const OWN_PATTERNS = ['Rp', 'dari', 'realisasi'];
const OTHER = 'keyword.other.kinerja';

const source = readFileSync(GRAMMAR, 'utf8');
// The JSON is the body of a template literal there: undo its escapes of \\, ` and $.
const literal = source.slice(source.indexOf('loadGrammarFromJson(`') + 'loadGrammarFromJson(`'.length, source.lastIndexOf('`)'));
const grammar = JSON.parse(literal.replace(/\\([\\`$])/g, '$1'));

function keywordsIn(node, into = new Set()) {
    if (Array.isArray(node)) node.forEach(n => keywordsIn(n, into));
    else if (node && typeof node === 'object') {
        if (node.$type === 'Keyword' && /^[A-Za-z][\w-]*$/.test(node.value)) into.add(node.value);
        for (const [key, value] of Object.entries(node)) if (key !== '$container') keywordsIn(value, into);
    }
    return into;
}

const all = keywordsIn(grammar.rules.filter(r => r.$type === 'ParserRule'));
const lists = new Map();
const claimed = new Set(OWN_PATTERNS);
for (const [scope, { rules, extra = [] }] of Object.entries(CONSTANTS)) {
    const words = new Set(extra);
    for (const name of rules) {
        const rule = grammar.rules.find(r => r.name === name);
        if (!rule) throw new Error(`syntax-keywords: the grammar has no rule ${name} (see CONSTANTS)`);
        keywordsIn(rule, words);
    }
    lists.set(scope, words);
    words.forEach(w => claimed.add(w));
}
lists.set(OTHER, new Set([...all].filter(w => !claimed.has(w))));

/** A regex matching any of the words, whole (not inside a name or a hyphenated word); longer words first. */
const matchOf = words => `(?<![\\w-])(?:${[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|')})(?![\\w-])`;

const syntax = JSON.parse(readFileSync(SYNTAX, 'utf8'));
for (const [scope, words] of lists) {
    const pattern = syntax.repository.keywords.patterns.find(p => p.name === scope);
    if (!pattern) throw new Error(`syntax-keywords: ${SYNTAX} has no keywords pattern named ${scope}`);
    pattern.match = matchOf(words);
}
const text = JSON.stringify(syntax, null, 2) + '\n';
const stale = text !== readFileSync(SYNTAX, 'utf8');
if (process.argv.includes('--check')) {
    if (stale) {
        console.error('syntax-keywords: syntaxes/kinerja.tmLanguage.json is not in step with the grammar; run npm run langium:generate');
        process.exit(1);
    }
} else if (stale) {
    writeFileSync(SYNTAX, text);
    console.error('syntax-keywords: syntaxes/kinerja.tmLanguage.json updated');
}

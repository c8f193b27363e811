// Polyfills for Node 20, the Node of VS Code's extension host up to 1.100 (the
// extension supports VS Code 1.100 and later; the npm CLI needs Node 22.12 or later).
//
// chevrotain 13 (pulled in by Langium 4.4) calls `Object.groupBy`, which Node has only
// from 21 on. The two entry points the extension runs on VS Code's Node import this
// module before anything that loads Langium: the language server (src/lsp/main.ts,
// bundled as dist/server.cjs) and the command line as the extension runs it
// (src/cli/extension-host.ts, bundled as dist/cli.cjs). It imports nothing, so it lives
// in common/, where both layers may reach it. On Node 21 and later it does nothing.
function groupInto(items, keyOf, add) {
    let index = 0;
    for (const item of items) {
        add(keyOf(item, index++), item);
    }
}

if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            groupInto(items, keyOf, (key, item) => (groups[key] ??= []).push(item));
            return groups;
        }
    });
}

if (typeof Map.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = new Map();
            groupInto(items, keyOf, (key, item) => {
                const group = groups.get(key);
                if (group) group.push(item); else groups.set(key, [item]);
            });
            return groups;
        }
    });
}

// The example files, bundled as text by scripts/build-playground.mjs (esbuild's text loader).
declare module '*.kinerja' {
    const text: string;
    export default text;
}

// The editor's contributions, loaded for their effect (the API's types are editor.api's).
declare module 'monaco-editor/editor/editor.main.js';

/**
 * The web extension's answers to the language server's `kinerja/fs/*` requests
 * (src/lsp/protocol.ts): a server in a web worker has no disk, so it asks the client for
 * the workspace's files, and the client reads them with vscode.workspace.fs — which is
 * the browser's folder on vscode.dev, the repository on github.dev (`vscode-vfs:`), a
 * remote's disk, whatever file system the workspace is on. That way a finding that needs
 * another file (a reference to the pemda's goals, realisations against another file's
 * plan) is found in the browser as on the desktop. A request that fails (no such file, no
 * permission) is answered with an error, which the server reads as "nothing there".
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST, type FsEntry, type FsParams, type FsReadFileResult } from '../lsp/protocol.js';

function entry(uri: vscode.Uri, type: vscode.FileType): FsEntry {
    return {
        uri: uri.toString(),
        isFile: (type & vscode.FileType.File) !== 0,
        isDirectory: (type & vscode.FileType.Directory) !== 0
    };
}

/** Registers the three handlers (before the client starts: the server asks at once). */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
    const decoder = new TextDecoder('utf-8');
    const handlers = [
        client.onRequest(FS_STAT_REQUEST, async (params: FsParams): Promise<FsEntry> => {
            const uri = vscode.Uri.parse(params.uri, true);
            return entry(uri, (await vscode.workspace.fs.stat(uri)).type);
        }),
        client.onRequest(FS_READ_DIRECTORY_REQUEST, async (params: FsParams): Promise<FsEntry[]> => {
            const folder = vscode.Uri.parse(params.uri, true);
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.map(([name, type]) => entry(vscode.Uri.joinPath(folder, name), type));
        }),
        client.onRequest(FS_READ_FILE_REQUEST, async (params: FsParams): Promise<FsReadFileResult> => {
            const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri, true));
            return { text: decoder.decode(bytes) };
        })
    ];
    return vscode.Disposable.from(...handlers);
}

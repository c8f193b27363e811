/**
 * Langium's FileSystemProvider in a browser: the workspace files come from the client
 * through the `kinerja/fs/*` requests (protocol.ts). A client that does not know them
 * (answers MethodNotFound: the playground) gives no workspace files; the server then
 * works on the documents the client opens. Only the asynchronous methods are asked for
 * by Langium's workspace manager and document builder; the synchronous ones cannot wait
 * for the client and say there is nothing.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST, type FsEntry, type FsParams, type FsReadFileResult } from './protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    /** False once the client answered MethodNotFound: it has no files to give. */
    private answered = true;

    constructor(private readonly connection: Connection) {}

    /** Whether the client serves the workspace files (until it has said it does not). */
    get clientServesFiles(): boolean {
        return this.answered;
    }

    private async ask<R>(method: string, uri: URI): Promise<R | undefined> {
        if (!this.answered) return undefined;
        try {
            return await this.connection.sendRequest<R>(method, { uri: uri.toString() } satisfies FsParams);
        } catch (err) {
            if (err instanceof ResponseError && err.code === ErrorCodes.MethodNotFound) {
                this.answered = false;
                return undefined;
            }
            throw err;
        }
    }

    private static node(entry: FsEntry): FileSystemNode {
        return { uri: URI.parse(entry.uri), isFile: !!entry.isFile, isDirectory: !!entry.isDirectory };
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = await this.ask<FsEntry>(FS_STAT_REQUEST, uri);
        if (!entry) throw new Error(`No file at ${uri.toString()}: the client serves no workspace files.`);
        return ClientFileSystemProvider.node(entry);
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            return !!(await this.ask<FsEntry>(FS_STAT_REQUEST, uri));
        } catch {
            return false;
        }
    }

    async readFile(uri: URI): Promise<string> {
        const result = await this.ask<FsReadFileResult>(FS_READ_FILE_REQUEST, uri);
        if (!result) throw new Error(`Cannot read ${uri.toString()}: the client serves no workspace files.`);
        return result.text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.ask<FsEntry[]>(FS_READ_DIRECTORY_REQUEST, uri);
        return (entries ?? []).map(ClientFileSystemProvider.node);
    }

    statSync(uri: URI): FileSystemNode {
        throw new Error(`No synchronous file access in a browser (${uri.toString()}).`);
    }

    existsSync(): boolean {
        return false;
    }

    readFileSync(uri: URI): string {
        throw new Error(`No synchronous file access in a browser (${uri.toString()}).`);
    }

    readBinarySync(uri: URI): Uint8Array {
        throw new Error(`No synchronous file access in a browser (${uri.toString()}).`);
    }

    readDirectorySync(): FileSystemNode[] {
        return [];
    }
}

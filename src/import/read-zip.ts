/**
 * The parts of a zip file (an `.xlsx` is one), read as text streams with bounded memory:
 * the central directory says where each part is and how large it expands; a part is
 * inflated chunk by chunk (node:zlib) and handed on as text, never expanded whole.
 *
 * Zip bombs: a part that inflates to more than its stated size (a zip that lies about
 * its sizes) is refused at the first chunk past it, so a reader that limits the stated
 * sizes of what it reads (read-xlsx.ts) limits what is inflated.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
    name: string;
    /** 0 stored, 8 deflated (the only two an .xlsx uses). */
    method: number;
    compressedSize: number;
    /** The size the part expands to, as the central directory states it. */
    size: number;
    /** Where the part's local header starts. */
    offset: number;
}

/** The zip is not one (or is damaged): the caller says the file is not a workbook. */
export class NotAZip extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian size as a number; beyond 2^53 it is surely a lie, and refused. */
function u64(dv: DataView, at: number): number {
    const value = dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw new NotAZip('size out of range');
    return value;
}

/** Whether the bytes start as a zip file does (`PK\3\4`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** The entries of the central directory by name; NotAZip when there is none or it is damaged. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
    try {
        return centralDirectory(bytes);
    } catch (err) {
        // A field pointing past the end of the file.
        if (err instanceof RangeError) throw new NotAZip(err.message);
        throw err;
    }
}

function centralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
    if (bytes.length < 22) throw new NotAZip('too short');
    const dv = view(bytes);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
        if (dv.getUint32(i, true) === EOCD) { eocd = i; break; }
    }
    if (eocd < 0) throw new NotAZip('no end of central directory');
    let count = dv.getUint16(eocd + 10, true);
    let at = dv.getUint32(eocd + 16, true);
    if ((count === 0xffff || at === MAX32) && eocd >= 20 && dv.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
        const eocd64 = u64(dv, eocd - 20 + 8);
        if (eocd64 + 56 > bytes.length || dv.getUint32(eocd64, true) !== 0x06064b50) throw new NotAZip('bad zip64 end of central directory');
        count = u64(dv, eocd64 + 32);
        at = u64(dv, eocd64 + 48);
    }
    const entries = new Map<string, ZipEntry>();
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
        if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) throw new NotAZip('bad central directory');
        const method = dv.getUint16(at + 10, true);
        let compressedSize = dv.getUint32(at + 20, true);
        let size = dv.getUint32(at + 24, true);
        const nameLength = dv.getUint16(at + 28, true);
        const extraLength = dv.getUint16(at + 30, true);
        const commentLength = dv.getUint16(at + 32, true);
        let offset = dv.getUint32(at + 42, true);
        const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
        // ZIP64: the sizes and offset that do not fit in 32 bits are in the extra field 1, in this order.
        for (let x = at + 46 + nameLength, end = x + extraLength; x + 4 <= end && x + 4 <= bytes.length;) {
            const id = dv.getUint16(x, true);
            const length = dv.getUint16(x + 2, true);
            if (id === 1) {
                let field = x + 4;
                if (size === MAX32) { size = u64(dv, field); field += 8; }
                if (compressedSize === MAX32) { compressedSize = u64(dv, field); field += 8; }
                if (offset === MAX32) offset = u64(dv, field);
            }
            x += 4 + length;
        }
        entries.set(name, { name, method, compressedSize, size, offset });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

/** The entry named so, or with the same name in another case (some writers differ). */
export function findEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
    const exact = entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [key, entry] of entries) if (key.toLowerCase() === lower) return entry;
    return undefined;
}

/** The compressed bytes of an entry (after its local header). */
function dataOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
    const dv = view(bytes);
    if (entry.offset + 34 > bytes.length || dv.getUint32(entry.offset, true) !== LOCAL) throw new NotAZip(`bad local header of ${entry.name}`);
    const start = entry.offset + 30 + dv.getUint16(entry.offset + 26, true) + dv.getUint16(entry.offset + 28, true);
    if (start + entry.compressedSize > bytes.length) throw new NotAZip(`${entry.name} runs past the end of the file`);
    return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * An entry's bytes as UTF-8 text, chunk by chunk. Throws NotAZip when it is damaged or
 * inflates to more than its stated size.
 */
export async function* textOf(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<string> {
    const data = dataOf(bytes, entry);
    const decoder = new TextDecoder();
    if (entry.method === 0) {
        if (data.length !== entry.size) throw new NotAZip(`${entry.name}: stored size differs`);
        for (let at = 0; at < data.length; at += 1 << 20) yield decoder.decode(data.subarray(at, at + (1 << 20)), { stream: true });
    } else if (entry.method === 8) {
        const inflater = createInflateRaw({ chunkSize: 1 << 16 });
        inflater.end(data);
        let total = 0;
        try {
            for await (const chunk of inflater as AsyncIterable<Buffer>) {
                total += chunk.length;
                if (total > entry.size) throw new NotAZip(`${entry.name} inflates past its stated size`);
                yield decoder.decode(chunk, { stream: true });
            }
        } catch (err) {
            if (err instanceof NotAZip) throw err;
            throw new NotAZip(`${entry.name}: ${(err as Error).message}`);
        } finally {
            inflater.destroy();
        }
        if (total !== entry.size) throw new NotAZip(`${entry.name}: inflated size differs`);
    } else {
        throw new NotAZip(`${entry.name}: compression method ${entry.method}`);
    }
    const rest = decoder.decode();
    if (rest) yield rest;
}

/**
 * Waiting in the integration suites (suite/, second-start/, and test/web/suite.ts in the
 * web worker extension host, which has no Node module): the editor answers
 * asynchronously, so a test polls for what it expects, with a timeout naming what it
 * waited for.
 */

export function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** Polls until `probe` returns a value other than undefined (or times out with `what` and the probe's last error). */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60000): Promise<T> {
    const end = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined) return value;
        } catch (err) {
            last = err;
        }
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
        await sleep(200);
    }
}

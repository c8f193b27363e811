/**
 * The progress line of a long `kinerja report` (the HTML folder of a province): one
 * self-overwriting line on stderr, `kinerja: menulis halaman laporan 120/401`, drawn only
 * when stderr is a terminal and only once the run has taken more than two seconds, so
 * short runs, logs and pipes (CI) never see it; redrawn at most every 100 ms and erased
 * when done.
 *
 * Node's own terminal handling (a carriage return and the erase-line sequence) rather
 * than a progress library: the check's progress line (output.ts Progress) is the same
 * ProgressLine, so a run shows one kind of line throughout, and a single line needs neither
 * bars nor multi-line layout.
 */
import type { Language } from '../engine/config.js';
import { cliMessage } from './messages.js';
import { ProgressLine, type ProgressStream } from './output.js';

export type { ProgressStream } from './output.js';

/** Runs shorter than this show no progress at all. */
export const PROGRESS_AFTER_MS = 2000;

export class ReportProgress {
    private readonly line: ProgressLine;
    private readonly started: number;
    readonly enabled: boolean;

    constructor(private readonly lang: Language, stream: ProgressStream = process.stderr,
        private readonly now: () => number = Date.now, started?: number) {
        this.enabled = !!stream.isTTY;
        this.line = new ProgressLine(this.enabled, stream, now);
        this.started = started ?? now();
    }

    /** The report's data is being put together (no count to give). */
    preparing(): void {
        this.draw(cliMessage(this.lang, 'progress.preparing'), true);
    }

    /** `done` of `total` pages written. */
    pages(done: number, total: number): void {
        this.draw(cliMessage(this.lang, 'progress.pages', { done, total }), done >= total);
    }

    private draw(text: string, always: boolean): void {
        if (!this.enabled || this.now() - this.started < PROGRESS_AFTER_MS) return;
        this.line.draw(text, always);
    }

    done(): void {
        this.line.done();
    }
}

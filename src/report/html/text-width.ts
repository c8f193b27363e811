/**
 * How wide a text will be in the report's charts, estimated without a browser: the SVG
 * of a report is laid out when it is written, and it is read on machines with Arial,
 * with Liberation Sans, or with neither (then DejaVu Sans, the widest of the usual
 * fallbacks, as on a plain Linux desktop). The estimate uses DejaVu Sans's advance
 * widths, so what fits by it fits in any of them: labels are clipped to fit, never cut
 * off at the edge of a chart.
 */

/** Advance widths in em of DejaVu Sans (rounded up); other characters count as 0.7. */
const WIDTHS: Record<string, number> = {};
const set = (chars: string, em: number) => { for (const c of chars) WIDTHS[c] = em; };
set(' ', 0.32);
set('.,:;\'`|!', 0.34);
set('ijl', 0.28);
set('ftr', 0.42);
set('Iı', 0.3);
set('()[]{}-', 0.4);
set('sz"*', 0.53);
set('abcdeghknopquvxy', 0.62);
set('0123456789', 0.64);
set('%', 0.95);
set('mwMW', 1.0);
set('ABCDEFGHJKLNOPQRSTUVXYZ', 0.74);
set('·', 0.32);
set('–', 0.5);
set('—…', 1.0);

/** The width in px of `text` at `fontSize` px (bold adds a tenth). */
export function textWidth(text: string, fontSize: number, bold = false): number {
    let em = 0;
    for (const c of text) em += WIDTHS[c] ?? 0.7;
    return em * fontSize * (bold ? 1.1 : 1);
}

/** `text` as it fits in `width` px: whole, or cut with an ellipsis (the full text goes into a <title>). */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
    if (textWidth(text, fontSize, bold) <= width) return text;
    const chars = [...text];
    let keep = chars.length;
    while (keep > 1 && textWidth(chars.slice(0, keep).join('') + '…', fontSize, bold) > width) keep--;
    return chars.slice(0, keep).join('').trimEnd() + '…';
}

/** Greedy word wrap into at most `lines` lines of at most `width` px; the last one cut with an ellipsis when more is left. */
export function wrapText(text: string, width: number, lines: number, fontSize: number, bold = false): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const out: string[] = [];
    let current = '';
    for (const word of words) {
        if (!current) current = word;
        else if (textWidth(`${current} ${word}`, fontSize, bold) <= width) current += ` ${word}`;
        else { out.push(current); current = word; }
    }
    if (current) out.push(current);
    if (out.length > lines) {
        const kept = out.slice(0, lines);
        kept[lines - 1] = fitText(`${kept[lines - 1]} ${out.slice(lines).join(' ')}`, width, fontSize, bold);
        return kept;
    }
    return out.map(l => fitText(l, width, fontSize, bold));
}

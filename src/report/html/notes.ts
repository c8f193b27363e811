/**
 * The narrative of the annual and quarterly reports in HTML: per indicator (or node) its
 * `catatan` (analisis, kendala, solusi) with the period, and its `bukti` as a list of
 * links (kinds/notes.ts decides what becomes a link; everything else is text). All user
 * text and every href is escaped.
 */
import type { Language } from '../../engine/config.js';
import type { NotesBlock } from '../kinds/notes.js';
import { formatDate, periodName, reportText } from '../messages.js';
import { esc } from './escape.js';
import { keyTag, nodeLabel } from './parts.js';

export function notesSection(blocks: NotesBlock[], year: number, lang: Language): string {
    if (!blocks.length) return '';
    const t = (key: Parameters<typeof reportText>[1], p?: Record<string, string | number>) => reportText(lang, key, p);
    let html = `<h3>${esc(t('section.notes'))}</h3><div class="notes">`;
    for (const b of blocks) {
        const id = b.indicator?.id ?? b.node.id;
        html += `<article class="note-block" data-notes="${esc(id)}"><h4>`
            + (b.indicator ? `${esc(b.indicator.name ?? b.indicator.id)}${keyTag(b.indicator, lang)} <span class="code">${esc(b.indicator.id)}</span>` : nodeLabel(b.node, lang))
            + '</h4>';
        for (const n of b.notes) {
            html += `<p class="note-period">${esc(periodName(n.period, year, lang))}</p><dl>`;
            for (const [key, text] of [['note.analysis', n.analysis], ['note.obstacles', n.obstacles], ['note.solutions', n.solutions]] as const) {
                if (text !== null) html += `<dt>${esc(t(key))}</dt><dd>${esc(text)}</dd>`;
            }
            html += '</dl>';
        }
        if (b.evidence.length) {
            html += `<p class="note-period">${esc(t('note.evidence'))}</p><ul class="evidence">`;
            for (const e of b.evidence) {
                const title = e.title ?? e.location ?? '';
                const label = e.link ? `<a href="${esc(e.link)}">${esc(title)}</a>` : esc(title);
                const meta = [periodName(e.period, year, lang), ...(e.location && e.location !== title ? [e.location] : []),
                    ...(e.verified ? [t('evidence.verified', { date: formatDate(e.verified, lang) })] : [])];
                html += `<li>${label} <span class="muted small">${meta.map(m => esc(m)).join(' · ')}</span></li>`;
            }
            html += '</ul>';
        }
        html += '</article>';
    }
    return html + '</div>';
}

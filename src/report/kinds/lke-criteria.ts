/**
 * The evaluation worksheet (Lembar Kerja Evaluasi, LKE) of PermenPANRB 88/2021 on the
 * evaluation of government performance accountability (Evaluasi AKIP): its four
 * components, each split into three sub-components (keberadaan, kualitas, pemanfaatan),
 * their weights and their criteria, named as the worksheet names them; and the
 * predikat bands. This one table is what `kinerja report --kind lke` scores; change it
 * here when the regulation changes (docs/reports.md#lke says where each number comes
 * from, and what could not be checked against the regulation's own text).
 *
 * A criterion with a `check` is scored from the workspace (kinds/lke.ts); the others are
 * manual: the report lists them with the evidence an evaluator asks for.
 */

/** The criteria the workspace can show (kinds/lke.ts scores each). */
export type LkeCheck =
    | 'agreements' | 'cascade' | 'ikuDefinition' | 'monitoring'
    | 'revisionsCovered' | 'evidence' | 'narrative';

/** The evidence a manual criterion needs, in both languages. */
export interface LkeEvidence {
    id: string;
    en: string;
}

export interface LkeCriterionDef {
    /** Its number within the sub-component, as the worksheet numbers it. */
    no: number;
    /** The criterion as the worksheet words it (Bahasa Indonesia in both languages). */
    name: string;
    /** Scored from the workspace; absent: manual. */
    check?: LkeCheck;
    /** What an evaluator asks for to judge it (manual criteria; the data criteria say it too). */
    evidence: LkeEvidence;
}

export type LkeAspect = 'keberadaan' | 'kualitas' | 'pemanfaatan';

export interface LkeSubComponentDef {
    /** `a`, `b`, `c`: its letter within the component (1.a, 1.b, 1.c). */
    code: 'a' | 'b' | 'c';
    aspect: LkeAspect;
    name: string;
    /** Points of the 100 (6, 9, 15 of perencanaan's 30). */
    weight: number;
    criteria: readonly LkeCriterionDef[];
}

export interface LkeComponentDef {
    no: 1 | 2 | 3 | 4;
    name: string;
    nameEn: string;
    weight: number;
    subComponents: readonly LkeSubComponentDef[];
}

const ev = (id: string, en: string): LkeEvidence => ({ id, en });

/** The worksheet: weights 30 + 30 + 15 + 25, each split 20 % / 30 % / 50 %. */
export const LKE_COMPONENTS: readonly LkeComponentDef[] = [
    {
        no: 1, name: 'Perencanaan Kinerja', nameEn: 'Performance planning', weight: 30,
        subComponents: [
            {
                code: 'a', aspect: 'keberadaan', weight: 6, name: 'Dokumen Perencanaan kinerja telah tersedia',
                criteria: [
                    { no: 1, name: 'Terdapat pedoman teknis perencanaan kinerja.', evidence: ev('Pedoman teknis perencanaan kinerja yang telah ditetapkan', 'The adopted technical guideline on performance planning') },
                    { no: 2, name: 'Terdapat dokumen perencanaan kinerja jangka panjang.', evidence: ev('Dokumen RPJPD yang telah ditetapkan', 'The adopted long-term plan (RPJPD)') },
                    { no: 3, name: 'Terdapat dokumen perencanaan kinerja jangka menengah.', evidence: ev('Dokumen RPJMD / Renstra yang telah disahkan', 'The adopted medium-term plan (RPJMD / Renstra)') },
                    { no: 4, name: 'Terdapat dokumen perencanaan kinerja jangka pendek.', evidence: ev('Dokumen RKPD / Renja dan perjanjian kinerja tahun berjalan', "This year's annual work plan (RKPD / Renja) and performance agreements") },
                    { no: 5, name: 'Terdapat dokumen perencanaan aktivitas yang mendukung kinerja.', evidence: ev('Rencana aksi kinerja', 'The performance action plan (rencana aksi)') },
                    { no: 6, name: 'Terdapat dokumen perencanaan anggaran yang mendukung kinerja.', evidence: ev('Dokumen RKA / DPA', 'The budget documents (RKA / DPA)') }
                ]
            },
            {
                code: 'b', aspect: 'kualitas', weight: 9,
                name: 'Dokumen Perencanaan kinerja telah memenuhi standar yang baik, yaitu untuk mencapai hasil, dengan ukuran kinerja yang SMART, menggunakan penyelarasan (cascading) disetiap level secara logis, serta memperhatikan kinerja bidang lain (crosscutting)',
                criteria: [
                    { no: 1, name: 'Dokumen Perencanaan Kinerja telah diformalkan.', check: 'revisionsCovered', evidence: ev('Perjanjian kinerja bertanda tangan; PK perubahan untuk setiap revisi target atau pagu setelah penandatanganan', 'Signed agreements; a PK perubahan for every target or budget revision after signing') },
                    { no: 2, name: 'Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu.', evidence: ev('Tangkapan layar publikasi di laman resmi beserta tanggalnya', 'Dated screenshots of the publication on the official website') },
                    { no: 3, name: 'Dokumen Perencanaan Kinerja telah menggambarkan Kebutuhan atas Kinerja sebenarnya yang perlu dicapai.', evidence: ev('Analisis isu strategis dan permasalahan dalam Renstra', 'The analysis of strategic issues in the Renstra') },
                    { no: 4, name: 'Kualitas Rumusan Hasil (Tujuan/Sasaran) telah jelas menggambarkan kondisi kinerja yang akan dicapai.', evidence: ev('Rumusan tujuan dan sasaran dalam Renstra dan pohon kinerja', 'The goals and objectives in the Renstra and the performance tree') },
                    { no: 5, name: 'Ukuran Keberhasilan (Indikator Kinerja) telah memenuhi kriteria SMART.', evidence: ev('Telaah indikator kinerja terhadap kriteria SMART', 'A review of the indicators against the SMART criteria') },
                    { no: 6, name: 'Indikator Kinerja Utama (IKU) telah menggambarkan kondisi Kinerja Utama yang harus dicapai, tertuang secara berkelanjutan (sustainable - tidak sering diganti dalam 1 periode Perencanaan Strategis).', evidence: ev('Keputusan penetapan IKU dan perubahannya selama periode Renstra', 'The decree adopting the IKU and its changes over the Renstra period') },
                    { no: 7, name: 'Target yang ditetapkan dalam Perencanaan Kinerja dapat dicapai (achievable), menantang, dan realistis.', evidence: ev('Perbandingan target dengan capaian tahun-tahun sebelumnya', 'Targets compared with earlier years\' results') },
                    { no: 8, name: 'Setiap Dokumen Perencanaan Kinerja menggambarkan hubungan yang berkesinambungan, serta selaras antara Kondisi/Hasil yang akan dicapai di setiap level jabatan (Cascading).', check: 'cascade', evidence: ev('Pohon kinerja dan cascading sampai staf', 'The performance tree cascaded down to staff') },
                    { no: 9, name: 'Perencanaan kinerja dapat memberikan informasi tentang hubungan kinerja, strategi, kebijakan, bahkan aktivitas antar bidang/dengan tugas dan fungsi lain yang berkaitan (Crosscutting).', evidence: ev('Peta kinerja lintas sektor (crosscutting) antarperangkat daerah', 'The map of crosscutting performance between agencies') },
                    { no: 10, name: 'Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja.', check: 'agreements', evidence: ev('Perjanjian kinerja setiap pejabat struktural (eselon II–IV)', 'A performance agreement of every structural official (echelon II–IV)') },
                    { no: 11, name: 'Setiap pegawai merumuskan dan menetapkan Perencanaan Kinerja.', evidence: ev('SKP seluruh pegawai tahun berjalan', "Every employee's performance target sheet (SKP) for the year") }
                ]
            },
            {
                code: 'c', aspect: 'pemanfaatan', weight: 15, name: 'Perencanaan Kinerja telah dimanfaatkan untuk mewujudkan hasil yang berkesinambungan',
                criteria: [
                    { no: 1, name: 'Anggaran yang ditetapkan telah mengacu pada Kinerja yang ingin dicapai.', evidence: ev('Keterkaitan DPA dengan sasaran dan indikator kinerja (cascading anggaran)', 'The link between the DPA and the objectives and indicators') },
                    { no: 2, name: 'Aktivitas yang dilaksanakan telah mendukung Kinerja yang ingin dicapai.', evidence: ev('Rencana aksi dan laporan pelaksanaan kegiatan', 'The action plan and the activity reports') },
                    { no: 3, name: 'Target yang ditetapkan dalam Perencanaan Kinerja telah dicapai dengan baik, atau setidaknya masih on the right track.', evidence: ev('Laporan capaian kinerja triwulanan', 'The quarterly performance reports') },
                    { no: 4, name: 'Rencana aksi kinerja dapat berjalan dinamis karena capaian kinerja selalu dipantau secara berkala.', evidence: ev('Notulen rapat pemantauan rencana aksi', 'Minutes of the action-plan monitoring meetings') },
                    { no: 5, name: 'Terdapat perbaikan/penyempurnaan Dokumen Perencanaan Kinerja yang ditetapkan dari hasil analisis perbaikan kinerja sebelumnya.', evidence: ev('Reviu Renstra / Renja dan dasar perubahannya', 'The review of the Renstra / Renja and the grounds of its changes') },
                    { no: 6, name: 'Terdapat perbaikan/penyempurnaan Dokumen Perencanaan Kinerja dalam mewujudkan kondisi/hasil yang lebih baik.', evidence: ev('Dokumen perencanaan yang telah diperbaiki beserta penjelasannya', 'The improved planning documents and their explanation') },
                    { no: 7, name: 'Setiap unit/satuan kerja memahami dan peduli, serta berkomitmen dalam mencapai kinerja yang telah direncanakan.', evidence: ev('Wawancara dan notulen rapat kinerja unit kerja', 'Interviews and minutes of the units\' performance meetings') },
                    { no: 8, name: 'Setiap Pegawai memahami dan peduli, serta berkomitmen dalam mencapai kinerja yang telah direncanakan.', evidence: ev('Wawancara pegawai dan penilaian SKP', 'Staff interviews and the SKP appraisals') }
                ]
            }
        ]
    },
    {
        no: 2, name: 'Pengukuran Kinerja', nameEn: 'Performance measurement', weight: 30,
        subComponents: [
            {
                code: 'a', aspect: 'keberadaan', weight: 6, name: 'Pengukuran Kinerja telah dilakukan',
                criteria: [
                    { no: 1, name: 'Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja.', evidence: ev('Pedoman teknis pengukuran dan pengumpulan data kinerja', 'The technical guideline on measurement and data collection') },
                    { no: 2, name: 'Terdapat Definisi Operasional yang jelas atas kinerja dan cara mengukur indikator kinerja.', check: 'ikuDefinition', evidence: ev('Manual IKU: definisi, rumus dan sumber data setiap IKU', 'The IKU manual: definition, formula and data source of every IKU') },
                    { no: 3, name: 'Terdapat mekanisme yang jelas terhadap pengumpulan data kinerja yang dapat diandalkan.', check: 'evidence', evidence: ev('Bukti dukung setiap realisasi yang dilaporkan', 'Evidence (bukti dukung) of every reported realisation') }
                ]
            },
            {
                code: 'b', aspect: 'kualitas', weight: 9,
                name: 'Pengukuran Kinerja telah menjadi kebutuhan dalam mewujudkan Kinerja secara Efektif dan Efisien dan telah dilakukan secara berjenjang dan berkelanjutan',
                criteria: [
                    { no: 1, name: 'Pimpinan selalu terlibat sebagai pengambil keputusan (Decision Maker) dalam mengukur capaian kinerja.', evidence: ev('Notulen rapat pimpinan tentang capaian kinerja', "Minutes of the head's meetings on performance results") },
                    { no: 2, name: 'Data kinerja yang dikumpulkan telah relevan untuk mengukur capaian kinerja yang diharapkan.', evidence: ev('Telaah kesesuaian data dengan indikator', 'A review of the data against the indicators') },
                    { no: 3, name: 'Data kinerja yang dikumpulkan telah mendukung capaian kinerja yang diharapkan.', evidence: ev('Data kinerja beserta sumbernya', 'The performance data with its sources') },
                    { no: 4, name: 'Pengukuran kinerja telah dilakukan secara berkala.', check: 'monitoring', evidence: ev('Realisasi setiap triwulan untuk setiap indikator bertarget', 'Realisations for every quarter of every indicator with a target') },
                    { no: 5, name: 'Setiap level organisasi melakukan pemantauan atas pengukuran capaian kinerja unit dibawahnya secara berjenjang.', evidence: ev('Laporan pemantauan berjenjang dari setiap level jabatan', 'Monitoring reports at every level of the chart') },
                    { no: 6, name: 'Pengumpulan data kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).', evidence: ev('Aplikasi pengumpulan data kinerja yang digunakan', 'The application used to collect performance data') },
                    { no: 7, name: 'Pengukuran capaian kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).', evidence: ev('Aplikasi pengukuran capaian kinerja yang digunakan', 'The application used to measure results') }
                ]
            },
            {
                code: 'c', aspect: 'pemanfaatan', weight: 15,
                name: 'Pengukuran Kinerja telah dijadikan dasar dalam pemberian Reward dan Punishment, serta penyesuaian strategi dalam mencapai kinerja yang efektif dan efisien',
                criteria: [
                    { no: 1, name: 'Pengukuran Kinerja telah menjadi dasar dalam penyesuaian (pemberian/pengurangan) tunjangan kinerja/penghasilan.', evidence: ev('Keputusan tunjangan kinerja / TPP berbasis capaian kinerja', 'The decision linking allowances (TPP) to performance') },
                    { no: 2, name: 'Pengukuran Kinerja telah menjadi dasar dalam penempatan/penghapusan Jabatan baik struktural maupun fungsional.', evidence: ev('Keputusan mutasi / promosi yang mempertimbangkan kinerja', 'Placement decisions that weigh performance') },
                    { no: 3, name: 'Pengukuran kinerja telah mempengaruhi penyesuaian (Refocusing) Organisasi.', evidence: ev('Dokumen penataan organisasi berdasarkan hasil pengukuran', 'Organisation changes based on the measurement') },
                    { no: 4, name: 'Pengukuran kinerja telah mempengaruhi penyesuaian Strategi dalam mencapai kinerja.', evidence: ev('Perubahan strategi beserta dasar hasil pengukurannya', 'Strategy changes and the measurement behind them') },
                    { no: 5, name: 'Pengukuran kinerja telah mempengaruhi penyesuaian Kebijakan dalam mencapai kinerja.', evidence: ev('Perubahan kebijakan beserta dasar hasil pengukurannya', 'Policy changes and the measurement behind them') },
                    { no: 6, name: 'Pengukuran kinerja telah mempengaruhi penyesuaian Aktivitas dalam mencapai kinerja.', evidence: ev('Perubahan rencana aksi / kegiatan beserta dasarnya', 'Changes of the action plan or activities and their grounds') },
                    { no: 7, name: 'Pengukuran kinerja telah mempengaruhi penyesuaian Anggaran dalam mencapai kinerja.', evidence: ev('Pergeseran / perubahan anggaran beserta dasar hasil pengukurannya', 'Budget shifts and the measurement behind them') },
                    { no: 8, name: 'Terdapat efisiensi atas penggunaan anggaran dalam mencapai kinerja.', evidence: ev('Analisis efisiensi: capaian kinerja dibandingkan serapan anggaran', 'An efficiency analysis: results against budget absorption') },
                    { no: 9, name: 'Setiap unit/satuan kerja memahami dan peduli atas hasil pengukuran kinerja.', evidence: ev('Wawancara dan notulen rapat unit kerja', "Interviews and the units' meeting minutes") },
                    { no: 10, name: 'Setiap pegawai memahami dan peduli atas hasil pengukuran kinerja.', evidence: ev('Wawancara pegawai', 'Staff interviews') }
                ]
            }
        ]
    },
    {
        no: 3, name: 'Pelaporan Kinerja', nameEn: 'Performance reporting', weight: 15,
        subComponents: [
            {
                code: 'a', aspect: 'keberadaan', weight: 3, name: 'Terdapat Dokumen Laporan yang menggambarkan Kinerja',
                criteria: [
                    { no: 1, name: 'Dokumen Laporan Kinerja telah disusun.', evidence: ev('Dokumen LKjIP', 'The LKjIP') },
                    { no: 2, name: 'Dokumen Laporan Kinerja telah disusun secara berkala.', evidence: ev('Laporan kinerja triwulanan dan tahunan', 'The quarterly and annual performance reports') },
                    { no: 3, name: 'Dokumen Laporan Kinerja telah diformalkan.', evidence: ev('LKjIP yang ditandatangani pimpinan', 'The LKjIP signed by the head') },
                    { no: 4, name: 'Dokumen Laporan Kinerja telah direviu.', evidence: ev('Laporan hasil reviu LKjIP oleh inspektorat', "The inspectorate's review report of the LKjIP") },
                    { no: 5, name: 'Dokumen Laporan Kinerja telah dipublikasikan.', evidence: ev('Tangkapan layar publikasi LKjIP di laman resmi', 'A screenshot of the LKjIP on the official website') },
                    { no: 6, name: 'Dokumen Laporan Kinerja telah disampaikan tepat waktu.', evidence: ev('Bukti penyampaian LKjIP beserta tanggalnya', 'Dated proof of the LKjIP submission') }
                ]
            },
            {
                code: 'b', aspect: 'kualitas', weight: 4.5,
                name: 'Dokumen Laporan Kinerja telah memenuhi Standar menggambarkan Kualitas atas Pencapaian Kinerja, informasi keberhasilan/kegagalan kinerja serta upaya perbaikan/penyempurnaannya',
                criteria: [
                    { no: 1, name: 'Dokumen Laporan Kinerja disusun secara berkualitas sesuai dengan standar.', evidence: ev('LKjIP dengan sistematika PermenPANRB 53/2014', 'An LKjIP in the structure of PermenPANRB 53/2014') },
                    { no: 2, name: 'Dokumen Laporan Kinerja telah mengungkap seluruh informasi tentang pencapaian kinerja.', evidence: ev('LKjIP yang memuat seluruh IKU dan sasaran', 'An LKjIP covering every IKU and objective') },
                    { no: 3, name: 'Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan target tahunan.', evidence: ev('Tabel capaian terhadap target tahunan dalam LKjIP', 'The LKjIP table of results against the annual targets') },
                    { no: 4, name: 'Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan target jangka menengah.', evidence: ev('Tabel capaian terhadap target akhir Renstra dalam LKjIP', 'The LKjIP table of results against the Renstra end targets') },
                    { no: 5, name: 'Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan realisasi kinerja tahun-tahun sebelumnya.', evidence: ev('Tabel perbandingan dengan tahun-tahun sebelumnya dalam LKjIP', "The LKjIP table comparing earlier years' results") },
                    { no: 6, name: 'Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan realisasi kinerja di level nasional/internasional (Benchmark Kinerja).', evidence: ev('Data pembanding nasional / provinsi beserta sumbernya', 'National or provincial benchmark data and its source') },
                    { no: 7, name: 'Dokumen Laporan Kinerja telah menginfokan kualitas atas capaian kinerja beserta upaya nyata dan/atau hambatannya.', check: 'narrative', evidence: ev('Analisis capaian, kendala dan solusi setiap IKU dan sasaran', 'The analysis, obstacles and solutions of every IKU and objective') },
                    { no: 8, name: 'Dokumen Laporan Kinerja telah menginfokan efisiensi atas penggunaan sumber daya dalam mencapai kinerja.', evidence: ev('Analisis efisiensi penggunaan sumber daya dalam LKjIP', 'The LKjIP analysis of the efficiency of resources') },
                    { no: 9, name: 'Dokumen Laporan Kinerja telah menginfokan upaya perbaikan dan penyempurnaan kinerja ke depan (Rekomendasi perbaikan kinerja).', evidence: ev('Rekomendasi perbaikan kinerja dalam LKjIP', 'The LKjIP recommendations for improvement') }
                ]
            },
            {
                code: 'c', aspect: 'pemanfaatan', weight: 7.5,
                name: 'Pelaporan Kinerja telah memberikan dampak yang besar dalam penyesuaian strategi/kebijakan dalam mencapai kinerja berikutnya',
                criteria: [
                    { no: 1, name: 'Informasi dalam laporan kinerja selalu menjadi perhatian utama pimpinan (Bertanggung Jawab).', evidence: ev('Disposisi / notulen pimpinan atas laporan kinerja', "The head's instructions or minutes on the report") },
                    { no: 2, name: 'Penyajian informasi dalam laporan kinerja menjadi kepedulian seluruh pegawai.', evidence: ev('Wawancara pegawai', 'Staff interviews') },
                    { no: 3, name: 'Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian aktivitas untuk mencapai kinerja.', evidence: ev('Perubahan kegiatan berdasarkan laporan berkala', 'Activity changes based on the periodic reports') },
                    { no: 4, name: 'Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian penggunaan anggaran untuk mencapai kinerja.', evidence: ev('Pergeseran anggaran berdasarkan laporan berkala', 'Budget shifts based on the periodic reports') },
                    { no: 5, name: 'Informasi dalam laporan kinerja telah digunakan dalam evaluasi pencapaian keberhasilan kinerja.', evidence: ev('Dokumen evaluasi kinerja yang merujuk laporan kinerja', 'Evaluations that cite the performance report') },
                    { no: 6, name: 'Informasi dalam laporan kinerja telah digunakan dalam penyesuaian perencanaan kinerja yang akan dihadapi berikutnya.', evidence: ev('Renja tahun berikutnya yang merujuk laporan kinerja', "Next year's work plan citing the report") },
                    { no: 7, name: 'Informasi dalam laporan kinerja selalu mempengaruhi perubahan budaya kinerja organisasi.', evidence: ev('Wawancara dan program perubahan budaya kerja', 'Interviews and the work-culture programme') }
                ]
            }
        ]
    },
    {
        no: 4, name: 'Evaluasi Akuntabilitas Kinerja Internal', nameEn: 'Internal accountability evaluation', weight: 25,
        subComponents: [
            {
                code: 'a', aspect: 'keberadaan', weight: 5, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan',
                criteria: [
                    { no: 1, name: 'Terdapat pedoman teknis Evaluasi Akuntabilitas Kinerja Internal.', evidence: ev('Pedoman evaluasi AKIP internal yang ditetapkan', 'The adopted guideline on internal AKIP evaluation') },
                    { no: 2, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.', evidence: ev('Laporan hasil evaluasi internal setiap perangkat daerah', 'The internal evaluation report of every agency') },
                    { no: 3, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang.', evidence: ev('Laporan evaluasi internal di setiap level', 'Internal evaluation reports at every level') }
                ]
            },
            {
                code: 'b', aspect: 'kualitas', weight: 7.5, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berkualitas dengan Sumber Daya yang memadai',
                criteria: [
                    { no: 1, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar.', evidence: ev('Kertas kerja evaluasi internal', 'The internal evaluation working papers') },
                    { no: 2, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan oleh SDM yang memadai.', evidence: ev('Surat tugas dan sertifikat pelatihan tim evaluator', "The evaluators' assignment letters and training certificates") },
                    { no: 3, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan dengan pendalaman yang memadai.', evidence: ev('Notulen evaluasi internal dan kertas kerja pendalaman', 'Minutes of the internal evaluation and in-depth working papers') },
                    { no: 4, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.', evidence: ev('Daftar perangkat daerah yang dievaluasi', 'The list of agencies evaluated') },
                    { no: 5, name: 'Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan menggunakan Teknologi Informasi (Aplikasi).', evidence: ev('Aplikasi evaluasi internal yang digunakan', 'The application used for the internal evaluation') }
                ]
            },
            {
                code: 'c', aspect: 'pemanfaatan', weight: 12.5,
                name: 'Implementasi SAKIP telah meningkat karena evaluasi Akuntabilitas Kinerja Internal sehingga memberikan kesan yang nyata (dampak) dalam efektifitas dan efisiensi Kinerja',
                criteria: [
                    { no: 1, name: 'Seluruh rekomendasi atas hasil evaluasi akuntablitas kinerja internal telah ditindaklanjuti.', evidence: ev('Matriks tindak lanjut rekomendasi evaluasi internal', 'The follow-up matrix of the internal recommendations') },
                    { no: 2, name: 'Telah terjadi peningkatan implementasi SAKIP dengan melaksanakan tindak lanjut atas rekomendasi hasil evaluasi akuntablitas Kinerja internal.', evidence: ev('Perbandingan nilai evaluasi internal antartahun', 'Internal evaluation scores compared across years') },
                    { no: 3, name: 'Hasil Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan untuk perbaikan dan peningkatan akuntabilitas kinerja.', evidence: ev('Dokumen perbaikan yang merujuk hasil evaluasi internal', 'Improvements that cite the internal evaluation') },
                    { no: 4, name: 'Hasil dari Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan dalam mendukung efektifitas dan efisiensi kinerja.', evidence: ev('Bukti pemanfaatan hasil evaluasi internal', 'Evidence of the use of the internal evaluation') },
                    { no: 5, name: 'Telah terjadi perbaikan dan peningkatan kinerja dengan memanfaatkan hasil evaluasi akuntablitas kinerja internal.', evidence: ev('Perbandingan capaian kinerja sebelum dan sesudah tindak lanjut', 'Results before and after the follow-up') }
                ]
            }
        ]
    }
];

/** A predikat band: a score above `above` (and at most the next band's) earns it; the lowest has `above` null (0–30). */
export interface LkePredikatDef {
    label: 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';
    above: number | null;
    meaning: LkeEvidence;
}

/** AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30: highest first. */
export const LKE_PREDIKAT: readonly LkePredikatDef[] = [
    { label: 'AA', above: 90, meaning: ev('Sangat Memuaskan', 'Excellent') },
    { label: 'A', above: 80, meaning: ev('Memuaskan', 'Very good') },
    { label: 'BB', above: 70, meaning: ev('Sangat Baik', 'Good') },
    { label: 'B', above: 60, meaning: ev('Baik', 'Fairly good') },
    { label: 'CC', above: 50, meaning: ev('Cukup (Memadai)', 'Adequate') },
    { label: 'C', above: 30, meaning: ev('Kurang', 'Poor') },
    { label: 'D', above: null, meaning: ev('Sangat Kurang', 'Very poor') }
];

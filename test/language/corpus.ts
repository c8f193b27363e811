/**
 * The corpus of the fast parser's tests (fast-parser.test.ts): every keyword and every
 * assignment of the grammar, which a test there checks by walking the grammar. The data
 * workbook's round trip (test/import/transfer.test.ts) carries it too.
 */
/** Every construct of the grammar, with comments in the places the CST builder treats specially. */
export const EVERY_CONSTRUCT = `/* first */ // line comment before anything
pemda Kab "Kabupaten \\"Contoh\\"" { kepala "Bupati" periode 2021 - 2026
    tujuan T1 "Tujuan" kode "T.1" { indikator IT1 "Indeks" { satuan indeks arah naik target 2025 70 - 75 } }
    sasaran S1 "Sasaran" mendukung T1 /* between */ , T1 { }
}
instansi Dinas "Dinas" { pemda Kab periode 2021-2026
    jabatan Kadis "Kepala" eselon II { pejabat "Nama" nip "1970" }
    jabatan Kabid "Kabid" eselon III atasan Dinas.Kadis { nip /* the position's */ "1980"
        pejabat "Lama" sampai 2025-06-30 pejabat /* acting */ "Plt" plt // from
            sejak 2025-07-01 sampai /* to */ 2025-09-30 nip "1985" nip "1981"
        pejabat "Plh" plh sejak 2025-10-01 pejabat "Nama" nip "1990" }
    jabatan Staf1 "Staf" staf atasan Kabid { }
    jabatan E1 "E1" eselon I jabatan E4 "E4" eselon IV
    program P1 "Program" mendukung Kab.S1 lintas Kab.T1 /* across */ , Kab . S1 , Dinas.K1 oleh Kadis mendukung Kab . S1 kode "1" lintas P1 {
        indikator IP1 "Persentase" utama mendukung Kab.T1.IT1 , Kab.T1.IT1 {
            satuan persen arah turun selisih akumulasi rata-rata definisi "d" rumus "r" sumber "s" kondisi-awal Rp -1,5 %
            target 2025 10 { tw1 1 tw2 2 - 3 tw3 4 dari 5 tw4 10 % }
            target 2025 8 { jan 1 s.d. /* cumulative */ tw3 4 } revisi /* mid-year */ 2025-07-10 "Refocusing"
            target 2026 12 revisi 2026-02-01 "APBD" target 2024 "B" - "A" { feb "B" s.d.mar "C" - "A" }
            realisasi 2025 tw2 5 dari 6 { tw1 1 }
            realisasi 2025 s.d. /* up to */ tw3 7 dari 8 realisasi 2025 s.d.apr 2
            realisasi 2025 { jan 90 s.d.feb 185 mei 3 dari 4 jun "B" } realisasi 2025 jul "BB"
            realisasi 2024 -3
            realisasi 2024 { }
            realisasi 2023
            catatan 2025 tw3 { analisis "a" kendala /* c */ "k" solusi "s" analisis "a2" } catatan 2024 { }
            bukti 2025 tw3 "Rekap" "bukti/rekap.csv" terverifikasi /* checked */ 2025-10-05 bukti 2025 "T" "https://example.go.id/x"
        }
        indikator IP8 "Predikat" { satuan predikat arah stabil skala "C" /* scale */ "B" "A" "AA" kondisi-awal "B" target 2025 "BB" realisasi 2025 "A" }
        indikator IP9 "Opini" { satuan opini skala "WTP" arah turun rasio catatan 2025 agu { kendala "k" } }
        indikator IP2 "Custom" { satuan "km" akumulasi jumlah arah rentang satuan orang }
        indikator IP3 "Units" { satuan dokumen } indikator IP4 "u" { satuan unit } indikator IP5 "r" { satuan rasio akumulasi terakhir }
        indikator IP6 "h" { satuan hari } indikator IP7 "rp" { satuan rupiah }
        pagu 2025 Rp 1.000.000
        pagu 2025 Rp 750.000 revisi /* APBD-P */ 2025-08-20 "APBD Perubahan"
        realisasi 2025 tw3 Rp 500.000
        realisasi 2025 s.d. tw2 Rp 300.000 realisasi 2025 { s.d. sep 1 okt 2 }
        belanja 2025 tw1 Rp 120.000 belanja 2025 nov -1 belanja /* per period */ 2025 { des 1 s.d. tw4 2 - 3 tw2 Rp 1 dari 2 }
        catatan 2025 { solusi "s" } bukti 2025 okt "Kuitansi" "bukti/k.pdf" terverifikasi 2025-11-01
    }
    kegiatan K1 "K" oleh Dinas.Kabid { } subkegiatan SK1 "SK" rhk R1 "RHK"
}
instansi Kosong { }
realisasi Dinas 2025 tw3 { P1.IP1 50 dari 60 Dinas.P1.IP2 -1 // trailing in block
    P1 Rp 3 % }
realisasi Dinas 2025 { }
realisasi Dinas 2025 s.d. /* cumulative */ tw3 { P1.IP8 "WTP" P1.IP1 5 } realisasi Dinas 2025 s.d.okt { } realisasi Dinas 2025 s.d. { }
perjanjian Dinas.Kadis 2025 { pihak-kedua "Bupati" tempat "Sangatta" ditandatangani 2025-01-10 perubahan /* first */ 2025-08-25 perubahan 2025-10-01 }
perjanjian Kabid 2024
// last
/* very last */`;

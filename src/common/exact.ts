/**
 * Exact rational arithmetic for planning figures.
 *
 * Targets, realisations and Rupiah amounts are parsed into exact fractions (bigint
 * numerator and denominator), so `Rp 1.320.000.000.000`, `19,29` or a sum of quarters
 * never pick up binary floating-point error. Results are rounded (half away from zero,
 * "pembulatan ke atas" for .5) only when they are printed or serialised.
 */
export class Exact {
    /** Always in lowest terms with a positive denominator. */
    private constructor(readonly num: bigint, readonly den: bigint) {}

    static readonly ZERO = new Exact(0n, 1n);
    static readonly ONE = new Exact(1n, 1n);
    static readonly HUNDRED = new Exact(100n, 1n);

    static of(value: number | bigint): Exact {
        if (typeof value === 'bigint') {
            return new Exact(value, 1n);
        }
        if (Number.isInteger(value)) {
            return new Exact(BigInt(value), 1n);
        }
        if (!Number.isFinite(value)) {
            throw new RangeError(`Exact.of: ${value} is not a finite number`);
        }
        // A JS number literal such as 0.1 stands for its shortest decimal representation.
        return Exact.fromDecimalString(String(value));
    }

    static fraction(num: bigint, den: bigint): Exact {
        if (den === 0n) {
            throw new RangeError('Exact.fraction: zero denominator');
        }
        if (den === 1n) return new Exact(num, 1n);
        if (den < 0n) {
            num = -num;
            den = -den;
        }
        const g = gcd(num < 0n ? -num : num, den);
        return g === 1n ? new Exact(num, den) : new Exact(num / g, den / g);
    }

    /** Parses a plain decimal such as `-12.5` or `1e-7` (JavaScript notation). */
    static fromDecimalString(text: string): Exact {
        const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
        if (!m) {
            throw new RangeError(`Exact.fromDecimalString: '${text}'`);
        }
        const [, sign, int, frac = '', exp = '0'] = m;
        let num = BigInt(int + frac);
        let den = 10n ** BigInt(frac.length);
        const e = Number(exp);
        if (e > 0) num *= 10n ** BigInt(e);
        if (e < 0) den *= 10n ** BigInt(-e);
        return Exact.fraction(sign ? -num : num, den);
    }

    // Integers (most planning figures) skip the cross products and the gcd.
    add(other: Exact): Exact {
        if (this.den === 1n && other.den === 1n) return new Exact(this.num + other.num, 1n);
        return Exact.fraction(this.num * other.den + other.num * this.den, this.den * other.den);
    }
    sub(other: Exact): Exact {
        if (this.den === 1n && other.den === 1n) return new Exact(this.num - other.num, 1n);
        return Exact.fraction(this.num * other.den - other.num * this.den, this.den * other.den);
    }
    mul(other: Exact): Exact {
        return Exact.fraction(this.num * other.num, this.den * other.den);
    }
    /** Division; `undefined` when dividing by zero (callers report "not computable"). */
    div(other: Exact): Exact | undefined {
        return other.num === 0n ? undefined : Exact.fraction(this.num * other.den, this.den * other.num);
    }
    neg(): Exact {
        return new Exact(-this.num, this.den);
    }
    cmp(other: Exact): number {
        if (this.den === other.den) return this.num < other.num ? -1 : this.num > other.num ? 1 : 0;
        const d = this.num * other.den - other.num * this.den;
        return d < 0n ? -1 : d > 0n ? 1 : 0;
    }
    lt(other: Exact): boolean { return this.cmp(other) < 0; }
    gt(other: Exact): boolean { return this.cmp(other) > 0; }
    eq(other: Exact): boolean { return this.cmp(other) === 0; }
    isZero(): boolean { return this.num === 0n; }
    isNegative(): boolean { return this.num < 0n; }
    isInteger(): boolean { return this.den === 1n; }

    static sum(values: Iterable<Exact>): Exact {
        let total = Exact.ZERO;
        for (const v of values) total = total.add(v);
        return total;
    }
    /** The arithmetic mean; undefined for no values. */
    static mean(values: Exact[]): Exact | undefined {
        return values.length ? Exact.sum(values).div(Exact.of(values.length)) : undefined;
    }
    static max(a: Exact, b: Exact): Exact { return a.cmp(b) >= 0 ? a : b; }

    /**
     * Rounds to `decimals` places, half away from zero, and returns the scaled integer:
     * `roundScaled(2)` of 42,1875 is 4219n.
     */
    roundScaled(decimals: number): bigint {
        const scale = 10n ** BigInt(decimals);
        const negative = this.num < 0n;
        const abs = negative ? -this.num : this.num;
        const scaled = abs * scale;
        let q = scaled / this.den;
        const r = scaled % this.den;
        if (r * 2n >= this.den) q += 1n;
        return negative ? -q : q;
    }

    /** The rounded value as a JavaScript number (for JSON output). */
    toRoundedNumber(decimals = 2): number {
        return Number(this.toPlainString(decimals));
    }

    /** `114.05`: rounded, dot decimal separator, trailing zeros removed. */
    toPlainString(decimals = 2): string {
        const q = this.roundScaled(decimals);
        const negative = q < 0n;
        const digits = (negative ? -q : q).toString().padStart(decimals + 1, '0');
        const int = digits.slice(0, digits.length - decimals);
        const frac = digits.slice(digits.length - decimals).replace(/0+$/, '');
        const body = frac ? `${int}.${frac}` : int;
        return negative && body !== '0' ? `-${body}` : body;
    }

    toNumber(): number {
        return Number(this.num) / Number(this.den);
    }

    toString(): string {
        return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
    }
}

function gcd(a: bigint, b: bigint): bigint {
    while (b !== 0n) {
        const r = a % b;
        a = b;
        b = r;
    }
    return a === 0n ? 1n : a;
}

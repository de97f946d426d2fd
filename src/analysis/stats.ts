// Association and keyness statistics shared by terms and co-mentions.
// All take plain counts, so each formula can be checked by hand.

/** x·ln(x / e), with 0·ln 0 = 0. */
function llTerm(x: number, expected: number): number {
  return x > 0 ? x * Math.log(x / expected) : 0;
}

/**
 * Dunning's log-likelihood G² of a 2×2 contingency table
 *   [[k11, k12], [k21, k22]]:  G² = 2 Σ k_ij ln(k_ij / E_ij),  E_ij = row_i · col_j / N.
 */
export function logLikelihood2x2(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  if (n === 0) return 0;
  const r1 = k11 + k12, r2 = k21 + k22, c1 = k11 + k21, c2 = k12 + k22;
  const g2 = 2 * (llTerm(k11, (r1 * c1) / n) + llTerm(k12, (r1 * c2) / n) + llTerm(k21, (r2 * c1) / n) + llTerm(k22, (r2 * c2) / n));
  return Math.max(0, g2);
}

/**
 * Keyness G² of a term seen `a` times in a target corpus of `c` tokens and `b` times
 * in a reference corpus of `d` tokens: the full 2×2 G² (term / other tokens ×
 * target / reference). Rayson & Garside's two-cell shortcut is slightly smaller.
 */
export function keynessG2(a: number, b: number, c: number, d: number): number {
  return logLikelihood2x2(a, c - a, b, d - b);
}

/** Hardie's log ratio: log2 of the ratio of relative frequencies, zero counts set to 0.5. */
export function logRatio(a: number, b: number, c: number, d: number): number {
  return Math.log2(((a || 0.5) / c) / ((b || 0.5) / d));
}

/** Upper tail p-value of a χ² statistic with one degree of freedom: P(X ≥ x) = erfc(√(x/2)). */
export function chiSquareP1(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** Complementary error function (Numerical Recipes' erfcc, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Pointwise mutual information, log2( p(a,b) / (p(a) p(b)) ), from counts over n units. */
export function pmi(ab: number, a: number, b: number, n: number): number {
  return ab > 0 ? Math.log2((ab * n) / (a * b)) : -Infinity;
}

/** PMI normalised to [-1, 1] by −log2 p(a,b) (Bouma 2009). */
export function npmi(ab: number, a: number, b: number, n: number): number {
  if (ab === 0) return -1;
  if (ab === n) return 1;
  return pmi(ab, a, b, n) / -Math.log2(ab / n);
}

/**
 * Rubric arithmetic, exactly. Scores are whole numbers from 0 to a criterion's maximum and weights are
 * whole percents that add up to 100, so a review's weighted total Σ weightᵢ × scoreᵢ / maxᵢ is a
 * rational number out of 100. Binary floating point cannot hold most of these (7/9 of 15 points, or
 * even 0.1), and summing them in a different order can change the last digit, which would reorder a
 * ranking. So the total is kept as an exact fraction in bigint and rounded once, half up, to hundredths
 * of a point (8750 = "87.50"); averages and rankings are computed from those integers by
 * cross-multiplication, never by division into a float.
 */

export interface WeightedCriterion {
  weight: number;
  maxScore: number;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

/** a/b rounded half up to a whole number (a ≥ 0, b > 0). */
export const roundHalfUp = (numerator: bigint, denominator: bigint): bigint => (2n * numerator + denominator) / (2n * denominator);

/** The weighted total of `scores` (one per criterion, in order) in hundredths of a point out of 100. */
export function weightedTotalHundredths(criteria: readonly WeightedCriterion[], scores: readonly number[]): number {
  if (scores.length !== criteria.length) throw new Error("one score per criterion");
  let numerator = 0n;
  let denominator = 1n;
  criteria.forEach((criterion, i) => {
    const termNumerator = BigInt(criterion.weight) * BigInt(scores[i]) * 100n;
    const termDenominator = BigInt(criterion.maxScore);
    numerator = numerator * termDenominator + termNumerator * denominator;
    denominator = denominator * termDenominator;
    const divisor = gcd(numerator, denominator) || 1n;
    numerator /= divisor;
    denominator /= divisor;
  });
  return Number(roundHalfUp(numerator, denominator));
}

/** The mean of totals (hundredths), rounded half up to hundredths. */
export function averageHundredths(sum: number | bigint, count: number | bigint): number {
  return Number(roundHalfUp(BigInt(sum), BigInt(count)));
}

/** "87.50" from 8750. */
export function formatHundredths(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  return `${whole}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** Competition ranks (1, 2, 2, 4) by the exact mean sum/count, highest first, compared by cross-multiplication. */
export function rankByMean<K>(entries: readonly { key: K; sum: bigint; count: bigint }[]): Map<K, number> {
  const ranks = new Map<K, number>();
  for (const entry of entries) {
    const better = entries.filter((other) => other.sum * entry.count > entry.sum * other.count).length;
    ranks.set(entry.key, better + 1);
  }
  return ranks;
}

/** True when the weights add up to exactly 100 percent. */
export const weightsAddUp = (criteria: readonly WeightedCriterion[]) => criteria.reduce((sum, c) => sum + c.weight, 0) === 100;

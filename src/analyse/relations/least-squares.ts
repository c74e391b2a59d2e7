import { err, ok, type Result } from '../../core/result.js';

/**
 * Residual sum of squares of the least-squares fit of `y` on the given
 * columns (include a column of ones for an intercept). Modified Gram–Schmidt:
 * each column is made orthogonal to the previous ones and `y` is projected
 * off them in turn. A column that all but vanishes (relative norm < 1e-10) is
 * collinear with the others: the fit is refused as `singular`.
 */
export function residualSumOfSquares(columns: readonly (readonly number[])[], y: readonly number[]): Result<number, 'singular'> {
  const basis: number[][] = [];
  const residual = [...y];
  for (const col of columns) {
    const v = [...col];
    const norm0 = Math.hypot(...v);
    for (const q of basis) {
      const dot = v.reduce((s, x, i) => s + x * q[i]!, 0);
      for (let i = 0; i < v.length; i++) v[i]! -= dot * q[i]!;
    }
    const norm = Math.hypot(...v);
    if (norm0 === 0 || norm / norm0 < 1e-10) return err('singular');
    const q = v.map((x) => x / norm);
    basis.push(q);
    const dot = residual.reduce((s, x, i) => s + x * q[i]!, 0);
    for (let i = 0; i < residual.length; i++) residual[i]! -= dot * q[i]!;
  }
  return ok(residual.reduce((s, x) => s + x * x, 0));
}

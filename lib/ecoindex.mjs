/**
 * The EcoIndex score (https://www.ecoindex.fr, reference implementation cnumr/ecoindex_python,
 * `ecoindex/compute/ecoindex.py`): each of the page's DOM element count, request count and
 * transferred size (kB, 1 kB = 1000 bytes) is placed in the quantiles measured on the HTTP Archive,
 * with linear interpolation inside a quantile; the score is
 * `100 - 5 × (3 × q_dom + 2 × q_requests + q_size) / 6`, rounded.
 *
 * Plain JavaScript so that both the tests and `npm run bench` (plain Node) use the same function.
 */

export const QUANTILES = {
  dom: [
    0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801,
    2479, 594601,
  ],
  requests: [
    0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920,
  ],
  sizeKb: [
    0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27,
    1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
  ],
};

/** Grade thresholds: a score strictly above the bound gets the grade. */
const GRADES = /** @type {const} */ ([
  ['A', 80],
  ['B', 70],
  ['C', 55],
  ['D', 40],
  ['E', 25],
  ['F', 10],
]);

/**
 * Position of a value in a quantile table, from 0 to 20.
 * @param {readonly number[]} quantiles
 * @param {number} value
 */
export function quantilePosition(quantiles, value) {
  for (let i = 1; i < quantiles.length; i += 1) {
    const upper = /** @type {number} */ (quantiles[i]);
    const lower = /** @type {number} */ (quantiles[i - 1]);
    if (value < upper) return i - 1 + (value - lower) / (upper - lower);
  }
  return quantiles.length - 1;
}

/**
 * @param {{ dom: number, requests: number, sizeKb: number }} page
 * @returns {number} the score, 0 to 100
 */
export function ecoIndexScore({ dom, requests, sizeKb }) {
  const qDom = quantilePosition(QUANTILES.dom, dom);
  const qRequests = quantilePosition(QUANTILES.requests, requests);
  const qSize = quantilePosition(QUANTILES.sizeKb, sizeKb);
  return roundHalfEven(100 - (5 * (3 * qDom + 2 * qRequests + qSize)) / 6);
}

/** Python's round(), which the reference uses: halves go to the even neighbour. */
/** @param {number} value */
function roundHalfEven(value) {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5 || (diff === 0.5 && floor % 2 !== 0)) return floor + 1;
  return floor;
}

/** @param {number} score @returns {'A'|'B'|'C'|'D'|'E'|'F'|'G'} */
export function ecoIndexGrade(score) {
  for (const [grade, bound] of GRADES) if (score > bound) return grade;
  return 'G';
}

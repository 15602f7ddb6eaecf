// @partnership-kit/core/csv — the RACI matrix to and from a spreadsheet (CSV): headers in the
// user's language, formula injection neutralized, bounded reading. A subpath of its own: a grid
// loads it when someone exports.

export type {
  RaciFromCsvOptions,
  RaciFromCsvResult,
  RaciToCsvOptions,
} from './raci/raci.csv';
export { MAX_CSV_ROWS, raciFromCsv, raciToCsv } from './raci/raci.csv';

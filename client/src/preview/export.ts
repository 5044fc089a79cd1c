// The preview's CSV export: the report's three tables as the sheet `nianbao tables --format csv`
// writes (one header line of keys, one line for this report), by the command line's own writer,
// so a reviewer can append exports from the editor to a sheet made on the command line.
import { modelValues, type ReportModel } from '../../../server/src/core';
import { toCsv } from '../../../server/src/cli/csv';
import type { TablesResult } from '../../../server/src/lsp/protocol';

/** The UTF-8 byte order mark: without it Excel reads a CSV's Chinese text in the local code page. */
const BOM = '\ufeff';

export function tablesCsv(result: TablesResult, file: string): string {
  // modelValues reads the tables only; the answer carries them as the model holds them.
  const values = modelValues({ tables: result.tables } as Pick<ReportModel, 'tables'> as ReportModel);
  return toCsv([{ file, year: result.year, format: result.format, body: result.body ?? undefined, values }]);
}

/** The bytes of the exported file. */
export function csvFileBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(BOM + csv);
}

/** Where the save dialog proposes to write: beside the report, `.csv` for its extension. */
export function csvPathFor(reportPath: string): string {
  return /\.[^./\\]*$/.test(reportPath) ? reportPath.replace(/\.[^./\\]*$/, '.csv') : `${reportPath}.csv`;
}

// The preview's CSV export: the report's three tables as the sheet `nianbao tables --format csv`
// writes (header lines of Chinese labels and keys, one line for this report), by the command line's own writer,
// so a reviewer can append exports from the editor to a sheet made on the command line.
import { modelValues, type ReportModel } from '../../../server/src/core';
import { CSV_BOM, toCsv } from '../../../shared/csv';
import type { TablesResult } from '../../../shared/protocol';


export function tablesCsv(result: TablesResult, file: string): string {
  // modelValues reads the tables only; the answer carries them as the model holds them.
  const values = modelValues({ tables: result.tables } as Pick<ReportModel, 'tables'> as ReportModel);
  return toCsv([{ file, year: result.year, format: result.format, body: result.body ?? undefined, publicationDate: result.publicationDate ?? undefined, values }]);
}

/** The bytes of the exported file. */
export function csvFileBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(CSV_BOM + csv);
}

/** Where the save dialog proposes to write: beside the report, `.csv` for its extension. */
export function csvPathFor(reportPath: string): string {
  return /\.[^./\\]*$/.test(reportPath) ? reportPath.replace(/\.[^./\\]*$/, '.csv') : `${reportPath}.csv`;
}

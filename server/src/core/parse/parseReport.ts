// Placeholder while the engine is written: returns an empty model.
import type { ReportModel } from '../model';

export function parseReport(text: string): ReportModel {
  return {
    format: null,
    formatScores: { '2019': 0, '2021': 0 },
    year: null,
    metadata: {},
    sections: [],
    tables: [],
    length: text.length,
  };
}

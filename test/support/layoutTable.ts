// A 表三 cut from a real tool's `pdftotext -layout` text, set in a minimal report around it, and
// one row read back: the renderings' unit tests assert a row's cells from a text of that table alone.
import { modelCells, parseReport } from '../../server/src/core';

const COLUMNS = ['natural-person', 'commercial', 'research', 'social-welfare', 'legal-services', 'other-entity', 'total'];

/** Headings after 表三 as each format version's report words its section 四 (2019 indented as LibreOffice sets it). */
const APPEALS_HEADING = {
  2019: '      四、政府信息公开行政复议、行政诉讼情况',
  2021: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
} as const;

/** The report around `applications` (a 表三 text): a title of `year`'s report, sections 一 to 六 and a page end. */
export function reportAround(applications: string, version: 2019 | 2021): string {
  const year = version === 2019 ? 2019 : 2023;
  const head = ['某某区人民政府', `${year}年政府信息公开工作年度报告`, '一、总体情况', '本机关认真贯彻落实条例。', '二、主动公开政府信息情况', ''];
  const tail = [APPEALS_HEADING[version], '', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。', '\f'];
  return [...head, applications, ...tail].join('\n');
}

/** 表三's `row` as read from that report: a number where read, else the cell's status (`absent`: no such cell). */
export function applicationsRow(applications: string, row: string, version: 2019 | 2021): Array<number | string> {
  const cells = new Map(modelCells(parseReport(reportAround(applications, version))).map((c) => [c.key, c]));
  return COLUMNS.map((c) => {
    const cell = cells.get(`applications.${row}.${c}`);
    return cell?.status === 'ok' ? cell.value! : (cell?.status ?? 'absent');
  });
}

// The one table of rules: id, default severity, description, documentation, check.
// Each rule lives in its own module under this folder and is listed here, in catalogue order
// (docs/interfaces.md): structure, arithmetic, across the document and years, content.
import { amountUnit } from './amountUnit';
import { appealsTotal } from './appealsTotal';
import { applicationsBalance } from './applicationsBalance';
import { applicationsOutcomeTotal } from './applicationsOutcomeTotal';
import { applicationsRowTotal } from './applicationsRowTotal';
import { carriedOverChain } from './carriedOverChain';
import { contentDuplicate } from './contentDuplicate';
import { cellAmbiguous } from './cellAmbiguous';
import { cellEmpty } from './cellEmpty';
import { cellMissing } from './cellMissing';
import { cellNegative } from './cellNegative';
import { cellNotNumber } from './cellNotNumber';
import { feeStatementMissing } from './feeStatementMissing';
import { formatVersion } from './formatVersion';
import { governmentAssessmentMissing } from './governmentAssessmentMissing';
import { inForceChain } from './inForceChain';
import { narrativeConsistency } from './narrativeConsistency';
import { publicationDeadline } from './publicationDeadline';
import { publishedWithinTotal } from './publishedWithinTotal';
import { reportYear } from './reportYear';
import { rowMissing } from './rowMissing';
import { sectionHeading } from './sectionHeading';
import { sectionMissing } from './sectionMissing';
import { sectionOrder } from './sectionOrder';
import { tableMissing } from './tableMissing';
import { tableUnreadable } from './tableUnreadable';
import { textTruncated } from './textTruncated';
import { titleMissing } from './titleMissing';
import type { AnyRule } from './types';

export const RULES: AnyRule[] = [
  // Structure
  sectionMissing,
  sectionOrder,
  sectionHeading,
  tableMissing,
  rowMissing,
  cellMissing,
  cellEmpty,
  cellNotNumber,
  cellNegative,
  cellAmbiguous,
  formatVersion,
  reportYear,
  titleMissing,
  // Arithmetic (relations from FormatDefinition.relations)
  applicationsBalance,
  applicationsRowTotal,
  applicationsOutcomeTotal,
  appealsTotal,
  publishedWithinTotal,
  // Across the document and across years
  narrativeConsistency,
  carriedOverChain,
  inForceChain,
  // Content
  amountUnit,
  feeStatementMissing,
  governmentAssessmentMissing,
  publicationDeadline,
  contentDuplicate,
  // Input
  textTruncated,
  tableUnreadable,
];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Where the rules are documented on the web: the README's Rules section, one heading per rule
 *  (SARIF `helpUri`; the language server links the README shipped beside it instead). */
export const RULE_DOCS_BASE = 'https://github.com/nianbao/nianbao/blob/main/README.md';

export function ruleHelpUri(id: string): string {
  return `${RULE_DOCS_BASE}#${id}`;
}

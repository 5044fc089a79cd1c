// What changed in a block of a table between consecutive format versions, derived from the
// format definitions (rows and columns compared by id), never written per version.
import { FORMATS, FORMAT_VERSIONS } from '../formats';
import type { FormatDefinition, GroupDef, TableId } from '../formats/types';
import { say } from '../rules/messages';
import type { Locale } from '../rules/types';

/** The block of a table with this id in a format (表二's `item-5`, 表三's `applications`). */
export function groupIn(format: FormatDefinition, table: TableId, group: string): GroupDef | undefined {
  return format.tables.find((t) => t.id === table)?.groups.find((g) => g.id === group);
}

function versionName(format: FormatDefinition, locale: Locale): string {
  return say(locale, `${format.version} 年格式（${format.notice}）`, `The ${format.version} format (${format.notice})`);
}

const quoted = (labels: string[], locale: Locale) => labels.map((l) => say(locale, `“${l}”`, `“${l}”`)).join(say(locale, '', ', '));

interface Labelled {
  id: string;
  label: string;
}

/** Removed, added and relabelled entries between two lists compared by id. */
function compare(
  older: Labelled[],
  newer: Labelled[],
  noun: { zh: string; en: string },
  locale: Locale,
): string[] {
  const out: string[] = [];
  const removed = older.filter((o) => !newer.some((n) => n.id === o.id)).map((o) => o.label);
  const added = newer.filter((n) => !older.some((o) => o.id === n.id)).map((n) => n.label);
  if (removed.length > 0) out.push(say(locale, `删去${noun.zh}${quoted(removed, locale)}`, `${noun.en} removed: ${quoted(removed, locale)}`));
  if (added.length > 0) out.push(say(locale, `新增${noun.zh}${quoted(added, locale)}`, `${noun.en} added: ${quoted(added, locale)}`));
  for (const o of older) {
    const n = newer.find((x) => x.id === o.id);
    if (n && n.label !== o.label) {
      out.push(say(locale, `${noun.zh}“${o.label}”改为“${n.label}”`, `${noun.en} “${o.label}” renamed “${n.label}”`));
    }
  }
  return out;
}

/** One sentence per pair of consecutive versions: what the later one changed in this block. */
export function formatChanges(table: TableId, group: string, locale: Locale): string[] {
  const versions = [...FORMAT_VERSIONS].sort();
  const lines: string[] = [];
  for (let i = 1; i < versions.length; i++) {
    const before = FORMATS[versions[i - 1]!];
    const after = FORMATS[versions[i]!];
    const older = groupIn(before, table, group);
    const newer = groupIn(after, table, group);
    if (!older && !newer) continue;
    const lead = say(locale, `${versionName(after, locale)}较 ${before.version} 年格式：`, `${versionName(after, locale)} compared with ${before.version}: `);
    if (!older) {
      lines.push(lead + say(locale, '新增此项', 'this block is new'));
      continue;
    }
    if (!newer) {
      lines.push(lead + say(locale, '删去此项，不再统计', 'this block was dropped'));
      continue;
    }
    const changes = [
      ...compare(older.rows, newer.rows, { zh: '行', en: 'rows' }, locale),
      ...compare(older.columns, newer.columns, { zh: '列', en: 'columns' }, locale),
    ];
    lines.push(lead + (changes.length > 0 ? changes.join(say(locale, '；', '; ')) : say(locale, '没有变化', 'unchanged')));
  }
  return lines;
}

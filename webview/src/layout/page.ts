// The whole preview page: a heading with the report's title, format version, year and body,
// the export button, the checklist of the six sections, a legend of the cell markers, then each
// table of the format in order.
import type { PreviewData, PreviewStrings, SectionCheck } from '../../../shared/previewMessages';
import { classes, h, type VElement } from '../vnode';
import { rangeAttribute } from './cell';
import { tableElement } from './table';

export function pageElement(data: PreviewData, strings: PreviewStrings): VElement {
  const facts: VElement[] = [
    h('span', { class: 'fact format' }, data.format ? strings.format.replace('{0}', data.format) : strings.formatUnknown),
  ];
  if (data.year !== null) facts.push(h('span', { class: 'fact year' }, strings.year.replace('{0}', String(data.year))));
  if (data.body) facts.push(h('span', { class: 'fact body' }, strings.body.replace('{0}', data.body)));

  const children: VElement[] = [
    h('header', { class: 'report' }, [
      h('h1', { 'data-line': 0 }, data.title?.trim() || data.fileName),
      // Which file the page shows, always: two reports can share a title, and a reviewer must
      // never read one report's numbers believing they are another's.
      h('p', { class: 'showing', title: data.uri }, strings.showing.replace('{0}', data.fileName)),
      h('div', { class: 'facts-bar' }, [
        h('p', { class: 'facts' }, facts),
        h('button', { class: 'action', 'data-action': 'export-csv', title: strings.exportCsvHint }, strings.exportCsv),
      ]),
      ...(data.sections.length > 0 ? [sectionList(data.sections, strings)] : []),
      legend(strings),
    ]),
  ];
  if (data.problem) children.push(h('p', { class: 'note problem' }, strings.problem.replace('{0}', data.problem)));
  if (!data.format && data.tables.length === 0) {
    children.push(h('p', { class: 'note no-tables' }, strings.noTables));
    return h('div', { class: 'page' }, children);
  }
  for (const def of data.definitions) {
    const model = data.tables.find((t) => t.id === def.id);
    children.push(tableElement({ def, model, findings: data.findings, strings }));
  }
  return h('div', { class: 'page' }, children);
}

/** One sample of each cell marker, labelled. */
function legend(strings: PreviewStrings): VElement {
  const [empty, dash, missing, ambiguous, finding] = strings.legend.split('|');
  const sample = (cls: string, text: string, label: string | undefined) =>
    h('li', {}, [h('span', { class: `cell sample ${cls}` }, text), h('span', { class: 'legend-label' }, label ?? '')]);
  return h('ul', { class: 'legend' }, [
    sample('status-empty', strings.empty, empty),
    sample('status-dash', strings.dash, dash),
    sample('status-missing', strings.missing, missing),
    sample('status-ambiguous', '3 / 30', ambiguous),
    sample('finding finding-error', '12', finding),
  ]);
}

/** The six sections: a tick and the heading as written, or a cross and the official heading. */
export function sectionList(sections: readonly SectionCheck[], strings: PreviewStrings): VElement {
  const items = sections.map((section) => {
    const found = section.found;
    return h(
      'li',
      {
        class: classes('section', found ? 'present' : 'missing'),
        'data-section': section.id,
        'data-line': found?.range.start.line,
        'data-range': found ? rangeAttribute(found.range) : undefined,
        title: found ? strings.sectionFound.replace('{0}', found.title) : strings.sectionMissing.replace('{0}', section.heading),
      },
      [h('span', { class: 'mark' }, found ? '✓' : '✗'), h('span', { class: 'section-name' }, `${section.numeral}. ${section.heading}`)],
    );
  });
  return h('div', { class: 'sections' }, [h('span', { class: 'sections-title' }, strings.sections), h('ul', { class: 'section-list' }, items)]);
}

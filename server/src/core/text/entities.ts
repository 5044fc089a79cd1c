// HTML character references: the named ones reports use, and numeric ones.

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  times: '×', divide: '÷', yen: '¥', copy: '©', reg: '®', laquo: '«', raquo: '»',
};

/** A character reference `&…;`, its name without `&` and `;` (`#x4e00`, `#20`, `nbsp`). */
export const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;

/** What a reference's name stands for; undefined when it is none we know (left as written). */
export function decodeEntityName(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10));
  return NAMED_ENTITIES[name.toLowerCase()];
}

function safeCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

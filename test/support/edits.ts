// Random edits as the property tests draw them: a position (taken modulo the text's length + 1,
// so that it fits any text), a number of characters to remove (cut at the text's end) and the
// text to insert in their place.

export type DrawnEdit = readonly [at: number, length: number, inserted: string];

export interface AppliedEdit {
  /** The text after the edit. */
  text: string;
  /** [from, oldTo) of the text before became [from, newTo). */
  from: number;
  oldTo: number;
  newTo: number;
  inserted: string;
}

export function applyDrawnEdit(text: string, [at, length, inserted]: DrawnEdit): AppliedEdit {
  const from = at % (text.length + 1);
  const oldTo = Math.min(text.length, from + length);
  return { text: text.slice(0, from) + inserted + text.slice(oldTo), from, oldTo, newTo: from + inserted.length, inserted };
}

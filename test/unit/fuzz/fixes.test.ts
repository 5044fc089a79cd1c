// Fixes never lose text (property, short CI run): on reports with random cells blanked or changed,
// every quick fix and fix-all replace exactly the cells they name (or insert without removing),
// every other cell reads the same afterwards, and a second fix-all has nothing left to do.
// (A fix computed for an older document version is refused: test/lsp/codeActions.test.ts.)
import assert from 'node:assert/strict';
import test from 'node:test';
import { FIX_PROPERTIES } from './properties';
import { runInCi } from './runner';

for (const property of FIX_PROPERTIES) {
  test(property.name, () => {
    assert.equal(runInCi(property).numRuns, property.ciRuns);
  });
}

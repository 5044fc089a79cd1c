// Developer aid: the bench's LSP keystroke figure for the 1 MB report alone:
// `node out/lspprof.js` after bundling it like editprof.ts.
import { largeReport } from '../../test/bench/corpus';
import { longChangeFigure } from '../../test/bench/lsp';
import { median } from '../../test/bench/stats';

longChangeFigure(largeReport()).then((f) => console.log(`${f.name}: median ${median(f.samples).toFixed(2)} ms`));

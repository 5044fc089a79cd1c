// Which of its ways each row of a table can take, given the table's sums down its columns
// (docs/report-format.md §4). A blank-zeros page read from PDF text often fits a dozen or a few
// hundred whole tables: a row's numbers can stand in several columns, and the sums (总计 =
// （一）至（六）, 新收 + 结转 = 总计 + 结转下年度) hold in each. A way no whole table takes is ruled
// out; what every way left has in a cell is certain (the caller reads it), the rest is not.
//
// Every sum down a column looks at that column alone, so the table is walked column by column.
// A row's ways are folded into a small automaton over the values they put in each column (a 0 and
// a blank weigh the same, so ways differing only there are one path; ways sharing what is left to
// place after column c share a node), and the walk's state is each row's node. Each state is
// expanded once; states that lead to no whole table are pruned from the end. Exact; a table whose
// walk takes more than the budget's steps, or that has no whole table at all (the page's own
// error, or numbers that are not these rows'), gives undefined.

/** A sum down one column: Σ coefficient × value must be 0 (`equal`) or at most 0. */
export interface ColumnCheck {
  column: number;
  /** Per row (index into the rows), its coefficient in the sum. */
  coefficients: number[];
  equal: boolean;
}

interface Transition {
  value: number;
  next: number;
}

interface RowAutomaton {
  /** Per column, from each node, the values the row's ways put there and the node each leads to. */
  layers: Array<Map<number, Transition[]>>;
  /** Per way, its node before each column (index c) and after the last (index width). */
  path: number[][];
}

/** A layer of the walk: its states (every row's node), each by its index. */
interface Layer {
  index: Map<string, number>;
  states: Int32Array[];
}

/** A step of the walk from a state to one of the next layer's, with each row's transition. */
interface Edge {
  from: number;
  to: number;
  /** Per row, the index of its transition (a node has a transition per distinct value: a few). */
  taken: Uint8Array;
}

const EPS = 1e-9;

/**
 * Per row, per way, whether some whole table the checks allow may take it. `values[i][w][c]` is
 * the value row i's way w puts in column c (0 for a blank). A way is kept where each of its steps
 * lies on some whole table (a little more than "on one whole table": never fewer ways than the
 * truth). Undefined when there is no whole table or the walk takes more than `budget` steps.
 */
export function waysByColumns(values: ReadonlyArray<ReadonlyArray<readonly number[]>>, checks: readonly ColumnCheck[], budget: number): boolean[][] | undefined {
  const n = values.length;
  if (n === 0 || values.some((w) => w.length === 0)) return undefined;
  const width = values[0]![0]!.length;
  const automata = values.map((ways) => rowAutomaton(ways, width));
  const checksOf = Array.from({ length: width }, (_, c) => checks.filter((k) => k.column === c));

  // Forward: each layer's states (every row's node; a state is its index in its layer) and the
  // edges to the next, with the transition each row took.
  const layers: Layer[] = [{ index: new Map([[new Int32Array(n).join(','), 0]]), states: [new Int32Array(n)] }];
  const edges: Edge[][] = [];
  const spent = { steps: 0 };
  for (let c = 0; c < width; c++) {
    const next: Layer = { index: new Map(), states: [] };
    const out: Edge[] = [];
    for (const [from, state] of layers[c]!.states.entries()) {
      const options = Array.from(state, (node, i) => automata[i]!.layers[c]!.get(node)!);
      const done = stepsOfColumn(options, checksOf[c]!, spent, budget, (taken) => {
        const to = Int32Array.from(taken, (t, r) => options[r]![t]!.next);
        const key = to.join(',');
        let at = next.index.get(key);
        if (at === undefined) {
          at = next.states.length;
          next.index.set(key, at);
          next.states.push(to);
        }
        out.push({ from, to: at, taken: taken.slice() });
      });
      if (!done) return undefined;
    }
    layers.push(next);
    edges.push(out);
  }

  // Backward: only the edges on the way to the last layer (every way is as long as the table is
  // wide, so each state there ends a whole table). A row's step is kept as (column, node, value).
  let alive = new Set(layers[width]!.states.keys());
  const kept = values.map(() => new Set<string>());
  for (let c = width - 1; c >= 0; c--) {
    const before = new Set<number>();
    for (const e of edges[c]!) {
      if (!alive.has(e.to)) continue;
      before.add(e.from);
      const state = layers[c]!.states[e.from]!;
      for (let r = 0; r < n; r++) kept[r]!.add(`${c}:${state[r]}:${automata[r]!.layers[c]!.get(state[r]!)![e.taken[r]!]!.value}`);
    }
    alive = before;
  }
  if (alive.size === 0) return undefined;
  return values.map((ways, r) => ways.map((way, w) => way.every((v, c) => kept[r]!.has(`${c}:${automata[r]!.path[w]![c]}:${v}`))));
}

/**
 * From one state, every choice of a transition per row (`options[i]`: row i's) whose values keep
 * the column's sums holding: each passed to `reach` (the array is reused: copy it to keep it).
 * Branches whose sums can no longer hold, given the least and most the rows left can add, are cut.
 * False once the walk's steps (`spent`, shared by every state) pass the budget.
 */
function stepsOfColumn(options: Transition[][], column: readonly ColumnCheck[], spent: { steps: number }, budget: number, reach: (taken: Uint8Array) => void): boolean {
  const n = options.length;
  const m = column.length;
  // The least and most the rows from i on can still add to each sum.
  const lowFrom = new Float64Array((n + 1) * m);
  const highFrom = new Float64Array((n + 1) * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = 0; j < m; j++) {
      const k = column[j]!.coefficients[i] ?? 0;
      let [lo, hi] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
      for (const t of options[i]!) {
        lo = Math.min(lo, k * t.value);
        hi = Math.max(hi, k * t.value);
      }
      lowFrom[i * m + j] = lowFrom[(i + 1) * m + j]! + lo;
      highFrom[i * m + j] = highFrom[(i + 1) * m + j]! + hi;
    }
  }
  const sums = new Float64Array(m);
  const taken = new Uint8Array(n);
  const walk = (i: number): boolean => {
    if (++spent.steps > budget) return false;
    for (let j = 0; j < m; j++) {
      if (sums[j]! + lowFrom[i * m + j]! > EPS || (column[j]!.equal && sums[j]! + highFrom[i * m + j]! < -EPS)) return true;
    }
    if (i === n) {
      reach(taken);
      return true;
    }
    const list = options[i]!;
    for (let t = 0; t < list.length; t++) {
      taken[i] = t;
      for (let j = 0; j < m; j++) sums[j]! += (column[j]!.coefficients[i] ?? 0) * list[t]!.value;
      const ok = walk(i + 1);
      for (let j = 0; j < m; j++) sums[j]! -= (column[j]!.coefficients[i] ?? 0) * list[t]!.value;
      if (!ok) return false;
    }
    return true;
  };
  return walk(0);
}

/** A row's ways as an automaton over the values they put in each column. */
function rowAutomaton(ways: ReadonlyArray<readonly number[]>, width: number): RowAutomaton {
  // What is left of each way from column c on, interned: suffix[c][w].
  const suffixIds = new Map<string, number>();
  const suffix: number[][] = Array.from({ length: width + 1 }, () => new Array<number>(ways.length).fill(0));
  for (let c = width - 1; c >= 0; c--) {
    ways.forEach((way, w) => {
      const key = `${way[c]},${suffix[c + 1]![w]}`;
      if (!suffixIds.has(key)) suffixIds.set(key, suffixIds.size + 1);
      suffix[c]![w] = suffixIds.get(key)!;
    });
  }
  // A way's node before column c: the set of what is left for every way with the same first c
  // values. The first node is 0.
  const nodeIds = new Map<string, number>();
  const path: number[][] = ways.map(() => new Array<number>(width + 1).fill(0));
  for (let c = 0; c <= width; c++) {
    const byPrefix = new Map<string, number[]>();
    ways.forEach((way, w) => {
      const prefix = way.slice(0, c).join(',');
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), w]);
    });
    for (const members of byPrefix.values()) {
      const key = `${c}:${[...new Set(members.map((w) => suffix[c]![w]!))].sort((a, b) => a - b).join(',')}`;
      if (!nodeIds.has(key)) nodeIds.set(key, nodeIds.size);
      for (const w of members) path[w]![c] = nodeIds.get(key)!;
    }
  }
  const layers: Array<Map<number, Transition[]>> = [];
  for (let c = 0; c < width; c++) {
    const layer = new Map<number, Transition[]>();
    ways.forEach((way, w) => {
      const from = path[w]![c]!;
      const list = layer.get(from) ?? [];
      if (!list.some((t) => t.value === way[c])) list.push({ value: way[c]!, next: path[w]![c + 1]! });
      layer.set(from, list);
    });
    layers.push(layer);
  }
  return { layers, path };
}

// The format's relations: one evaluator (evaluate.ts) and, over a parsed table, the analysis the
// arithmetic rules, hovers, code lenses and fixes share (analysis.ts).
export * from './evaluate';
export * from './analysis';

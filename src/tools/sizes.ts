/** Workspace sizes for the generator and the benchmark: agencies per size. */
export const SIZES: Record<string, number> = { S: 1, M: 40, L: 400 };

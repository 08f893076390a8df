/** Types for scripts/check-sources.mjs (plain Node, so the data packs' checks run unchanged). */
export declare const LOW_HOSTS: Set<string>;
export declare function normHost(url: string): string | null;
export declare function checkSources(dir: string): { ok: boolean; summary: string; errors: string[] };

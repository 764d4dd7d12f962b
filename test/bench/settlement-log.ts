/** The settlement bench's progress lines and the number formats they use. */
export const log = (message: string) => console.log(`[bench] ${message}`);
export const fmt = (n: number) => n.toLocaleString("en-US");
/** Seconds since a performance.now() reading, one decimal. */
export const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

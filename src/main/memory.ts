/**
 * A way to give memory back after a large piece of work (an export of thousands of interviews): browser
 * mode sets it (web/heap.ts); in Electron it stays unset and V8 decides alone.
 */
let collect: (() => void) | undefined

export function setCollector(collector: () => void): void {
  collect = collector
}

/** Soon after, once the answer has gone: a full collection lets the heap shrink back. */
export function releaseAfterLargeWork(): void {
  if (collect) setTimeout(collect, 1000).unref()
}

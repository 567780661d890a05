// What a heap snapshot holds, by kind. V8's compiled code (bytecode, machine code and feedback of
// functions as V8 tiers them up) grows for a long while as the same work repeats, and native objects
// include buffers the browser fills up to a bound (the performance timeline's); neither is the page
// holding on to something. A leak of the app's own shows in the JS objects, or in the DOM counters.
import type { CDPSession } from '@playwright/test';

interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export interface HeapByKind {
  /** Self sizes of the snapshot's `code` nodes. */
  codeBytes: number;
  /** Self sizes of its `native` nodes: the DOM, layout and style, the browser's buffers. */
  nativeBytes: number;
  /** Self sizes of everything else: objects, arrays, strings, closures and their shapes. */
  objectBytes: number;
}

export async function heapByKind(cdp: CDPSession): Promise<HeapByKind> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshotJson;
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  const native = snapshot.meta.node_types[0].indexOf('native');
  const sums = { codeBytes: 0, nativeBytes: 0, objectBytes: 0 };
  for (let node = 0; node < nodes.length; node += fields.length) {
    const bytes = nodes[node + sizeAt]!;
    if (nodes[node + typeAt] === code) sums.codeBytes += bytes;
    else if (nodes[node + typeAt] === native) sums.nativeBytes += bytes;
    else sums.objectBytes += bytes;
  }
  return sums;
}

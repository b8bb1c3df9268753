// Heap snapshots (V8's .heapsnapshot JSON, as `--heapsnapshot-signal` writes them) summarised by constructor: count,
// shallow size and retained size (from the dominator tree), and two snapshots compared, so a soak's retained growth is
// named rather than guessed. `node dist/heap-snapshot.js before.heapsnapshot after.heapsnapshot` prints the comparison.
// The files are parsed from a Buffer by hand: a server's snapshot is hundreds of MB, too long for one JSON string.
import { readFileSync } from 'node:fs';

export interface ConstructorFigures {
  name: string;
  count: number;
  shallowBytes: number;
  /** Bytes only reachable through instances of this constructor (nested instances counted once). */
  retainedBytes: number;
}

export interface HeapSummary {
  nodes: number;
  totalBytes: number;
  byConstructor: Map<string, ConstructorFigures>;
}

interface Meta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
  edge_fields: string[];
  edge_types: [string[], ...unknown[]];
}

/** The integers of the JSON array that starts after `key` (e.g. `"nodes":[`). */
function intArray(buf: Buffer, key: string): Float64Array {
  const start = buf.indexOf(key);
  if (start < 0) throw new Error(`heap snapshot: no ${key}`);
  let i = start + key.length;
  const end = buf.indexOf(']', i);
  // Counting commas first gives the exact length without growing arrays.
  let n = 0;
  for (let k = i; k < end; k++) if (buf[k] === 0x2c) n++;
  const out = new Float64Array(end > i ? n + 1 : 0);
  let index = 0;
  let value = 0;
  let inNumber = false;
  for (; i < end; i++) {
    const c = buf[i] as number;
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      inNumber = true;
    } else if (c === 0x2c) {
      out[index++] = value;
      value = 0;
      inNumber = false;
    }
  }
  if (inNumber) out[index++] = value;
  return out.subarray(0, index);
}

export function summarizeHeapSnapshot(file: string): HeapSummary {
  const buf = readFileSync(file);
  const metaStart = buf.indexOf('"meta":');
  const metaEnd = buf.indexOf('},"node_count"', metaStart);
  if (metaStart < 0 || metaEnd < 0) throw new Error(`${file}: not a V8 heap snapshot`);
  const meta = JSON.parse(buf.toString('utf8', metaStart + '"meta":'.length, metaEnd + 1)) as Meta;
  const nodes = intArray(buf, '"nodes":[');
  const edges = intArray(buf, '"edges":[');
  const stringsStart = buf.indexOf('"strings":[');
  const stringsEnd = buf.lastIndexOf(']');
  const strings = JSON.parse(buf.toString('utf8', stringsStart + '"strings":'.length, stringsEnd + 1)) as string[];

  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const typeField = meta.node_fields.indexOf('type');
  const nameField = meta.node_fields.indexOf('name');
  const sizeField = meta.node_fields.indexOf('self_size');
  const edgeCountField = meta.node_fields.indexOf('edge_count');
  const edgeTypeField = meta.edge_fields.indexOf('type');
  const toField = meta.edge_fields.indexOf('to_node');
  const nodeTypes = meta.node_types[0];
  const weak = meta.edge_types[0].indexOf('weak');
  const count = nodes.length / nf;

  // Group name per node, as DevTools' Summary does: objects by constructor, the rest by kind.
  const groupOf = new Array<string>(count);
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e;
    e += (nodes[n * nf + edgeCountField] as number) * ef;
    const type = nodeTypes[nodes[n * nf + typeField] as number] ?? 'unknown';
    const name = strings[nodes[n * nf + nameField] as number] ?? '';
    groupOf[n] = type === 'object' || type === 'native' ? name : type === 'closure' ? '(closure)' : `(${type})`;
  }
  firstEdge[count] = edges.length;

  // Dominators by the iterative algorithm of Cooper, Harvey and Kennedy over a reverse post-order from the root (0),
  // weak edges ignored.
  const order = new Int32Array(count).fill(-1); // post-order number
  const byOrder = new Int32Array(count);
  let visited = 0;
  const stack = new Int32Array(count);
  const cursor = new Uint32Array(count);
  const seen = new Uint8Array(count);
  let top = 0;
  stack[top++] = 0;
  seen[0] = 1;
  cursor[0] = firstEdge[0] as number;
  while (top > 0) {
    const n = stack[top - 1] as number;
    const end = firstEdge[n + 1] as number;
    let pushed = false;
    while ((cursor[n] as number) < end) {
      const e = cursor[n] as number;
      cursor[n] = e + ef;
      if (edges[e + edgeTypeField] === weak) continue;
      const to = (edges[e + toField] as number) / nf;
      if (seen[to]) continue;
      seen[to] = 1;
      cursor[to] = firstEdge[to] as number;
      stack[top++] = to;
      pushed = true;
      break;
    }
    if (!pushed) {
      top--;
      order[n] = visited;
      byOrder[visited++] = n;
    }
  }
  // Predecessors of reachable nodes (compressed lists).
  const predCount = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) {
    if (order[n] === -1) continue;
    for (let e = firstEdge[n] as number; e < (firstEdge[n + 1] as number); e += ef) {
      if (edges[e + edgeTypeField] === weak) continue;
      const to = (edges[e + toField] as number) / nf;
      predCount[to] = (predCount[to] as number) + 1;
    }
  }
  const predStart = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) predStart[n + 1] = (predStart[n] as number) + (predCount[n] as number);
  const preds = new Int32Array(predStart[count] as number);
  const fill = predStart.slice(0, count);
  for (let n = 0; n < count; n++) {
    if (order[n] === -1) continue;
    for (let e = firstEdge[n] as number; e < (firstEdge[n + 1] as number); e += ef) {
      if (edges[e + edgeTypeField] === weak) continue;
      const to = (edges[e + toField] as number) / nf;
      const at = fill[to] as number;
      preds[at] = n;
      fill[to] = at + 1;
    }
  }
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while ((order[a] as number) < (order[b] as number)) a = idom[a] as number;
      while ((order[b] as number) < (order[a] as number)) b = idom[b] as number;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = visited - 2; k >= 0; k--) {
      const n = byOrder[k] as number;
      let d = -1;
      for (let p = predStart[n] as number; p < (predStart[n + 1] as number); p++) {
        const q = preds[p] as number;
        if (idom[q] === -1) continue;
        d = d === -1 ? q : intersect(q, d);
      }
      if (d !== -1 && idom[n] !== d) {
        idom[n] = d;
        changed = true;
      }
    }
  }
  // Retained sizes: each node's own size added up its dominator chain, in post-order (children before parents).
  const retained = new Float64Array(count);
  for (let n = 0; n < count; n++) retained[n] = nodes[n * nf + sizeField] as number;
  for (let k = 0; k < visited - 1; k++) {
    const n = byOrder[k] as number;
    const d = idom[n] as number;
    retained[d] = (retained[d] as number) + (retained[n] as number);
  }

  const byConstructor = new Map<string, ConstructorFigures>();
  let totalBytes = 0;
  for (let n = 0; n < count; n++) {
    const size = nodes[n * nf + sizeField] as number;
    totalBytes += size;
    const name = groupOf[n] as string;
    let f = byConstructor.get(name);
    if (!f) byConstructor.set(name, (f = { name, count: 0, shallowBytes: 0, retainedBytes: 0 }));
    f.count++;
    f.shallowBytes += size;
    // An instance inside another instance of the same group is already in that one's retained size.
    const d = idom[n] as number;
    if (order[n] !== -1 && n !== 0 && groupOf[d] !== name) f.retainedBytes += retained[n] as number;
  }
  return { nodes: count, totalBytes, byConstructor };
}

export interface HeapGrowth {
  name: string;
  countBefore: number;
  countAfter: number;
  shallowBefore: number;
  shallowAfter: number;
  retainedBefore: number;
  retainedAfter: number;
}

export interface HeapComparison {
  totalBefore: number;
  totalAfter: number;
  /** Constructors whose retained or shallow size grew the most, largest first. */
  top: HeapGrowth[];
}

export function compareHeapSnapshots(before: HeapSummary, after: HeapSummary, limit = 15): HeapComparison {
  const names = new Set([...before.byConstructor.keys(), ...after.byConstructor.keys()]);
  const rows: HeapGrowth[] = [];
  for (const name of names) {
    const b = before.byConstructor.get(name);
    const a = after.byConstructor.get(name);
    rows.push({
      name,
      countBefore: b?.count ?? 0,
      countAfter: a?.count ?? 0,
      shallowBefore: b?.shallowBytes ?? 0,
      shallowAfter: a?.shallowBytes ?? 0,
      retainedBefore: b?.retainedBytes ?? 0,
      retainedAfter: a?.retainedBytes ?? 0,
    });
  }
  const growth = (r: HeapGrowth): number => Math.max(r.retainedAfter - r.retainedBefore, r.shallowAfter - r.shallowBefore);
  rows.sort((x, y) => growth(y) - growth(x));
  return { totalBefore: before.totalBytes, totalAfter: after.totalBytes, top: rows.slice(0, limit) };
}

export function renderHeapComparison(c: HeapComparison): string {
  const kb = (n: number): string => (n / 1024).toFixed(0);
  const lines = [
    `heap (shallow total) ${kb(c.totalBefore)} KiB → ${kb(c.totalAfter)} KiB (${(((c.totalAfter - c.totalBefore) / c.totalBefore) * 100).toFixed(1)}%)`,
    '| constructor | count before → after | shallow KiB before → after | retained KiB before → after |',
    '|---|---|---|---|',
    ...c.top.map(
      (r) =>
        `| ${r.name.replace(/\|/g, '\\|').slice(0, 60)} | ${r.countBefore} → ${r.countAfter} | ${kb(r.shallowBefore)} → ${kb(r.shallowAfter)} | ${kb(r.retainedBefore)} → ${kb(r.retainedAfter)} |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('heap-snapshot.js') && process.argv[2] && process.argv[3]) {
  const comparison = compareHeapSnapshots(summarizeHeapSnapshot(process.argv[2]), summarizeHeapSnapshot(process.argv[3]), Number(process.argv[4] ?? 25));
  process.stdout.write(`${renderHeapComparison(comparison)}\n`);
}

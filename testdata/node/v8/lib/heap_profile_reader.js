'use strict';
// A small reader of V8's sampling heap profiles (.heapprofile, and the
// inspector's HeapProfiler profile): it checks the tree and the samples
// hold together and sums sizes by function.

function readHeapProfile(profile) {
  const problems = [];
  const byId = new Map();
  const bySelf = new Map();
  const walk = (node, depth) => {
    for (const key of ['callFrame', 'selfSize', 'id', 'children']) {
      if (!(key in node)) problems.push(`node without ${key}`);
    }
    if (byId.has(node.id)) problems.push(`node id ${node.id} repeated`);
    byId.set(node.id, node);
    const name = node.callFrame.functionName;
    bySelf.set(name, (bySelf.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(profile.head, 0);
  // V8's own profiles have a few samples (of the last moments) whose node
  // is not in the tree: so the checks allow a few percent of slack.
  let sampled = 0;
  let orphans = 0;
  for (const s of profile.samples) {
    if (!byId.has(s.nodeId)) orphans++;
    if (!(s.size > 0)) problems.push(`sample ${s.ordinal} has no size`);
    sampled += s.size;
  }
  if (orphans > profile.samples.length / 20) problems.push(`${orphans} samples name no node`);
  let self = 0;
  for (const n of byId.values()) self += n.selfSize;
  if (Math.abs(self - sampled) > sampled / 20) problems.push(`self sizes add up to ${self}, samples to ${sampled}`);
  return {
    problems,
    head: profile.head.callFrame,
    keys: Object.keys(profile),
    nodeKeys: Object.keys(profile.head),
    sampleKeys: profile.samples.length ? Object.keys(profile.samples[0]) : [],
    samples: profile.samples.length,
    // selfOf(name) is the bytes sampled in functions of that name.
    selfOf: (name) => bySelf.get(name) ?? 0,
    frameOf(name) {
      for (const n of byId.values()) if (n.callFrame.functionName === name) return n.callFrame;
      return undefined;
    },
  };
}

module.exports = { readHeapProfile };

'use strict';
// A small, independent reader of V8's .heapsnapshot JSON: it checks the
// file's structure (node and edge arity, edge targets in range, string
// indexes valid, every node reachable from the root) and answers the
// questions the fixtures ask of the graph.

function readSnapshot(json) {
  const s = typeof json === 'string' ? JSON.parse(json) : json;
  const meta = s.snapshot.meta;
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const field = (name) => meta.node_fields.indexOf(name);
  const [fType, fName, fId, fSize, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(field);
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const problems = [];
  if (s.nodes.length % NF !== 0) problems.push('nodes length is not a multiple of node_fields');
  if (s.edges.length % EF !== 0) problems.push('edges length is not a multiple of edge_fields');
  const N = s.nodes.length / NF;
  if (s.snapshot.node_count !== N) problems.push('node_count is not the nodes length');
  if (s.snapshot.edge_count !== s.edges.length / EF) problems.push('edge_count is not the edges length');
  const firstEdge = new Array(N + 1);
  let e = 0;
  for (let i = 0; i < N; i++) {
    firstEdge[i] = e;
    e += s.nodes[i * NF + fEdges] * EF;
    const name = s.nodes[i * NF + fName];
    if (!(name >= 0 && name < s.strings.length)) problems.push(`node ${i}: name index out of range`);
    if (nodeTypes[s.nodes[i * NF + fType]] === undefined) problems.push(`node ${i}: unknown type`);
  }
  firstEdge[N] = e;
  if (e !== s.edges.length) problems.push('edge counts do not add up to the edges');
  const ids = new Set();
  for (let i = 0; i < N; i++) ids.add(s.nodes[i * NF + fId]);
  if (ids.size !== N) problems.push('node ids are not unique');

  const node = (i) => ({
    index: i,
    type: nodeTypes[s.nodes[i * NF + fType]],
    name: s.strings[s.nodes[i * NF + fName]],
    id: s.nodes[i * NF + fId],
    selfSize: s.nodes[i * NF + fSize],
  });
  const edges = (i) => {
    const out = [];
    for (let b = firstEdge[i]; b < firstEdge[i + 1]; b += EF) {
      const type = edgeTypes[s.edges[b]];
      const nameOrIndex = s.edges[b + 1];
      const to = s.edges[b + 2];
      let name = nameOrIndex;
      if (type !== 'element' && type !== 'hidden') {
        if (!(nameOrIndex >= 0 && nameOrIndex < s.strings.length)) problems.push(`edge ${b}: name index out of range`);
        name = s.strings[nameOrIndex];
      }
      if (to % NF !== 0 || to < 0 || to / NF >= N) problems.push(`edge ${b}: target out of range`);
      out.push({ type, name, to: to / NF });
    }
    return out;
  };
  // Every node reachable from the root (node 0).
  const seen = new Uint8Array(N);
  const stack = [0];
  seen[0] = 1;
  while (stack.length) {
    const i = stack.pop();
    for (const x of edges(i)) {
      if (x.to >= 0 && x.to < N && !seen[x.to]) {
        seen[x.to] = 1;
        stack.push(x.to);
      }
    }
  }
  const unreachable = seen.reduce((n, b) => n + (b ? 0 : 1), 0);
  if (unreachable) problems.push(`${unreachable} nodes unreachable from the root`);

  const all = function* () {
    for (let i = 0; i < N; i++) yield node(i);
  };
  return {
    problems,
    nodeCount: N,
    node,
    edges,
    all,
    root: node(0),
    // The global object: the root's shortcut edge to an object named
    // global (global / its context's name, in the inspector's snapshots).
    global() {
      for (const x of edges(0)) {
        if (x.type === 'shortcut' && /^global( \/ |$)/.test(node(x.to).name)) return node(x.to);
      }
      return undefined;
    },
    // edge(i, type, name) is the target of node i's first such edge.
    edge(i, type, name) {
      const x = edges(i).find((x) => x.type === type && x.name === name);
      return x && node(x.to);
    },
    count(pred) {
      let n = 0;
      for (const x of all()) if (pred(x)) n++;
      return n;
    },
  };
}

module.exports = { readSnapshot };

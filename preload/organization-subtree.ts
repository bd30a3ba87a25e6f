// An organization and everything below it. One rule for three uses: the directory's organization
// filter (with its sub-organizations), the refusal to move an organization under itself, and the
// console leaving those out of a move's choices. Pure: no Node, no Electron, no DOM.

export interface OrganizationNode {
  id: string;
  parentId: string | null;
}

/** `rootId` and the id of every organization below it (an unknown `rootId`: itself alone). */
export function organizationSubtree(nodes: Iterable<OrganizationNode>, rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  const within = new Set([rootId]);
  const pending = [rootId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const child of children.get(id) ?? []) {
      if (within.has(child)) continue;
      within.add(child);
      pending.push(child);
    }
  }
  return within;
}

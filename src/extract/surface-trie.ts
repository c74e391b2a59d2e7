/**
 * A character trie for dictionary lookup in unsegmented text (Japanese has no
 * word spaces). `longestAt` walks from one position and returns the longest
 * entry that starts there. Building is O(total alias length); a scan costs one
 * Map lookup per UTF-16 unit for most positions, which is why extraction stays
 * far above the 5 MB/s target without a morphological analyser. Nodes are
 * keyed by char codes (numbers hash faster than one-character strings) and the
 * walk allocates nothing until it returns.
 */
export class SurfaceTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };

  /** Adds a surface; the first value set for a surface wins. */
  add(surface: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const code = surface.charCodeAt(i);
      let n = node.next.get(code);
      if (!n) node.next.set(code, (n = { next: new Map(), value: undefined }));
      node = n;
    }
    if (node.value === undefined) node.value = value;
  }

  longestAt(text: string, i: number): { end: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) {
        bestEnd = j + 1;
        bestValue = node.value;
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as T };
  }
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value: T | undefined;
}

import type { ActorNetwork } from './actor-network.js';

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * The network as GraphML (directed), with a declared key for every attribute:
 * nodes `name`, `eventCount`; edges `count`, `meanGoldstein`, `lastContact`
 * and `eventIds` (space-separated), so Gephi or yEd can weight and trace it.
 */
export function toGraphML(network: ActorNetwork): string {
  const data = (key: string, v: string | number): string => `<data key="${key}">${escapeXml(String(v))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="eventCount" for="node" attr.name="eventCount" attr.type="int"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <key id="meanGoldstein" for="edge" attr.name="meanGoldstein" attr.type="double"/>',
    '  <key id="lastContact" for="edge" attr.name="lastContact" attr.type="string"/>',
    '  <key id="eventIds" for="edge" attr.name="eventIds" attr.type="string"/>',
    '  <graph id="sokan" edgedefault="directed">',
    ...network.nodes.map((n) => `    <node id="${escapeXml(n.code)}">${data('name', n.name)}${data('eventCount', n.eventCount)}</node>`),
    ...network.edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('count', e.count)}${data('meanGoldstein', e.meanGoldstein)}${data('lastContact', e.lastContact)}${data('eventIds', e.eventIds.join(' '))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

// world-atlas ships TopoJSON files without types; Vite bundles the JSON (no network at run time).
declare module 'world-atlas/countries-50m.json' {
  const topology: import('topojson-specification').Topology;
  export default topology;
}

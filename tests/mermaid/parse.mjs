// Parses Mermaid diagrams with the real Mermaid parser (the `mermaid` package, under jsdom: no
// browser). Reads a JSON array of diagram texts on stdin; prints a JSON array with, for each, either
// {"error": "..."} or what Mermaid read: its type, vertices, edges and subgraphs, labels decoded as a
// browser would show them. Used by tests/it/graph.rs; install with `npm ci --prefix tests/mermaid`.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

const named = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };
// Mermaid keeps `#name;` and `#123;` codes as markers until it draws; a browser then shows them as
// the characters they name, and `<br>` as a line break.
const decode = (text) =>
  String(text ?? '')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (all, name) => named[name] ?? all)
    .replace(/<br\s*\/?>/gi, '\n');

const results = [];
for (const text of JSON.parse(readFileSync(0, 'utf8'))) {
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    results.push({
      type: diagram.type,
      vertices: [...db.getVertices().values()].map((v) => ({
        id: v.id,
        text: decode(v.text),
        shape: v.type ?? null,
        classes: v.classes,
      })),
      edges: db.getEdges().map((e) => ({
        from: e.start,
        to: e.end,
        text: decode(e.text),
        stroke: e.stroke,
      })),
      subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: decode(s.title), nodes: s.nodes })),
    });
  } catch (error) {
    results.push({ error: String(error?.message ?? error) });
  }
}
// jsdom keeps timers alive; leave as soon as the answer is written.
process.stdout.write(JSON.stringify(results), () => process.exit(0));

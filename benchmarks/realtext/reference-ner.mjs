// Reference NER for the real-text entity set (issue 13).
//
//   node reference-ner.mjs [articles.jsonl]
//       runs the rule-based `compromise` library over every article (title and body)
//       and prints one JSON line per mention found: {"id", "type", "text"},
//       type = person | place | org.
//   node reference-ner.mjs --score labels.tsv reference.jsonl
//       scores such output against the hand labels: per-type recall and precision,
//       strict (exact normalised match) and lenient (word-boundary containment).
//
// A yardstick for Moniker's recogniser, not part of Moniker. The compromise package is
// looked up in $NER_MODULES (default /tmp/ner/node_modules); see README.md beside this file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const DEFAULT_ARTICLES = new URL('../../core/src/test/resources/realtext/entities/articles.jsonl', import.meta.url).pathname;
const TYPES = ['person', 'place', 'org'];

function tag(articlesPath) {
  const require = createRequire(resolve(process.env.NER_MODULES ?? '/tmp/ner/node_modules') + '/');
  const nlp = require('compromise');
  const select = { person: (d) => d.people(), place: (d) => d.places(), org: (d) => d.organizations() };
  for (const line of readFileSync(articlesPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line);
    // Title and body are separate documents so a headline never runs into the first sentence.
    for (const part of [article.title, article.body]) {
      const doc = nlp(part);
      for (const type of TYPES) {
        for (const text of select[type](doc).out('array')) {
          const trimmed = text.replace(/^[\s"'“”‘’(\[-]+|[\s"'“”‘’)\].,;:!?–—-]+$/g, '');
          if (trimmed) console.log(JSON.stringify({ id: article.id, type, text: trimmed }));
        }
      }
    }
  }
}

// Both the labelled forms and the tagger's output go through the same normalisation,
// so "Senator Ted Cruz", "Ted Cruz" and "ted cruz" compare equal, and so do "Iowa's" and "Iowa".
const TITLES = /^(?:(?:the|president|provisional president|senator|sen\.|secretary|mr\.|mrs\.|ms\.|dr\.|judge|gov\.|governor|rep\.|prof\.|superintendent|attorney general|associate attorney general|assistant attorney general|deputy attorney general|u\.s\. attorney|chief justice|justice|mayor|congresswoman|congressman)\s+)+/;
function normalise(text) {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ').trim()
    .replace(/^[\s"'(\[-]+|[\s"')\].,;:!?–—-]+$/g, '')
    .replace(/'s$|'$/, '')
    .replace(TITLES, '')
    .trim();
}

function score(labelsPath, outputPath, mode) {
  const entities = []; // {id, type, forms:Set}
  for (const line of readFileSync(labelsPath, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [id, type, canonical, forms] = line.split('\t');
    entities.push({ id, type, canonical, forms: new Set(forms.split('|').map(normalise).filter(Boolean)) });
  }
  const found = new Set();
  for (const line of readFileSync(outputPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, type, text } = JSON.parse(line);
    const n = normalise(text);
    if (n) found.add(`${id}\t${type}\t${n}`);
  }
  // strict: the normalised output equals a labelled form. lenient: one contains the other
  // on word boundaries ("Seoul, South Korea" finds Seoul; "Time magazine" is Time).
  const within = (a, b) => ` ${b} `.includes(` ${a} `) || b.split(/[ ,/]+/).includes(a);
  const same = mode === 'strict' ? (f, n) => f === n : (f, n) => f === n || within(f, n) || within(n, f);
  const rows = [];
  for (const type of [...TYPES, 'all']) {
    const gold = entities.filter((e) => type === 'all' || e.type === type);
    const items = [...found].filter((k) => type === 'all' || k.split('\t')[1] === type);
    const parsed = items.map((k) => k.split('\t'));
    const hits = gold.filter((e) => parsed.some(([id, t, n]) => id === e.id && t === e.type && [...e.forms].some((f) => same(f, n))));
    const correct = parsed.filter(([id, t, n]) =>
      entities.some((e) => e.id === id && e.type === t && [...e.forms].some((f) => same(f, n))));
    rows.push({ type, labelled: gold.length, found: hits.length, recall: hits.length / gold.length,
      output: items.length, correct: correct.length, precision: items.length ? correct.length / items.length : 0 });
  }
  console.log(`# ${mode} matching`);
  console.log('type\tlabelled\tfound\trecall\toutput_items\tcorrect\tprecision');
  for (const r of rows) {
    console.log([r.type, r.labelled, r.found, r.recall.toFixed(3), r.output, r.correct, r.precision.toFixed(3)].join('\t'));
  }
}

if (process.argv[2] === '--score') {
  score(process.argv[3], process.argv[4], 'strict');
  score(process.argv[3], process.argv[4], 'lenient');
} else tag(process.argv[2] ?? DEFAULT_ARTICLES);

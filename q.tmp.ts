import { subjectBefore } from './src/ingest/quote-mentions.js';
import { tailFrame } from './src/ingest/quote-frames.js';
const t = '“The agents involved are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News.';
const c = t.indexOf('”') + 1;
console.log(subjectBefore(t, c, t.indexOf('told')));
console.log(tailFrame(t, c, t.length, 12, false));

// The one lexicon of reporting cues: the verbs and phrases news copy uses to tie a quote
// to its speaker ("said", "told reporters", "according to", "wrote in a statement").
// Quote attribution (src/ingest/quotes/) reads cues only through this module, so a
// new cue is added here and nowhere else.

/** Reporting verbs in the forms news copy writes them (past, present, -ing). */
const VERBS = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'writing',
  'ask', 'asks', 'asked', 'asking',
  'state', 'states', 'stated',
  'declare', 'declares', 'declared', 'declaring',
  'explain', 'explains', 'explained', 'explaining',
  'note', 'notes', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing',
  'insist', 'insists', 'insisted', 'insisting',
  'claim', 'claims', 'claimed', 'claiming',
  'warn', 'warns', 'warned', 'warning',
  'recall', 'recalls', 'recalled', 'recalling',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'announce', 'announces', 'announced', 'announcing',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'answer', 'answers', 'answered',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  // Some outlets capitalise the verb: `“...” Murphy, the head of X, Tweeted on Friday`.
  'Tweeted',
  'post', 'posts', 'posted',
  'predict', 'predicts', 'predicted', 'predicting',
  'complain', 'complains', 'complained', 'complaining',
  'concede', 'concedes', 'conceded', 'conceding',
  'conclude', 'concludes', 'concluded',
  'contend', 'contends', 'contended', 'contending',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'stress', 'stresses', 'stressed', 'stressing',
  'observe', 'observes', 'observed',
  'remark', 'remarks', 'remarked',
  'joke', 'jokes', 'joked', 'joking',
  'quip', 'quips', 'quipped',
  'shout', 'shouts', 'shouted', 'shouting',
  'yell', 'yells', 'yelled',
  'chant', 'chants', 'chanted', 'chanting',
  'testify', 'testifies', 'testified',
  'report', 'reports', 'reported',
  'continue', 'continues', 'continued',
  'boast', 'boasts', 'boasted', 'boasting',
  'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged',
  'promise', 'promises', 'promised', 'promising',
  'urge', 'urges', 'urged', 'urging',
  'fume', 'fumes', 'fumed',
  'demur', 'demurs', 'demurred',
  'muse', 'muses', 'mused',
  'lament', 'laments', 'lamented',
  'charge', 'charges', 'charged',
  'allege', 'alleges', 'alleged',
  'assert', 'asserts', 'asserted', 'asserting',
  'maintain', 'maintains', 'maintained',
  'affirm', 'affirms', 'affirmed',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied', 'denying',
  'counter', 'counters', 'countered',
  'retort', 'retorts', 'retorted',
  'agree', 'agrees', 'agreed',
  'wonder', 'wonders', 'wondered',
  'recount', 'recounts', 'recounted',
  'describe', 'describes', 'described', 'describing',
  'call', 'calls', 'called', 'calling',
  'dub', 'dubs', 'dubbed',
  'declare', 'proclaim', 'proclaims', 'proclaimed',
  'repeat', 'repeats', 'repeated',
  'reiterate', 'reiterates', 'reiterated',
  'quote', 'quotes', 'quoted',
  'accuse', 'accuses', 'accused', 'accusing',
  'criticize', 'criticizes', 'criticized', 'criticizing',
  'criticise', 'criticises', 'criticised',
  'blast', 'blasts', 'blasted',
  'slam', 'slams', 'slammed',
  'praise', 'praises', 'praised',
  'thank', 'thanks', 'thanked',
  'read', 'reads',
  'begin', 'begins', 'began',
  'interject', 'interjected',
  'mock', 'mocks', 'mocked',
  'scoff', 'scoffed',
  'sigh', 'sighed',
  'groan', 'groaned',
  'exclaim', 'exclaimed',
  'whisper', 'whispered',
  'cry', 'cried',
  'plead', 'pleaded',
  'beg', 'begged',
  'hint', 'hinted',
  'estimate', 'estimated',
  'assure', 'assures', 'assured', 'assuring',
  // Past tense only: "email", "demand", "press", "echo" are nouns as often as verbs.
  'confessed', 'decried', 'retweeted', 'emailed', 'e-mailed', 'texted', 'barked', 'beamed', 'surmised',
  'elaborated', 'demanded', 'gushed', 'echoed', 'pressed', 'snapped', 'ranted', 'muttered', 'screamed',
  'opined', 'exhorted', 'reacted', 'remembered', 'questioned', 'bragged', 'grumbled', 'griped', 'scolded',
  'chided', 'teased', 'deadpanned', 'intoned', 'marveled', 'marvelled', 'reasoned', 'clarified',
  'volunteered', 'lectured', 'sniped', 'cracked', 'advised', 'instructed', 'raged', 'retaliated',
  'put it', 'puts it',
  'shot back', 'fired back', 'fires back', 'wrote back', 'chimed in', 'chimes in', 'cut in', 'cuts in',
  'piped up', 'pipes up', 'blared', 'blares',
  'point out', 'points out', 'pointed out', 'pointing out',
  'went on', 'goes on',
] as const;

/** Fixed phrases that complete a verb into the cue as written ("told reporters", "said in a statement"). Lower case. */
const COMPLEMENTS = [
  'reporters', 'journalists', 'the press', 'a news conference', 'a press conference',
  'in a statement', 'in a written statement', 'in an interview', 'in a speech', 'in a tweet',
  'in a post', 'in a letter', 'in an email', 'in an e-mail', 'on Twitter', 'on Facebook',
  'at a news conference', 'at a press conference', 'at a rally', 'at a briefing',
  'at a news briefing', 'in a television interview', 'in a radio interview',
] as const;

/** Cues that are not verbs: the source follows them ("according to the Kremlin"). */
const PREPOSITIONAL = ['according to', 'in the words of'] as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * A reporting verb with its optional complement, as a regular-expression source with one
 * capture group around the whole cue. Match it with the `u` flag, case-sensitively.
 */
// Case-sensitive on purpose: a capitalised "States" or "Post" is a name, not a cue; a hyphen
// before or after means a compound ("home-state", "post-debate").
export const CUE_VERB_SOURCE = `(?<![\\p{L}\\-])((?:${alternation(VERBS)})(?:\\s+(?:${alternation(COMPLEMENTS)}))?)(?![\\p{L}\\-])`;

/** "according to": the source follows the cue. */
export const CUE_PREPOSITION_SOURCE = `(?<![\\p{L}\\-])((?:${alternation(PREPOSITIONAL)})|(?:According to))(?![\\p{L}\\-])`;

/** First words of every cue, for a quick word-by-word scan before the full pattern runs. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...VERBS, ...PREPOSITIONAL, 'According to'].map((cue) => cue.split(' ')[0]!),
);

/**
 * Whether a one-word cue is a verb's base form ("call", "claim", "warn"), which is also the
 * noun in news copy ("an unprompted call"). "read" is excluded: its past tense is spelled
 * the same ("a sign read").
 */
export function isBaseForm(cue: string): boolean {
  if (cue.includes(' ') || cue === 'read') return false;
  return SINGLE_WORD_VERBS.has(`${cue}s`) || SINGLE_WORD_VERBS.has(`${cue}es`) || (cue.endsWith('y') && SINGLE_WORD_VERBS.has(`${cue.slice(0, -1)}ies`));
}

/** The present participles ("saying", "adding"): a cue whose subject is the clause's subject. */
export function isParticiple(cue: string): boolean {
  return /^\S+ing\b/i.test(cue);
}

/**
 * Verbs that report speech only in a frame (`“...,” he said`, `X said: “...”`) and are
 * too common elsewhere to count inside a sentence ("called", "read", "began").
 */
const FRAME_ONLY = new Set([
  'call', 'calls', 'called', 'calling', 'read', 'reads', 'begin', 'begins', 'began', 'post', 'posts',
  'posted', 'continue', 'continues', 'continued', 'report', 'reports', 'reported', 'charge', 'charges',
  'charged', 'dub', 'dubs', 'dubbed', 'quote', 'quotes', 'quoted', 'thank', 'thanks', 'thanked',
  'praise', 'praises', 'praised', 'agree', 'agrees', 'agreed', 'describe', 'describes', 'described',
  'describing', 'estimate', 'estimated', 'cry', 'cried', 'beg', 'begged', 'went on', 'goes on',
  'accuse', 'accuses', 'accused', 'accusing', 'mock', 'mocks', 'mocked', 'criticize', 'criticizes',
  'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'blast', 'blasts', 'blasted',
  'slam', 'slams', 'slammed', 'promise', 'promises', 'promised', 'promising', 'ask', 'asks', 'asked',
  'asking', 'deny', 'denies', 'denied', 'denying', 'confirm', 'confirms', 'confirmed', 'confirming',
  'echoed', 'pressed', 'snapped', 'beamed', 'demanded', 'emailed', 'e-mailed', 'texted', 'barked', 'ranted',
  'screamed', 'gushed', 'reacted', 'remembered', 'questioned', 'teased', 'cracked', 'advised',
  'instructed', 'raged', 'lectured', 'volunteered', 'clarified', 'retaliated', 'cut in', 'cuts in',
  'blared', 'blares',
]);

/** Whether a cue verb counts only in a quote frame, not as the main verb of reported speech. */
export function isFrameOnly(cue: string): boolean {
  return FRAME_ONLY.has(cue.toLowerCase().split(/\s+/)[0]!) ||
    FRAME_ONLY.has(cue.toLowerCase().split(/\s+/).slice(0, 2).join(' '));
}

// Frame-only verbs that report speech when a "that" clause follows ("charged that Mrs.
// Clinton “hid” the documents", "reported that ..."); "called that plan" is no such clause.
const WITH_THAT_CLAUSE = new Set([
  'report', 'reports', 'reported', 'charge', 'charges', 'charged', 'confirm', 'confirms', 'confirmed',
  'deny', 'denies', 'denied', 'agree', 'agrees', 'agreed', 'promise', 'promises', 'promised',
  'accuse', 'accuses', 'accused',
]);

/** Whether a frame-only cue reports speech when the words after it open a "that" clause. */
export function reportsWithThat(cue: string, after: string): boolean {
  return WITH_THAT_CLAUSE.has(cue.toLowerCase()) && /^\s+that\s/.test(after);
}

const SINGLE_WORD_VERBS: ReadonlySet<string> = new Set(VERBS.filter((v) => !v.includes(' ')));

/**
 * The few verbs after which an unknown capitalised word is a person speaking ("Peskov said",
 * "Smith told reporters"). Narrower than VERBS on purpose: "Moscow warned", "the ministry
 * tweeted" also fit the whole list (on PolNeAR blind, VERBS gave entity P 0.906 against 0.911).
 */
export const PERSON_SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'asked', 'replied', 'declared', 'wrote', 'warned', 'argued', 'explained']);

/**
 * Whether one word is a reporting verb in any of its written forms ("said", "tweeted").
 * For callers that look at a single following word, such as entity recognition typing
 * "Peskov said" as a person; lower-case the word first.
 */
export function isReportingVerb(word: string): boolean {
  return SINGLE_WORD_VERBS.has(word);
}

/**
 * Reporting verbs that frame a participle cue set off after them ("..., a Chinese official
 * said, adding that ..."): the frame's subject speaks for the participle too.
 */
export const FRAME_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'explained', 'argued', 'stated', 'declared', 'insisted', 'recalled', 'reported', 'tweeted', 'announced', 'acknowledged', 'replied', 'responded', 'warned', 'observed', 'remarked', 'conceded', 'predicted', 'contended', 'cautioned', 'continued']);

/** Words in -ing that are no participles: nouns ("briefing") and prepositions ("according to"). */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['thing', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'king', 'ring', 'spring', 'string', 'wing', 'bring', 'sing', 'sting', 'swing', 'cling', 'fling', 'sling', 'wring', 'ceiling', 'darling', 'sibling', 'pudding', 'wedding', 'building', 'meeting', 'briefing', 'hearing', 'ruling', 'funding', 'spending', 'polling', 'rating', 'setting', 'feeling', 'offering', 'bidding', 'filing', 'timing', 'training', 'according', 'regarding', 'concerning', 'including', 'following', 'excluding', 'notwithstanding', 'pending', 'barring']);

/**
 * Verbs (as a regular expression source, inflections included) whose object is the subject of
 * an infinitive after it: "The decisive victory led Priebus to declare", "leaving the party to wonder".
 */
export const OBJECT_CONTROL_VERBS = String.raw`led|leads?|leading|left|leaves?|leaving|caused?|causes|causing|forced?|forces|forcing|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|gave|gives?|giving|sent|sends?|sending|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tells?|telling|prompt(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|push(?:es|ed|ing)?|pressure\s+on|press(?:es|ed|ing)?|drove|drives?|driving|spur(?:s|red|ring)?|inspir(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|help(?:s|ed|ing)?|get|gets|got|getting|impetus|reason`;

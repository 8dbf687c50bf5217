// Grammatical gender of a person entity, for resolving "he"/"she" at a cue: a pronoun must
// not resolve to a person the article refers to with the other pronoun. Evidence, strongest
// first: an honorific (Mr./Ms.), a gendered role in a description ("spokeswoman"), a common
// given name, then the pronouns the article uses right after the person's own mentions
// ("Clinton said she ..."). Unknown stays unknown: the caller then ignores gender.
import type { Speaker } from './speakers.js';

export type Gender = 'M' | 'F' | null;

// Common given names in English-language news (US politics heavy). Short on purpose: the
// article's own pronouns cover the rest.
const MALE = new Set(('Aaron Adam Al Alan Albert Alex Alexander Andrew Andy Anthony Ari Arnold Barack Barney Ben Benjamin Bernie Bill Billy Bob Bobby Brad Brian Bruce Carl Carlos Charles Charlie Chris Christopher Chuck Clarence Cory Dan Daniel Darrell Dave David Dennis Dick Don Donald Doug Douglas Ed Eddie Edward Eric Frank Fred Gary George Gerald Glenn Greg Harry Henry Howard Ian Jack Jacob Jake James Jason Jeb Jeff Jeffrey Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jose Joseph Josh Juan Justin Keith Ken Kevin Larry Lindsey Luis Marco Mark Martin Matt Matthew Max Michael Mike Mitch Mitt Newt Nick Patrick Paul Pete Peter Phil Ralph Rand Randy Reince Richard Rick Rob Robert Roger Ron Ronald Rudy Russ Ryan Sam Scott Sean Sergei Sheldon Stephen Steve Steven Ted Terry Thomas Tim Tom Tony Trey Vladimir Walter Wayne William Xi Dmitry').split(' '));
const FEMALE = new Set(('Alice Amy Ana Angela Ann Anna Anne Barbara Betsy Betty Carly Carol Caroline Catherine Cheryl Christine Claire Debbie Deborah Diane Donna Dorothy Elizabeth Ellen Emily Emma Gina Hillary Hope Huma Ivanka Jane Janet Jennifer Jessica Jill Joan Joni Judy Julia Julie Karen Kate Katie Katy Kellyanne Kelly Kim Kimberly Laura Linda Lisa Loretta Maria Marie Martha Mary Megyn Melania Melissa Michelle Mia Nancy Nicole Nikki Patricia Patty Pam Rachel Rebecca Sarah Sharon Stephanie Susan Susana Tammy Teresa Theresa Tulsi Valerie Virginia Wendy').split(' '));

const ROLE_M = /\b(?:spokesman|chairman|congressman|businessman|husband|father|son|brother|king|prince|mr)\b/i;
const ROLE_F = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|wife|mother|daughter|sister|queen|princess|actress|mrs|ms|miss|first lady)\b/i;

/**
 * Gender of each person entity: honorifics in its mentions, its descriptions, its given
 * name, then a vote of the he/his vs she/her that follow its mentions in the same sentence
 * before another person is named.
 */
export function personGenders(text: string, people: Speaker[], mentionsInOrder: { entity: Speaker; span: { start: number; end: number } }[]): Map<Speaker, Gender> {
  const out = new Map<Speaker, Gender>();
  const votes = new Map<Speaker, number>();
  mentionsInOrder.forEach((m, i) => {
    if (m.entity.type !== 'PERSON') return;
    const nextAt = mentionsInOrder[i + 1]?.span.start ?? text.length;
    const window = text.slice(m.span.end, Math.min(nextAt, m.span.end + 120));
    const sentence = /^[^.!?\n]*/.exec(window)![0];
    const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(sentence);
    if (pronoun) votes.set(m.entity, (votes.get(m.entity) ?? 0) + (/^(?:he|his|him)$/i.test(pronoun[1]!) ? 1 : -1));
  });
  for (const p of people) {
    if (p.type !== 'PERSON') continue;
    const written = [p.name, ...p.aliases, ...p.mentions.slice(0, 3).map((m) => text.slice(Math.max(0, m.start - 5), m.start))].join(' ');
    const described = p.descriptions.join(' ');
    const given = p.name.split(/\s+/).find((w) => !/\.$/.test(w)) ?? '';
    let g: Gender = null;
    if (/\bMrs?\.|\bMs\./.test(written)) g = /\bMr\./.test(written) ? 'M' : 'F';
    else if (ROLE_F.test(described)) g = 'F';
    else if (ROLE_M.test(described)) g = 'M';
    else if (MALE.has(given)) g = 'M';
    else if (FEMALE.has(given)) g = 'F';
    else {
      const v = votes.get(p) ?? 0;
      g = v > 0 ? 'M' : v < 0 ? 'F' : null;
    }
    out.set(p, g);
  }
  return out;
}

// labels.ts: speaker labels, capitalised inverted cues and sign-offs.
import { describe, expect, it } from 'vitest';
import { draftOf, entity, attributed, smith, who, jane, speakers } from './helpers.js';

describe('speaker labels and capitalised inverted cues', () => {
  it('a speaker label before a colon, and a capitalised inverted cue', () => {
    const d = draftOf('Smith: “We will win.”', 'Said Bob Jones, who grew up here, “We were proud.”');
    expect(speakers(d, [jane(d), entity(d, 'Bob Jones', 'PERSON')])).toEqual(['Jane Smith', 'Bob Jones']);
  });
});

describe('round-up items', () => {
  it('a round-up item: HEADLINE - Name: “...”', () => {
    const d = draftOf('POLLSTERS AGREE ON ONE THING - Jane Smith: “Keep it simple.” [538.]');
    expect(who(d, smith(d))).toEqual([['Keep it simple.', 'Jane Smith', 'Jane Smith', ':']]);
  });

  it('"More from Jones:" points to the source quoted before; "Frank Newport and Jim Harter:" names the first author', () => {
    expect(attributed('Jeffrey Jones of Gallup wrote a report.', 'What that means for this year - More from Jones: “The partisanship of the state matters.”')).toEqual([
      ['The partisanship of the state matters.', 'Jeffrey Jones', 'Jones', ':'],
    ]);
    expect(attributed('WHAT MATTERS MORE - Frank Newport and Jim Harter: “We found that the leader wins.” [Gallup]')).toEqual([
      ['We found that the leader wins.', 'Frank Newport', 'Frank Newport', ':'],
    ]);
  });
});

describe('sign-offs after a quote paragraph', () => {
  it('a sign-off paragraph after a quote paragraph: "- Jane Smith."', () => {
    const d = draftOf('"We are going to enter the next recession without a plan."', '- Jane Smith.', 'That claim is false.');
    expect(who(d, smith(d))).toEqual([['We are going to enter the next recession without a plan.', 'Jane Smith', 'Jane Smith', '-']]);
    // A title before the name and a note set off by a comma: "-Sen. Jane Smith, tweeting after the speech."
    const noted = draftOf('"Great speech. She is ready."', '-Sen. Jane Smith, tweeting after the speech.', 'That claim is false.');
    expect(who(noted, smith(noted))).toEqual([['Great speech. She is ready.', 'Jane Smith', 'Sen. Jane Smith', '-']]);
    // Not the opening of a sentence: "- Smith said ..." is no sign-off.
    const sentence = draftOf('"Great speech. She is ready."', '- Smith said the speech ran long.');
    expect(who(sentence, smith(sentence))).toEqual([['Great speech. She is ready.', null, null, null]]);
  });
});

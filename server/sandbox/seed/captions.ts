// Stock-photo captions: a style ("Close-up of", "Vector illustration of"), a subject
// (a thing from the category, or the people in the picture), what it does or how it
// is shown, and where. The caption's words also give the image's first keywords.
import { describePeople, peopleKeywords, type People } from './people';
import type { Random } from './random';
import type { Theme } from './themes';

export type ImageType = 'photo' | 'illustration' | 'vector';

// prettier-ignore
const STYLES: Record<ImageType, string[]> = {
  photo: ['', '', '', '', 'Close-up of', 'Candid photo of', 'Wide shot of', 'Beautiful', 'Detail of'],
  illustration: [
    'Watercolor illustration of', 'Digital painting of', 'Hand-drawn illustration of', '3D render of',
    'Cartoon illustration of', 'Isometric illustration of',
  ],
  vector: [
    'Vector illustration of', 'Flat vector illustration of', 'Line art icon of', 'Seamless vector pattern with',
    'Vector set of', 'Minimalist vector poster of',
  ],
};

// prettier-ignore
const STOPWORDS = new Set([
  'a', 'an', 'the', 'on', 'in', 'at', 'of', 'with', 'for', 'and', 'to', 'from', 'by', 'its', 'under', 'after', 'as', 'into',
  'against',
]);

/** The phrase's content, e.g. "in a modern office" → "modern office". */
function contentPhrase(phrase: string): string {
  const words = phrase.split(' ');
  while (words.length > 1 && STOPWORDS.has(words[0] as string)) words.shift();
  return words.join(' ');
}

function contentWords(phrase: string): string[] {
  return phrase.split(/[\s,]+/).filter((word) => word.length > 2 && !STOPWORDS.has(word));
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) && !/^(uni|eu|one)/i.test(noun) ? 'an' : 'a';
}

/** A subject marked plural ("*balloons") or that looks plural ("puzzle pieces"). */
function isPlural(subject: string): boolean {
  const head = subject.split(/ (?:with|of|and) /)[0] as string;
  return subject.startsWith('*') || /[^su]s$/.test(head);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A theme subject, "golden retriever|dog,pet": its text, with article, and its keywords. */
function thing(random: Random, theme: Theme): { phrase: string; keywords: string[] } {
  const [raw, extra = ''] = random.pick(theme.subjects).split('|') as [string, string | undefined];
  const text = raw.replace(/^\*/, '');
  return {
    phrase: isPlural(raw) ? text : `${article(text)} ${text}`,
    keywords: [text, ...contentWords(text), ...extra.split(',')],
  };
}

export interface Caption {
  description: string;
  /** Keywords the caption's subject, action and setting give. */
  keywords: string[];
}

export function composeCaption(
  random: Random,
  theme: Theme,
  people: People,
  imageType: ImageType,
): Caption {
  let subject: string;
  const keywords: string[] = [];
  if (people.number > 0) {
    const named = describePeople(random, people, theme.roles);
    subject = /^(two|three|brother) /.test(named) ? named : `${article(named)} ${named}`;
    keywords.push(...contentWords(named), ...peopleKeywords(people));
    if (theme.subjects.length > 0 && random.chance(0.3)) {
      const prop = thing(random, theme);
      subject = `${subject} with ${prop.phrase}`;
      keywords.push(...prop.keywords);
    }
  } else {
    const main = thing(random, theme);
    subject = main.phrase;
    keywords.push(...main.keywords);
  }
  const actions = people.number > 0 && theme.peopleActions ? theme.peopleActions : theme.actions;
  const action = random.pick(actions);
  const setting = random.chance(0.85) ? random.pick(theme.settings) : '';
  const style =
    people.number > 0 && imageType === 'photo' && random.chance(0.25)
      ? 'Portrait of'
      : random.pick(STYLES[imageType]);
  // "Close-up of a dog", but "Beautiful dog" and "Dog running".
  const styledSubject = / (of|with)$/.test(style) ? subject : subject.replace(/^(a|an) /, '');
  keywords.push(contentPhrase(action), ...contentWords(action));
  if (setting) keywords.push(contentPhrase(setting), ...contentWords(setting));
  return {
    description: capitalize([style, styledSubject, action, setting].filter(Boolean).join(' ')),
    keywords,
  };
}

import { describe, expect, it } from 'vitest';
import { kerasWords, kerasWordSpans, WordTokenizer } from '$lib/core/tokenize/index.js';
import { UnrolledError } from '$lib/core/errors.js';

// Published figures: each block names the notebook whose printed Keras output it repeats.

describe('WordTokenizer.fitOnTexts(texts)', () => {
  // TensorFlow's "Tokenizing text and creating sequences for sentences" colab (2020), Tokenizer(num_words=100,
  // oov_token="<OOV>"), as printed in copies of it such as github.com/AhmedSayedTmam/Machine-Learning-Portfolio.
  const iceCream = [
    'My favorite food is ice cream',
    'do you like ice cream too?',
    'My dog likes ice cream!',
    'your favorite flavor of icecream is chocolate',
    "chocolate isn't good for dogs",
    'your dog, your cat, and your parrot prefer broccoli'
  ];
  it('gives the OOV token index 1, then words by count, ties in first-seen order', () => {
    const tokenizer = new WordTokenizer({ numWords: 100, oovToken: '<OOV>' }).fitOnTexts(iceCream);
    expect(Object.fromEntries(tokenizer.wordIndex)).toEqual({
      '<OOV>': 1,
      your: 2,
      ice: 3,
      cream: 4,
      my: 5,
      favorite: 6,
      is: 7,
      dog: 8,
      chocolate: 9,
      food: 10,
      do: 11,
      you: 12,
      like: 13,
      too: 14,
      likes: 15,
      flavor: 16,
      of: 17,
      icecream: 18,
      "isn't": 19,
      good: 20,
      for: 21,
      dogs: 22,
      cat: 23,
      and: 24,
      parrot: 25,
      prefer: 26,
      broccoli: 27
    });
    // Map order is index order, as Python's dict is.
    expect([...tokenizer.wordIndex.values()]).toEqual([...Array(27).keys()].map((i) => i + 1));
  });

  it('counts words and documents, and keeps counting on a second call', () => {
    const tokenizer = new WordTokenizer().fitOnTexts(['a b a']).fitOnTexts(['b c']);
    expect(tokenizer.documentCount).toBe(2);
    expect(Object.fromEntries(tokenizer.state.wordCounts)).toEqual({ a: 2, b: 2, c: 1 });
    expect(Object.fromEntries(tokenizer.state.wordDocs)).toEqual({ a: 1, b: 2, c: 1 });
    expect(Object.fromEntries(tokenizer.wordIndex)).toEqual({ a: 1, b: 2, c: 3 });
    expect(Object.fromEntries(tokenizer.state.indexDocs)).toEqual({ 1: 1, 2: 2, 3: 1 });
  });

  it('takes lists of tokens as they are, only lower-cased', () => {
    const tokenizer = new WordTokenizer().fitOnTexts([['Hello,', 'World'], ['hello,']]);
    expect(Object.fromEntries(tokenizer.wordIndex)).toEqual({ 'hello,': 1, world: 2 });
  });

  it('counts every character, spaces too, when charLevel', () => {
    const tokenizer = new WordTokenizer({ charLevel: true }).fitOnTexts(['Ab a!']);
    expect(Object.fromEntries(tokenizer.wordIndex)).toEqual({ a: 1, b: 2, ' ': 3, '!': 4 });
  });
});

describe('WordTokenizer.textsToSequences(texts)', () => {
  // github.com/HemChandraLive/NLP, "How to tokenize a sentences" notebook.
  const train = ['i love my dog', 'I, love my cat', 'You love my dog!'];
  const test = ['i really love my dog', 'my dog love my mantees'];

  it('drops unknown words without an OOV token', () => {
    const tokenizer = new WordTokenizer({ numWords: 100 }).fitOnTexts(train);
    expect(Object.fromEntries(tokenizer.wordIndex)).toEqual({
      love: 1,
      my: 2,
      i: 3,
      dog: 4,
      cat: 5,
      you: 6
    });
    expect(tokenizer.textsToSequences(test)).toEqual([
      [3, 1, 2, 4],
      [2, 4, 1, 2]
    ]);
  });

  it('maps unknown words to the OOV index with an OOV token', () => {
    const tokenizer = new WordTokenizer({ numWords: 100, oovToken: '<oov>' }).fitOnTexts(train);
    expect(tokenizer.textsToSequences(train)).toEqual([
      [4, 2, 3, 5],
      [4, 2, 3, 6],
      [7, 2, 3, 5]
    ]);
    expect(tokenizer.textsToSequences(test)).toEqual([
      [4, 1, 2, 3, 5],
      [3, 5, 2, 3, 1]
    ]);
  });

  // github.com/AlirezaKamyab/Tensorflow_RNN, Tokenizer(num_words=50) with and without oov_token='<OOV>'.
  const texts = [
    'I really love progarmming',
    'It is often seen as something difficult but beautiful',
    'This is another text!',
    'Do you like something else?'
  ];
  const tests = ['I would like another cup of coffee', 'I really like something beautiful'];
  it('matches a second published notebook, with and without OOV', () => {
    const plain = new WordTokenizer({ numWords: 50 }).fitOnTexts(texts);
    expect(plain.textsToSequences(texts)).toEqual([
      [3, 4, 5, 6],
      [7, 1, 8, 9, 10, 2, 11, 12, 13],
      [14, 1, 15, 16],
      [17, 18, 19, 2, 20]
    ]);
    expect(plain.textsToSequences(tests)).toEqual([
      [3, 19, 15],
      [3, 4, 19, 2, 13]
    ]);
    const oov = new WordTokenizer({ numWords: 50, oovToken: '<OOV>' }).fitOnTexts(texts);
    expect(oov.textsToSequences(tests)).toEqual([
      [4, 1, 20, 16, 1, 1, 1],
      [4, 5, 20, 3, 14]
    ]);
  });

  // github.com/BrambleXu/nlp-beginner-guide-keras: num_words=3 keeps ids 1 and 2 only.
  it('drops ids at or above numWords', () => {
    const corpus = ['my name is far faraway asdasd', 'my name is', 'your name is'];
    const tokenizer = new WordTokenizer({ numWords: 3 }).fitOnTexts(corpus);
    expect(tokenizer.wordIndex.get('my')).toBe(3);
    expect(tokenizer.textsToSequences(corpus)).toEqual([
      [1, 2],
      [1, 2],
      [1, 2]
    ]);
    expect(tokenizer.vocabSize).toBe(3);
  });

  it('maps ids at or above numWords to OOV when there is an OOV token', () => {
    const tokenizer = new WordTokenizer({ numWords: 3, oovToken: '?' }).fitOnTexts(['b a a']);
    // ? = 1, a = 2, b = 3 (cut)
    expect(tokenizer.textsToSequences(['a b c'])).toEqual([[2, 1, 1]]);
  });

  it('honours custom filters, split and lower', () => {
    const tokenizer = new WordTokenizer({ filters: '', lower: false, split: '|' }).fitOnTexts([
      'Hi, there|hi|Hi, there'
    ]);
    expect(Object.fromEntries(tokenizer.wordIndex)).toEqual({ 'Hi, there': 1, hi: 2 });
    expect(tokenizer.encode('hi|Hi, there||x')).toEqual([2, 1]);
  });
});

describe('WordTokenizer.sequencesToTexts(sequences) and decode(ids)', () => {
  const tokenizer = new WordTokenizer({ numWords: 4, oovToken: '<OOV>' }).fitOnTexts([
    'the cat the dog the cat a'
  ]);
  // <OOV> 1, the 2, cat 3, dog 4 (cut by numWords), a 5 (cut)
  it('joins words, turning cut and unknown ids into the OOV token as Keras does', () => {
    expect(tokenizer.sequencesToTexts([[2, 3, 4, 99, 0]])).toEqual(['the cat <OOV> <OOV> <OOV>']);
  });
  it('decode(ids) skips padding', () => expect(tokenizer.decode([0, 0, 2, 3])).toBe('the cat'));
  it('drops unknown ids without an OOV token', () => {
    const plain = new WordTokenizer().fitOnTexts(['x y']);
    expect(plain.decode([1, 7, 2])).toBe('x y');
  });
});

describe('WordTokenizer.encodeWithSpans(text)', () => {
  const sentence = 'I lived in Ireland, so at school they made me learn how to speak ___';
  const tokenizer = new WordTokenizer({ oovToken: '<OOV>' }).fitOnTexts([
    'i lived in ireland so at school they made me learn how to speak gaelic'
  ]);

  it('gives each word its span in the original sentence', () => {
    const pieces = tokenizer.encodeWithSpans(sentence);
    expect(pieces.map((p) => p.text)).toEqual(sentence.split(/[ ,]+/).slice(0, 14));
    const ireland = pieces[3];
    expect(ireland).toMatchObject({
      text: 'Ireland',
      word: 'ireland',
      start: 11,
      end: 18,
      oov: false
    });
    expect(ireland?.id).toBe(tokenizer.wordIndex.get('ireland'));
    for (const piece of pieces) expect(sentence.slice(piece.start, piece.end)).toBe(piece.text);
    expect(pieces.map((p) => p.id)).toEqual(tokenizer.encode(sentence));
  });

  it('marks unknown words as OOV with the OOV id', () => {
    const [piece] = tokenizer.encodeWithSpans('Dublin');
    expect(piece).toMatchObject({ text: 'Dublin', id: 1, oov: true, dropped: false });
  });

  it('keeps words Keras drops, with id -1 and dropped: true, and encode leaves them out', () => {
    const plain = new WordTokenizer().fitOnTexts(['lived in ireland']);
    const pieces = plain.encodeWithSpans('I lived in Cork');
    expect(pieces.map((p) => [p.text, p.id, p.dropped])).toEqual([
      ['I', -1, true],
      ['lived', 1, false],
      ['in', 2, false],
      ['Cork', -1, true]
    ]);
    expect(plain.encode('I lived in Cork')).toEqual([1, 2]);
  });

  it('spans emoji, right-to-left text and zero-width characters in UTF-16 units', () => {
    const text = 'good 👍 שלום a\u200bb <b>bold</b>';
    const pieces = new WordTokenizer().encodeWithSpans(text);
    expect(pieces.map((p) => [p.word, p.start, p.end])).toEqual([
      ['good', 0, 4],
      ['👍', 5, 7],
      ['שלום', 8, 12],
      ['a\u200bb', 13, 16],
      ['b', 18, 19],
      ['bold', 20, 24],
      ['b', 26, 27]
    ]);
  });

  it('keeps spans right when lower-casing changes length (İ) or context (final Σ)', () => {
    const pieces = new WordTokenizer().encodeWithSpans('İstanbul ΟΔΟΣ');
    expect(pieces.map((p) => [p.word, p.text, p.start, p.end])).toEqual([
      ['i\u0307stanbul', 'İstanbul', 0, 8],
      ['οδος', 'ΟΔΟΣ', 9, 13]
    ]);
  });

  it('returns nothing for an empty or punctuation-only text', () => {
    expect(tokenizer.encodeWithSpans('')).toEqual([]);
    expect(tokenizer.encodeWithSpans(' ,.!? \n\t')).toEqual([]);
  });

  it('handles 10 000 characters', () => {
    const long = 'ireland '.repeat(1250);
    const pieces = tokenizer.encodeWithSpans(long);
    expect(pieces).toHaveLength(1250);
    expect(pieces.at(-1)).toMatchObject({ start: 9992, end: 9999 });
  });
});

describe('kerasWords(text, options)', () => {
  const defaults = { filters: '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n', lower: true, split: ' ' };
  it("follows Keras's text_to_word_sequence docstring example", () =>
    expect(kerasWords('This is a sample sentence.', { ...defaults, charLevel: false })).toEqual([
      'this',
      'is',
      'a',
      'sample',
      'sentence'
    ]));

  // mulberry32, so the same strings come every run.
  function seeded(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const alphabet = [
    'a',
    'B',
    ' ',
    ',',
    '_',
    'İ',
    'Σ',
    'é',
    '👍',
    '\u200b',
    '\n',
    'ש',
    '|',
    '\ud800'
  ];

  it('agrees with kerasWordSpans on 300 random strings, whose spans are ordered and in bounds', () => {
    const random = seeded(7);
    for (let n = 0; n < 300; n++) {
      const length = Math.floor(random() * 30);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join('');
      for (const options of [
        { ...defaults, charLevel: false },
        { ...defaults, split: '|', charLevel: false },
        { ...defaults, lower: false, charLevel: true }
      ]) {
        const spans = kerasWordSpans(text, options);
        expect(spans.map((s) => s.word)).toEqual(kerasWords(text, options));
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(options.charLevel ? 0 : previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          previousEnd = span.end;
        }
      }
    }
  });
});

describe('new WordTokenizer(options)', () => {
  it('fitOnTexts and textsToSequences reject one bare string, which would iterate characters', () => {
    expect(() => new WordTokenizer().fitOnTexts('hello')).toThrow(/one string/);
    expect(() => new WordTokenizer().textsToSequences('hello')).toThrow(UnrolledError);
  });
  it('rejects an empty split and a negative numWords', () => {
    expect(() => new WordTokenizer({ split: '' })).toThrow(UnrolledError);
    expect(() => new WordTokenizer({ numWords: -1 })).toThrow(/num_words/);
  });
  it('vocabSize is one more than the largest id, or numWords when smaller', () => {
    const tokenizer = new WordTokenizer({ oovToken: '?' }).fitOnTexts(['a b c']);
    expect(tokenizer.vocabSize).toBe(5);
    expect(new WordTokenizer({ numWords: 10 }).fitOnTexts(['a b c']).vocabSize).toBe(4);
  });
});

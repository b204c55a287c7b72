// Scripts written right to left; a letter of any other script counts as left to right.
const RTL_SCRIPT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

/** The direction of a text by its first letter (the Unicode "first strong" rule); 'ltr' when it has none. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    return RTL_SCRIPT.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

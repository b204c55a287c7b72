// Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
const RTL_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u052F\u0900-\u0DFF\u3040-\u30FF\u4E00-\u9FFF]/u;

/** The direction of a text by its first strongly directional character (the Unicode "first strong" rule); 'ltr' when it has none. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL_STRONG.test(char)) return 'rtl';
    if (LTR_STRONG.test(char)) return 'ltr';
  }
  return 'ltr';
}

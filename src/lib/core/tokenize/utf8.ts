/** UTF-8 bytes of a string; a lone surrogate takes its 3-byte generalised form (WTF-8) so no string is lost. */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    pushCodePoint(bytes, codePoint);
    i += codePoint > 0xffff ? 2 : 1;
  }
  return bytes;
}

function pushCodePoint(bytes: number[], cp: number): void {
  if (cp < 0x80) bytes.push(cp);
  else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000)
    bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else
    bytes.push(
      0xf0 | (cp >> 18),
      0x80 | ((cp >> 12) & 0x3f),
      0x80 | ((cp >> 6) & 0x3f),
      0x80 | (cp & 0x3f)
    );
}

// For each lead byte: how many continuation bytes follow, and the allowed range of the first one.
// ED accepts A0..BF too, so surrogates written by utf8Bytes come back; everything else is strict UTF-8.
function leadInfo(lead: number): [count: number, low: number, high: number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  return undefined;
}

/** Text from UTF-8 bytes; each invalid sequence becomes one U+FFFD, as Python's decode(errors='replace') does. */
export function decodeUtf8(bytes: readonly number[]): string {
  const units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      units.push(lead);
      i += 1;
      continue;
    }
    const info = leadInfo(lead);
    if (!info) {
      units.push(0xfffd);
      i += 1;
      continue;
    }
    const [count, low, high] = info;
    let cp = lead & (0xff >> (count + 2));
    let taken = 1;
    for (; taken <= count; taken++) {
      const next = bytes[i + taken];
      const [min, max] = taken === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) break;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (taken <= count) {
      units.push(0xfffd);
      i += taken;
      continue;
    }
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += count + 1;
  }
  return unitsToString(units);
}

function unitsToString(units: readonly number[]): string {
  let text = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.slice(i, i + 8192));
  }
  return text;
}

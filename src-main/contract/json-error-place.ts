/**
 * Where JSON text first breaks the grammar, found by a scan of its own rather than read out of
 * V8's SyntaxError, whose sentence is English, changes between versions and sometimes names no
 * position at all. Iterative, so a hostile nest of brackets cannot overflow the stack.
 */

/** The place of the first character that cannot be where it is. */
export interface JsonErrorPlace {
  /** 1-based line and column (in UTF-16 units, as editors count for most text) */
  line: number;
  column: number;
  /** the character found there; undefined when the text ends before the JSON does */
  found?: string;
}

const ESCAPES = '"\\/bfnrt';

/**
 * The first error in `text`, which JSON.parse refused.
 * @returns its place, or null when the scan finds none (JSON.parse and the scan disagree)
 */
export function jsonErrorPlace(text: string): JsonErrorPlace | null {
  const offset = new JsonScan(text).errorOffset();
  if (offset < 0) return null;
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : undefined;
  return { line, column: offset - start + 1, ...(found !== undefined && { found }) };
}

class JsonScan {
  private i = 0;
  private readonly stack: string[] = [];

  constructor(private readonly text: string) {}

  /** The offset of the first error (the text's length when it ends too early), or -1. */
  errorOffset(): number {
    const { text } = this;
    for (;;) {
      // a value is expected here
      this.blanks();
      const c = text[this.i];
      if (c === '[' || c === '{') {
        this.i++;
        this.blanks();
        if (text[this.i] === (c === '[' ? ']' : '}')) this.i++;
        else {
          this.stack.push(c);
          if (c === '{' && !this.key()) return this.i;
          continue;
        }
      } else if (!this.scalar()) return this.i;
      // after a value: a comma, or the end of its array or object
      for (;;) {
        this.blanks();
        if (this.stack.length === 0) return this.i < text.length ? this.i : -1;
        const open = this.stack[this.stack.length - 1];
        if (text[this.i] === ',') {
          this.i++;
          if (open === '{' && !this.key()) return this.i;
          break;
        }
        if (text[this.i] !== (open === '[' ? ']' : '}')) return this.i;
        this.i++;
        this.stack.pop();
      }
    }
  }

  private blanks(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  /** `"name":` of an object's member. */
  private key(): boolean {
    this.blanks();
    if (this.text[this.i] !== '"' || !this.string()) return false;
    this.blanks();
    if (this.text[this.i] !== ':') return false;
    this.i++;
    return true;
  }

  private scalar(): boolean {
    const { text } = this;
    if (text[this.i] === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, this.i)) {
        this.i += word.length;
        return true;
      }
    }
    return this.number();
  }

  /** `-0.5e3`; at an error, `i` is the character where a digit is missing. */
  private number(): boolean {
    const { text } = this;
    const digits = (): boolean => {
      const start = this.i;
      while (this.i < text.length && text[this.i] >= '0' && text[this.i] <= '9') this.i++;
      return this.i > start;
    };
    if (text[this.i] === '-') this.i++;
    if (text[this.i] === '0') this.i++;
    else if (!digits()) return false;
    if (text[this.i] === '.') {
      this.i++;
      if (!digits()) return false;
    }
    if (text[this.i] === 'e' || text[this.i] === 'E') {
      this.i++;
      if (text[this.i] === '+' || text[this.i] === '-') this.i++;
      if (!digits()) return false;
    }
    return true;
  }

  /** A string from its opening quote; at an error, `i` is the character at fault. */
  private string(): boolean {
    const { text } = this;
    this.i++;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === '"') {
        this.i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[this.i + 1];
        if (e === 'u') {
          this.i += 2;
          for (const end = this.i + 4; this.i < end; this.i++) {
            if (!/[0-9a-fA-F]/.test(text[this.i] ?? '')) return false;
          }
          continue;
        }
        if (e === undefined || !ESCAPES.includes(e)) {
          this.i++;
          return false;
        }
        this.i += 2;
        continue;
      }
      this.i++;
    }
    return false;
  }
}

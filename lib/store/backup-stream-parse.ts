/**
 * Reading a backup file a piece at a time. A backup of 100,000 creators is
 * well over 500 MB of JSON: more than one string may hold, and more memory
 * than a worker should take. The file format is unchanged (one JSON object
 * whose sections are arrays of records, backup-format.ts); this reader cuts it
 * into its top-level values and the records of each section as the text
 * arrives, in pieces cut anywhere (inside a string, an escape, a number), and
 * parses each record on its own. Only the record being read is held.
 *
 * The envelope (`format`, `version`) must come before the first record, as
 * every Microlens export writes it: records are written as they arrive, so a
 * file must prove it is a backup before any of them counts.
 */
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import { StoreError } from './errors';

/** A value the reader found: a record of a section array, or a top-level value. */
export type StreamItem =
  | { kind: 'record'; section: string; index: number; value: unknown }
  | { kind: 'value'; key: string; value: unknown };

/**
 * A place in the file where reading can start again: just inside a section
 * array, after `index` of its records, `chars` characters into the text.
 */
export interface ResumePoint {
  chars: number;
  section: string;
  index: number;
}

/** Longest text one record may take (a record of ours is a few KB): a bound on what is held. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

enum State {
  Start,
  Key,
  Colon,
  Value,
  AfterValue,
  Array,
  AfterRecord,
  End,
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

function damaged(detail: string): StoreError {
  return new StoreError('invalid', `This backup file is damaged (${detail}), so reading stopped there.`);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    throw damaged(`${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export class BackupStreamReader {
  private state = State.Start;
  /** The top-level key whose value is being read. */
  private key = '';
  /** Text of the value being captured (a record, a key, a top-level value), in pieces. */
  private pieces: string[] = [];
  private captured = 0;
  private capturing = false;
  /** Nesting inside the captured value; strings and escapes are tracked across pieces. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Capturing a key string rather than a value. */
  private inKey = false;
  private readonly index = new Map<string, number>();
  /** Top-level values read so far (the envelope's format and version are checked from these). */
  private readonly seen = new Map<string, unknown>();
  /** Characters read so far. */
  chars = 0;
  /** The last place reading could start again from (see ResumePoint); null before the first section. */
  boundary: ResumePoint | null = null;

  /**
   * `resume`: start at a ResumePoint this reader gave before, the text given
   * from its `chars` on (the envelope was checked then, the records before it
   * were read then).
   */
  constructor(
    private readonly arrays: ReadonlySet<string>,
    resume: ResumePoint | null = null,
  ) {
    if (!resume) return;
    if (!arrays.has(resume.section)) throw damaged(`no section ${resume.section} to resume in`);
    this.key = resume.section;
    this.index.set(resume.section, resume.index);
    this.state = resume.index === 0 ? State.Array : State.AfterRecord;
    this.chars = resume.chars;
    this.boundary = { ...resume };
    this.seen.set('format', BACKUP_FORMAT);
    this.seen.set('version', BACKUP_VERSION);
  }

  /** Reads the next piece of text and returns the values completed in it. */
  push(text: string): StreamItem[] {
    const out: StreamItem[] = [];
    let start = this.capturing ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.capturing) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) {
            this.inString = false;
            if (this.inKey) {
              this.finishKey(text.slice(start, i + 1));
              start = -1;
            }
          }
          continue;
        }
        if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth++;
        else if (c === 0x7d || c === 0x5d || c === 0x2c) {
          if (this.depth > 0) {
            if (c !== 0x2c) this.depth--;
            continue;
          }
          // The value ends before this comma or closing bracket, which the states below read.
          const item = this.finishValue(text.slice(start, i));
          out.push(item);
          if (item.kind === 'record')
            this.boundary = { chars: this.chars + i, section: item.section, index: item.index + 1 };
          start = -1;
          i--;
        }
        continue;
      }
      if (WS.has(c)) continue;
      switch (this.state) {
        case State.Start:
          if (c !== 0x7b) throw damaged('it does not start with "{"');
          this.state = State.Key;
          break;
        case State.Key:
          if (c === 0x7d) this.state = State.End;
          else if (c === 0x22) {
            this.begin(true);
            this.inString = true;
            start = i;
          } else throw damaged(`unexpected "${String.fromCharCode(c)}" where a name was expected`);
          break;
        case State.Colon:
          if (c !== 0x3a) throw damaged('":" missing after a name');
          this.state = State.Value;
          break;
        case State.Value:
          if (c === 0x5b && this.arrays.has(this.key)) {
            this.checkEnvelope();
            this.state = State.Array;
            this.boundary = { chars: this.chars + i + 1, section: this.key, index: 0 };
            break;
          }
          this.begin(false);
          start = i;
          i--;
          break;
        case State.AfterValue:
          if (c === 0x2c) this.state = State.Key;
          else if (c === 0x7d) this.state = State.End;
          else throw damaged(`unexpected "${String.fromCharCode(c)}" after a value`);
          break;
        case State.Array:
          if (c === 0x5d) {
            this.state = State.AfterValue;
            break;
          }
          this.begin(false);
          start = i;
          i--;
          break;
        case State.AfterRecord:
          if (c === 0x2c) this.state = State.Array;
          else if (c === 0x5d) this.state = State.AfterValue;
          else throw damaged(`unexpected "${String.fromCharCode(c)}" after a record of ${this.key}`);
          break;
        case State.End:
          throw damaged('text after the end of the backup');
      }
    }
    if (this.capturing && start >= 0) this.keep(text.slice(start));
    this.chars += text.length;
    return out;
  }

  /** Says whether the text ended where a backup ends. */
  finish(): void {
    if (this.state !== State.End || this.capturing) throw damaged('it ends before the backup does');
  }

  /** The same checks as parseBackupText's, made before the first record is handed on. */
  private checkEnvelope(): void {
    if (this.seen.get('format') !== BACKUP_FORMAT)
      throw new StoreError('invalid', 'This file is not a Microlens backup, so nothing was imported.');
    const version = this.seen.get('version');
    if (typeof version !== 'number') throw damaged('no format version before the first records');
    if (version > BACKUP_VERSION)
      throw new StoreError(
        'invalid',
        `This backup was made by a newer Microlens (format version ${version}); update the extension first.`,
      );
    if (version !== BACKUP_VERSION)
      throw new StoreError('invalid', `Unknown backup format version ${version}.`);
  }

  private begin(key: boolean): void {
    this.capturing = true;
    this.inKey = key;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.pieces = [];
    this.captured = 0;
  }

  private keep(piece: string): void {
    this.captured += piece.length;
    if (this.captured > MAX_RECORD_CHARS)
      throw damaged(`one value is longer than ${MAX_RECORD_CHARS / 1024 / 1024} M characters`);
    this.pieces.push(piece);
  }

  private finishKey(last: string): void {
    this.keep(last);
    this.key = String(parseJson(this.pieces.join(''), 'a name'));
    this.capturing = false;
    this.inKey = false;
    this.pieces = [];
    this.state = State.Colon;
  }

  private finishValue(last: string): StreamItem {
    this.keep(last);
    const text = this.pieces.join('').trim();
    this.capturing = false;
    this.pieces = [];
    if (this.state === State.Array) {
      const index = this.index.get(this.key) ?? 0;
      this.index.set(this.key, index + 1);
      this.state = State.AfterRecord;
      const where = `${this.key}[${index}]`;
      return { kind: 'record', section: this.key, index, value: parseJson(text, where) };
    }
    this.state = State.AfterValue;
    const value = parseJson(text, `"${this.key}"`);
    this.seen.set(this.key, value);
    return { kind: 'value', key: this.key, value };
  }
}

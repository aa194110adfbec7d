/**
 * The xlsx package, zipped as it is written: fflate's streaming Zip lays out the archive, Node's
 * native zlib deflates each part piece by piece (several times faster than a JavaScript deflate)
 * and computes its CRC-32 on its own thread (write-gzip-body.ts),
 * so the uncompressed sheets (≈300 MB for 100k risks) never sit in memory at once, and nothing is
 * unzipped or re-zipped afterwards.
 */
import { once } from 'node:events';
import type { TransformOptions } from 'node:stream';
import { createGzip, type ZlibOptions } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { GzipBody } from './write-gzip-body';
import { CT, contentTypes, esc, HEAD, MAIN, REL, rels } from './write-xml';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Pieces are joined up to this many characters before being encoded and deflated. */
const BATCH = 1 << 18;
/** The zlib stream's buffer: above the pieces the writer queues (QUEUED_PIECES × BATCH or a sink's 512 KB). */
const IN_FLIGHT = 1 << 22;
/** Pieces queued for zlib before the writer waits for the oldest to be deflated. */
const QUEUED_PIECES = 3;
/** zlib's output buffer: fewer, larger compressed chunks (fewer callbacks and zip copies). */
const OUT_CHUNK = 1 << 18;

export type PackageSheet = {
  readonly name: string;
  /** `'Risks'!$1:$1`: rows repeated on each printed page. */
  readonly printTitles?: string;
  readonly tables: readonly string[];
};

export class XlsxPackage {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly overrides: [string, string][] = [];
  private readonly sheets: PackageSheet[] = [];
  private tableCount = 0;
  private failure: Error | null = null;

  constructor(private readonly level = 6) {
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else this.chunks.push(data);
    });
  }

  /** Adds a part from its text pieces, deflated as they come. */
  async part(path: string, pieces: Iterable<string | Uint8Array>, type?: string): Promise<void> {
    const file: ZipInputFile & { ondata?: AsyncFlateStreamHandler } = {
      filename: path,
      size: 0,
      crc: 0,
      compression: 8,
    };
    this.zip.add(file);
    // zlib streams take the Transform options too (Node's typings list only zlib's own).
    const options: ZlibOptions & TransformOptions = {
      level: this.level,
      chunkSize: OUT_CHUNK,
      writableHighWaterMark: IN_FLIGHT,
    };
    // gzip, not raw deflate: its trailer carries the CRC-32, computed on zlib's thread.
    const z = createGzip(options);
    const body = new GzipBody((deflated) => file.ondata!(null, deflated, false));
    z.on('data', (c: Buffer) => body.push(c));
    const ended = once(z, 'end');
    ended.catch(() => {}); // a zlib error surfaces below, where `ended` is awaited
    // Pieces handed to zlib and not yet deflated. zlib's thread takes its next piece only from a
    // callback on this thread, so the writer waits for the oldest piece once a few are queued:
    // the wait runs those callbacks and ends as soon as that piece is done. (Waiting for 'drain'
    // instead emptied the whole queue each time: encoding and deflating took turns.)
    const queued: Promise<void>[] = [];
    const push = async (data: string | Uint8Array) => {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      file.size += buf.length;
      const written = new Promise<void>((resolve, reject) => {
        z.write(buf, (err) => (err ? reject(err) : resolve()));
      });
      written.catch(() => {}); // a failure surfaces where it is awaited, or through 'end'
      queued.push(written);
      if (queued.length > QUEUED_PIECES) await queued.shift();
    };
    let batch = '';
    for (const p of pieces) {
      if (typeof p !== 'string') {
        if (batch) await push(batch);
        batch = '';
        await push(p);
        continue;
      }
      batch += p;
      if (batch.length >= BATCH) {
        await push(batch);
        batch = '';
      }
    }
    if (batch) await push(batch);
    z.end();
    await Promise.all(queued);
    await ended;
    file.crc = body.crc();
    file.ondata!(null, new Uint8Array(0), true);
    if (type) this.overrides.push([`/${path}`, type]);
  }

  /** Adds a worksheet and its tables (each table's XML given its package-wide id). */
  async sheet(
    s: Omit<PackageSheet, 'tables'>,
    xml: Iterable<string | Uint8Array>,
    tables: readonly ((id: number) => string)[],
  ): Promise<void> {
    const n = this.sheets.length + 1;
    await this.part(`xl/worksheets/sheet${n}.xml`, xml, `${CT}.worksheet+xml`);
    const paths: string[] = [];
    for (const table of tables) {
      const id = ++this.tableCount;
      await this.part(`xl/tables/table${id}.xml`, [table(id)], `${CT}.table+xml`);
      paths.push(`../tables/table${id}.xml`);
    }
    if (paths.length > 0) {
      const list = paths.map((p, k) => [`rId${k + 1}`, `${R}/table`, p] as const);
      await this.part(`xl/worksheets/_rels/sheet${n}.xml.rels`, [rels(list)]);
    }
    this.sheets.push({ ...s, tables: paths });
  }

  /** Writes the workbook, relationships, styles, shared strings and properties; returns the bytes. */
  async finish(
    styles: string,
    sharedStrings: Iterable<string>,
    title: string,
  ): Promise<Uint8Array> {
    const list = this.sheets.map(
      (s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    );
    const names = this.sheets
      .map((s, i) =>
        s.printTitles
          ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(s.printTitles)}</definedName>`
          : '',
      )
      .join('');
    await this.part(
      'xl/workbook.xml',
      [
        `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
          `<sheets>${list.join('')}</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`,
      ],
      `${CT}.sheet.main+xml`,
    );
    const wbRels = this.sheets.map(
      (_, i) => [`rId${i + 1}`, `${R}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const,
    );
    await this.part('xl/_rels/workbook.xml.rels', [
      rels([
        ...wbRels,
        ['rIdS', `${R}/sharedStrings`, 'sharedStrings.xml'],
        ['rIdT', `${R}/styles`, 'styles.xml'],
      ]),
    ]);
    await this.part('xl/styles.xml', [styles], `${CT}.styles+xml`);
    await this.part('xl/sharedStrings.xml', sharedStrings, `${CT}.sharedStrings+xml`);
    await this.part(
      'docProps/core.xml',
      [
        `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
          `<dc:title>${esc(title)}</dc:title><dc:creator>ISMS workbook</dc:creator></cp:coreProperties>`,
      ],
      'application/vnd.openxmlformats-package.core-properties+xml',
    );
    await this.part('_rels/.rels', [
      rels([
        ['rId1', `${R}/officeDocument`, 'xl/workbook.xml'],
        [
          'rId2',
          'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
          'docProps/core.xml',
        ],
      ]),
    ]);
    await this.part('[Content_Types].xml', [contentTypes(this.overrides)]);
    this.zip.end();
    if (this.failure) throw this.failure;
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

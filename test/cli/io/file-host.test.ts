// The file host: one read per call, write-aside-then-rename, nothing left behind on failure.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxFileHost } from '../../../cli/io/file-host.js';
import { nodeFileSystem } from '../../../cli/io/file-system.js';
import type { FileSystem } from '../../../cli/io/file-system.js';
import { InputError } from '../../../cli/xlsx/input-error.js';
import { workbookFromGrids } from '../../../cli/xlsx/new-workbook.js';
import { contractPlan } from '../../support/contract-plan.js';
import { FaultyFileSystem } from '../../support/xlsx-harness.js';

async function teacherFile(dir: string): Promise<string> {
  const path = join(dir, 'class.xlsx');
  await workbookFromGrids([{ sheet: 'Class 4B', values: [['Name'], ['Amy']], merges: [] }]).xlsx.writeFile(
    path,
  );
  return path;
}

const fresh = () => mkdtempSync(join(tmpdir(), 'provmap-file-host-'));

describe('XlsxFileHost', () => {
  it('writes the output beside the input and never changes the input', async () => {
    const dir = fresh();
    const input = await teacherFile(dir);
    const before = readFileSync(input);
    const host = new XlsxFileHost({ input, output: join(dir, 'out.xlsx') });
    await host.applyPlan(contractPlan(3));
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['class.xlsx', 'out.xlsx']);
    const out = new XlsxFileHost({ input: join(dir, 'out.xlsx') });
    expect((await out.listSheets()).map((s) => s.name)).toEqual(['Class 4B', 'Scales', 'Provision Map']);
  });

  it('leaves no output and no temporary file when the write or the rename fails', async () => {
    for (const k of [1, 2]) {
      const dir = fresh();
      const input = await teacherFile(dir);
      const fs = new FaultyFileSystem();
      fs.failAtCall(k);
      const host = new XlsxFileHost({ input, output: join(dir, 'out.xlsx'), fs });
      await expect(host.applyPlan(contractPlan(3))).rejects.toThrow(/injected failure/);
      expect(readdirSync(dir)).toEqual(['class.xlsx']);
    }
  });

  it('leaves no output when the plan is refused', async () => {
    const dir = fresh();
    const host = new XlsxFileHost({ input: await teacherFile(dir), output: join(dir, 'out.xlsx') });
    const bad = contractPlan(3);
    bad.sheets[1]!.values.push(['z'.repeat(40_000)]);
    await expect(host.applyPlan(bad)).rejects.toMatchObject({ code: 'HOST_LIMIT' });
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('reads the file once per call and parses it again only when it changed', async () => {
    const dir = fresh();
    const input = await teacherFile(dir);
    const fs = new FaultyFileSystem();
    const host = new XlsxFileHost({ input, fs });
    await host.listSheets();
    await host.readGrids(['Class 4B']);
    expect(fs.count).toBe(2);
    await workbookFromGrids([{ sheet: 'Changed', values: [['x']], merges: [] }]).xlsx.writeFile(input);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['Changed']);
  });

  it('reports a missing file, a folder and a non-spreadsheet as input errors', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.docx'), 'not a zip');
    writeFileSync(join(dir, 'fake.xlsx'), 'not a zip either');
    const cases: [string, string][] = [
      [join(dir, 'missing.xlsx'), 'FILE_NOT_FOUND'],
      [dir, 'NOT_A_SPREADSHEET'],
      [join(dir, 'notes.docx'), 'NOT_A_SPREADSHEET'],
      [join(dir, 'fake.xlsx'), 'NOT_A_SPREADSHEET'],
    ];
    for (const [input, code] of cases) {
      const err = await new XlsxFileHost({ input }).listSheets().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe(code);
    }
  });

  it('turns refusals a user can fix into CANNOT_READ and CANNOT_WRITE, leaving nothing behind', async () => {
    const dir = fresh();
    const input = await teacherFile(dir);
    const refusing = (op: keyof FileSystem, code: string): FileSystem => ({
      ...nodeFileSystem,
      [op]: () => Promise.reject(Object.assign(new Error(`${code}: refused`), { code })),
    });
    const read = await new XlsxFileHost({ input, fs: refusing('readFile', 'EACCES') })
      .listSheets()
      .catch((e: unknown) => e);
    expect(read).toMatchObject({ code: 'CANNOT_READ', path: input, detail: 'EACCES' });
    // Excel on Windows locks an open file: the rename over it fails with EBUSY.
    const out = join(dir, 'out.xlsx');
    const write = await new XlsxFileHost({ input, output: out, fs: refusing('rename', 'EBUSY') })
      .applyPlan(contractPlan(2))
      .catch((e: unknown) => e);
    expect(write).toBeInstanceOf(InputError);
    expect(write).toMatchObject({ code: 'CANNOT_WRITE', path: out, detail: 'EBUSY' });
    expect(readdirSync(dir)).toEqual(['class.xlsx']);
  });

  it('starts from an empty workbook when asked to create a missing file', async () => {
    const dir = fresh();
    const path = join(dir, 'school.xlsx');
    const host = new XlsxFileHost({ input: path, createIfMissing: true });
    expect(await host.listSheets()).toEqual([]);
    await host.applyPlan(contractPlan(2));
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['Scales', 'Provision Map']);
  });
});

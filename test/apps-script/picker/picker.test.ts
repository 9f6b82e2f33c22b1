// Files chosen with the Picker: only well-formed ids and names are kept, and a picked file is read whole
// with two calls of the Sheets advanced service.

import { describe, expect, it } from 'vitest';
import { pickedFiles, readPickedFile, rememberPicked } from '../../../apps-script/picker/index.js';
import { propertiesStore } from '../../../apps-script/stores/index.js';
import { ProvmapError } from '../../../core/errors.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';
import { servicesOver } from '../harness.js';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

describe('picked files', () => {
  it('keeps ids and names only, drops malformed entries, and does not repeat a file', () => {
    const f = createFakeGoogle();
    const store = propertiesStore(servicesOver(f).properties.getDocumentProperties());
    rememberPicked(store, [
      { id: ID, name: ' Class 3 map ', url: 'https://docs.google.com/x', lastEditedUtc: 1 },
      { id: '../../etc', name: 'evil' },
      { id: 42, name: 'number id' },
      'not an object',
    ]);
    rememberPicked(store, [{ id: ID, name: 'Class 3 map' }]);
    expect(pickedFiles(store)).toEqual([{ id: ID, name: 'Class 3 map' }]);
    expect(JSON.parse(f.properties.document.data.get('provmap.pickedFiles')!)).toEqual([
      { id: ID, name: 'Class 3 map' },
    ]);
    expect(rememberPicked(store, 'garbage')).toHaveLength(1);
  });

  it('reads every visible sheet of a picked file, with merges, in two calls', () => {
    const f = createFakeGoogle();
    f.addFile(
      ID,
      'Class 3 map',
      [
        {
          name: 'Autumn',
          values: [
            ['Intervention', 'Pupils', 'Entry'],
            ['Numeracy', 'Amy', '2c'],
            [null, 'Joe', 3],
          ],
          merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
        },
        { name: 'Spring', values: [['Intervention']] },
      ],
      true,
    );
    f.drive.files.get(ID)!.sheets[1]!.hidden = true;
    const start = f.calls.records.length;
    const book = readPickedFile(servicesOver(f).sheets!, ID, 'fallback');
    expect(book).toEqual({
      name: 'Class 3 map',
      grids: [
        {
          sheet: 'Autumn',
          values: [
            ['Intervention', 'Pupils', 'Entry'],
            ['Numeracy', 'Amy', '2c'],
            [null, 'Joe', 3],
          ],
          merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
        },
      ],
    });
    expect(f.calls.records.length - start).toBe(2);
  });

  it('says plainly when a file cannot be opened (not picked, or no longer shared)', () => {
    const f = createFakeGoogle();
    f.addFile(ID, 'Class 3 map', [{ name: 'Autumn', values: [['x']] }], false);
    expect(() => readPickedFile(servicesOver(f).sheets!, ID, 'Class 3 map')).toThrow(ProvmapError);
    expect(() => readPickedFile(servicesOver(f).sheets!, ID, 'Class 3 map')).toThrow(
      /cannot open "Class 3 map"/,
    );
  });
});

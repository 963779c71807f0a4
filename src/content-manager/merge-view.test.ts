import { mergeView } from './merge-view';

const stored = () => ({
  settings: { mainField: 'documentId', pageSize: 10 },
  metadatas: {
    name: { edit: { label: 'name', description: '', visible: true, editable: true }, list: { label: 'name', sortable: true } },
    partnerSince: { edit: { label: 'partnerSince', description: '', visible: true, editable: true }, list: { label: 'partnerSince' } },
  },
  layouts: {
    list: ['id', 'name'],
    edit: [
      [
        { name: 'name', size: 6 },
        { name: 'partnerSince', size: 4 },
      ],
    ],
  },
});

const desired = {
  settings: { mainField: 'name' },
  metadatas: {
    name: { edit: { label: 'Name', description: 'Up to 200 characters' }, list: { label: 'Name' } },
    partnerSince: { edit: { label: 'Partner since' } },
  },
  layouts: { list: ['name', 'partnerSince'], edit: [[{ name: 'name', size: 8 }], [{ name: 'partnerSince', size: 4 }]] },
};

test('applies over Strapi defaults and remembers what it applied; untouched leaves stay', () => {
  const { configuration, applied, kept, changed } = mergeView(stored(), desired, undefined);
  expect(changed).toBe(true);
  expect(kept).toEqual([]);
  expect(configuration.settings).toEqual({ mainField: 'name', pageSize: 10 });
  expect(configuration.metadatas.name.edit).toEqual({ label: 'Name', description: 'Up to 200 characters', visible: true, editable: true });
  expect(configuration.layouts.edit).toEqual(desired.layouts.edit);
  expect(applied['metadatas.name.edit.label']).toBe('Name');
  expect(applied['layouts.list']).toEqual(['name', 'partnerSince']);
});

test('applying again changes nothing', () => {
  const first = mergeView(stored(), desired, undefined);
  const second = mergeView(first.configuration, desired, first.applied);
  expect(second.changed).toBe(false);
  expect(second.applied).toEqual(first.applied);
});

test("an administrator's hand change survives, also when our value changes later", () => {
  const first = mergeView(stored(), desired, undefined);
  const byHand = JSON.parse(JSON.stringify(first.configuration));
  byHand.metadatas.name.edit.label = 'Agency name';
  byHand.layouts.list = ['name'];
  const newer = {
    ...desired,
    metadatas: {
      ...desired.metadatas,
      name: { ...desired.metadatas.name, edit: { label: 'Full name', description: 'Up to 200 characters' } },
    },
  };
  const second = mergeView(byHand, newer, first.applied);
  expect(second.configuration.metadatas.name.edit.label).toBe('Agency name');
  expect(second.configuration.layouts.list).toEqual(['name']);
  expect(second.kept.sort()).toEqual(['layouts.list', 'metadatas.name.edit.label']);
  // Still remembered as ours-last, so the hand change keeps winning on the next boot too.
  expect(mergeView(second.configuration, newer, second.applied).configuration.metadatas.name.edit.label).toBe('Agency name');
});

test('a label an administrator set before we ever applied ours is not Strapi default, so it stays', () => {
  const byHand = stored();
  byHand.metadatas.partnerSince.edit.label = 'Partner from';
  const { configuration, kept } = mergeView(byHand, desired, undefined);
  expect(configuration.metadatas.partnerSince.edit.label).toBe('Partner from');
  expect(kept).toEqual(['metadatas.partnerSince.edit.label']);
});

test('a changed value of ours replaces our previous one', () => {
  const first = mergeView(stored(), desired, undefined);
  const newer = { ...desired, settings: { mainField: 'partnerSince' } };
  expect(mergeView(first.configuration, newer, first.applied).configuration.settings.mainField).toBe('partnerSince');
});

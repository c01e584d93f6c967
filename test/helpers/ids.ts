// IDs for identity maps written in tests: the demo source tenant, another tenant, and group
// object IDs that are valid lowercase GUIDs.

export const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
export const OTHER_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export const GROUP_IDS = [
  '3f1c2a9e-0d4b-4c55-9a2e-6b7f0c1d2e3f',
  '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
] as const;

import { describe, expect, it } from 'vitest';
import { metadataFields } from './license-options';
import { licenseFormSchema, metadataSchema, sentMetadata } from './license-schema';

const fields = metadataFields({
  purchase_order: { is_required: false, name: 'purchase_order' },
  client: { is_required: true, name: 'client' },
});

describe('metadataSchema', () => {
  it('requires what the subscription requires, trims, and leaves empty optional values out', () => {
    const schema = metadataSchema(fields);
    expect(schema.safeParse({ purchase_order: '' }).error?.issues).toEqual([
      expect.objectContaining({
        path: ['client'],
        message: 'Client is required by this subscription',
      }),
    ]);
    expect(schema.safeParse({ client: '   ' }).success).toBe(false);
    const parsed = schema.parse({ client: ' Acme ', purchase_order: ' ', job: 'not asked for' });
    expect(sentMetadata(parsed)).toEqual({ client: 'Acme' });
  });

  it('refuses values longer than the vendor keeps', () => {
    const issues = metadataSchema(fields).safeParse({
      client: 'x',
      purchase_order: 'x'.repeat(201),
    }).error?.issues;
    expect(issues?.map((i) => [i.path, i.message])).toEqual([
      [['purchase_order'], 'Purchase order can be at most 200 characters'],
    ]);
  });
});

describe('licenseFormSchema', () => {
  const values = { subscriptionId: '', size: '', metadata: {}, country: '', acknowledged: false };
  it('names the subscription, size, country and acknowledgement problems by field', () => {
    const schema = licenseFormSchema({
      choice: { chosen: undefined, chosenSize: undefined, sizeAllowed: () => true, fields: [] },
      noSize: 'No size fits',
      needsCountry: true,
      acknowledgement: 'Confirm editorial use',
    });
    const issues = schema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['country', 'Choose the country of use'],
        ['acknowledged', 'Confirm editorial use'],
        ['subscriptionId', 'Choose a subscription'],
        ['size', 'No size fits'],
      ]),
    );
  });
});

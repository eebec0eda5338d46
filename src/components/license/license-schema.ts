// What a license form must hold before anything is sent, as a schema built from the
// subscription chosen: the metadata it requires (client, job, purchase order, …), a size it
// allows, and for editorial use the country and the acknowledgement.
import * as z from 'zod/mini';
import {
  METADATA_MAX_LENGTH,
  subscriptionAvailability,
  type LicenseChoice,
  type MetadataField,
} from './license-options';

/** What the single and the bulk license forms hold while the user fills them in. */
export interface LicenseFormValues {
  /** Empty until the user picks one: the first usable subscription is then the choice. */
  subscriptionId: string;
  /** Empty until the user picks one: the largest size the subscription allows is the choice. */
  size: string;
  /** Every metadata value typed, also for fields the chosen subscription does not ask for. */
  metadata: Record<string, string | undefined>;
  country: string;
  acknowledged: boolean;
}

/** The vendor takes at most four metadata keys in a license request. */
export const METADATA_MAX_KEYS = 4;

/**
 * The metadata a subscription asks for: required fields must be filled, none may be longer
 * than the vendor keeps; values come out trimmed, empty optional ones left out.
 */
export function metadataSchema(fields: readonly MetadataField[]) {
  const shape: Record<string, z.ZodMiniType<string | undefined, string | undefined>> = {};
  for (const field of fields.slice(0, METADATA_MAX_KEYS)) {
    const text = z
      .string()
      .check(
        z.trim(),
        z.maxLength(
          METADATA_MAX_LENGTH,
          `${field.label} can be at most ${METADATA_MAX_LENGTH} characters`,
        ),
      );
    // A field not typed in yet counts as empty.
    shape[field.key] = field.required
      ? z.prefault(
          z
            .string()
            .check(
              z.trim(),
              z.minLength(1, `${field.label} is required by this subscription`),
              z.maxLength(
                METADATA_MAX_LENGTH,
                `${field.label} can be at most ${METADATA_MAX_LENGTH} characters`,
              ),
            ),
          '',
        )
      : z.pipe(
          z.optional(text),
          z.transform((value) => value || undefined),
        );
  }
  return z.object(shape);
}

export interface LicenseRules {
  /** The subscription, size and metadata fields the form's current values choose. */
  choice: LicenseChoice;
  /** Why no size fits, in words for the assets at hand. */
  noSize: string;
  /** Editorial licenses name the country of use. */
  needsCountry: boolean;
  /** What to say when the editorial acknowledgement is missing, or undefined: none needed. */
  acknowledgement: string | undefined;
}

/** The whole form's schema for the subscription chosen now. */
export function licenseFormSchema({ choice, noSize, needsCountry, acknowledgement }: LicenseRules) {
  const { chosen, chosenSize, fields } = choice;
  return z
    .object({
      subscriptionId: z.string(),
      size: z.string(),
      metadata: metadataSchema(fields),
      country: needsCountry
        ? z.string().check(z.minLength(1, 'Choose the country of use'))
        : z.string(),
      acknowledged: acknowledgement
        ? z.boolean().check(z.refine((value) => value, acknowledgement))
        : z.boolean(),
    })
    .check(
      z.superRefine((_values, ctx) => {
        const availability = chosen ? subscriptionAvailability(chosen) : undefined;
        if (!availability || !availability.ok)
          ctx.addIssue({
            code: 'custom',
            path: ['subscriptionId'],
            message: availability?.ok === false ? availability.reason : 'Choose a subscription',
            input: _values.subscriptionId,
          });
        if (!chosenSize)
          ctx.addIssue({ code: 'custom', path: ['size'], message: noSize, input: _values.size });
      }),
    );
}

export type LicenseFormOutput = z.output<ReturnType<typeof licenseFormSchema>>;

/** Only the metadata values typed: empty optional fields are not sent. */
export function sentMetadata(metadata: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(metadata).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
